import type { Hierarchy, Site, SiteSystem } from './model.ts';

/** How big a generated hierarchy is. */
export interface HierarchySize {
  primaries: number;
  secondaries: number;
  /** Site systems in all, the distribution points filling what the sites' own servers leave. */
  systems: number;
}

/** The size the topology must stay smooth at: 1 CAS, 25 primaries, 100 secondaries, 2,000 systems. */
export const LARGE_HIERARCHY: HierarchySize = { primaries: 25, secondaries: 100, systems: 2000 };

/**
 * A valid hierarchy of a given size, the same every time, for benchmarks and scale tests: a CAS with
 * its SQL, software update point, service connection point and console; each primary with a site
 * server, a remote SQL, a management point and a software update point; each secondary (spread over
 * the primaries) with its site server holding the local roles; then distribution points spread over
 * the primaries up to the requested count. Names live under `scale.contoso.example` (RFC 2606).
 */
export function generateHierarchy(size: HierarchySize): Hierarchy {
  const domain = 'scale.contoso.example';
  const sites: Site[] = [{ code: 'CAS', name: 'Central', type: 'cas' }];
  const systems: SiteSystem[] = [
    { fqdn: `cas01.${domain}`, site: 'CAS', roles: [{ role: 'site-server' }, { role: 'sms-provider' }] },
    { fqdn: `cassql01.${domain}`, site: 'CAS', roles: [{ role: 'site-database', port: 1433, brokerPort: 4022 }] },
    { fqdn: `cassup01.${domain}`, site: 'CAS', roles: [{ role: 'software-update-point', httpPort: 8530, httpsPort: 8531 }] },
    { fqdn: `casscp01.${domain}`, site: 'CAS', roles: [{ role: 'service-connection-point', mode: 'online' }] },
    { fqdn: `admin01.${domain}`, site: 'CAS', roles: [{ role: 'console' }] },
  ];
  const primaries = Array.from({ length: size.primaries }, (_, i) => siteCode('P', i));
  for (const [i, code] of primaries.entries()) {
    const host = code.toLowerCase();
    sites.push({ code, name: `Primary ${i + 1}`, type: 'primary', parent: 'CAS' });
    systems.push(
      { fqdn: `${host}ss01.${domain}`, site: code, roles: [{ role: 'site-server' }, { role: 'sms-provider' }] },
      { fqdn: `${host}sql01.${domain}`, site: code, roles: [{ role: 'site-database', port: 1433, brokerPort: 4022 }] },
      { fqdn: `${host}mp01.${domain}`, site: code, roles: [{ role: 'management-point' }] },
      { fqdn: `${host}sup01.${domain}`, site: code, roles: [{ role: 'software-update-point', httpPort: 8530, httpsPort: 8531 }] },
    );
  }
  for (let i = 0; i < size.secondaries; i++) {
    const code = siteCode('S', i);
    sites.push({ code, name: `Secondary ${i + 1}`, type: 'secondary', parent: primaries[i % primaries.length] ?? 'CAS' });
    systems.push({ fqdn: `${code.toLowerCase()}ss01.${domain}`, site: code, roles: [{ role: 'site-server' }, { role: 'site-database' }, { role: 'management-point' }, { role: 'distribution-point' }] });
  }
  for (let i = 0; systems.length < size.systems && primaries.length > 0; i++) {
    const code = primaries[i % primaries.length] as string;
    const number = String(Math.floor(i / primaries.length) + 1).padStart(3, '0');
    systems.push({ fqdn: `${code.toLowerCase()}dp${number}.${domain}`, site: code, roles: [{ role: 'distribution-point', ...(i % 10 === 0 ? { pxe: true } : {}) }] });
  }
  return { formatVersion: 1, name: `Generated: ${size.primaries} primaries, ${size.secondaries} secondaries, ${systems.length} systems`, sites, systems };
}

/** Site codes are three characters: a letter and two of 0-9A-Z (P01 … P0Z … PZZ). */
function siteCode(letter: string, index: number): string {
  return `${letter}${index.toString(36).toUpperCase().padStart(2, '0')}`;
}
