import { describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import { addRole, addSite, addSystem, removeCloud, removeRole, removeSite, setRole, updateSite, updateSystem, updateTenant } from '../../../shared/hierarchy/edit-hierarchy.ts';
import { validateHierarchy } from '../../../shared/hierarchy/load-hierarchy.ts';

describe('editing a hierarchy', () => {
  it('renames a site everywhere it is referenced', () => {
    const p01 = DEMO_HIERARCHY.sites.findIndex((site) => site.code === 'P01');
    const renamed = updateSite(DEMO_HIERARCHY, p01, { code: 'PAR' });
    expect(renamed.sites[p01]?.code).toBe('PAR');
    expect(renamed.systems.filter((system) => system.site === 'P01')).toEqual([]);
    expect(renamed.systems.filter((system) => system.site === 'PAR').length).toBe(DEMO_HIERARCHY.systems.filter((system) => system.site === 'P01').length);
    expect(renamed.sites.filter((site) => site.parent === 'PAR').length).toBe(DEMO_HIERARCHY.sites.filter((site) => site.parent === 'P01').length);
    expect(validateHierarchy(renamed).ok).toBe(true);
    expect(DEMO_HIERARCHY.sites[p01]?.code).toBe('P01');
  });

  it('adds sites and systems that are valid from the start', () => {
    const added = addSystem(addSite(DEMO_HIERARCHY), 'NEW');
    expect(added.sites.at(-1)).toEqual({ code: 'NEW', name: 'New site', type: 'primary', parent: 'CAS' });
    expect(added.systems.at(-1)).toEqual({ fqdn: 'new-system-1.corp.example', site: 'NEW', roles: [{ role: 'distribution-point' }] });
    expect(validateHierarchy(added).ok).toBe(true);
    expect(addSite(addSite(DEMO_HIERARCHY)).sites.at(-1)?.code).toBe('N01');
  });

  it('edits roles, and a removed site takes its systems with it', () => {
    const index = DEMO_HIERARCHY.systems.findIndex((system) => system.site === 'S01');
    let edited = addRole(DEMO_HIERARCHY, index, 'service-connection-point');
    expect(edited.systems[index]?.roles.at(-1)).toEqual({ role: 'service-connection-point', mode: 'online' });
    edited = setRole(edited, index, edited.systems[index]!.roles.length - 1, { role: 'service-connection-point', mode: 'offline', proxy: '' });
    expect(edited.systems[index]?.roles.at(-1)).toEqual({ role: 'service-connection-point', mode: 'offline' });
    edited = removeRole(edited, index, edited.systems[index]!.roles.length - 1);
    expect(edited.systems[index]).toEqual(DEMO_HIERARCHY.systems[index]);
    const s01 = DEMO_HIERARCHY.sites.findIndex((site) => site.code === 'S01');
    expect(removeSite(DEMO_HIERARCHY, s01).systems.some((system) => system.site === 'S01')).toBe(false);
  });

  it('clears emptied optional fields instead of saving them blank', () => {
    const withAddress = updateSystem(DEMO_HIERARCHY, 0, { address: '10.1.2.3' });
    expect(withAddress.systems[0]?.address).toBe('10.1.2.3');
    expect(Object.keys(updateSystem(withAddress, 0, { address: '' }).systems[0] ?? {})).toEqual(['fqdn', 'site', 'roles']);
    expect(updateTenant({ ...DEMO_HIERARCHY, tenant: { id: 'x' } }, { id: '' }).tenant).toBeUndefined();
    expect(removeCloud(DEMO_HIERARCHY, 0).cloud).toBeUndefined();
    // A required field emptied stays, empty, for the validation to report.
    expect(updateSystem(DEMO_HIERARCHY, 0, { fqdn: '' }).systems[0]?.fqdn).toBe('');
  });
});
