import { cleanSlice, Entry, setTime } from './log-entry.ts';
import { severityOfText } from './log-severity.ts';
import { parseCopiedTime } from './log-time.ts';
import type { LogEntry, LogTime } from './log-types.ts';

/**
 * A row copied from CMTrace's list (Ctrl+C): `message<TAB>component<TAB>date time<TAB>thread
 * (0xN)`, its date in the copying machine's locale; or the same row with its tabs turned into
 * spaces, as documents and tickets print it.
 */

const COPIED_THREAD = /^\s*(\d+)\s*\(0x[0-9a-fA-F]+\)\s*$/;
const COPIED_STAMP = /^\s*(\d{1,4}[./-]\d{1,2}[./-]\d{1,4})\s+(\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,7})?)(?:\s*([AaPp][Mm]))?\s*$/;
const COPIED_SPACED = /^(.*?\S)\s+(\S+)\s+(\d{1,4}[./-]\d{1,2}[./-]\d{1,4})\s+(\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,7})?)(?:\s*([AaPp][Mm]))?\s+(\d+)\s+\(0x[0-9a-fA-F]+\)\s*$/;

/** Parses a copied row, or returns undefined when the line is not one. */
export function parseClipboardLine(line: string): LogEntry | undefined {
  if (!line.trimEnd().endsWith(')')) return undefined;
  const tabs = line.split('\t');
  let message: string;
  let component: string;
  let time: LogTime | null;
  let thread: number;
  if (tabs.length >= 4) {
    const threadMatch = COPIED_THREAD.exec(tabs[tabs.length - 1] ?? '');
    const stamp = COPIED_STAMP.exec(tabs[tabs.length - 2] ?? '');
    if (!threadMatch || !stamp) return undefined;
    message = tabs.slice(0, tabs.length - 3).join('\t');
    component = (tabs[tabs.length - 3] ?? '').trim();
    time = parseCopiedTime(stamp[1] ?? '', stamp[2] ?? '', stamp[3]);
    thread = Number(threadMatch[1]);
  } else {
    const spaced = COPIED_SPACED.exec(line);
    if (!spaced) return undefined;
    message = spaced[1] ?? '';
    component = spaced[2] ?? '';
    time = parseCopiedTime(spaced[3] ?? '', spaced[4] ?? '', spaced[5]);
    thread = Number(spaced[6]);
  }
  const clean = cleanSlice(message, 0, message.length);
  const entry = new Entry('clipboard', clean, severityOfText(clean), component);
  entry.thread = thread;
  setTime(entry, time);
  return entry;
}
