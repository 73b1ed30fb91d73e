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
    const sql = plan().checks.find((c) => c.id === 'tds:tcp/1433@cassql01.corp.contoso.example');
    expect(sql).toEqual({
      id: 'tds:tcp/1433@cassql01.corp.contoso.example',
      probe: 'tds',
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

  it('plans each service with the probe that speaks its protocol', () => {
    const probeOf = (transport: string, port: number | string) => [...new Set(plan().checks.filter((c) => c.target.transport === transport && String(c.target.portLabel) === String(port)).map((c) => c.probe))];
    expect(probeOf('tcp', 135)).toEqual(['rpc-epm']);
    expect(probeOf('udp', 135)).toEqual(['rpc-epm-udp']);
    expect(probeOf('tcp', 'dynamic')).toEqual(['rpc-dynamic']);
    expect(probeOf('tcp', 445)).toEqual(['smb']);
    expect(probeOf('tcp', 1433)).toEqual(['tds']);
    expect(probeOf('tcp', 1500)).toEqual(['tds']);
    expect(probeOf('tcp', 4022)).toEqual(['broker']);
    expect(probeOf('udp', 69)).toEqual(['tftp']);
    expect(probeOf('udp', 4011)).toEqual(['pxe']);
    expect(probeOf('udp', 67)).toEqual(['dhcp']);
    expect(probeOf('tcp', 10140)).toEqual(['cmg']);
    expect(probeOf('tcp', 10124)).toEqual(['cmg']);
    expect(probeOf('tcp', 8530)).toEqual(['tcp']);
    expect(probeOf('udp', 9)).toEqual(['wake-on-lan']);
    expect(plan().checks.find((c) => c.target.portLabel === 'dynamic')).toMatchObject({ probe: 'rpc-dynamic', target: { port: null } });
  });

  it('keeps only the links of the --from system, case-insensitively', () => {
    const p = plan({ from: 'P01MP01.corp.contoso.example' });
    expect(new Set(p.links.map((l) => l.source))).toEqual(new Set(['p01mp01.corp.contoso.example']));
    expect(p.checks.map((c) => c.id)).toEqual([
      'tds:tcp/1433@p01sql01.corp.contoso.example',
      'rpc-epm:tcp/135@p01ss01.corp.contoso.example',
      'smb:tcp/445@p01ss01.corp.contoso.example',
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
      byProbe: { 'rpc-epm': 8, tcp: 11, smb: 11, 'rpc-dynamic': 8, 'rpc-epm-udp': 6, tds: 4, broker: 4, cmg: 4, dhcp: 1, tftp: 1, pxe: 1, 'wake-on-lan': 1 },
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
