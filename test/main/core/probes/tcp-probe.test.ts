import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckTarget } from '../../../../shared/plan/build-plan.ts';
import { createSystemResolver, type Resolver } from '../../../../src-main/core/net/resolver.ts';
import { tcpProbe } from '../../../../src-main/core/probes/tcp-probe.ts';
import { refusedLoopbackPort, startLoopbackListener } from '../../../support/loopback.ts';
import { createNetnsLab, type NetnsLab } from '../../../support/netns-lab.ts';

function target(host: string, port: number, address?: string): CheckTarget {
  return { host, port, portLabel: String(port), transport: 'tcp', ...(address ? { address } : {}) };
}

async function probe(t: CheckTarget, timeoutMs = 1000, resolver: Resolver = createSystemResolver()) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort('timeout'), timeoutMs);
  try {
    return { outcome: await tcpProbe.run(t, { signal: controller.signal, timeoutMs, resolver }) };
  } finally {
    clearTimeout(timer);
  }
}

describe('tcp probe on loopback', () => {
  let listener: Awaited<ReturnType<typeof startLoopbackListener>>;
  let openPort = 0;
  let closedPort = 0;

  beforeAll(async () => {
    listener = await startLoopbackListener();
    openPort = listener.port;
    closedPort = await refusedLoopbackPort();
  });
  afterAll(() => listener.close());

  it('reports a listening port as open, with both socket ends in the evidence', async () => {
    const { outcome } = await probe(target('127.0.0.1', openPort));
    expect(outcome.verdict).toBe('open');
    expect(outcome.message.key).toBe('probe.tcp.open');
    expect(outcome.evidence.remote).toEqual({ address: '127.0.0.1', port: openPort });
    expect(outcome.evidence.local?.address).toBe('127.0.0.1');
    expect(outcome.evidence.resolution).toEqual({ name: '127.0.0.1', via: 'literal', addresses: ['127.0.0.1'], durationMs: 0 });
  });

  it('reports a refused port as closed, without waiting for the timeout', async () => {
    const { outcome } = await probe(target('127.0.0.1', closedPort), 10_000);
    expect(outcome).toMatchObject({ verdict: 'closed', details: { errorCode: 'ECONNREFUSED' }, evidence: { received: 'RST: connection refused' } });
  });

  it('resolves names through the system resolver (hosts file) and probes the first address', async () => {
    const { outcome } = await probe(target('localhost', openPort));
    expect(outcome.evidence.resolution?.via).toBe('system');
    expect(outcome.evidence.resolution?.addresses).toContain('127.0.0.1');
  });

  it('tests the address override instead of the name', async () => {
    const { outcome } = await probe(target('sql.corp.contoso.example', openPort, '127.0.0.1'));
    expect(outcome.verdict).toBe('open');
    expect(outcome.evidence.resolution?.via).toBe('address-override');
  });

  it('reports a name that does not resolve as dns-failed, with the resolver error', async () => {
    const failing: Resolver = {
      via: 'stub',
      cnameChain: async () => [],
      lookup: async (name) => ({ name, via: 'stub', addresses: [], durationMs: 1, error: { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND' } }),
    };
    const { outcome } = await probe(target('nowhere.example', 445), 1000, failing);
    expect(outcome).toMatchObject({ verdict: 'dns-failed', message: { key: 'probe.dns.failed', params: { host: 'nowhere.example', code: 'ENOTFOUND' } } });
  });
});

describe('tcp probe through a firewall (network namespace)', () => {
  let lab: NetnsLab;

  beforeAll(async () => {
    lab = await createNetnsLab();
    await lab.listenTcp([{ address: lab.address, port: 5000 }]);
    await lab.firewall([
      'tcp dport 5001 drop',
      'tcp dport 5002 reject with tcp reset',
      'tcp dport 5003 reject with icmpx type admin-prohibited',
      'tcp dport 5004 reject with icmpx type host-unreachable',
    ]);
  });
  afterAll(() => lab?.teardown());

  it('sees the listener in the namespace as open', async () => {
    expect((await probe(target(lab.address, 5000))).outcome.verdict).toBe('open');
  });

  it('reports dropped SYNs as filtered after its own timeout, not the kernel minutes', async () => {
    const { outcome } = await probe(target(lab.address, 5001), 700);
    expect(outcome).toMatchObject({ verdict: 'filtered', evidence: { received: 'No reply within 700 ms', remote: { address: lab.address, port: 5001 } } });
  });

  it('reports a TCP reset from a firewall as closed', async () => {
    expect((await probe(target(lab.address, 5002))).outcome.verdict).toBe('closed');
  });

  it('reports ICMP admin-prohibited and host-unreachable as unreachable, with the code', async () => {
    const prohibited = (await probe(target(lab.address, 5003))).outcome;
    const unreachable = (await probe(target(lab.address, 5004))).outcome;
    expect(prohibited).toMatchObject({ verdict: 'unreachable', details: { errorCode: 'EHOSTUNREACH' } });
    expect(unreachable).toMatchObject({ verdict: 'unreachable', details: { errorCode: 'EHOSTUNREACH' } });
  });
});
