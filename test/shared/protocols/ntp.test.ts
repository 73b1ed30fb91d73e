import { describe, expect, it } from 'vitest';
import { buildNtpRequest, parseNtpReply } from '../../../shared/protocols/ntp.ts';

describe('NTP', () => {
  it('writes a version 4 client request carrying its transmit time', () => {
    const now = Date.UTC(2026, 10, 22, 12, 0, 0, 250);
    const request = buildNtpRequest(now);
    expect(request).toHaveLength(48);
    expect(request[0]).toBe(0x23);
    // A server echoes the transmit time as the origin time: reading it back gives `now`.
    const reply = Uint8Array.from(request);
    reply[0] = 0x24;
    reply[1] = 2;
    reply.set([10, 0, 0, 1], 12);
    reply.set(request.subarray(40, 48), 24);
    expect(parseNtpReply(reply)).toEqual({ mode: 4, version: 4, stratum: 2, referenceId: '10.0.0.1', originMs: now, transmitMs: now });
  });

  it('refuses what is not a server reply', () => {
    expect(parseNtpReply(new Uint8Array(12))).toEqual({ error: '12 bytes: shorter than an NTP packet (48)' });
    expect(parseNtpReply(buildNtpRequest(Date.now()))).toEqual({ error: 'mode 3: not a server reply' });
    const stratum1 = new Uint8Array(48);
    stratum1[0] = 0x24;
    stratum1[1] = 1;
    stratum1.set([0x47, 0x50, 0x53, 0], 12);
    expect(parseNtpReply(stratum1)).toMatchObject({ stratum: 1, referenceId: 'GPS' });
  });
});
