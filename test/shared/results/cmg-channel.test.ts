import { describe, expect, it } from 'vitest';
import type { Hierarchy } from '../../../shared/hierarchy/model.ts';
import { buildPlan } from '../../../shared/plan/build-plan.ts';
import { decideCmgChannels } from '../../../shared/results/cmg-channel.ts';
import type { Status } from '../../../shared/results/status.ts';
import { resultForCheck } from '../../support/result-fixtures.ts';

function planFor(instances: number) {
  const hierarchy: Hierarchy = {
    formatVersion: 1,
    name: 'cmg',
    sites: [{ code: 'P01', name: 'p', type: 'primary' }],
    systems: [{ fqdn: 'cp', site: 'P01', roles: [{ role: 'cmg-connection-point' }] }],
    cloud: [{ type: 'cmg', name: 'gw.example', instances }],
  };
  const plan = buildPlan(hierarchy);
  if (!plan.ok) throw new Error('plan');
  return plan.value;
}

function decide(instances: number, statuses: Record<string, Status>) {
  const plan = planFor(instances);
  const results = plan.checks.map((check) => resultForCheck(check, statuses[check.target.portLabel] ?? 'pass'));
  const [decision] = decideCmgChannels(results, plan.links);
  return { decision: decision!, results };
}

describe('decideCmgChannels', () => {
  it('uses TCP-TLS when every instance port 10140+ works; a failing fallback is only a warning', () => {
    const { decision, results } = decide(2, { '10124': 'fail' });
    expect(decision).toMatchObject({ group: 'cmg-channel:gw.example', uses: 'tcp-tls', message: { key: 'probe.cmg.usesTcpTls', params: { ports: '10140, 10141' } } });
    expect([...decision.statusOverrides]).toEqual([[results.find((r) => r.target.portLabel === '10124')!.id, 'warn']]);
  });

  it('falls back to HTTPS (443 with one instance) when TCP-TLS is blocked, and downgrades that failure to a warning', () => {
    const { decision } = decide(1, { '10140': 'fail' });
    expect(decision).toMatchObject({ uses: 'https', message: { key: 'probe.cmg.usesHttps', params: { blocked: '10140', ports: '443' } } });
    expect([...decision.statusOverrides.values()]).toEqual(['warn']);
  });

  it('says when neither channel works, and keeps the failures', () => {
    const { decision } = decide(2, { '10140': 'fail', '10125': 'fail' });
    expect(decision).toMatchObject({ uses: 'none', message: { key: 'probe.cmg.usesNone', params: { primary: '10140, 10141', fallback: '10124, 10125' } } });
    expect(decision.statusOverrides.size).toBe(0);
  });
});
