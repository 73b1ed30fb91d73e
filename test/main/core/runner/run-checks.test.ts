import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../shared/i18n/translator.ts';
import type { PlannedCheck } from '../../../../shared/plan/build-plan.ts';
import { createSystemResolver } from '../../../../src-main/core/net/resolver.ts';
import type { Probe, ProbeOutcome } from '../../../../src-main/core/probes/probe.ts';
import { tcpProbe } from '../../../../src-main/core/probes/tcp-probe.ts';
import { runChecks, type RunEvent, type RunChecksOptions } from '../../../../src-main/core/runner/run-checks.ts';
import { createNetnsLab, type NetnsLab } from '../../../support/netns-lab.ts';

const t = createTranslator('en');

function check(host: string, port: number, probe: PlannedCheck['probe'] = 'tcp', address?: string): PlannedCheck {
  return {
    id: `${probe}:${host}:${port}`,
    probe,
    services: ['smb'],
    target: { host, port, portLabel: String(port), transport: probe === 'udp' ? 'udp' : 'tcp', ...(address ? { address } : {}) },
    linkIds: [`link-${host}-${port}`],
  };
}

const open: ProbeOutcome = { verdict: 'open', message: { key: 'probe.tcp.open', params: { port: 1, address: 'x', ms: 1 } }, details: {}, evidence: {} };

/** A probe that waits `ms` (or until aborted) and records how many runs overlap, overall and per host. */
function countingProbe(ms: number) {
  const state = { inFlight: 0, maxInFlight: 0, perHost: new Map<string, number>(), maxPerHost: 0 };
  const probe: Probe = {
    id: 'tcp',
    transport: 'tcp',
    run: async (target, context) => {
      state.inFlight += 1;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      const host = target.host;
      state.perHost.set(host, (state.perHost.get(host) ?? 0) + 1);
      state.maxPerHost = Math.max(state.maxPerHost, state.perHost.get(host)!);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        context.signal.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      state.inFlight -= 1;
      state.perHost.set(host, state.perHost.get(host)! - 1);
      return context.signal.aborted ? { ...open, verdict: 'filtered' } : open;
    },
  };
  return { probe, state };
}

function options(probe: Probe, extra: Partial<RunChecksOptions> = {}): RunChecksOptions {
  return { probes: new Map([[probe.id, probe]]), resolver: createSystemResolver(), translate: t, concurrency: 4, perHostConcurrency: 2, timeoutMs: 1000, ...extra };
}

describe('runChecks', () => {
  it('never exceeds the overall and per-host concurrency, and returns results in plan order', async () => {
    const { probe, state } = countingProbe(30);
    const checks = [...Array(6).keys()].flatMap((i) => [check('a', 1000 + i), check('b', 2000 + i), check('c', 3000 + i)]);
    const results = await runChecks(checks, options(probe, { concurrency: 5, perHostConcurrency: 2 }));
    expect(state.maxInFlight).toBe(5);
    expect(state.maxPerHost).toBe(2);
    expect(results.map((r) => r.id)).toEqual(checks.map((c) => c.id));
    expect(results.every((r) => r.status === 'pass' && r.links.length === 1)).toBe(true);
  });

  it('counts the address override, not the name, as the host for the per-host bound', async () => {
    const { probe, state } = countingProbe(20);
    const checks = [check('a', 1, 'tcp', '10.0.0.1'), check('b', 2, 'tcp', '10.0.0.1'), check('c', 3, 'tcp', '10.0.0.1')];
    await runChecks(checks, options(probe, { concurrency: 10, perHostConcurrency: 1 }));
    expect(state.maxInFlight).toBe(1);
  });

  it('ends each check at its own timeout and says so in the evidence', async () => {
    const { probe } = countingProbe(10_000);
    const [result] = await runChecks([check('a', 1)], options(probe, { timeoutMs: 200 }));
    expect(result).toMatchObject({ verdict: 'filtered', status: 'fail', evidence: { timeoutMs: 200 } });
  });

  it('abandons a probe that ignores its signal, after the grace period', async () => {
    const stuck: Probe = { id: 'tcp', transport: 'tcp', run: () => new Promise(() => undefined) };
    const [result] = await runChecks([check('a', 1)], options(stuck, { timeoutMs: 100, graceMs: 50 }));
    expect(result).toMatchObject({ verdict: 'error', status: 'unknown', message: { key: 'probe.stuck' } });
  });

  it('turns a probe that throws into an error result, not a crashed run', async () => {
    const broken: Probe = { id: 'tcp', transport: 'tcp', run: () => Promise.reject(new Error('boom')) };
    const [result] = await runChecks([check('a', 1)], options(broken));
    expect(result).toMatchObject({ verdict: 'error', status: 'unknown', summary: 'The probe failed unexpectedly: boom' });
  });

  it('cancels: running checks are aborted and pending ones never start, all marked cancelled', async () => {
    const { probe, state } = countingProbe(5000);
    const controller = new AbortController();
    const events: RunEvent[] = [];
    const checks = [...Array(10).keys()].map((i) => check(`h${i}`, 1));
    const running = runChecks(checks, options(probe, { concurrency: 3, perHostConcurrency: 1, timeoutMs: 10_000, signal: controller.signal, onEvent: (e) => events.push(e) }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    const results = await running;
    expect(results.map((r) => r.verdict)).toEqual(Array(10).fill('cancelled'));
    expect(results.every((r) => r.status === 'skipped')).toBe(true);
    expect(events.filter((e) => e.type === 'check-started')).toHaveLength(3);
    expect(events.filter((e) => e.type === 'check-finished').map((e) => (e as { done: number }).done)).toEqual([...Array(10).keys()].map((i) => i + 1));
    expect(state.inFlight).toBe(0);
  });

  it('marks checks no probe can run as not tested, which is skipped and never a pass, and says why', async () => {
    const range = { ...check('a', 0, 'udp'), target: { host: 'a', port: null, portLabel: '63000-64000', transport: 'udp' as const } };
    const [missing, wol, multicast] = await runChecks([check('a', 69, 'tftp'), check('b', 9, 'wake-on-lan'), range], options(tcpProbe));
    expect(missing).toMatchObject({ verdict: 'not-tested', status: 'skipped', summary: 'Not tested: no probe named "tftp" is available' });
    expect(wol).toMatchObject({ verdict: 'not-tested', status: 'skipped', message: { key: 'probe.notTested.wakeOnLan' } });
    expect(multicast).toMatchObject({ verdict: 'not-tested', status: 'skipped', summary: 'UDP 63000-64000 not tested: a port range cannot be probed as one port' });
  });

  it('finishes an empty plan at once', async () => {
    expect(await runChecks([], options(tcpProbe))).toEqual([]);
  });
});

describe('runChecks against dropped ports (network namespace)', () => {
  let lab: NetnsLab;
  beforeAll(async () => {
    lab = await createNetnsLab();
    await lab.firewall(['tcp dport 6000-6099 drop']);
  });
  afterAll(() => lab?.teardown());

  it('waits out 40 dropped checks side by side: every one starts before the first times out', async () => {
    const checks = [...Array(40).keys()].map((i) => check(lab.address, 6000 + i));
    const order: string[] = [];
    const results = await runChecks(checks, options(tcpProbe, { concurrency: 64, perHostConcurrency: 64, timeoutMs: 500, onEvent: (e) => order.push(e.type) }));
    expect(results.every((r) => r.verdict === 'filtered')).toBe(true);
    expect(order.indexOf('check-finished')).toBe(40);
  });
});
