import { ByteReader, ByteWriter, TruncatedError } from './bytes.ts';

/**
 * The TDS PRELOGIN exchange (MS-TDS 2.2.6.5), the first thing a SQL Server client sends.
 *
 * A TDS packet has an 8-byte header: type (0x12 PRELOGIN, 0x04 tabular result), status (0x01 end
 * of message), length (big-endian, header included), SPID, packet id, window. The PRELOGIN payload
 * is a list of option tokens (type, offset, length; offsets from the start of the payload) ended by
 * 0xFF, then the option data. The server answers with the same structure in a 0x04 packet; its
 * VERSION is major, minor, build (big-endian) and sub-build, and its ENCRYPTION byte says whether
 * encryption is off (0), on (1), not supported (2) or required (3).
 *
 *   04 01 00 25 00 00 01 00  00 00 15 00 06 01 00 1b 00 01 ff  0a 00 06 40 00 00  02
 *   tdspool's reply: version 10.0.1600, encryption not supported
 */

const OPTION = { version: 0x00, encryption: 0x01, instance: 0x02, threadId: 0x03, mars: 0x04, terminator: 0xff } as const;

/** The server's answer about encryption. */
export type TdsEncryption = 'off' | 'on' | 'not-supported' | 'required';
const ENCRYPTION: TdsEncryption[] = ['off', 'on', 'not-supported', 'required'];

/** A PRELOGIN packet from a client that supports encryption but does not ask for it. */
export function buildPrelogin(): Uint8Array {
  const options: [number, number[]][] = [
    [OPTION.version, [0x0f, 0x00, 0x00, 0x00, 0x00, 0x00]],
    [OPTION.encryption, [0x00]],
    [OPTION.instance, [0x00]],
    [OPTION.threadId, [0x00, 0x00, 0x00, 0x00]],
    [OPTION.mars, [0x00]],
  ];
  const payload = new ByteWriter();
  let dataOffset = options.length * 5 + 1;
  for (const [type, data] of options) {
    payload.u8(type).u16be(dataOffset).u16be(data.length);
    dataOffset += data.length;
  }
  payload.u8(OPTION.terminator);
  for (const [, data] of options) payload.bytes(data);
  const body = payload.toBytes();
  return new ByteWriter().u8(0x12).u8(0x01).u16be(body.length + 8).u16be(0).u8(1).u8(0).bytes(body).toBytes();
}

/** TDS packet types a server sends (MS-TDS 2.2.3.1.1): tabular result, or the PRELOGIN echo of old servers. */
const SERVER_PACKET_TYPES = new Set([0x04, 0x12]);

/**
 * The length of the TDS packet at the start of a buffer, undefined until its header is in, or 0
 * when the first byte is not a TDS packet type a server sends.
 */
export function tdsFrameLength(buffer: Uint8Array): number | undefined {
  if (buffer.length >= 1 && !SERVER_PACKET_TYPES.has(buffer[0] ?? 0)) return 0;
  if (buffer.length < 4) return undefined;
  const length = ((buffer[2] ?? 0) << 8) | (buffer[3] ?? 0);
  return length < 8 ? 0 : length;
}

/** Whether a packet is the last of its message (status bit 0x01). */
export function isEndOfMessage(packet: Uint8Array): boolean {
  return ((packet[1] ?? 0) & 0x01) !== 0;
}

/** What a PRELOGIN response said, or why it is not one. */
export type PreloginResponse =
  | { ok: true; version?: string; encryption?: TdsEncryption; mars?: boolean }
  | { ok: false; reason: string };

/**
 * Parses the PRELOGIN response carried by one or more TDS packets. Never throws: options pointing
 * outside the payload, an unknown packet type or a cut message are reported as reasons.
 */
export function parsePreloginResponse(packets: readonly Uint8Array[]): PreloginResponse {
  try {
    const payloads: number[] = [];
    for (const packet of packets) {
      const r = new ByteReader(packet);
      const type = r.u8('packet type');
      if (type !== 0x04) return { ok: false, reason: `TDS packet type 0x${type.toString(16).padStart(2, '0')} instead of a response (0x04)` };
      r.u8('status');
      const length = r.u16be('length');
      if (length < 8 || length > packet.length) return { ok: false, reason: `TDS length ${length} does not match the ${packet.length} bytes received` };
      r.skip(4, 'spid, packet id, window');
      payloads.push(...r.bytesOf(length - 8, 'payload'));
    }
    const payload = Uint8Array.from(payloads);
    const r = new ByteReader(payload);
    const result: { version?: string; encryption?: TdsEncryption; mars?: boolean } = {};
    for (let i = 0; i < 32; i++) {
      const type = r.u8('option type');
      if (type === OPTION.terminator) return { ok: true, ...result };
      const offset = r.u16be('option offset');
      const length = r.u16be('option length');
      if (offset + length > payload.length) return { ok: false, reason: `option 0x${type.toString(16)} points past the end of the payload` };
      const data = new ByteReader(payload.subarray(offset, offset + length));
      if (type === OPTION.version && length >= 4) {
        const major = data.u8();
        const minor = data.u8();
        const build = data.u16be();
        result.version = `${major}.${minor}.${build}`;
      } else if (type === OPTION.encryption && length >= 1) {
        result.encryption = ENCRYPTION[data.u8()] ?? result.encryption;
      } else if (type === OPTION.mars && length >= 1) {
        result.mars = data.u8() === 1;
      }
    }
    return { ok: false, reason: 'no option terminator' };
  } catch (err) {
    if (err instanceof TruncatedError) return { ok: false, reason: err.message };
    throw err;
  }
}
