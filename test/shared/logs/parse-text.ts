import { LogParser } from '../../../shared/logs/log-parser.ts';
import type { LogEntry } from '../../../shared/logs/log-types.ts';

/** Parses a whole text as one file, the way the reader feeds the parser (whole lines at once). */
export function parseText(text: string, options: { lastLineIncomplete?: boolean } = {}): LogEntry[] {
  const entries: LogEntry[] = [];
  const parser = new LogParser({ file: 0, index: 0 }, (entry) => entries.push(entry));
  parser.pushText(text);
  parser.finish(options.lastLineIncomplete);
  return entries;
}
