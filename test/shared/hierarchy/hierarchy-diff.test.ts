import { describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import { diffHierarchies, isUnchanged } from '../../../shared/hierarchy/hierarchy-diff.ts';
import type { Hierarchy } from '../../../shared/hierarchy/model.ts';

describe('hierarchy diff', () => {
  it('finds nothing between a hierarchy and its copy, whatever the case of names', () => {
    const copy: Hierarchy = { ...DEMO_HIERARCHY, systems: DEMO_HIERARCHY.systems.map((system) => ({ ...system, fqdn: system.fqdn.toUpperCase() })) };
    expect(isUnchanged(diffHierarchies(DEMO_HIERARCHY, copy))).toBe(true);
  });

  it('lists what an import adds, removes and changes', () => {
    const [first, second, ...rest] = DEMO_HIERARCHY.systems;
    const next: Hierarchy = {
      ...DEMO_HIERARCHY,
      sites: [...DEMO_HIERARCHY.sites.filter((site) => site.code !== 'S01'), { code: 'P03', name: 'Berlin', type: 'primary', parent: 'CAS' }],
      systems: [{ ...first!, address: '10.9.9.9' }, { ...second!, roles: [...second!.roles.slice(1)] }, ...rest.slice(1), { fqdn: 'p03ss01.corp.contoso.example', site: 'P03', roles: [{ role: 'site-server' }] }],
      cloud: [],
    };
    const diff = diffHierarchies(DEMO_HIERARCHY, next);
    expect(diff.sitesAdded).toEqual(['P03']);
    expect(diff.sitesRemoved).toEqual(['S01']);
    expect(diff.systemsAdded).toEqual(['p03ss01.corp.contoso.example']);
    expect(diff.systemsRemoved).toEqual([rest[0]!.fqdn]);
    expect(diff.systemsChanged).toEqual([
      { fqdn: first!.fqdn, changes: [`address ${first!.address ?? '—'} → 10.9.9.9`] },
      { fqdn: second!.fqdn, changes: [`−${second!.roles[0]!.role}`] },
    ]);
    expect(diff.cloudRemoved).toEqual(DEMO_HIERARCHY.cloud!.map((cmg) => cmg.name.toLowerCase()));
  });
});
