import dgram from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import type { EndpointDetails } from '../../../../shared/endpoints/endpoint-details.ts';
import { createSystemResolver } from '../../../../src-main/core/net/resolver.ts';
import { ntpProbe } from '../../../../src-main/core/probes/ntp-probe.ts';

/** A minimal NTP server on loopback: answers each request with mode 4, stratum 2, echoing its transmit time. */
async function startNtpResponder(options: { answer: boolean }): Promise<{ port: number; close(): void }> {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (request, from) => {
    if (!options.answer) return;
    const reply = Buffer.alloc(48);
    reply[0] = 0x24;
    reply[1] = 2;
    Buffer.from([192, 0, 2, 1]).copy(reply, 12);
    request.copy(reply, 24, 40, 48);
    request.copy(reply, 40, 40, 48);
    socket.send(reply, from.port, from.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return { port: socket.address().port, close: () => socket.close() };
}

describe('ntp probe', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  const run = (port: number, timeoutMs = 2500) =>
    ntpProbe.run({ host: '127.0.0.1', port, portLabel: String(port), transport: 'udp' }, { signal: AbortSignal.timeout(timeoutMs), timeoutMs, resolver: createSystemResolver() });

  it('passes when a server answers with our origin time, with its stratum', async () => {
    const server = await startNtpResponder({ answer: true });
    close = server.close;
    const outcome = await run(server.port);
    expect(outcome).toMatchObject({ verdict: 'open', status: 'pass', message: { key: 'endpoint.ntp.answered' } });
    const details = outcome.details as unknown as EndpointDetails;
    expect(details.ntp).toMatchObject({ outcome: 'pass', stratum: 2, referenceId: '192.0.2.1' });
    expect(Math.abs(details.ntp?.offsetMs ?? 99)).toBeLessThan(50);
    expect(details.route.detail).toBe('NTP does not go through web proxies');
  });

  it('says it cannot tell when nothing answers, and closed on an ICMP port unreachable', async () => {
    const silent = await startNtpResponder({ answer: false });
    close = silent.close;
    expect(await run(silent.port, 1200)).toMatchObject({ verdict: 'no-response', status: 'unknown' });
    silent.close();
    close = undefined;
    expect(await run(silent.port)).toMatchObject({ verdict: 'closed', status: 'fail', message: { key: 'endpoint.ntp.closed' } });
  });
});
