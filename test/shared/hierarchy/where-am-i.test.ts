import { describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import { whereAmI } from '../../../shared/hierarchy/where-am-i.ts';

const withAddress = { ...DEMO_HIERARCHY, systems: DEMO_HIERARCHY.systems.map((system) => (system.fqdn.startsWith('p01dp01.') ? { ...system, address: '10.1.0.31' } : system)) };

describe('whereAmI', () => {
  it('finds the system by its host name, whatever the case, or by its FQDN', () => {
    expect(whereAmI(DEMO_HIERARCHY, { hostname: 'P01SS01', addresses: [] })).toEqual({ kind: 'found', system: 'p01ss01.corp.contoso.example', by: 'name' });
    expect(whereAmI(DEMO_HIERARCHY, { hostname: 'cas01.corp.contoso.example.', addresses: [] })).toEqual({ kind: 'found', system: 'cas01.corp.contoso.example', by: 'name' });
  });

  it('finds it by an address the hierarchy gives it when the name does not match', () => {
    expect(whereAmI(withAddress, { hostname: 'WIN-7Q2', addresses: ['fe80::1', '10.1.0.31'] })).toEqual({ kind: 'found', system: 'p01dp01.corp.contoso.example', by: 'address' });
  });

  it('never guesses between two systems, and says when this machine is none of them', () => {
    const twins = { ...DEMO_HIERARCHY, systems: [...DEMO_HIERARCHY.systems, { fqdn: 'p01ss01.lab.contoso.example', site: 'P01', roles: [{ role: 'management-point' as const }] }] };
    expect(whereAmI(twins, { hostname: 'p01ss01', addresses: [] })).toEqual({ kind: 'ambiguous', systems: ['p01ss01.corp.contoso.example', 'p01ss01.lab.contoso.example'] });
    expect(whereAmI(DEMO_HIERARCHY, { hostname: 'helpdesk-17', addresses: ['10.9.9.9'] })).toEqual({ kind: 'elsewhere' });
  });
});
