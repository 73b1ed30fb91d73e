import { TextDecoder } from 'node:util';

/**
 * Bytes of a log file to lines of text, streamed: the encoding is detected from the first bytes
 * (a BOM, NULs every other byte for BOM-less UTF-16, valid UTF-8, else Windows-1252), lines are cut
 * at the byte level (a line feed never falls inside a character in these encodings) and decoded many
 * lines at a time. Memory holds one chunk and one unfinished line; a line longer than the cap keeps
 * its first characters and counts the rest.
 */

/** The encodings a ConfigMgr log can come in. */
export type LogEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Bytes of one unfinished line kept before the rest of it is only counted. */
export const LINE_BYTE_CAP = 4 * 1024 * 1024;

/** Detects the encoding from the start of a file; `skip` is the length of its BOM. */
export function detectEncoding(head: Uint8Array): { encoding: LogEncoding; skip: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8-bom', skip: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  const sample = head.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (pairs >= 2 && oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return { encoding: 'utf-16le', skip: 0 };
  if (pairs >= 2 && evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return { encoding: 'utf-16be', skip: 0 };
  return { encoding: isUtf8(sample) ? 'utf-8' : 'windows-1252', skip: 0 };
}

/** Whether bytes are valid UTF-8, allowing a sequence cut off at the end of the sample. */
function isUtf8(bytes: Uint8Array): boolean {
  let cut = bytes.length;
  // Step back over an incomplete trailing sequence (at most 3 continuation bytes and its lead).
  for (let back = 1; back <= 4 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) !== 0x80) {
      const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      if (need > back) cut = bytes.length - back;
      break;
    }
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, cut));
    return true;
  } catch {
    return false;
  }
}

/**
 * What Windows-1252 puts at 0x80–0x9F (WHATWG index-windows-1252). Node 20 since 20.18.3 decodes
 * `windows-1252` as Latin-1, leaving C1 controls there (nodejs/node#60888); they are mapped here.
 * A decoder that already maps them leaves no C1 character to change.
 */
const WINDOWS_1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const C1 = /[\u0080-\u009f]/g;

function windows1252(text: string): string {
  C1.lastIndex = 0;
  if (!C1.test(text)) return text;
  return text.replace(C1, (char) => String.fromCharCode(WINDOWS_1252_C1[char.charCodeAt(0) - 0x80] ?? char.charCodeAt(0)));
}

/** The TextDecoder label of an encoding. */
function decoderLabel(encoding: LogEncoding): string {
  return encoding === 'utf-8-bom' ? 'utf-8' : encoding;
}

/** Bytes per code unit, for cutting lines and counting dropped characters. */
function unitSize(encoding: LogEncoding): 1 | 2 {
  return encoding === 'utf-16le' || encoding === 'utf-16be' ? 2 : 1;
}

/** What a line splitter reports about the whole stream at its end. */
export interface SplitStats {
  bytes: number;
  invalidBytes: number;
  /** The last line had no line break (a file still being written, or cut short). */
  unterminated: boolean;
}

/**
 * Cuts a stream of byte chunks at line boundaries and decodes it, calling `onText(text,
 * droppedChars, codes)` with whole lines at a time (each ending with its line feed; only the last line of
 * the stream may lack one). A line over the cap arrives alone, its head only, with the count of
 * characters dropped.
 */
export class LineSplitter {
  private readonly decoder: TextDecoder;
  private readonly unit: 1 | 2;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  /** Set once an over-long line's head was kept: its remaining bytes are only counted. */
  private overflow: { head: string; droppedBytes: number } | undefined;
  readonly stats: SplitStats = { bytes: 0, invalidBytes: 0, unterminated: false };

  /**
   * `onBoundary(byteOffset)` is called after each batch of complete lines with the byte offset
   * (from the start of what was pushed) where the next line begins: a place reading can resume from.
   */
  constructor(
    readonly encoding: LogEncoding,
    private readonly onText: (text: string, droppedChars: number, codes?: Uint8Array) => void,
    private readonly onBoundary?: (byteOffset: number) => void,
  ) {
    this.decoder = new TextDecoder(decoderLabel(encoding));
    this.unit = unitSize(encoding);
  }

  /** A byte of a UTF-16 code unit split across two chunks. */
  private carry: number | undefined;

