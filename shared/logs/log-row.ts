import type { LogEntry, LogFormat, Severity } from './log-types.ts';

/**
 * An entry as the viewer receives it: JSON-safe (no NaN, no undefined fields), so the desktop IPC
 * and the browser bridge carry it alike.
 */
export interface LogRow {
  index: number;
  file: number;
  line: number;
  format: LogFormat;
  severity: Severity;
  message: string;
  component: string | null;
  thread: number | null;
  localMs: number | null;
  biasMinutes: number | null;
  utcMs: number | null;
  ambiguousDate?: true;
  incomplete?: true;
  rollover?: true;
  truncatedChars?: number;
  type?: number;
}

/** Characters of a message a row carries; the viewer's detail pane says when a message is longer. */
export const ROW_MESSAGE_CHARS = 20_000;

const finite = (value: number): number | null => (Number.isNaN(value) ? null : value);

export function toLogRow(entry: LogEntry): LogRow {
  const long = entry.message.length > ROW_MESSAGE_CHARS;
  const row: LogRow = {
    index: entry.index,
    file: entry.file,
    line: entry.line,
    format: entry.format,
    severity: entry.severity,
    message: long ? entry.message.slice(0, ROW_MESSAGE_CHARS) : entry.message,
    component: entry.component ?? null,
    thread: entry.thread ?? null,
    localMs: finite(entry.localMs),
    biasMinutes: finite(entry.biasMinutes),
    utcMs: finite(entry.utcMs),
  };
  if (entry.ambiguousDate) row.ambiguousDate = true;
  if (entry.incomplete) row.incomplete = true;
  if (entry.rollover) row.rollover = true;
  const truncated = (entry.truncatedChars ?? 0) + (long ? entry.message.length - ROW_MESSAGE_CHARS : 0);
  if (truncated > 0) row.truncatedChars = truncated;
  if (entry.type !== undefined) row.type = entry.type;
  return row;
}
