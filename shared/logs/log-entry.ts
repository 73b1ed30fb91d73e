import type { LogEntry, LogFormat, LogTime, Severity } from './log-types.ts';

/**
 * The entry object every reader builds: a class, so that all entries share one shape (V8 keeps
 * property access on millions of them monomorphic), with the text helpers the readers share.
 */
export class Entry implements LogEntry {
  index = 0;
  file = 0;
  line = 0;
  thread: number | undefined = undefined;
  localMs = Number.NaN;
  biasMinutes = Number.NaN;
  utcMs = Number.NaN;
  declare ambiguousDate?: boolean;
  declare type?: number;
  declare sourceFile?: string;
  declare rollover?: boolean;
  declare incomplete?: boolean;
  declare truncatedChars?: number;
  constructor(
    public format: LogFormat,
    public message: string,
    public severity: Severity,
    public component: string | undefined,
  ) {}
}

/** Sets an entry's time from a parsed `LogTime` (nothing when the time did not parse). */
export function setTime(entry: LogEntry, time: LogTime | null): void {
  if (!time) return;
  entry.localMs = time.localMs;
  if (time.biasMinutes !== undefined) entry.biasMinutes = time.biasMinutes;
  if (time.utcMs !== undefined) entry.utcMs = time.utcMs;
  if (time.ambiguousDate) entry.ambiguousDate = true;
}

/** `text[start, end)` without the padding and the `~` ConfigMgr puts around messages (one slice). */
export function cleanSlice(text: string, start: number, end: number): string {
  while (start < end && (text.charCodeAt(start) === 126 || text.charCodeAt(start) <= 32)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 126 || text.charCodeAt(end - 1) <= 32)) end--;
  return text.slice(start, end);
}

/** The decimal number at `from` (before `end`), as the thread id of `<thread=4116 (0x1014)>`. */
export function numberAt(text: string, from: number, end = text.length): number | undefined {
  let value = 0;
  let i = from;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) break;
    value = value * 10 + (code - 48);
  }
  return i > from ? value : undefined;
}

/**
 * A copy of a string that does not keep alive the text it was cut from. A slice of a decoded 1 MB
 * chunk points into the chunk; what is kept for long (a finding's message, a URL) gets its own
 * storage instead. Concatenating forces a fresh flat string; slicing it drops the extra character.
 */
export function detach(text: string): string {
  return ` ${text}`.slice(1);
}
