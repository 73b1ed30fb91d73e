import { CCM_CLOSE, CCM_OPEN, closesRecord, incompleteCcmRecord, parseCcmRecord } from './ccm-record.ts';
import { parseClipboardLine } from './copied-row.ts';
import { Entry } from './log-entry.ts';
import { severityOfText } from './log-severity.ts';
import type { LogEntry, LogFormat } from './log-types.ts';
import { codesOf, SmsTraceReader } from './sms-trace.ts';

/**
 * Reads the lines of one log file into entries, detecting the format of every line: the SMS-trace
 * frame (one physical line per record), the CCM record (whose message may span lines), a row copied
 * from CMTrace. Lines that fit none are kept as `unframed` entries, so nothing read is lost.
 *
 * Built for speed on files of hundreds of megabytes: `pushText` takes a whole decoded chunk and
 * walks it in place — one search for the line end and (amortized) one for the next `$$<` per line —
 * so an SMS-trace line costs one entry object and the slice of its message; other lines are cut out
 * and read one by one.
 */

/** The rollover marker ConfigMgr writes at the end of a `.lo_` file. */
export const ROLLOVER_MARKER = '<MAXIMUM LOG FILE SIZE REACHED - FILE RENAMED>';

/** Characters of one record kept; the rest are counted, not stored. */
export const MAX_RECORD_CHARS = 1_000_000;

/** Counters a parser keeps while it reads. */
export interface ParserStats {
  entries: number;
  byFormat: Record<LogFormat, number>;
  badTimestamps: number;
}

/** Where a file's parse starts: the first entry's index (continuing across files) and line. */
export interface ParserStart {
  file: number;
  index: number;
  /** Lines before the first one pushed (a read resumed from a checkpoint). */
  line?: number;
}

/**
 * Turns the text of one file into entries, in order, with their place in the stream (`index`,
 * across files) and in the file (`line`). Feed it text, then call `finish` at the end of the file:
 * a CCM record still open there is emitted as `incomplete`. Entries are handed to `emit` as they
 * are made; the parser keeps none.
 */
export class LogParser {
  readonly stats: ParserStats = { entries: 0, byFormat: { sms: 0, ccm: 0, clipboard: 0, unframed: 0 }, badTimestamps: 0 };
  private open: { text: string; line: number; dropped: number } | undefined;
  private lastEntry: LogEntry | undefined;
  private readonly sms = new SmsTraceReader();
  private readonly file: number;
  private nextIndex: number;
  private lines: number;

  constructor(
    start: ParserStart,
    private readonly emit: (entry: LogEntry) => void,
  ) {
    this.file = start.file;
    this.nextIndex = start.index;
    this.lines = start.line ?? 0;
  }

  /** The index the next entry will get (the first entry of the next file continues from here). */
  get index(): number {
    return this.nextIndex;
  }

  /** Lines read so far (including those before a resumed start). */
  get lineNumber(): number {
    return this.lines;
  }

  /** Whether a CCM record spans the current line boundary (reading cannot resume here). */
  get hasOpenRecord(): boolean {
    return this.open !== undefined;
  }

  /**
   * Whole lines of decoded text, each ending with a line feed (CRLF or LF); the last may lack it at
   * the end of the file. `dropped` counts characters cut off the last line before it got here.
   * `codes`, when the caller has them, are the text's bytes with one byte per character (ASCII
   * UTF-8, Windows-1252); otherwise they are computed here.
   */
  pushText(text: string, dropped = 0, codes: Uint8Array = codesOf(text)): void {
    const length = text.length;
    /** The next `$$<` at or after `pos` (searched once per line at most; `length` when none is left). */
    let frame = -1;
    let pos = 0;
    while (pos < length) {
      let newline = text.indexOf('\n', pos);
      if (newline < 0) newline = length;
      const next = newline + 1;
      const end = newline > pos && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      const lineDropped = next >= length ? dropped : 0;
      this.lines += 1;
      if (this.open === undefined && lineDropped === 0) {
        if (frame < pos) {
          frame = text.indexOf('$$<', pos);
          if (frame < 0) frame = length;
        }
        if (frame < end && !(text.charCodeAt(pos) === 60 && text.startsWith(CCM_OPEN, pos))) {
          let last = frame;
          for (;;) {
            frame = text.indexOf('$$<', last + 3);
            if (frame < 0) frame = length;
            if (frame >= end) break;
            last = frame;
          }
          const entry = this.sms.parseAt(text, codes, pos, last, end);
          if (entry) {
            this.place(entry, this.lines, 0);
            pos = next;
            continue;
          }
        }
      }
      this.pushLine(text.slice(pos, end), this.lines, lineDropped);
      pos = next;
    }
  }

