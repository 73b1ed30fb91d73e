import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectTiming } from '../../../../src-main/core/net/connect-timing.ts';
import { tcpProbe } from '../../../../src-main/core/probes/tcp-probe.ts';
import { createNetnsLab, type NetnsLab } from '../../../support/netns-lab.ts';
import { createSystemResolver } from '../../../../src-main/core/net/resolver.ts';

describe('ConnectTiming', () => {
  it('knows nothing about a destination until it has answered', () => {
    expect(new ConnectTiming().attemptBudget('10.0.0.1')).toBeUndefined();
  });

  it('ignores a sample that may include a retransmitted SYN (Karn)', () => {
    const timing = new ConnectTiming();
    timing.record('lossy', 1003);
    expect(timing.attemptBudget('lossy')).toBeUndefined();
  });

  it('never waits less than its floor on a fast network, and scales with a slow one', () => {
    const timing = new ConnectTiming();
    for (let i = 0; i < 5; i++) timing.record('fast', 1);
    for (const ms of [120, 140, 110, 130]) timing.record('slow', ms);
    expect(timing.attemptBudget('fast')).toBe(ConnectTiming.FLOOR_MS);
    expect(timing.attemptBudget('slow')).toBeGreaterThan(3 * 120);
    expect(timing.roundTrip('slow')).toBeGreaterThan(110);
  });
});

describe('adaptive connect timing against a partly firewalled host (network namespace)', () => {
  let lab: NetnsLab;
  beforeAll(async () => {
    lab = await createNetnsLab();
    await lab.listenTcp([{ address: lab.address, port: 7000 }]);
    await lab.firewall(['tcp dport 7001 drop']);
  });
  afterAll(() => lab?.teardown());

  async function probe(port: number, timing: ConnectTiming) {
    const signal = AbortSignal.timeout(5000);
    return tcpProbe.run({ host: lab.address, port, portLabel: String(port), transport: 'tcp' }, { signal, timeoutMs: 5000, resolver: createSystemResolver(), timing });
  }

  it('calls a dropped port filtered after two unanswered SYNs once the host has answered another port', async () => {
    const timing = new ConnectTiming();
    // Two samples: on a veth pair created a moment ago the very first SYN can be lost (and ignored).
    expect((await probe(7000, timing)).verdict).toBe('open');
    expect((await probe(7000, timing)).verdict).toBe('open');
    const dropped = await probe(7001, timing);
    expect(dropped).toMatchObject({
      verdict: 'filtered',
      message: { key: 'probe.tcp.filteredEarly', params: { budget: ConnectTiming.FLOOR_MS } },
      evidence: { attempts: 2, sent: `TCP connect (SYN) to ${lab.address}:7001, twice` },
    });
  });

  it('keeps the whole timeout for a host it knows nothing about', async () => {
    const timing = new ConnectTiming();
    const signal = AbortSignal.timeout(600);
    const dropped = await tcpProbe.run({ host: lab.address, port: 7001, portLabel: '7001', transport: 'tcp' }, { signal, timeoutMs: 600, resolver: createSystemResolver(), timing });
    expect(dropped).toMatchObject({ verdict: 'filtered', message: { key: 'probe.tcp.filtered', params: { timeout: 600 } }, evidence: { attempts: 1 } });
  });
});
