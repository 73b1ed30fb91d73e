import type { CloudManagementGateway, Hierarchy, Role, RoleId, Site, SiteSystem, Tenant } from './model.ts';

/**
 * The editor's changes, as pure functions from one hierarchy to the next (the editor keeps each
 * step for undo and redo). Renaming a site carries the new code to its systems and child sites.
 */

export function updateSite(hierarchy: Hierarchy, index: number, patch: Partial<Site>): Hierarchy {
  const before = hierarchy.sites[index];
  if (!before) return hierarchy;
  const after = withoutUndefined({ ...before, ...patch });
  const renamed = patch.code !== undefined && patch.code.toUpperCase() !== before.code.toUpperCase();
  const follows = (code: string | undefined) => renamed && code !== undefined && code.toUpperCase() === before.code.toUpperCase();
  return {
    ...hierarchy,
    sites: hierarchy.sites.map((site, i) => (i === index ? after : follows(site.parent) ? { ...site, parent: after.code } : site)),
    systems: renamed ? hierarchy.systems.map((system) => (follows(system.site) ? { ...system, site: after.code } : system)) : hierarchy.systems,
  };
}

/** A new site code not used yet (`NEW`, `NE1`…), so a new site never collides while being named. */
function freeCode(hierarchy: Hierarchy): string {
  const used = new Set(hierarchy.sites.map((site) => site.code.toUpperCase()));
  for (let n = 0; n < 1000; n++) {
    const code = n === 0 ? 'NEW' : `N${String(n).padStart(2, '0')}`;
    if (!used.has(code)) return code;
  }
  return 'NEW';
}

export function addSite(hierarchy: Hierarchy): Hierarchy {
  const cas = hierarchy.sites.find((site) => site.type === 'cas');
  const site: Site = { code: freeCode(hierarchy), name: 'New site', type: 'primary', ...(cas ? { parent: cas.code } : {}) };
  return { ...hierarchy, sites: [...hierarchy.sites, site] };
}

/** Removes a site and the systems in it (the editor asks first). */
export function removeSite(hierarchy: Hierarchy, index: number): Hierarchy {
  const site = hierarchy.sites[index];
  if (!site) return hierarchy;
  const code = site.code.toUpperCase();
  return { ...hierarchy, sites: hierarchy.sites.filter((_, i) => i !== index), systems: hierarchy.systems.filter((system) => system.site.toUpperCase() !== code) };
}

export function updateSystem(hierarchy: Hierarchy, index: number, patch: Partial<SiteSystem>): Hierarchy {
  return { ...hierarchy, systems: hierarchy.systems.map((system, i) => (i === index ? withoutUndefined({ ...system, ...patch }) : system)) };
}

export function addSystem(hierarchy: Hierarchy, site: string): Hierarchy {
  const used = new Set(hierarchy.systems.map((system) => system.fqdn.toLowerCase()));
  let n = 1;
  while (used.has(`new-system-${n}.corp.example`)) n++;
  return { ...hierarchy, systems: [...hierarchy.systems, { fqdn: `new-system-${n}.corp.example`, site, roles: [{ role: 'distribution-point' }] }] };
}

export function removeSystem(hierarchy: Hierarchy, index: number): Hierarchy {
  return { ...hierarchy, systems: hierarchy.systems.filter((_, i) => i !== index) };
}

/** A role with the settings it needs to be valid (a service connection point's mode, a subnet's CIDR). */
export function newRole(id: RoleId): Role {
  switch (id) {
    case 'service-connection-point':
      return { role: id, mode: 'online' };
    case 'client-subnet':
      return { role: id, cidr: '10.0.0.0/24' };
    default:
      return { role: id } as Role;
  }
}

export function setRole(hierarchy: Hierarchy, systemIndex: number, roleIndex: number, role: Role): Hierarchy {
  const system = hierarchy.systems[systemIndex];
  if (!system) return hierarchy;
  return updateSystem(hierarchy, systemIndex, { roles: system.roles.map((existing, i) => (i === roleIndex ? withoutUndefined(role) : existing)) });
}

export function addRole(hierarchy: Hierarchy, systemIndex: number, id: RoleId): Hierarchy {
  const system = hierarchy.systems[systemIndex];
  if (!system) return hierarchy;
  return updateSystem(hierarchy, systemIndex, { roles: [...system.roles, newRole(id)] });
}

export function removeRole(hierarchy: Hierarchy, systemIndex: number, roleIndex: number): Hierarchy {
  const system = hierarchy.systems[systemIndex];
  if (!system) return hierarchy;
  return updateSystem(hierarchy, systemIndex, { roles: system.roles.filter((_, i) => i !== roleIndex) });
}

export function updateTenant(hierarchy: Hierarchy, patch: Partial<Tenant>): Hierarchy {
  const tenant = withoutUndefined({ ...hierarchy.tenant, ...patch });
  const { tenant: _old, ...rest } = hierarchy;
  return Object.keys(tenant).length > 0 ? { ...rest, tenant } : rest;
}

export function updateCloud(hierarchy: Hierarchy, index: number, patch: Partial<CloudManagementGateway>): Hierarchy {
  return { ...hierarchy, cloud: (hierarchy.cloud ?? []).map((service, i) => (i === index ? withoutUndefined({ ...service, ...patch }) : service)) };
}

export function addCloud(hierarchy: Hierarchy): Hierarchy {
  return { ...hierarchy, cloud: [...(hierarchy.cloud ?? []), { type: 'cmg', name: 'cmg.corp.example', instances: 1 }] };
}

export function removeCloud(hierarchy: Hierarchy, index: number): Hierarchy {
  const cloud = (hierarchy.cloud ?? []).filter((_, i) => i !== index);
  const { cloud: _old, ...rest } = hierarchy;
  return cloud.length > 0 ? { ...rest, cloud } : rest;
}

/** Optional text fields: emptied in the editor, they are left out of the file rather than saved blank. */
const OPTIONAL_TEXT = new Set(['parent', 'address', 'instance', 'proxy', 'id', 'cloud', 'location', 'azureName', 'deployment']);

/**
 * Drops fields set to undefined, and optional text fields emptied, so the saved file stays clean.
 * A required field emptied stays empty (the validation then says it is required).
 */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([key, field]) => field !== undefined && !(field === '' && OPTIONAL_TEXT.has(key)))) as T;
}