  /** One physical line (without its line break), numbered by the caller. */
  pushLine(line: string, lineNumber: number, dropped = 0): void {
    if (lineNumber > this.lines) this.lines = lineNumber;
    if (this.open) {
      const closed = line.indexOf(CCM_CLOSE);
      const restarts = line.indexOf(CCM_OPEN);
      if (restarts >= 0 && (closed < 0 || restarts < closed)) {
        this.flushOpen(true);
      } else {
        this.appendOpen(`\n${line}`, dropped);
        if (closesRecord(line, closed)) this.flushOpen(false);
        return;
      }
    }
    const ccmFirst = line.charCodeAt(0) === 60 && line.startsWith(CCM_OPEN);
    const sms = ccmFirst ? undefined : this.sms.parse(line);
    if (sms) {
      this.place(sms, lineNumber, dropped);
      return;
    }
    if (line.indexOf(CCM_OPEN) >= 0) {
      if (closesRecord(line, line.indexOf(CCM_CLOSE))) {
        this.record(parseCcmRecord(line), line, lineNumber, dropped);
      } else {
        this.open = { text: '', line: lineNumber, dropped: 0 };
        this.appendOpen(line, dropped);
      }
      return;
    }
    const trimmed = line.trim();
    if (trimmed === '') return;
    if (trimmed === ROLLOVER_MARKER) {
      const marker = new Entry('unframed', ROLLOVER_MARKER, 'info', undefined);
      marker.rollover = true;
      this.record(marker, line, lineNumber, dropped);
      return;
    }
    this.record(line.indexOf('(0x') >= 0 ? parseClipboardLine(line) : undefined, line, lineNumber, dropped);
  }

  /** Ends the file: a CCM record still open is emitted as incomplete; so is a last line without its line break. */
  finish(lastLineIncomplete = false): void {
    if (this.open) this.flushOpen(true);
    else if (lastLineIncomplete && this.lastEntry) this.lastEntry.incomplete = true;
  }

  private appendOpen(text: string, dropped: number): void {
    const open = this.open;
    if (!open) return;
    const room = Math.max(0, MAX_RECORD_CHARS - open.text.length);
    if (text.length <= room) open.text += text;
    else {
      open.text += text.slice(0, room);
      open.dropped += text.length - room;
    }
    open.dropped += dropped;
  }

  private flushOpen(incomplete: boolean): void {
    const open = this.open;
    if (!open) return;
    this.open = undefined;
    const entry = (incomplete ? undefined : parseCcmRecord(open.text)) ?? incompleteCcmRecord(open.text);
    this.place(entry, open.line, open.dropped);
  }

  private record(parsed: LogEntry | undefined, line: string, lineNumber: number, dropped: number): void {
    if (parsed) {
      this.place(parsed, lineNumber, dropped);
      return;
    }
    const message = line.trimEnd();
    this.place(new Entry('unframed', message, severityOfText(message), undefined), lineNumber, dropped);
  }

  private place(entry: LogEntry, lineNumber: number, dropped: number): void {
    if (entry.message.length > MAX_RECORD_CHARS) {
      dropped += entry.message.length - MAX_RECORD_CHARS;
      entry.message = entry.message.slice(0, MAX_RECORD_CHARS);
    }
    entry.index = this.nextIndex;
    entry.file = this.file;
    entry.line = lineNumber;
    if (dropped > 0) entry.truncatedChars = dropped;
    this.nextIndex += 1;
    const stats = this.stats;
    stats.entries += 1;
    switch (entry.format) {
      case 'sms':
        stats.byFormat.sms += 1;
        break;
      case 'ccm':
        stats.byFormat.ccm += 1;
        break;
      case 'clipboard':
        stats.byFormat.clipboard += 1;
        break;
      case 'unframed':
        // The rollover marker is expected text, not a line the reader failed to understand.
        if (!entry.rollover) stats.byFormat.unframed += 1;
        break;
    }
    if (entry.localMs !== entry.localMs && entry.format !== 'unframed' && !entry.incomplete && !entry.rollover) stats.badTimestamps += 1;
    this.lastEntry = entry;
    this.emit(entry);
  }
}
