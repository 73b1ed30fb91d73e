import { decodeAscii } from './bytes.ts';

/**
 * The NTP client request and the fields of a server reply the `ntp` probe reports (RFC 5905,
 * section 7.3): a 48-byte packet, version 4, mode 3 (client); the reply is mode 4 (server).
 */

/** Seconds between the NTP era (1900) and the Unix epoch (1970). */
const NTP_UNIX_OFFSET = 2_208_988_800;

/** A client request whose transmit timestamp is `now` (echoed back by the server as "origin"). */
export function buildNtpRequest(now: number): Uint8Array {
  const packet = new Uint8Array(48);
  packet[0] = (0 << 6) | (4 << 3) | 3; // LI 0, version 4, mode 3 (client)
  writeTimestamp(packet, 40, now);
  return packet;
}

/** What a server reply says. */
export interface NtpReply {
  mode: number;
  version: number;
  stratum: number;
  /** For stratum 1 a four-letter source (`GPS`), for higher strata the upstream server's IPv4 address. */
  referenceId: string;
  /** The server's transmit time, Unix milliseconds. */
  transmitMs: number;
  /** The echoed origin time, Unix milliseconds (equals what the request sent). */
  originMs: number;
}

/** Parses a reply, or says why it is not one. */
export function parseNtpReply(bytes: Uint8Array): NtpReply | { error: string } {
  if (bytes.length < 48) return { error: `${bytes.length} bytes: shorter than an NTP packet (48)` };
  const first = bytes[0] ?? 0;
  const mode = first & 0x07;
  const version = (first >> 3) & 0x07;
  if (mode !== 4 && mode !== 5) return { error: `mode ${mode}: not a server reply` };
  const stratum = bytes[1] ?? 0;
  const ref = bytes.subarray(12, 16);
  const referenceId = stratum <= 1 ? decodeAscii(ref) : [...ref].join('.');
  return { mode, version, stratum, referenceId, originMs: readTimestamp(bytes, 24), transmitMs: readTimestamp(bytes, 40) };
}

function writeTimestamp(packet: Uint8Array, offset: number, unixMs: number): void {
  const view = new DataView(packet.buffer, packet.byteOffset, packet.byteLength);
  const seconds = Math.floor(unixMs / 1000) + NTP_UNIX_OFFSET;
  const fraction = Math.floor(((unixMs % 1000) / 1000) * 2 ** 32);
  view.setUint32(offset, seconds >>> 0);
  view.setUint32(offset + 4, fraction >>> 0);
}

function readTimestamp(packet: Uint8Array, offset: number): number {
  const view = new DataView(packet.buffer, packet.byteOffset, packet.byteLength);
  const seconds = view.getUint32(offset);
  const fraction = view.getUint32(offset + 4);
  return (seconds - NTP_UNIX_OFFSET) * 1000 + Math.round((fraction / 2 ** 32) * 1000);
}
