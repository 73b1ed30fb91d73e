import { ByteReader, ByteWriter, TruncatedError, bytesToUuid, decodeAscii, uuidToBytes } from './bytes.ts';

/**
 * Connection-oriented DCE/RPC (C706 chapter 12, MS-RPCE): the bind and request PDUs a probe sends
 * and the bind_ack, bind_nak, response and fault PDUs it can get back.
 *
 * Every PDU starts with a 16-byte header: version 5.0, type, flags, data representation (we send
 * little-endian ASCII IEEE: `10 00 00 00`), fragment length, auth length, call id.
 *
 *   05 00 0b 03 10 00 00 00 48 00 00 00 01 00 00 00   bind, first+last fragment, 72 bytes, call 1
 */

/** PDU types this tool sends or understands. */
export const PDU = { request: 0, response: 2, fault: 3, bind: 11, bindAck: 12, bindNak: 13 } as const;

/** The NDR transfer syntax, version 2.0. */
export const NDR_SYNTAX = { uuid: '8a885d04-1ceb-11c9-9fe8-08002b104860', major: 2, minor: 0 } as const;

const FIRST_AND_LAST = 0x03;
const HEADER_LENGTH = 16;

/** Bytes of the common header, with the fragment length patched in by the builders. */
function header(writer: ByteWriter, type: number, callId: number): void {
  writer.u8(5).u8(0).u8(type).u8(FIRST_AND_LAST).bytes([0x10, 0, 0, 0]).u16le(0).u16le(0).u32le(callId);
}

function finish(writer: ByteWriter): Uint8Array {
  writer.patchU16le(8, writer.length);
  return writer.toBytes();
}

/** A bind to one interface (`uuid`, `major.minor`) with the NDR transfer syntax. */
export function buildBind(iface: { uuid: string; major: number; minor: number }, callId = 1): Uint8Array {
  const w = new ByteWriter();
  header(w, PDU.bind, callId);
  w.u16le(4280).u16le(4280).u32le(0); // max xmit, max recv, new association group
  w.u8(1).u8(0).u16le(0); // one presentation context
  w.u16le(0).u8(1).u8(0); // context 0, one transfer syntax
  w.bytes(uuidToBytes(iface.uuid)).u16le(iface.major).u16le(iface.minor);
  w.bytes(uuidToBytes(NDR_SYNTAX.uuid)).u16le(NDR_SYNTAX.major).u16le(NDR_SYNTAX.minor);
  return finish(w);
}

/** A request PDU calling operation `opnum` on presentation context 0 with an NDR stub. */
export function buildRequest(opnum: number, stub: Uint8Array, callId: number): Uint8Array {
  const w = new ByteWriter();
  header(w, PDU.request, callId);
  w.u32le(stub.length).u16le(0).u16le(opnum).bytes(stub);
  return finish(w);
}

/**
 * The length of the PDU at the start of `buffer`, once its header has arrived (the fragment length
 * field), undefined while fewer than 10 bytes are in, or 0 as soon as the first byte is not RPC
 * version 5 or the length is shorter than a header; stream readers use it to frame PDUs.
 */
export function dcerpcFrameLength(buffer: Uint8Array): number | undefined {
  if (buffer.length >= 1 && buffer[0] !== 5) return 0;
  if (buffer.length < 10) return undefined;
  const length = (buffer[8] ?? 0) | ((buffer[9] ?? 0) << 8);
  return length < HEADER_LENGTH ? 0 : length;
}

/** How a presentation context was answered in a bind_ack. */
export type ContextResult = 'acceptance' | 'user-rejection' | 'provider-rejection' | 'negotiate-ack' | 'unknown';

/** Reasons of a provider rejection or a bind_nak (C706 p_reject_reason_t, p_provider_reason_t). */
const REJECT_REASONS: Record<number, string> = {
  0: 'reason not specified',
  1: 'temporary congestion',
  2: 'local limit exceeded',
  3: 'called presentation address unknown',
  4: 'protocol version not supported',
  5: 'default context not supported',
  6: 'user data not readable',
  7: 'no PSAP available',
  8: 'authentication type not recognized',
  9: 'invalid checksum',
};
const PROVIDER_REASONS: Record<number, string> = {
  0: 'reason not specified',
  1: 'abstract syntax not supported',
  2: 'proposed transfer syntaxes not supported',
  3: 'local limit exceeded',
};