  /** Feeds the next chunk of bytes. */
  push(input: Uint8Array): void {
    let chunkStart = this.stats.bytes;
    this.stats.bytes += input.length;
    let chunk = input;
    if (this.unit === 2) {
      // Keep chunks whole in code units, so line feeds are found at aligned positions.
      if (this.carry !== undefined) {
        const joined = new Uint8Array(chunk.length + 1);
        joined[0] = this.carry;
        joined.set(chunk, 1);
        chunk = joined;
        this.carry = undefined;
        chunkStart -= 1;
      }
      if (chunk.length % 2 === 1) {
        this.carry = chunk[chunk.length - 1];
        chunk = chunk.subarray(0, chunk.length - 1);
      }
    }
    let from = 0;
    for (;;) {
      const newline = this.findNewline(chunk, from);
      if (newline < 0) {
        this.keep(chunk.subarray(from));
        return;
      }
      const end = newline + this.unit;
      if (this.pendingBytes === 0 && !this.overflow) {
        // The common case: every complete line of the chunk, decoded at once.
        const last = this.lastNewline(chunk, from);
        const bytes = chunk.subarray(from, last + this.unit);
        const text = this.decode(bytes);
        this.onText(text, 0, this.aligned(bytes, text));
        from = last + this.unit;
        this.onBoundary?.(chunkStart + from);
        continue;
      }
      this.keep(chunk.subarray(from, end));
      this.flushPending();
      from = end;
    }
  }

  /** Ends the stream: the last line without a line break is emitted too. */
  end(): void {
    if (this.carry !== undefined) {
      this.stats.invalidBytes += 1;
      this.carry = undefined;
    }
    if (this.pendingBytes > 0 || this.overflow) {
      this.stats.unterminated = true;
      this.flushPending();
    }
  }

  private keep(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    if (this.overflow) {
      this.overflow.droppedBytes += bytes.length;
      return;
    }
    this.pending.push(bytes.slice());
    this.pendingBytes += bytes.length;
    if (this.pendingBytes > LINE_BYTE_CAP) {
      const joined = this.joinPending();
      const usable = joined.subarray(0, joined.length - (joined.length % this.unit));
      this.overflow = { head: this.decode(usable), droppedBytes: joined.length - usable.length };
      this.pending = [];
      this.pendingBytes = 0;
    }
  }

  private flushPending(): void {
    if (this.overflow) {
      const dropped = Math.round((this.overflow.droppedBytes + this.pendingBytes) / this.unit);
      const head = this.overflow.head;
      this.overflow = undefined;
      this.pending = [];
      this.pendingBytes = 0;
      this.onText(head.endsWith('\n') ? head : `${head}\n`, dropped);
      return;
    }
    const bytes = this.joinPending();
    this.pending = [];
    this.pendingBytes = 0;
    const whole = bytes.subarray(0, bytes.length - (bytes.length % this.unit));
    if (whole.length < bytes.length) this.stats.invalidBytes += bytes.length - whole.length;
    this.onText(this.decode(whole), 0);
  }

  private joinPending(): Uint8Array {
    if (this.pending.length === 1) return this.pending[0] as Uint8Array;
    const joined = new Uint8Array(this.pendingBytes);
    let at = 0;
    for (const part of this.pending) {
      joined.set(part, at);
      at += part.length;
    }
    return joined;
  }

  private decode(bytes: Uint8Array): string {
    const text = this.encoding === 'windows-1252' ? windows1252(this.decoder.decode(bytes)) : this.decoder.decode(bytes);
    if (this.encoding !== 'windows-1252') {
      for (let at = text.indexOf('\ufffd'); at >= 0; at = text.indexOf('\ufffd', at + 1)) this.stats.invalidBytes += 1;
    }
    return text;
  }

  /**
   * The bytes themselves when they hold one character each (Windows-1252, or UTF-8 that is all
   * ASCII: a longer sequence would make the text shorter), so readers can look at codes in a typed
   * array instead of the string.
   */
  private aligned(bytes: Uint8Array, text: string): Uint8Array | undefined {
    return this.unit === 1 && text.length === bytes.length ? bytes : undefined;
  }

  /** The first line feed at or after `from`, as a code-unit-aligned byte index, or -1. */
  private findNewline(chunk: Uint8Array, from: number): number {
    if (this.unit === 1) return chunk.indexOf(10, from);
    const big = this.encoding === 'utf-16be';
    for (let at = chunk.indexOf(10, from); at >= 0; at = chunk.indexOf(10, at + 1)) {
      const start = big ? at - 1 : at;
      if (start >= from && (start - from) % 2 === 0 && chunk[big ? start : start + 1] === 0) return start;
    }
    return -1;
  }

  /** The last line feed of the chunk (at or after `from`), code-unit aligned. */
  private lastNewline(chunk: Uint8Array, from: number): number {
    if (this.unit === 1) return chunk.lastIndexOf(10);
    let last = -1;
    for (let at = this.findNewline(chunk, from); at >= 0; at = this.findNewline(chunk, at + 2)) last = at;
    return last;
  }
}
