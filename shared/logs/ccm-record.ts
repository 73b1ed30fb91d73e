import { cleanSlice, Entry, setTime } from './log-entry.ts';
import { severityOfText } from './log-severity.ts';
import { parseMonthFirstTime } from './log-time.ts';
import type { LogEntry, Severity } from './log-types.ts';

/**
 * The CCM record: `<![LOG[message]LOG]!><time="HH:MM:SS.mmm+BIAS" date="MM-DD-YYYY"
 * component="…" context="…" type="1|2|3" thread="N" file="…">`, whose message may span lines.
 */

export const CCM_OPEN = '<![LOG[';
export const CCM_CLOSE = ']LOG]!>';

/** The value of `name="…"` in a CCM attribute block. */
function attribute(block: string, name: string): string | undefined {
  const key = `${name}="`;
  const at = block.indexOf(key);
  if (at < 0) return undefined;
  const end = block.indexOf('"', at + key.length);
  return end < 0 ? undefined : block.slice(at + key.length, end);
}

/** Whether a line holding `]LOG]!>` at `closed` also ends the record's attribute block. */
export function closesRecord(line: string, closed: number): boolean {
  return closed >= 0 && line.indexOf('>', closed + CCM_CLOSE.length) >= 0;
}

/** Parses a complete CCM record (from `<![LOG[` to the `>` ending its attributes). */
export function parseCcmRecord(record: string): LogEntry | undefined {
  const start = record.indexOf(CCM_OPEN);
  const end = record.indexOf(CCM_CLOSE, start + CCM_OPEN.length);
  if (start < 0 || end < 0) return undefined;
  const block = record.slice(end + CCM_CLOSE.length);
  const message = cleanSlice(record, start + CCM_OPEN.length, end);
  const typeText = attribute(block, 'type');
  const type = typeText !== undefined && /^\d+$/.test(typeText) ? Number(typeText) : undefined;
  // CMTrace: type 3 is an error, 2 a warning, others information; no type, the message's words decide.
  const severity: Severity = type === 3 ? 'error' : type === 2 ? 'warning' : type !== undefined ? 'info' : severityOfText(message);
  const entry = new Entry('ccm', message, severity, attribute(block, 'component'));
  const date = attribute(block, 'date');
  const clock = attribute(block, 'time');
  if (date !== undefined && clock !== undefined) setTime(entry, parseMonthFirstTime(date, clock));
  const thread = attribute(block, 'thread');
  if (thread !== undefined && /^\d+$/.test(thread)) entry.thread = Number(thread);
  if (type !== undefined) entry.type = type;
  const sourceFile = attribute(block, 'file');
  if (sourceFile) entry.sourceFile = sourceFile;
  return entry;
}

/** The entry for a record whose end never came (the file ended, or a new record began). */
export function incompleteCcmRecord(text: string): LogEntry {
  const message = cleanSlice(text, text.indexOf(CCM_OPEN) + CCM_OPEN.length, text.length);
  const entry = new Entry('ccm', message, severityOfText(message), undefined);
  entry.incomplete = true;
  return entry;
}