/** A parsed PDU. `truncated` and `malformed` describe input that is not a usable PDU. */
export type DcerpcPdu =
  | { kind: 'bind-ack'; callId: number; secondaryAddress: string; result: ContextResult; reason: string; flags: number }
  | { kind: 'bind-nak'; callId: number; reason: string }
  | { kind: 'response'; callId: number; flags: number; stub: Uint8Array }
  | { kind: 'fault'; callId: number; status: number }
  | { kind: 'other'; callId: number; type: number }
  | { kind: 'malformed'; reason: string }
  | { kind: 'truncated'; reason: string };

const RESULTS: ContextResult[] = ['acceptance', 'user-rejection', 'provider-rejection', 'negotiate-ack'];

/** Whether a PDU has the last-fragment flag (responses longer than a fragment come in several). */
export function isLastFragment(flags: number): boolean {
  return (flags & 0x02) !== 0;
}

/**
 * Parses one PDU. Never throws: bytes that are not DCE/RPC version 5 are `malformed`, a PDU cut
 * short is `truncated`. Only little-endian data representation is accepted (what Windows and Samba
 * send to a little-endian client).
 */
export function parseDcerpcPdu(bytes: Uint8Array): DcerpcPdu {
  try {
    const r = new ByteReader(bytes);
    const version = r.u8('version');
    const minor = r.u8('minor version');
    const type = r.u8('type');
    const flags = r.u8('flags');
    const drep = r.bytesOf(4, 'data representation');
    const fragLength = r.u16le('fragment length');
    r.u16le('auth length');
    const callId = r.u32le('call id');
    if (version !== 5 || minor > 1) return { kind: 'malformed', reason: `not DCE/RPC 5.x (version ${version}.${minor})` };
    if ((drep[0] ?? 0) >> 4 !== 1) return { kind: 'malformed', reason: 'big-endian data representation is not supported' };
    if (fragLength < HEADER_LENGTH) return { kind: 'malformed', reason: `fragment length ${fragLength} is shorter than the header` };
    if (fragLength > bytes.length) throw new TruncatedError(`PDU of ${fragLength} bytes, ${bytes.length} received`);
    const body = new ByteReader(bytes.subarray(0, fragLength));
    body.seek(HEADER_LENGTH);
    switch (type) {
      case PDU.bindAck:
        return parseBindAck(body, callId, flags);
      case PDU.bindNak: {
        const code = body.u16le('reject reason');
        return { kind: 'bind-nak', callId, reason: REJECT_REASONS[code] ?? `reason ${code}` };
      }
      case PDU.response: {
        body.u32le('alloc hint');
        body.u16le('context id');
        body.u8('cancel count');
        body.u8('reserved');
        return { kind: 'response', callId, flags, stub: body.bytesOf(body.remaining, 'stub') };
      }
      case PDU.fault: {
        body.skip(8, 'fault header');
        return { kind: 'fault', callId, status: body.u32le('fault status') };
      }
      default:
        return { kind: 'other', callId, type };
    }
  } catch (err) {
    if (err instanceof TruncatedError) return { kind: 'truncated', reason: err.message };
    throw err;
  }
}

function parseBindAck(r: ByteReader, callId: number, flags: number): DcerpcPdu {
  r.u16le('max xmit');
  r.u16le('max recv');
  r.u32le('assoc group');
  const addressLength = r.u16le('secondary address length');
  const secondaryAddress = decodeAscii(r.bytesOf(addressLength, 'secondary address'));
  r.align(4);
  const count = r.u8('result count');
  r.skip(3);
  if (count < 1) return { kind: 'malformed', reason: 'bind_ack with no result' };
  const result = r.u16le('result');
  const reason = r.u16le('reason');
  const syntax = bytesToUuid(r.bytesOf(16, 'transfer syntax'));
  const resultName = RESULTS[result] ?? 'unknown';
  const reasonText = resultName === 'acceptance' ? `transfer syntax ${syntax}` : (PROVIDER_REASONS[reason] ?? `reason ${reason}`);
  return { kind: 'bind-ack', callId, secondaryAddress, result: resultName, reason: reasonText, flags };
}
