import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokerProbe } from '../../../../src-main/core/probes/broker-probe.ts';
import { tdsProbe } from '../../../../src-main/core/probes/tds-probe.ts';
import { createCa, issueServerCert } from '../../../support/certs.ts';
import { startFaultInjector, type FaultMode } from '../../../support/fault-injector.ts';
import { refusedLoopbackPort, startLoopbackListener } from '../../../support/loopback.ts';
import { createNetnsLab, type NetnsLab } from '../../../support/netns-lab.ts';
import { startTdspool } from '../../../support/peers/tdspool.ts';
import { startTlsOrigin } from '../../../support/peers/tls-origin.ts';
import { runProbe } from '../../../support/run-probe.ts';
import { TDS_PRELOGIN_RESPONSE } from '../../../shared/protocols/fixtures.ts';

describe('tds against FreeTDS tdspool (network namespace)', () => {
  let lab: NetnsLab;
  let pool: Awaited<ReturnType<typeof startTdspool>>;
  beforeAll(async () => {
    lab = await createNetnsLab();
    pool = await startTdspool(lab, 1500);
  });
  afterAll(async () => {
    await pool?.stop();
    await lab?.teardown();
  });

  it('reads the version and the encryption setting from a real server-side PRELOGIN, on a configured port', async () => {
    const outcome = await runProbe(tdsProbe, lab.address, 1500);
    expect(outcome).toMatchObject({ verdict: 'open', details: { version: '10.0.1600', encryption: 'not-supported', strict: false } });
    expect(outcome.evidence.exchanges?.map((e) => e.direction)).toEqual(['sent', 'received']);
  });
});

/** A fake SQL Server that answers PRELOGIN with `reply`. */
async function fakeSql(reply: Uint8Array): Promise<{ port: number; close(): Promise<void> }> {
  const server = net.createServer((socket) => {
    socket.on('error', () => undefined);
    socket.once('data', () => socket.write(reply));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as net.AddressInfo).port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('tds against crafted servers (MS-TDS byte fixtures)', () => {
  it.each([
    [0, 'off'],
    [1, 'on'],
    [3, 'required'],
  ])('reports encryption byte %i as %s', async (value, expected) => {
    const reply = Uint8Array.from(TDS_PRELOGIN_RESPONSE);
    const encryptionOffset = 8 + (((reply[8 + 6] ?? 0) << 8) | (reply[8 + 7] ?? 0));
    reply[encryptionOffset] = value;
    const server = await fakeSql(reply);
    const outcome = await runProbe(tdsProbe, '127.0.0.1', server.port);
    await server.close();
    expect(outcome).toMatchObject({ verdict: 'open', details: { encryption: expected } });
  });

  it('recognises TDS 8 strict encryption: no PRELOGIN answer, but TLS first', async () => {
    const ca = createCa('Contoso SQL CA');
    const origin = await startTlsOrigin(issueServerCert(ca, ['sql.lab.example']), [], { alpn: ['tds/8.0'] });
    const outcome = await runProbe(tdsProbe, '127.0.0.1', origin.port, { timeoutMs: 2000 });
    await origin.close();
    expect(outcome).toMatchObject({ verdict: 'open', message: { key: 'probe.tds.strict' }, details: { strict: true, encryption: 'required', tls: { alpn: 'tds/8.0' } }, evidence: { attempts: 2 } });
  });

  it('reports an open port that is not SQL Server', async () => {
    const listener = await startLoopbackListener();
    const outcome = await runProbe(tdsProbe, '127.0.0.1', listener.port);
    await listener.close();
    expect(outcome).toMatchObject({ verdict: 'wrong-protocol', message: { key: 'probe.tds.notTds' } });
  });

  it.each<[FaultMode, string]>([
    ['garbage', 'wrong-protocol'],
    ['reset-mid-reply', 'wrong-protocol'],
    // One byte a second: nothing whole arrives before PRELOGIN's half of the timeout, nor during the TLS attempt.
    ['drip', 'no-response'],
    ['length-past-data', 'wrong-protocol'],
    ['endless', 'wrong-protocol'],
    ['silent', 'no-response'],
    ['close', 'wrong-protocol'],
  ])('ends with a clear verdict when the peer misbehaves (%s → %s)', async (mode, verdict) => {
    const peer = await startFaultInjector(mode, TDS_PRELOGIN_RESPONSE, { offset: 2, bytes: 2, bigEndian: true });
    const outcome = await runProbe(tdsProbe, '127.0.0.1', peer.port, { timeoutMs: 1500 });
    await peer.close();
    expect(outcome.verdict).toBe(verdict);
  });
});

describe('broker', () => {
  it('reports reachability only, and says so', async () => {
    const listener = await startLoopbackListener();
    const outcome = await runProbe(brokerProbe, '127.0.0.1', listener.port);
    await listener.close();
    expect(outcome).toMatchObject({ verdict: 'open', message: { key: 'probe.broker.open' }, details: { reachabilityOnly: true } });
    expect((await runProbe(brokerProbe, '127.0.0.1', await refusedLoopbackPort())).verdict).toBe('closed');
  });
});
