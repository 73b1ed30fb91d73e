import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../../shared/protocols/bytes.ts';
import { buildBind, buildRequest, parseDcerpcPdu } from '../../../shared/protocols/dcerpc.ts';
import { buildDhcpMessage, parseDhcpMessage } from '../../../shared/protocols/dhcp.ts';
import { buildEptLookupStub, parseEptLookupResponse, parseTower } from '../../../shared/protocols/epm.ts';
import { buildSmb1Negotiate, buildSmb2Negotiate, parseNegotiateResponse } from '../../../shared/protocols/smb.ts';
import { buildPrelogin, parsePreloginResponse } from '../../../shared/protocols/tds.ts';
import { buildError, buildReadRequest, parseTftpPacket } from '../../../shared/protocols/tftp.ts';
import { prng } from '../../support/prng.ts';
import { EPT_LOOKUP_RESPONSE, SMB2_NEGOTIATE_RESPONSE, TDS_PRELOGIN_RESPONSE } from './fixtures.ts';

function randomBytes(random: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

/** Random bytes, truncations of a valid sample at every length, and the sample with random bytes flipped. */
function* inputs(sample: Uint8Array, seed: number): Generator<Uint8Array> {
  const random = prng(seed);
  for (let i = 0; i < 300; i++) yield randomBytes(random, Math.floor(random() * 600));
  for (let length = 0; length <= sample.length; length++) yield sample.subarray(0, length);
  for (let i = 0; i < 300; i++) {
    const copy = Uint8Array.from(sample);
    for (let flips = 1 + Math.floor(random() * 4); flips > 0; flips--) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
    yield copy;
  }
}

const parsers: [string, (bytes: Uint8Array) => unknown, Uint8Array][] = [
  ['DCE/RPC PDU', parseDcerpcPdu, buildBind({ uuid: 'e1af8308-5d1f-11c9-91a4-08002b14a0fa', major: 3, minor: 0 })],
  ['DCE/RPC request', parseDcerpcPdu, buildRequest(2, buildEptLookupStub(new Uint8Array(20), 10), 2)],
  ['ept_lookup response', parseEptLookupResponse, EPT_LOOKUP_RESPONSE],
  ['protocol tower', (bytes) => {
    try {
      return parseTower(bytes);
    } catch (err) {
      if (err instanceof Error && err.name === 'TruncatedError') return null; // towers are read inside parseEptLookupResponse's guard
      throw err;
    }
  }, EPT_LOOKUP_RESPONSE.subarray(80)],
  ['SMB negotiate response', parseNegotiateResponse, SMB2_NEGOTIATE_RESPONSE],
  ['SMB1 negotiate', parseNegotiateResponse, buildSmb1Negotiate()],
  ['SMB2 request as response', parseNegotiateResponse, buildSmb2Negotiate(new Uint8Array(16), new Uint8Array(32))],
  ['TDS PRELOGIN response', (bytes) => parsePreloginResponse([bytes]), TDS_PRELOGIN_RESPONSE],
  ['TDS PRELOGIN request', (bytes) => parsePreloginResponse([bytes]), buildPrelogin()],
  ['TFTP packet', parseTftpPacket, buildError(1, 'File not found')],
  ['TFTP request', parseTftpPacket, buildReadRequest('x.bin')],
  ['DHCP message', parseDhcpMessage, buildDhcpMessage({ type: 'INFORM', xid: 7, mac: new Uint8Array(6), pxe: { architecture: 7, machineId: new Uint8Array(16) } })],
];

describe('wire-format parsers under random, truncated and corrupted input', () => {
  it.each(parsers.map(([name, parse, sample], index) => [name, parse, sample, index] as const))('%s never throws', (_name, parse, sample, index) => {
    let count = 0;
    for (const input of inputs(sample, 1000 + index)) {
      expect(() => parse(input)).not.toThrow();
      count += 1;
    }
    expect(count).toBeGreaterThan(600);
  });

  it('reports a length that points past the data instead of reading beyond it', () => {
    const pdu = Uint8Array.from(buildBind({ uuid: 'e1af8308-5d1f-11c9-91a4-08002b14a0fa', major: 3, minor: 0 }));
    pdu[8] = 0xff;
    pdu[9] = 0x7f;
    expect(parseDcerpcPdu(pdu)).toEqual({ kind: 'truncated', reason: expect.stringContaining('32767') });
    const tds = Uint8Array.from(TDS_PRELOGIN_RESPONSE);
    tds[8 + 1] = 0x7f; // the VERSION option's offset, far past the payload
    expect(parsePreloginResponse([tds])).toEqual({ ok: false, reason: expect.stringContaining('past the end') });
    const epm = new ByteWriter().bytes(new Uint8Array(20)).u32le(1).u32le(1).u32le(0).u32le(1).toBytes();
    expect(parseEptLookupResponse(epm)).toEqual({ ok: false, reason: expect.stringContaining('truncated') });
  });
});
