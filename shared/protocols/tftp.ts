import { ByteReader, ByteWriter, TruncatedError, ascii, decodeAscii } from './bytes.ts';

/**
 * TFTP (RFC 1350, options RFC 2347): the read request a probe sends and the packets a server may
 * answer with. A server listens on UDP 69 but answers from a new port of its own choosing (its
 * transfer identifier), which is why a firewall that only allows port 69 breaks PXE (seed 003, note 4).
 *
 *   00 01 6e 65 74 … 00 6f 63 74 65 74 00   RRQ "net…" mode "octet"
 *   00 05 00 01 46 69 6c 65 … 00            ERROR 1 "File not found"
 */

/** TFTP error codes (RFC 1350 and 2347). */
export const TFTP_ERRORS: Record<number, string> = {
  0: 'not defined',
  1: 'file not found',
  2: 'access violation',
  3: 'disk full',
  4: 'illegal operation',
  5: 'unknown transfer ID',
  6: 'file already exists',
  7: 'no such user',
  8: 'option negotiation refused',
};

/** A read request for `filename` in octet mode. */
export function buildReadRequest(filename: string): Uint8Array {
  return new ByteWriter().u16be(1).bytes(ascii(filename)).u8(0).bytes(ascii('octet')).u8(0).toBytes();
}

/** An ERROR packet, sent to abort a transfer from the same socket (so the server sees its own TID). */
export function buildError(code: number, message: string): Uint8Array {
  return new ByteWriter().u16be(5).u16be(code).bytes(ascii(message)).u8(0).toBytes();
}

/** A packet from a TFTP server. */
export type TftpPacket =
  | { kind: 'data'; block: number; bytes: number }
  | { kind: 'error'; code: number; message: string }
  | { kind: 'option-ack'; options: Record<string, string> }
  | { kind: 'ack'; block: number }
  | { kind: 'not-tftp'; reason: string };

/** Parses a datagram from a TFTP server. Never throws. */
export function parseTftpPacket(bytes: Uint8Array): TftpPacket {
  try {
    const r = new ByteReader(bytes);
    const opcode = r.u16be('opcode');
    switch (opcode) {
      case 3:
        return { kind: 'data', block: r.u16be('block'), bytes: r.remaining };
      case 4:
        return { kind: 'ack', block: r.u16be('block') };
      case 5: {
        const code = r.u16be('error code');
        return { kind: 'error', code, message: decodeAscii(r.bytesOf(r.remaining)) };
      }
      case 6: {
        const parts = decodeStrings(r.bytesOf(r.remaining));
        const options: Record<string, string> = {};
        for (let i = 0; i + 1 < parts.length; i += 2) options[parts[i] as string] = parts[i + 1] as string;
        return { kind: 'option-ack', options };
      }
      default:
        return { kind: 'not-tftp', reason: `opcode ${opcode}` };
    }
  } catch (err) {
    if (err instanceof TruncatedError) return { kind: 'not-tftp', reason: err.message };
    throw err;
  }
}

function decodeStrings(bytes: Uint8Array): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      parts.push(decodeAscii(bytes.subarray(start, i)));
      start = i + 1;
    }
  }
  return parts;
}
