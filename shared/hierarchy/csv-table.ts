/**
 * CSV as Excel writes it: a header row, fields separated by commas, semicolons (Excel in French or
 * Dutch locales) or tabs (copied cells), fields in double quotes when they hold the separator,
 * quotes or line breaks, CRLF or LF line ends, a UTF-8 BOM. Each row keeps the line it starts on,
 * so a problem is reported where the user will look for it.
 */

export interface CsvRow {
  /** The 1-based line of the file the row starts on. */
  line: number;
  fields: string[];
}

export type CsvParse = { ok: true; delimiter: string; rows: CsvRow[] } | { ok: false; line: number; /** The problem, as a key of the `issue.csv` table. */ problem: 'unclosedQuote' };

/** The separator of the header line: the most frequent of comma, semicolon and tab outside quotes. */
function detectDelimiter(text: string): string {
  const end = text.search(/\r?\n/);
  const header = end < 0 ? text : text.slice(0, end);
  const unquoted = header.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((delimiter) => [delimiter, unquoted.split(delimiter).length - 1] as const);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}

export function parseCsv(input: string): CsvParse {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRow = () => {
    fields.push(field);
    // Blank lines (and rows of empty fields, as Excel leaves after the data) carry nothing.
    if (fields.some((value) => value.trim() !== '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field.trim() === '') {
      quoted = true;
      quoteLine = line;
      field = '';
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else field += char;
  }
  if (quoted) return { ok: false, line: quoteLine, problem: 'unclosedQuote' };
  if (field !== '' || fields.length > 0) endRow();
  return { ok: true, delimiter, rows };
}

/** One field for writing: quoted when it holds the separator, a quote or a line break. */
export function csvField(value: string, delimiter = ','): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
