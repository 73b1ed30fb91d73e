import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmgProbe } from '../../../../src-main/core/probes/cmg-probe.ts';
import { createCa, issueServerCert, type Issued } from '../../../support/certs.ts';
import { startFaultInjector } from '../../../support/fault-injector.ts';
import { startLoopbackListener } from '../../../support/loopback.ts';
import { startTlsOrigin } from '../../../support/peers/tls-origin.ts';
import { runProbe } from '../../../support/run-probe.ts';

const NAME = 'cmg.lab.example';

describe('cmg: TCP and TLS to a gateway port, with the service name as SNI', () => {
  let ca: Issued;
  const origins: { close(): Promise<void> }[] = [];
  beforeAll(() => {
    ca = createCa('Contoso CMG Test Root');
  });
  afterAll(() => Promise.all(origins.map((origin) => origin.close())));

  async function origin(leaf: Issued) {
    const started = await startTlsOrigin(leaf, [ca]);
    origins.push(started);
    return started.port;
  }

  it('describes the certificate of a gateway this machine trusts', async () => {
    const port = await origin(issueServerCert(ca, [NAME]));
    const outcome = await runProbe(cmgProbe, NAME, port, { address: '127.0.0.1', ca: [ca.certPem] });
    expect(outcome).toMatchObject({
      verdict: 'open',
      message: { key: 'probe.cmg.handshake', params: { host: NAME, channel: 'HTTPS', subject: `CN=${NAME}`, issuer: 'CN=Contoso CMG Test Root, O=Netcheck Test' } },
      details: { channel: 'https', tls: { trusted: true, protocol: 'TLSv1.3' }, certificate: { subject: `CN=${NAME}`, subjectAltName: `DNS:${NAME}` } },
    });
    expect(outcome.status).toBeUndefined();
    expect((outcome.details.tls as { chain: unknown[] }).chain).toHaveLength(2);
  });

  it('warns when this machine does not trust the issuer (the connection point must)', async () => {
    const port = await origin(issueServerCert(ca, [NAME]));
    const outcome = await runProbe(cmgProbe, NAME, port, { address: '127.0.0.1' });
    expect(outcome).toMatchObject({ verdict: 'open', status: 'warn', message: { key: 'probe.cmg.untrusted' }, details: { tls: { trusted: false } } });
  });

  it('warns about a certificate for another name', async () => {
    const port = await origin(issueServerCert(ca, ['other.lab.example']));
    const outcome = await runProbe(cmgProbe, NAME, port, { address: '127.0.0.1', ca: [ca.certPem] });
    expect(outcome).toMatchObject({ status: 'warn', details: { tls: { trusted: false, trustError: expect.stringContaining(NAME) } } });
  });

  it('fails an expired certificate', async () => {
    const port = await origin(issueServerCert(ca, [NAME], { notBefore: new Date('2024-01-01'), notAfter: new Date('2025-01-01') }));
    const outcome = await runProbe(cmgProbe, NAME, port, { address: '127.0.0.1', ca: [ca.certPem] });
    expect(outcome).toMatchObject({ verdict: 'open', status: 'fail', message: { key: 'probe.cmg.expired', params: { validTo: '2025-01-01' } } });
  });

  it('reports a port that accepts TCP but not TLS, and one that never answers the handshake', async () => {
    const plain = await startLoopbackListener();
    const silent = await startFaultInjector('silent');
    const notTls = await runProbe(cmgProbe, NAME, plain.port, { address: '127.0.0.1' });
    const noHandshake = await runProbe(cmgProbe, NAME, silent.port, { address: '127.0.0.1', timeoutMs: 1000 });
    await plain.close();
    await silent.close();
    expect(notTls.verdict).toBe('wrong-protocol');
    expect(noHandshake).toMatchObject({ verdict: 'no-response', message: { params: { reason: 'no handshake within 1000 ms' } } });
  });
});
