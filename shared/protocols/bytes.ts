/**
 * Byte-level helpers for the wire-format parsers: a growable writer and a bounds-checked reader.
 *
 * Parsers read untrusted bytes from the network. Every read checks the bounds and throws a
 * `TruncatedError` instead of reading past the end, and each parser catches it at its top and
 * returns a "truncated" result, so a length field that points past the data can never crash a probe
 * or make it read garbage.
 */

/** Thrown by `ByteReader` when a read would go past the end of the data. */
export class TruncatedError extends Error {
  constructor(what: string) {
    super(`truncated: ${what}`);
    this.name = 'TruncatedError';
  }
}

/** Reads little- and big-endian integers, byte runs and strings, with bounds checks. */
export class ByteReader {
  private readonly view: DataView;
  offset = 0;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get remaining(): number {
    return this.bytes.length - this.offset;
  }

  private need(count: number, what: string): void {
    if (count < 0 || this.offset + count > this.bytes.length) throw new TruncatedError(`${what} needs ${count} bytes at ${this.offset}, ${this.remaining} left`);
  }

  u8(what = 'u8'): number {
    this.need(1, what);
    return this.view.getUint8(this.offset++);
  }

  u16le(what = 'u16'): number {
    this.need(2, what);
    const value = this.view.getUint16(this.offset, true);
    this.offset += 2;
    return value;
  }

  u16be(what = 'u16'): number {
    this.need(2, what);
    const value = this.view.getUint16(this.offset, false);
    this.offset += 2;
    return value;
  }

  u32le(what = 'u32'): number {
    this.need(4, what);
    const value = this.view.getUint32(this.offset, true);
    this.offset += 4;
    return value;
  }

  u32be(what = 'u32'): number {
    this.need(4, what);
    const value = this.view.getUint32(this.offset, false);
    this.offset += 4;
    return value;
  }

  bytesOf(count: number, what = 'bytes'): Uint8Array {
    this.need(count, what);
    const slice = this.bytes.subarray(this.offset, this.offset + count);
    this.offset += count;
    return slice;
  }

  skip(count: number, what = 'padding'): void {
    this.need(count, what);
    this.offset += count;
  }

  /** Skips to the next multiple of `boundary` counted from `origin` (NDR and SMB alignment). */
  align(boundary: number, origin = 0): void {
    const misalignment = (this.offset - origin) % boundary;
    if (misalignment !== 0) this.skip(boundary - misalignment, 'alignment');
  }

  seek(offset: number, what = 'seek'): void {
    if (offset < 0 || offset > this.bytes.length) throw new TruncatedError(`${what} to ${offset} of ${this.bytes.length}`);
    this.offset = offset;
  }
}

/** Builds a byte sequence with little- and big-endian writes. */
export class ByteWriter {
  private chunks: number[] = [];

  get length(): number {
    return this.chunks.length;
  }

  u8(value: number): this {
    this.chunks.push(value & 0xff);
    return this;
  }

  u16le(value: number): this {
    return this.u8(value).u8(value >>> 8);
  }

  u16be(value: number): this {
    return this.u8(value >>> 8).u8(value);
  }

  u32le(value: number): this {
    return this.u16le(value & 0xffff).u16le(value >>> 16);
  }

  u32be(value: number): this {
    return this.u16be(value >>> 16).u16be(value & 0xffff);
  }

  bytes(values: ArrayLike<number>): this {
    for (let i = 0; i < values.length; i++) this.chunks.push((values[i] ?? 0) & 0xff);
    return this;
  }

  zeros(count: number): this {
    for (let i = 0; i < count; i++) this.chunks.push(0);
    return this;
  }

  /** Pads with zeros to the next multiple of `boundary` counted from `origin`. */
  align(boundary: number, origin = 0): this {
    while ((this.chunks.length - origin) % boundary !== 0) this.chunks.push(0);
    return this;
  }

  /** Overwrites a 16-bit little-endian value already written (for lengths known at the end). */
  patchU16le(offset: number, value: number): this {
    this.chunks[offset] = value & 0xff;
    this.chunks[offset + 1] = (value >>> 8) & 0xff;
    return this;
  }

  patchU16be(offset: number, value: number): this {
    this.chunks[offset] = (value >>> 8) & 0xff;
    this.chunks[offset + 1] = value & 0xff;
    return this;
  }

  patchU32le(offset: number, value: number): this {
    this.patchU16le(offset, value & 0xffff);
    return this.patchU16le(offset + 2, value >>> 16);
  }

  toBytes(): Uint8Array {
    return Uint8Array.from(this.chunks);
  }
}

/** ASCII bytes of a string (code points above 0x7f become '?'). */
export function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x80 ? code : 0x3f;
  });
}

/** Decodes ASCII bytes, stopping at the first NUL; bytes that are not printable become '?'. */
export function decodeAscii(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    if (byte === 0) break;
    text += byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : '?';
  }
  return text;
}

/** Decodes bytes one to one as ISO-8859-1 (HTTP heads): every byte keeps its value. */
export function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/** Lower-case hex of some bytes, truncated after `limit` bytes with a note of the full size. */
export function toHex(bytes: Uint8Array, limit = 256): string {
  let hex = '';
  const shown = Math.min(bytes.length, limit);
  for (let i = 0; i < shown; i++) hex += (bytes[i] ?? 0).toString(16).padStart(2, '0');
  return bytes.length > limit ? `${hex}… (${bytes.length} bytes)` : hex;
}

/**
 * Bytes of a UUID in DCE/RPC wire order: the first three fields little-endian, the last eight bytes
 * as written (`e1af8308-5d1f-11c9-91a4-08002b14a0fa` → `08 83 af e1 1f 5d c9 11 91 a4 …`).
 */
export function uuidToBytes(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  const raw = Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
  const order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];
  return Uint8Array.from(order.map((i) => raw[i] ?? 0));
}

/** The UUID string of 16 bytes in DCE/RPC wire order. */
export function bytesToUuid(bytes: Uint8Array): string {
  const order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];
  const hex = order.map((i) => (bytes[i] ?? 0).toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Concatenates byte arrays. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
