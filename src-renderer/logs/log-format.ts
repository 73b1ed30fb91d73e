import type { LogRow } from '../../shared/logs/log-row.ts';
import { describeLogTime, formatLocal, formatUtc } from '../../shared/logs/log-time.ts';
import type { LogTime } from '../../shared/logs/log-types.ts';

/** A row's time as a `LogTime`, or undefined when the line had none. */
export function rowTime(row: LogRow): LogTime | undefined {
  if (row.localMs === null) return undefined;
  return { localMs: row.localMs, ...(row.biasMinutes !== null ? { biasMinutes: row.biasMinutes } : {}), ...(row.utcMs !== null ? { utcMs: row.utcMs } : {}), ...(row.ambiguousDate ? { ambiguousDate: true } : {}) };
}

/** A time as the table shows it: the log's wall clock, or UTC (a dash when the log gave no bias). */
export function showTime(time: LogTime | undefined, zone: 'local' | 'utc'): string {
  if (!time) return '—';
  if (zone === 'utc') return formatUtc(time) ?? '—';
  return formatLocal(time);
}

/** The full description for a tooltip: local time with its offset, and UTC. */
export function timeTitle(time: LogTime | undefined): string | undefined {
  if (!time) return undefined;
  const utc = formatUtc(time);
  return utc ? `${describeLogTime(time)} = ${utc}` : describeLogTime(time);
}

/** Splits a text around the case-insensitive occurrences of `needle`, for highlighting. */
export function highlightParts(text: string, needle: string): { text: string; hit: boolean }[] {
  const wanted = needle.trim().toLowerCase();
  if (wanted === '') return [{ text, hit: false }];
  const lower = text.toLowerCase();
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (let found = lower.indexOf(wanted); found >= 0; found = lower.indexOf(wanted, at)) {
    if (found > at) parts.push({ text: text.slice(at, found), hit: false });
    parts.push({ text: text.slice(found, found + wanted.length), hit: true });
    at = found + wanted.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return parts;
}

/** `12 MB`, `1.2 GB` (`1,2 GB` in French and Dutch): sizes in progress messages, in the reader's locale. */
export function formatBytes(bytes: number, locale: string): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  if (bytes < 1024 * 1024) return `${number(Math.ceil(bytes / 1024), 0)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${number(bytes / 1024 / 1024, 1)} MB`;
  return `${number(bytes / 1024 / 1024 / 1024, 2)} GB`;
}
