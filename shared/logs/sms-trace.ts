import { detach, Entry, setTime } from './log-entry.ts';
import { SEVERITY_HINT, severityOfText } from './log-severity.ts';
import { isValidDate, parseMonthFirstTime } from './log-time.ts';
import type { LogEntry } from './log-types.ts';

/**
 * The site-server "SMS trace" line: `message~~  $$<COMPONENT><MM-DD-YYYY HH:MM:SS.mmm+BIAS><thread=N
 * (0xN)>`, one physical line per record.
 *
 * Read in place inside a whole decoded chunk, with the chunk's character codes alongside as bytes
 * (`codes[i]` is the code of `text[i]`, capped at 255): reading a typed array costs a fraction of
 * `charCodeAt` on a string, and only the frame's ASCII characters are ever compared. The timestamp
 * is read digit by digit at its fixed width, the last date and component are recognised without
 * building strings: an entry costs its object and the slice of its message.
 */

/** Where the last `$$<` of `text[from, end)` starts, or -1 (indexOf is much faster than lastIndexOf in V8). */
export function lastFrame(text: string, from = 0, end = text.length): number {
  let at = text.indexOf('$$<', from);
  if (at < 0 || at >= end) return -1;
  for (let next = text.indexOf('$$<', at + 3); next >= 0 && next < end; next = text.indexOf('$$<', at + 3)) at = next;
  return at;
}

/**
 * The character codes of a text as bytes, for a text that is not already index-aligned with its
 * bytes (UTF-16, or UTF-8 with non-ASCII characters): codes above 255 become 255, which no frame
 * character is.
 */
export function codesOf(text: string): Uint8Array {
  const codes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    codes[i] = code > 255 ? 255 : code;
  }
  return codes;
}

/** Digit value of a character code, or -1. */
function digit(code: number): number {
  return code >= 48 && code <= 57 ? code - 48 : -1;
}

/** The largest bias Windows writes, in minutes (UTC-14:00 is -840). */
const MAX_BIAS_MINUTES = 840;

const GREATER = 62;
const LESS = 60;

/** Reads SMS-trace lines; one reader per file, as it remembers what consecutive lines share. */
export class SmsTraceReader {
  /** The last date's codes (`MM-DD-YYYY`), its value at midnight and whether it exists. */
  private readonly lastDate = new Uint8Array(10);
  private lastDateMs = 0;
  private lastDateValid = false;
  private lastComponent = '';
  private lastComponentCodes = new Uint8Array(0);

  /** Parses a line on its own, or returns undefined when it has no `$$<` frame. */
  parse(line: string): LogEntry | undefined {
    const at = lastFrame(line);
    return at < 0 ? undefined : this.parseAt(line, codesOf(line), 0, at, line.length);
  }

  /**
   * Parses the line `text[lineStart, end)` whose last `$$<` is at `at`, or returns undefined when
   * the frame is broken (then the line is read as unframed text).
   */
  parseAt(text: string, codes: Uint8Array, lineStart: number, at: number, end: number): LogEntry | undefined {
    const componentStart = at + 3;
    let componentEnd = this.sameComponentEnd(codes, componentStart);
    let component = this.lastComponent;
    if (componentEnd < 0) {
      componentEnd = text.indexOf('><', componentStart);
      if (componentEnd < 0 || componentEnd >= end) return undefined;
      component = this.rememberComponent(text.slice(componentStart, componentEnd), codes, componentStart);
    }
    // The message without the padding and the `~` ConfigMgr puts around it.
    let messageStart = lineStart;
    let messageEnd = at;
    while (messageStart < messageEnd && (codes[messageStart] === 126 || (codes[messageStart] as number) <= 32)) messageStart++;
    while (messageEnd > messageStart && (codes[messageEnd - 1] === 126 || (codes[messageEnd - 1] as number) <= 32)) messageEnd--;
    const message = text.slice(messageStart, messageEnd);
    const entry = new Entry('sms', message, SEVERITY_HINT.test(message) ? severityOfText(message) : 'info', component);
    const stampEnd = this.readTime(entry, text, codes, componentEnd + 2, end);
    if (stampEnd >= 0 && stampEnd + 1 < end && codes[stampEnd + 1] === LESS) this.readThread(entry, text, codes, stampEnd, end);
    return entry;
  }

  /** `<thread=4116 (0x1014)>` after the timestamp's `>` at `stampEnd`. */
  private readThread(entry: LogEntry, text: string, codes: Uint8Array, stampEnd: number, end: number): void {
    let at = stampEnd + 2;
    if (codes[at] === 116 && codes[at + 6] === 61) at += 7;
    else {
      at = text.indexOf('thread=', stampEnd);
      if (at < 0 || at >= end) return;
      at += 7;
    }
    let value = 0;
    let i = at;
    for (; i < end; i++) {
      const next = digit(codes[i] as number);
      if (next < 0) break;
      value = value * 10 + next;
    }
    if (i > at) entry.thread = value;
  }

