import { afterAll, describe, expect, it } from 'vitest';
import { smbProbe } from '../../../../src-main/core/probes/smb-probe.ts';
import { startFaultInjector, type FaultMode } from '../../../support/fault-injector.ts';
import { refusedLoopbackPort } from '../../../support/loopback.ts';
import { startSmbd, type SambaPeer } from '../../../support/peers/samba.ts';
import { runProbe } from '../../../support/run-probe.ts';
import { SMB2_NEGOTIATE_RESPONSE } from '../../../shared/protocols/fixtures.ts';

describe('smb against Samba smbd on loopback', () => {
  const peers: SambaPeer[] = [];
  afterAll(() => Promise.all(peers.map((peer) => peer.stop())));

  it('negotiates SMB 3.1.1 with the default configuration (signing offered, not required)', async () => {
    const peer = await startSmbd('default');
    peers.push(peer);
    const outcome = await runProbe(smbProbe, '127.0.0.1', peer.port);
    expect(outcome).toMatchObject({ verdict: 'open', details: { dialect: '3.1.1', signingRequired: false, signingEnabled: true, smb1Only: false }, message: { key: 'probe.smb.negotiatedSigningEnabled' } });
    expect(outcome.evidence.exchanges?.map((e) => [e.direction, e.note])).toEqual([
      ['sent', 'SMB2 NEGOTIATE (2.0.2, 2.1, 3.0, 3.0.2, 3.1.1)'],
      ['received', 'smb2'],
    ]);
  });

  it('reports signing required with "server signing = mandatory"', async () => {
    const peer = await startSmbd('signing-mandatory');
    peers.push(peer);
    const outcome = await runProbe(smbProbe, '127.0.0.1', peer.port);
    expect(outcome).toMatchObject({ verdict: 'open', details: { dialect: '3.1.1', signingRequired: true, smb1Only: false } });
    expect(outcome.status).toBeUndefined();
  });

  it('tells an SMB1-only server apart, with a second, SMB1 negotiate, and fails it', async () => {
    const peer = await startSmbd('smb1-only');
    peers.push(peer);
    const outcome = await runProbe(smbProbe, '127.0.0.1', peer.port);
    expect(outcome).toMatchObject({ verdict: 'open', status: 'fail', details: { dialect: 'NT LM 0.12', smb1Only: true }, evidence: { attempts: 2 } });
  });

  it('reports a refused port as closed', async () => {
    expect((await runProbe(smbProbe, '127.0.0.1', await refusedLoopbackPort())).verdict).toBe('closed');
  });

  it.each<[FaultMode, string]>([
    ['garbage', 'wrong-protocol'],
    ['reset-mid-reply', 'wrong-protocol'],
    // One byte a second: nothing arrives within either negotiate's share of the 1.5 s timeout.
    ['drip', 'no-response'],
    ['length-past-data', 'wrong-protocol'],
    ['endless', 'wrong-protocol'],
    ['silent', 'no-response'],
    ['close', 'wrong-protocol'],
  ])('ends with a clear verdict when the peer misbehaves (%s → %s)', async (mode, verdict) => {
    const peer = await startFaultInjector(mode, SMB2_NEGOTIATE_RESPONSE, { offset: 1, bytes: 3, bigEndian: true });
    const outcome = await runProbe(smbProbe, '127.0.0.1', peer.port, { timeoutMs: 1500 });
    await peer.close();
    expect(outcome.verdict).toBe(verdict);
  });
});
