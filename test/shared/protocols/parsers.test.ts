import { describe, expect, it } from 'vitest';
import { bytesToUuid, toHex, uuidToBytes } from '../../../shared/protocols/bytes.ts';
import { buildBind, parseDcerpcPdu } from '../../../shared/protocols/dcerpc.ts';
import { buildDhcpMessage, parseDhcpMessage } from '../../../shared/protocols/dhcp.ts';
import { EPM_INTERFACE, parseEptLookupResponse } from '../../../shared/protocols/epm.ts';
import { buildSmb2Negotiate, netbiosFrameLength, parseNegotiateResponse } from '../../../shared/protocols/smb.ts';
import { buildPrelogin, parsePreloginResponse } from '../../../shared/protocols/tds.ts';
import { buildReadRequest, parseTftpPacket } from '../../../shared/protocols/tftp.ts';
import { EPT_LOOKUP_RESPONSE, SMB2_NEGOTIATE_RESPONSE, TDS_PRELOGIN_RESPONSE } from './fixtures.ts';

describe('bytes', () => {
  it('writes UUIDs in DCE/RPC order and reads them back', () => {
    expect(toHex(uuidToBytes('e1af8308-5d1f-11c9-91a4-08002b14a0fa'))).toBe('0883afe11f5dc91191a408002b14a0fa');
    expect(bytesToUuid(uuidToBytes('8a885d04-1ceb-11c9-9fe8-08002b104860'))).toBe('8a885d04-1ceb-11c9-9fe8-08002b104860');
  });
});

describe('DCE/RPC and the endpoint mapper', () => {
  it('builds a bind PDU to the endpoint mapper with the NDR transfer syntax', () => {
    // header (bind, 72 bytes, call 1) · max frags 4280/4280, new group · 1 context: EPM v3.0 with NDR v2.0
    expect(toHex(buildBind(EPM_INTERFACE))).toBe(
      ['05000b031000000048000000', '01000000', 'b810b81000000000', '01000000', '00000100', '0883afe11f5dc91191a408002b14a0fa03000000', '045d888aeb1cc9119fe808002b10486002000000'].join(''),
    );
  });

  it('reads an ept_lookup page captured from samba-dcerpcd', () => {
    const page = parseEptLookupResponse(EPT_LOOKUP_RESPONSE);
    expect(page).toMatchObject({ ok: true, status: 0, done: false });
    if (!page.ok) throw new Error('not parsed');
    expect(page.entries).toHaveLength(3);
    expect(page.entries[0]).toMatchObject({ annotation: expect.any(String), interface: expect.stringMatching(/^[0-9a-f-]{36}$/), version: expect.stringMatching(/^\d+\.\d+$/) });
  });

  it('tells a bind_nak and a provider rejection apart', () => {
    const nak = Uint8Array.from([5, 0, 13, 3, 0x10, 0, 0, 0, 20, 0, 0, 0, 1, 0, 0, 0, 4, 0, 0, 0]);
    expect(parseDcerpcPdu(nak)).toEqual({ kind: 'bind-nak', callId: 1, reason: 'protocol version not supported' });
    expect(parseDcerpcPdu(Uint8Array.from([4, 0, 13, 3, 0x10, 0, 0, 0, 16, 0, 0, 0, 1, 0, 0, 0]))).toEqual({ kind: 'malformed', reason: 'not DCE/RPC 5.x (version 4.0)' });
  });
});

describe('SMB', () => {
  it('frames messages with the NetBIOS session header', () => {
    const request = buildSmb2Negotiate(new Uint8Array(16), new Uint8Array(32));
    expect(netbiosFrameLength(request)).toBe(request.length);
    expect(toHex(request.subarray(4, 8))).toBe('fe534d42');
  });

  it('reads the dialect and signing mode smbd chose', () => {
    expect(parseNegotiateResponse(SMB2_NEGOTIATE_RESPONSE)).toEqual({ kind: 'smb2', dialect: '3.1.1', dialectCode: 0x0311, signingEnabled: true, signingRequired: false, status: 0 });
  });
});

describe('TDS', () => {
  it('builds a PRELOGIN with its option table and reads tdspool\'s answer', () => {
    const prelogin = buildPrelogin();
    expect(toHex(prelogin.subarray(0, 8))).toBe(`1201${(prelogin.length).toString(16).padStart(4, '0')}00000100`);
    expect(parsePreloginResponse([TDS_PRELOGIN_RESPONSE])).toEqual({ ok: true, version: '10.0.1600', encryption: 'not-supported', mars: false });
  });

  it.each([
    [0, 'off'],
    [1, 'on'],
    [2, 'not-supported'],
    [3, 'required'],
  ])('reads encryption byte %i as %s (MS-TDS 2.2.6.5)', (value, expected) => {
    const response = Uint8Array.from(TDS_PRELOGIN_RESPONSE);
    const encryptionOffset = 8 + ((response[8 + 5 + 1] ?? 0) << 8 | (response[8 + 5 + 2] ?? 0));
    response[encryptionOffset] = value;
    expect(parsePreloginResponse([response])).toMatchObject({ ok: true, encryption: expected });
  });

  it('refuses a packet that is not a TDS response', () => {
    expect(parsePreloginResponse([Uint8Array.from([0x48, 0x54, 0x54, 0x50, 0x2f, 0x31, 0x2e, 0x31])])).toEqual({ ok: false, reason: 'TDS packet type 0x48 instead of a response (0x04)' });
  });
});

describe('TFTP and DHCP', () => {
  it('round-trips a read request and parses an ERROR', () => {
    expect(toHex(buildReadRequest('a.bin'))).toBe('0001612e62696e006f6374657400');
    expect(parseTftpPacket(Uint8Array.from([0, 5, 0, 1, 0x6e, 0x6f, 0]))).toEqual({ kind: 'error', code: 1, message: 'no' });
  });

  it('builds a PXE request and reads a boot server ACK', () => {
    const request = buildDhcpMessage({ type: 'REQUEST', xid: 0x01020304, mac: Uint8Array.from([2, 0, 0, 0, 0, 1]), clientAddress: '10.0.0.9', pxe: { architecture: 7, machineId: new Uint8Array(16) } });
    const ack = Uint8Array.from(request);
    ack[0] = 2;
    ack.set([10, 0, 0, 1], 20);
    ack.set(Uint8Array.from('boot/x64/wdsmgfw.efi', (c) => c.charCodeAt(0)), 108);
    const optionsStart = 240;
    ack[optionsStart + 2] = 5; // option 53 value: ACK
    expect(parseDhcpMessage(ack)).toEqual({
      ok: true,
      reply: expect.objectContaining({ xid: 0x01020304, messageType: 'ACK', nextServer: '10.0.0.1', bootFile: 'boot/x64/wdsmgfw.efi', vendorClass: 'PXEClient:Arch:00007:UNDI:003016' }),
    });
  });
});
