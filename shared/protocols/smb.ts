import { ByteReader, ByteWriter, TruncatedError, ascii } from './bytes.ts';

/**
 * SMB dialect negotiation (MS-SMB2 2.2.3/2.2.4, MS-CIFS 2.2.4.52) over direct TCP 445, where each
 * message is framed by a 4-byte NetBIOS session header (`00` + 24-bit big-endian length).
 *
 * The SMB2 NEGOTIATE request offers 2.0.2, 2.1, 3.0, 3.0.2 and 3.1.1 with signing enabled; 3.1.1
 * requires a pre-authentication integrity context (SHA-512 and a salt), sent as a negotiate context
 * after the dialect list, 8-byte aligned. The response carries the chosen dialect and the server's
 * security mode (bit 0 signing enabled, bit 1 signing required).
 *
 *   fe 53 4d 42 40 00 …  00 00 (NEGOTIATE) …   SMB2 header (64 bytes)
 *   41 00 03 00 11 03 …                        response: structure size 65, security mode 3, dialect 0x0311
 */

/** Dialects offered, in the order of the request. */
export const SMB2_DIALECTS = [0x0202, 0x0210, 0x0300, 0x0302, 0x0311] as const;

/** Dialect revisions as people write them. */
export const DIALECT_NAMES: Record<number, string> = { 0x0202: '2.0.2', 0x0210: '2.1', 0x0300: '3.0', 0x0302: '3.0.2', 0x0311: '3.1.1', 0x02ff: '2.???' };

/** Frames an SMB message for direct TCP. */
export function netbiosFrame(message: Uint8Array): Uint8Array {
  const framed = new Uint8Array(message.length + 4);
  framed[1] = (message.length >>> 16) & 0xff;
  framed[2] = (message.length >>> 8) & 0xff;
  framed[3] = message.length & 0xff;
  framed.set(message, 4);
  return framed;
}

/**
 * The length of the NetBIOS-framed message at the start of a buffer (header included), undefined
 * until the header is in, or 0 when it is not a session message or its SMB signature is wrong.
 */
export function netbiosFrameLength(buffer: Uint8Array): number | undefined {
  if (buffer.length >= 1 && buffer[0] !== 0) return 0;
  if (buffer.length >= 5 && buffer[4] !== 0xfe && buffer[4] !== 0xff) return 0;
  if (buffer.length < 4) return undefined;
  return 4 + (((buffer[1] ?? 0) << 16) | ((buffer[2] ?? 0) << 8) | (buffer[3] ?? 0));
}

/** An SMB2 NEGOTIATE request offering every dialect from 2.0.2 to 3.1.1, framed for TCP 445. */
export function buildSmb2Negotiate(clientGuid: Uint8Array, salt: Uint8Array): Uint8Array {
  const w = new ByteWriter();
  w.bytes([0xfe, 0x53, 0x4d, 0x42]).u16le(64).u16le(0).u32le(0).u16le(0).u16le(1).u32le(0).u32le(0);
  w.u32le(0).u32le(0).u32le(0xfeff).u32le(0).zeros(8).zeros(16); // message id 0, process id, tree, session, signature
  w.u16le(36).u16le(SMB2_DIALECTS.length).u16le(0x0001).u16le(0).u32le(0);
  w.bytes(clientGuid.subarray(0, 16));
  const contextOffsetAt = w.length;
  w.u32le(0).u16le(1).u16le(0);
  for (const dialect of SMB2_DIALECTS) w.u16le(dialect);
  w.align(8);
  w.patchU32le(contextOffsetAt, w.length);
  // SMB2_PREAUTH_INTEGRITY_CAPABILITIES: one hash (SHA-512), a 32-byte salt.
  w.u16le(0x0001).u16le(6 + salt.length).u32le(0).u16le(1).u16le(salt.length).u16le(0x0001).bytes(salt);
  return netbiosFrame(w.toBytes());
}

/**
 * An SMB1 NEGOTIATE offering "NT LM 0.12" (SMB1) and the SMB2 wildcards, framed for TCP 445.
 * A server with SMB2 answers it with an SMB2 response; an SMB1-only server picks "NT LM 0.12".
 */
