import type { Hierarchy, SiteSystem } from './model.ts';

/** What replacing one hierarchy by another changes, for the import preview. */
export interface HierarchyDiff {
  sitesAdded: string[];
  sitesRemoved: string[];
  sitesChanged: string[];
  systemsAdded: string[];
  systemsRemoved: string[];
  /** Systems whose site, address or roles differ, with what differs. */
  systemsChanged: { fqdn: string; changes: string[] }[];
  cloudAdded: string[];
  cloudRemoved: string[];
}

const key = (fqdn: string) => fqdn.toLowerCase().replace(/\.$/, '');

function roleText(system: SiteSystem): string[] {
  return system.roles.map((role) => JSON.stringify(role)).sort();
}

/** Compares by site code and system name (case-insensitive), the way ConfigMgr identifies them. */
export function diffHierarchies(current: Hierarchy, next: Hierarchy): HierarchyDiff {
  const sitesBefore = new Map(current.sites.map((site) => [site.code.toUpperCase(), site]));
  const sitesAfter = new Map(next.sites.map((site) => [site.code.toUpperCase(), site]));
  const systemsBefore = new Map(current.systems.map((system) => [key(system.fqdn), system]));
  const systemsAfter = new Map(next.systems.map((system) => [key(system.fqdn), system]));
  const cloudBefore = new Set((current.cloud ?? []).map((service) => service.name.toLowerCase()));
  const cloudAfter = new Set((next.cloud ?? []).map((service) => service.name.toLowerCase()));

  const systemsChanged: HierarchyDiff['systemsChanged'] = [];
  for (const [name, after] of systemsAfter) {
    const before = systemsBefore.get(name);
    if (!before) continue;
    const changes: string[] = [];
    if (before.site.toUpperCase() !== after.site.toUpperCase()) changes.push(`site ${before.site} → ${after.site}`);
    if ((before.address ?? '') !== (after.address ?? '')) changes.push(`address ${before.address ?? '—'} → ${after.address ?? '—'}`);
    const rolesBefore = roleText(before);
    const rolesAfter = roleText(after);
    const added = after.roles.filter((role) => !rolesBefore.includes(JSON.stringify(role))).map((role) => role.role);
    const removed = before.roles.filter((role) => !rolesAfter.includes(JSON.stringify(role))).map((role) => role.role);
    if (added.length > 0 || removed.length > 0) changes.push([...added.map((role) => `+${role}`), ...removed.map((role) => `−${role}`)].join(' '));
    if (changes.length > 0) systemsChanged.push({ fqdn: after.fqdn, changes });
  }
  return {
    sitesAdded: [...sitesAfter.keys()].filter((code) => !sitesBefore.has(code)),
    sitesRemoved: [...sitesBefore.keys()].filter((code) => !sitesAfter.has(code)),
    sitesChanged: [...sitesAfter.entries()].filter(([code, site]) => sitesBefore.has(code) && JSON.stringify(sitesBefore.get(code)) !== JSON.stringify(site)).map(([code]) => code),
    systemsAdded: [...systemsAfter.values()].filter((system) => !systemsBefore.has(key(system.fqdn))).map((system) => system.fqdn),
    systemsRemoved: [...systemsBefore.values()].filter((system) => !systemsAfter.has(key(system.fqdn))).map((system) => system.fqdn),
    systemsChanged,
    cloudAdded: [...cloudAfter].filter((name) => !cloudBefore.has(name)),
    cloudRemoved: [...cloudBefore].filter((name) => !cloudAfter.has(name)),
  };
}

/** Whether the two hierarchies describe the same sites, systems and cloud. */
export function isUnchanged(diff: HierarchyDiff): boolean {
  return Object.values(diff).every((list) => list.length === 0);
}
