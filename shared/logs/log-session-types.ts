import type { LogAnalysis } from './log-analyzer.ts';
import type { LogFileSummary, Severity } from './log-types.ts';

/** What the viewer asks to see: words in the message or component, and which severities. */
export interface LogFilter {
  text?: string;
  severities?: Severity[];
}

/**
 * A set of log files open in main, as the viewer sees it. While the files are read, `entries`
 * grows and the analysis is partial; rows already read can be shown at once.
 */
export interface LogSessionInfo {
  sessionId: string;
  files: LogFileSummary[];
  state: 'reading' | 'ready' | 'failed';
  /** Why reading stopped, when it failed (a file removed or unreadable). */
  error?: string;
  bytesRead: number;
  bytesTotal: number;
  /** Entries read so far, numbered 0…entries-1 across the files. */
  entries: number;
  analysis: LogAnalysis;
  /** Whether the last file is watched for new lines (a file on disk only). */
  following: boolean;
  canFollow: boolean;
}

/** The result of a filter: how many entries match, and whether the list stopped at its cap. */
export interface LogFilterResult {
  matches: number;
  capped: boolean;
}
