import type { LogTime } from './log-types.ts';

/**
 * Log timestamps. ConfigMgr writes the local wall-clock time and, after it, the Windows *bias* in
 * minutes: UTC = local time + bias (`+480` is US Pacific standard time, `-120` central European
 * summer time). Several third-party readers get that sign backwards; this one follows Windows'
 * definition (`TimeZoneInformation.Bias`), which the logs' own samples confirm (`-570` in August in
 * Adelaide is UTC+9:30).
 */

/** The largest real bias: UTC-14:00 / UTC+14:00. */
const MAX_BIAS_MINUTES = 840;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/** Whether a calendar date exists (and is in the range logs are written in). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return year >= 1970 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A time from its parts, or null when the date or time does not exist. */
export function makeLogTime(year: number, month: number, day: number, hour: number, minute: number, second: number, millisecond: number, biasMinutes?: number): LogTime | null {
  if (!isValidDate(year, month, day) || hour > 23 || minute > 59 || second > 59 || millisecond > 999) return null;
  const localMs = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  if (biasMinutes === undefined || Math.abs(biasMinutes) > MAX_BIAS_MINUTES) return { localMs };
  return { localMs, biasMinutes, utcMs: localMs + biasMinutes * 60_000 };
}

/** Reads an unsigned integer of `text` from `start`, stopping at the first non-digit. */
function readDigits(text: string, start: number): { value: number; end: number } {
  let value = 0;
  let i = start;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) break;
    value = value * 10 + (code - 48);
  }
  return { value, end: i };
}

/**
 * Parses a date written month first (`MM-DD-YYYY`, any one-character separators: copies of logs in
 * documents turn `-` into en dashes) and a time `HH:MM:SS.fff` with an optional signed bias. A
 * fraction of more than three digits (`11:16:37.3093207`, Intune's writer) is a fraction, never
 * split into milliseconds and a bias. Returns null when the text is not a time or the time does not
 * exist. (The site-server frame has a faster path in `log-parser.ts`; this one takes any spacing.)
 */
export function parseMonthFirstTime(date: string, time: string): LogTime | null {
  const month = readDigits(date, 0);
  const day = readDigits(date, month.end + 1);
  const year = readDigits(date, day.end + 1);
  if (month.end === 0 || day.end === month.end + 1 || year.end - day.end - 1 !== 4) return null;
  const hour = readDigits(time, 0);
  const minute = readDigits(time, hour.end + 1);
  const second = readDigits(time, minute.end + 1);
  if (hour.end === 0 || time.charCodeAt(hour.end) !== 58 || time.charCodeAt(minute.end) !== 58 || second.end === minute.end + 1) return null;
  let millisecond = 0;
  let cursor = second.end;
  if (time.charCodeAt(cursor) === 46) {
    const fraction = readDigits(time, cursor + 1);
    const digits = fraction.end - cursor - 1;
    millisecond = digits >= 3 ? Number(time.slice(cursor + 1, cursor + 4)) : Math.round(fraction.value * 10 ** (3 - digits));
    cursor = fraction.end;
  }
  let bias: number | undefined;
  const sign = time.charCodeAt(cursor);
  if (sign === 43 || sign === 45) {
    const magnitude = readDigits(time, cursor + 1);
    if (magnitude.end > cursor + 1) bias = sign === 45 ? -magnitude.value : magnitude.value;
  }
  return makeLogTime(year.value, month.value, day.value, hour.value, minute.value, second.value, millisecond, bias);
}

/**
 * Parses a date and time as CMTrace copies them in the viewer's locale: `8/2/2016 2:20:24 PM`,
 * `02/07/2018 14:24:06`, `2018-07-02 14:24:06`, `02.07.2018 14:24:06`. Day and month are told
 * apart when one of them exceeds 12; otherwise a 12-hour clock means month first (US), a 24-hour
 * clock day first, and the time is marked ambiguous. No bias: the copy does not carry one.
 */
export function parseCopiedTime(date: string, time: string, meridiem?: string): LogTime | null {
  const parts = date.split(/[./-]/).map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isInteger(n))) return null;
  const [a = 0, b = 0, c = 0] = parts;
  let year: number;
  let month: number;
  let day: number;
  let ambiguous = false;
  if (a > 31) {
    [year, month, day] = [a, b, c];
  } else {
    year = c < 100 ? 2000 + c : c;
    if (a > 12) [day, month] = [a, b];
    else if (b > 12) [month, day] = [a, b];
    else {
      ambiguous = a !== b;
      [month, day] = meridiem ? [a, b] : [b, a];
    }
  }
  const clock = /^(\d{1,2}):(\d{2}):(\d{2})(?:[.,](\d{1,7}))?$/.exec(time);
  if (!clock) return null;
  let hour = Number(clock[1]);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (/^p/i.test(meridiem) ? 12 : 0);
  }
  const fraction = clock[4] ?? '';
  const millisecond = fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
  const made = makeLogTime(year, month, day, hour, Number(clock[2]), Number(clock[3]), millisecond);
  return made && ambiguous ? { ...made, ambiguousDate: true } : made;
}

/** The log's local time as `2024-12-17 14:49:55.123`. */
export function formatLocal(time: LogTime): string {
  return new Date(time.localMs).toISOString().slice(0, 23).replace('T', ' ');
}

/** The time in UTC as `2024-12-17 22:49:55.123Z`, when the log gave its bias. */
export function formatUtc(time: LogTime): string | undefined {
  return time.utcMs === undefined ? undefined : `${new Date(time.utcMs).toISOString().slice(0, 23).replace('T', ' ')}Z`;
}

/** A time for display: the log's local time with its UTC offset, as `2024-12-17 14:49:55.123 (UTC-08:00)`. */
export function describeLogTime(time: LogTime): string {
  const local = formatLocal(time);
  if (time.biasMinutes === undefined) return local;
  const offset = -time.biasMinutes;
  const sign = offset >= 0 ? '+' : '-';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${local} (UTC${sign}${hours}:${minutes})`;
}
