import { describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import { buildPlan, planTotals } from '../../../shared/plan/build-plan.ts';
import { matchesPortFilter, parsePortFilter, type PortFilter } from '../../../shared/plan/port-filter.ts';

function plan(options: Parameters<typeof buildPlan>[1] = {}) {
  const result = buildPlan(DEMO_HIERARCHY, options);
  if (!result.ok) throw new Error(result.errors.join());
  return result.value;
}

describe('buildPlan', () => {
  it('folds links to the same destination port into one check that lists them all', () => {
    const sql = plan().checks.find((c) => c.id === 'tcp:tcp/1433@cassql01.corp.contoso.example');
    expect(sql).toEqual({
      id: 'tcp:tcp/1433@cassql01.corp.contoso.example',
      probe: 'tcp',
      services: ['sql'],
      target: { host: 'cassql01.corp.contoso.example', port: 1433, portLabel: '1433', transport: 'tcp' },
      linkIds: [
        'cas01.corp.contoso.example>cassql01.corp.contoso.example|tcp/1433|site-server-to-site-database',
        'cas01.corp.contoso.example>cassql01.corp.contoso.example|tcp/1433|sms-provider-to-site-database',
        'p01sql01.corp.contoso.example>cassql01.corp.contoso.example|tcp/1433|site-database-to-site-database',
        'p02sql01.corp.contoso.example>cassql01.corp.contoso.example|tcp/1433|site-database-to-site-database',
      ],
    });
  });

  it('plans UDP and dynamic RPC with probes of their own, and ranges with no single port', () => {
    const checks = plan().checks;
    expect(checks.find((c) => c.target.transport === 'udp' && c.target.port === 69)?.probe).toBe('udp');
    expect(checks.find((c) => c.target.portLabel === 'dynamic')).toMatchObject({ probe: 'rpc-dynamic', target: { port: null } });
  });

  it('keeps only the links of the --from system, case-insensitively', () => {
    const p = plan({ from: 'P01MP01.corp.contoso.example' });
    expect(new Set(p.links.map((l) => l.source))).toEqual(new Set(['p01mp01.corp.contoso.example']));
    expect(p.checks.map((c) => c.id)).toEqual([
      'tcp:tcp/1433@p01sql01.corp.contoso.example',
      'tcp:tcp/135@p01ss01.corp.contoso.example',
      'tcp:tcp/445@p01ss01.corp.contoso.example',
      'rpc-dynamic:tcp/dynamic@p01ss01.corp.contoso.example',
    ]);
  });

  it('refuses a --from system that is not in the hierarchy', () => {
    expect(buildPlan(DEMO_HIERARCHY, { from: 'nowhere.example' })).toEqual({ ok: false, errors: ['--from: no system named "nowhere.example" in the hierarchy'] });
  });

  it('filters by protocol and port, ranges included', () => {
    const only = ['tcp/445', 'tcp/10140-10155'].map((f) => parsePortFilter(f) as PortFilter);
    const ports = new Set(plan({ only }).checks.map((c) => `${c.target.transport}/${c.target.portLabel}`));
    expect(ports).toEqual(new Set(['tcp/445', 'tcp/10140', 'tcp/10141']));
  });

  it('counts what it planned', () => {
    expect(planTotals(plan())).toEqual({
      links: 94,
      checks: 60,
      destinations: 15,
      byProbe: { 'rpc-dynamic': 8, tcp: 42, udp: 10 },
      byTransport: { tcp: 50, udp: 10 },
    });
  });
});

describe('parsePortFilter', () => {
  it.each([
    ['tcp/445', { transport: 'tcp', port: 445 }],
    ['UDP/69', { transport: 'udp', port: 69 }],
    ['tcp/10140-10155', { transport: 'tcp', port: { from: 10140, to: 10155 } }],
    ['tcp/dynamic', { transport: 'tcp', port: 'dynamic' }],
  ])('parses %s', (text, expected) => {
    expect(parsePortFilter(text)).toEqual(expected);
  });

  it.each(['445', 'icmp/1', 'tcp/0', 'tcp/70000', 'tcp/20-10', 'tcp/'])('rejects %s with a message', (text) => {
    expect(parsePortFilter(text)).toHaveProperty('error');
  });

  it('matches ranges by overlap and dynamic only with dynamic', () => {
    expect(matchesPortFilter('udp', { from: 63000, to: 64000 }, { transport: 'udp', port: 63500 })).toBe(true);
    expect(matchesPortFilter('tcp', 'dynamic', { transport: 'tcp', port: 135 })).toBe(false);
    expect(matchesPortFilter('tcp', 445, { transport: 'udp', port: 445 })).toBe(false);
  });
});