export function buildSmb1Negotiate(): Uint8Array {
  const dialects = ['NT LM 0.12', 'SMB 2.002', 'SMB 2.???'];
  const bytes = new ByteWriter();
  for (const dialect of dialects) bytes.u8(0x02).bytes(ascii(dialect)).u8(0);
  const body = bytes.toBytes();
  const w = new ByteWriter();
  w.bytes([0xff, 0x53, 0x4d, 0x42]).u8(0x72).u32le(0).u8(0x18).u16le(0xc853).u16le(0).zeros(8).u16le(0).u16le(0xffff).u16le(0xfeff).u16le(0).u16le(0);
  w.u8(0).u16le(body.length).bytes(body);
  return netbiosFrame(w.toBytes());
}

/** The dialects of `buildSmb1Negotiate`, by index. */
export const SMB1_DIALECTS = ['NT LM 0.12', 'SMB 2.002', 'SMB 2.???'] as const;

/** What a negotiate response said. */
export type SmbNegotiation =
  | { kind: 'smb2'; dialect: string; dialectCode: number; signingEnabled: boolean; signingRequired: boolean; status: number }
  | { kind: 'smb2-error'; status: number }
  | { kind: 'smb1'; dialect: string; signingEnabled: boolean; signingRequired: boolean }
  | { kind: 'smb1-error'; status: number }
  | { kind: 'not-smb'; reason: string };

/**
 * Parses a NetBIOS-framed negotiate response, SMB2 or SMB1. Never throws: anything that is not an
 * SMB negotiate response is `not-smb` with the reason.
 */
export function parseNegotiateResponse(frame: Uint8Array): SmbNegotiation {
  try {
    const r = new ByteReader(frame);
    const type = r.u8('NetBIOS type');
    if (type !== 0) return { kind: 'not-smb', reason: `NetBIOS message type 0x${type.toString(16)} instead of a session message` };
    r.skip(3, 'NetBIOS length');
    const protocol = r.bytesOf(4, 'protocol id');
    if (protocol[0] === 0xfe && protocol[1] === 0x53 && protocol[2] === 0x4d && protocol[3] === 0x42) return parseSmb2(r);
    if (protocol[0] === 0xff && protocol[1] === 0x53 && protocol[2] === 0x4d && protocol[3] === 0x42) return parseSmb1(r);
    return { kind: 'not-smb', reason: 'no SMB protocol identifier' };
  } catch (err) {
    if (err instanceof TruncatedError) return { kind: 'not-smb', reason: err.message };
    throw err;
  }
}

function parseSmb2(r: ByteReader): SmbNegotiation {
  const headerStart = r.offset - 4;
  r.u16le('structure size');
  r.u16le('credit charge');
  const status = r.u32le('status');
  const command = r.u16le('command');
  if (command !== 0) return { kind: 'not-smb', reason: `SMB2 command 0x${command.toString(16)} instead of NEGOTIATE` };
  r.seek(headerStart + 64, 'SMB2 body');
  if (status !== 0) return { kind: 'smb2-error', status };
  const size = r.u16le('negotiate structure size');
  if (size !== 65) return { kind: 'not-smb', reason: `NEGOTIATE response structure size ${size}` };
  const securityMode = r.u16le('security mode');
  const dialectCode = r.u16le('dialect');
  return {
    kind: 'smb2',
    dialect: DIALECT_NAMES[dialectCode] ?? `0x${dialectCode.toString(16).padStart(4, '0')}`,
    dialectCode,
    signingEnabled: (securityMode & 0x01) !== 0,
    signingRequired: (securityMode & 0x02) !== 0,
    status,
  };
}

function parseSmb1(r: ByteReader): SmbNegotiation {
  const command = r.u8('command');
  const status = r.u32le('status');
  if (command !== 0x72) return { kind: 'not-smb', reason: `SMB1 command 0x${command.toString(16)} instead of NEGOTIATE` };
  if (status !== 0) return { kind: 'smb1-error', status };
  r.skip(1 + 2 + 2 + 8 + 2 + 2 + 2 + 2 + 2, 'SMB1 header');
  const words = r.u8('word count');
  if (words < 1) return { kind: 'smb1-error', status: 0 };
  const index = r.u16le('dialect index');
  const dialect = SMB1_DIALECTS[index];
  if (dialect === undefined) return index === 0xffff ? { kind: 'smb1-error', status: 0 } : { kind: 'not-smb', reason: `dialect index ${index} was not offered` };
  const securityMode = words >= 17 ? r.u8('security mode') : 0;
  return { kind: 'smb1', dialect, signingEnabled: (securityMode & 0x04) !== 0, signingRequired: (securityMode & 0x08) !== 0 };
}
