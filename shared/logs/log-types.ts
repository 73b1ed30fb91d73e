/**
 * Types of the ConfigMgr log reader: the entries it reads from Dmpdownloader.log, Dmpuploader.log
 * and any other ConfigMgr log, the download attempts it rebuilds, and the findings it explains.
 */

/**
 * How a line was written: the site-server "SMS trace" format (`…~~  $$<COMPONENT><date><thread>`),
 * the CCM format (`<![LOG[…]LOG]!><time=… …>`), text copied from CMTrace (tab-separated), or a line
 * with no frame at all (a rollover marker, a continuation, garbage).
 */
export type LogFormat = 'sms' | 'ccm' | 'clipboard' | 'unframed';

/** CMTrace's three levels. */
export type Severity = 'info' | 'warning' | 'error';

/** When an entry was written, as the log says it, and in UTC when the log gives its bias. */
export interface LogTime {
  /**
   * The log's own local wall-clock time, as milliseconds since 1970-01-01 in that wall clock (read
   * it with `Date` in UTC: `formatLocal` in `log-time.ts`). A number, not text, so millions of
   * entries are read without formatting dates.
   */
  localMs: number;
  /** Windows bias in minutes (UTC = local + bias), when the line carries one. */
  biasMinutes?: number;
  /** Milliseconds since the epoch, when the bias is known. */
  utcMs?: number;
  /** A copied date whose day and month could be either way round (`02/07/2018`). */
  ambiguousDate?: boolean;
}

/**
 * One log record. `line` is the first physical line of the record in its file (1-based). The time is
 * kept as plain numbers (NaN when absent) so that millions of entries stream through without an
 * object each for their time: `entryTime` gives the `LogTime`.
 */
export interface LogEntry {
  /** Position of the entry in the whole stream (0-based), across files. */
  index: number;
  file: number;
  line: number;
  format: LogFormat;
  message: string;
  severity: Severity;
  component: string | undefined;
  thread: number | undefined;
  /** The log's local wall-clock time in milliseconds (see `LogTime.localMs`), NaN when none. */
  localMs: number;
  /** Windows bias in minutes, NaN when the line gives none. */
  biasMinutes: number;
  /** Milliseconds since the epoch, NaN when the bias is unknown. */
  utcMs: number;
  /** A copied date whose day and month could be either way round. */
  ambiguousDate?: boolean;
  /** CCM's `type` (0–3) and source `file` attributes. */
  type?: number;
  sourceFile?: string;
  /** The rollover marker `<MAXIMUM LOG FILE SIZE REACHED - FILE RENAMED>`. */
  rollover?: boolean;
  /** A record cut short by the end of the file (still being written, or truncated). */
  incomplete?: boolean;
  /** Characters of an over-long record that were not kept. */
  truncatedChars?: number;
}

/** An entry's time, or undefined when it has none. */
export function entryTime(entry: Pick<LogEntry, 'localMs' | 'biasMinutes' | 'utcMs' | 'ambiguousDate'>): LogTime | undefined {
  if (Number.isNaN(entry.localMs)) return undefined;
  const time: LogTime = { localMs: entry.localMs };
  if (!Number.isNaN(entry.biasMinutes)) time.biasMinutes = entry.biasMinutes;
  if (!Number.isNaN(entry.utcMs)) time.utcMs = entry.utcMs;
  if (entry.ambiguousDate) time.ambiguousDate = true;
  return time;
}

/** What a file turned out to be. */
export interface LogFileSummary {
  path: string;
  encoding: string;
  /** The format most of its entries use (`mixed` when no format has three quarters of them). */
  format: LogFormat | 'mixed' | 'empty';
  bytes: number;
  entries: number;
  /** Lines that could not be read as an entry of any format (kept as `unframed` entries). */
  unframed: number;
  /** Entries whose date or time does not exist (`02-30-2024`, `25:61:00`). */
  badTimestamps: number;
  /** Bytes that were not valid in the detected encoding. */
  invalidBytes: number;
}

/** The fixed vocabulary of finding categories. */
export type FindingCategory =
  | 'dns'
  | 'tcp'
  | 'timeout'
  | 'tls-trust'
  | 'tls-protocol'
  | 'proxy'
  | 'http'
  | 'signature'
  | 'disk'
  | 'offline-mode'
  | 'internal'
  | 'unknown';

export const FINDING_CATEGORIES: readonly FindingCategory[] = ['dns', 'tcp', 'timeout', 'tls-trust', 'tls-protocol', 'proxy', 'http', 'signature', 'disk', 'offline-mode', 'internal', 'unknown'];

/** Where an explanation comes from. */
export interface KnowledgeSource {
  document: string;
  section?: string;
}

/** Where a log line is: its file in the set, its line in the file, its entry in the stream. */
export interface LogPlace {
  file: number;
  line: number;
  entry: number;
}

/**
 * A failure found in a log, explained. The same failure repeated (every polling cycle, say) is one
 * finding with its count: `file`/`line`/`message`/`time` are its latest occurrence, `first` its
 * first.
 */
export interface Finding extends LogPlace {
  category: FindingCategory;
  severity: 'error' | 'warning' | 'info';
  /** The log line's message. */
  message: string;
  /** When the latest occurrence was logged. */
  time?: LogTime;
  occurrences: number;
  first?: LogPlace & { time?: LogTime };
  /** The knowledge-base entry that explained it (absent for `unknown`). */
  knowledge?: string;
  host?: string;
  url?: string;
  /** A numeric code from the line, as `0x80072EE2` and its name when known. */
  code?: string;
  codeName?: string;
  httpStatus?: number;
  explanation: string;
  fix: string;
  source?: KnowledgeSource;
  /** The download attempt it last interrupted (its `id`). */
  attempt?: number;
}

/** How far a download attempt got. */
export type AttemptOutcome = 'success' | 'failed' | 'incomplete';

/** One stage an attempt reached: a state message, or a marker line standing for one. */
export interface AttemptStage {
  state: number;
  name: string;
  entry: number;
  time?: LogTime;
}

/**
 * One try at downloading the manifest (a sync cycle, package `00000000-…`) or one update package,
 * from its first marker to success, failure, or the end of the log.
 */
export interface DownloadAttempt {
  id: number;
  kind: 'manifest' | 'package';
  package: string;
  start: LogTime | undefined;
  end: LogTime | undefined;
  firstEntry: number;
  lastEntry: number;
  stages: AttemptStage[];
  lastStage?: AttemptStage;
  outcome: AttemptOutcome;
  /** "Retry in the next polling cycle" after the failure. */
  retry: boolean;
  /** URLs it was redirected to or requested. */
  urls: string[];
  /** Online (downloads from the internet) or offline (service connection tool imports). */
  mode?: 'online' | 'offline';
  /** Indexes of the findings that interrupted it. */
  findings: number[];
  durationMs?: number;
}