  /** Where the component at `start` ends when it is the previous line's (`><` follows), else -1. */
  private sameComponentEnd(codes: Uint8Array, start: number): number {
    const known = this.lastComponentCodes;
    const length = known.length;
    if (length === 0) return -1;
    for (let i = 0; i < length; i++) if (codes[start + i] !== known[i]) return -1;
    return codes[start + length] === GREATER && codes[start + length + 1] === LESS ? start + length : -1;
  }

  private rememberComponent(component: string, codes: Uint8Array, start: number): string {
    // A copy of its own, so an entry kept for long does not hold the whole chunk it came from.
    this.lastComponent = detach(component);
    // Compared as codes only when every character is one byte (a wider one is stored as 255).
    const own = codes.slice(start, start + component.length);
    this.lastComponentCodes = own.includes(255) ? new Uint8Array(0) : own;
    return this.lastComponent;
  }

  /**
   * Reads `MM-DD-YYYY HH:MM:SS.mmm+BIAS` at `at`; returns where its closing `>` is, or -1. The
   * fixed width ConfigMgr writes is read digit by digit; anything else (unpadded fields, a longer
   * fraction) goes to the general reader. A date or time that does not exist leaves the entry
   * untimed.
   */
  private readTime(entry: LogEntry, text: string, codes: Uint8Array, at: number, end: number): number {
    const secondMs = this.readSecond(codes, at);
    const f1 = digit(codes[at + 20] as number);
    const f2 = digit(codes[at + 21] as number);
    const f3 = digit(codes[at + 22] as number);
    const sign = codes[at + 23] as number;
    if (Number.isNaN(secondMs) || (f1 | f2 | f3) < 0 || codes[at + 19] !== 46 || (sign !== 43 && sign !== 45 && sign !== GREATER) || at + 23 >= end) {
      return this.readOtherTime(entry, text, at, end);
    }
    entry.localMs = secondMs + f1 * 100 + f2 * 10 + f3;
    if (sign === GREATER) return at + 23;
    let bias = 0;
    let i = at + 24;
    for (; i < end; i++) {
      const value = digit(codes[i] as number);
      if (value < 0) break;
      bias = bias * 10 + value;
    }
    if (i >= end || codes[i] !== GREATER) return this.readOtherTime(entry, text, at, end);
    if (i > at + 24 && bias <= MAX_BIAS_MINUTES) {
      entry.biasMinutes = sign === 45 ? -bias : bias;
      // Windows' bias: UTC = local time + bias.
      entry.utcMs = entry.localMs + entry.biasMinutes * 60_000;
    }
    return i;
  }

  /** The general reader, for a timestamp not in the usual fixed width. */
  private readOtherTime(entry: LogEntry, text: string, at: number, end: number): number {
    entry.localMs = Number.NaN;
    let close = text.indexOf('>', at);
    if (close < 0 || close >= end) close = end;
    const space = text.indexOf(' ', at);
    if (space > at && space < close) setTime(entry, parseMonthFirstTime(text.slice(at, space), text.slice(space + 1, close)));
    return close < end ? close : -1;
  }

  /** `MM-DD-YYYY HH:MM:SS` at `at` as local milliseconds, or NaN when it is not that or does not exist. */
  private readSecond(codes: Uint8Array, at: number): number {
    const date = this.lastDate;
    let sameDate = true;
    for (let i = 0; i < 10; i++) {
      if (codes[at + i] !== date[i]) {
        sameDate = false;
        break;
      }
    }
    if (!sameDate) {
      date.set(codes.subarray(at, at + 10));
      const m1 = digit(date[0] as number);
      const m2 = digit(date[1] as number);
      const d1 = digit(date[3] as number);
      const d2 = digit(date[4] as number);
      const y1 = digit(date[6] as number);
      const y2 = digit(date[7] as number);
      const y3 = digit(date[8] as number);
      const y4 = digit(date[9] as number);
      const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
      const month = m1 * 10 + m2;
      const day = d1 * 10 + d2;
      this.lastDateValid = (m1 | m2 | d1 | d2 | y1 | y2 | y3 | y4) >= 0 && date[2] === 45 && date[5] === 45 && isValidDate(year, month, day);
      this.lastDateMs = this.lastDateValid ? Date.UTC(year, month - 1, day) : 0;
    }
    if (!this.lastDateValid) return Number.NaN;
    const h1 = digit(codes[at + 11] as number);
    const h2 = digit(codes[at + 12] as number);
    const i1 = digit(codes[at + 14] as number);
    const i2 = digit(codes[at + 15] as number);
    const s1 = digit(codes[at + 17] as number);
    const s2 = digit(codes[at + 18] as number);
    if ((h1 | h2 | i1 | i2 | s1 | s2) < 0 || codes[at + 10] !== 32 || codes[at + 13] !== 58 || codes[at + 16] !== 58) return Number.NaN;
    const hour = h1 * 10 + h2;
    const minute = i1 * 10 + i2;
    const second = s1 * 10 + s2;
    if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
    return this.lastDateMs + ((hour * 60 + minute) * 60 + second) * 1000;
  }
}
