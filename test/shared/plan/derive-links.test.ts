import { describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import type { Hierarchy } from '../../../shared/hierarchy/model.ts';
import { deriveLinks } from '../../../shared/plan/derive-links.ts';
import { formatPort, type PlannedLink } from '../../../shared/plan/link.ts';

/** One line per link, short enough to compare whole plans at a glance. */
function lines(links: PlannedLink[], requirement?: string): string[] {
  return links
    .filter((link) => !requirement || link.requirement === requirement)
    .map((l) => `${l.source} -> ${l.destination} ${l.transport}/${formatPort(l.port)}${l.configuredBy ? ` (${l.configuredBy})` : ''}`);
}

function smallHierarchy(overrides: Partial<Hierarchy> = {}): Hierarchy {
  return {
    formatVersion: 1,
    name: 'small',
    sites: [
      { code: 'CAS', name: 'cas', type: 'cas' },
      { code: 'P01', name: 'p01', type: 'primary', parent: 'CAS' },
    ],
    systems: [
      { fqdn: 'cas', site: 'CAS', roles: [{ role: 'site-server' }, { role: 'site-database' }] },
      { fqdn: 'ps', site: 'P01', roles: [{ role: 'site-server' }] },
      { fqdn: 'sql', site: 'P01', roles: [{ role: 'site-database', port: 1500, brokerPort: 4023 }] },
      { fqdn: 'mp', site: 'P01', roles: [{ role: 'management-point' }] },
    ],
    ...overrides,
  };
}

describe('deriveLinks', () => {
  it('uses the configured SQL and Service Broker ports, and says which field set them', () => {
    const links = deriveLinks(smallHierarchy());
    expect(lines(links, 'management-point-to-site-database')).toEqual(['mp -> sql tcp/1500 (systems[2].roles[0].port)']);
    expect(lines(links, 'site-database-to-site-database')).toEqual([
      'cas -> sql tcp/1500 (systems[2].roles[0].port)',
      'cas -> sql tcp/4023 (systems[2].roles[0].brokerPort)',
      'sql -> cas tcp/1433',
      'sql -> cas tcp/4022',
    ]);
  });

  it('derives both directions of a <--> pair, but only the ports each side listens on', () => {
    const h = smallHierarchy();
    h.systems.push({ fqdn: 'sup', site: 'P01', roles: [{ role: 'software-update-point', httpPort: 80, httpsPort: 443, ssl: true }] });
    const links = deriveLinks(h);
    expect(lines(links, 'management-point-with-site-server')).toEqual([
      'mp -> ps tcp/135',
      'mp -> ps tcp/445',
      'mp -> ps tcp/dynamic',
      'ps -> mp tcp/135',
      'ps -> mp tcp/445',
      'ps -> mp tcp/dynamic',
    ]);
    expect(lines(links, 'site-server-with-software-update-point')).toEqual([
      'ps -> sup tcp/443 (systems[4].roles[0].httpsPort)',
      'ps -> sup tcp/445',
      'ps -> sup tcp/80 (systems[4].roles[0].httpPort)',
      'sup -> ps tcp/445',
    ]);
  });

  it('plans one TCP-TLS port per CMG instance and the HTTPS fallback that matches the count', () => {
    const base = smallHierarchy();
    base.systems.push({ fqdn: 'cmgcp', site: 'P01', roles: [{ role: 'cmg-connection-point' }] });
    const two = deriveLinks({ ...base, cloud: [{ type: 'cmg', name: 'gw.example', instances: 2 }] });
    expect(lines(two, 'cmg-connection-point-to-cmg')).toEqual([
      'cmgcp -> gw.example tcp/10124 (cloud[0].instances)',
      'cmgcp -> gw.example tcp/10125 (cloud[0].instances)',
      'cmgcp -> gw.example tcp/10140 (cloud[0].instances)',
      'cmgcp -> gw.example tcp/10141 (cloud[0].instances)',
    ]);
    expect(new Set(two.filter((l) => l.destinationKind === 'cmg').map((l) => l.alternativeGroup))).toEqual(new Set(['cmg-channel:gw.example']));
    const one = deriveLinks({ ...base, cloud: [{ type: 'cmg', name: 'gw.example', instances: 1 }] });
    expect(lines(one, 'cmg-connection-point-to-cmg')).toEqual(['cmgcp -> gw.example tcp/10140 (cloud[0].instances)', 'cmgcp -> gw.example tcp/443']);
    const vmss = deriveLinks({ ...base, cloud: [{ type: 'cmg', name: 'gw.example', instances: 3, deployment: 'vmss' }] });
    expect(lines(vmss, 'cmg-connection-point-to-cmg')).toEqual([
      'cmgcp -> gw.example tcp/10124 (cloud[0].instances)',
      'cmgcp -> gw.example tcp/10125 (cloud[0].instances)',
      'cmgcp -> gw.example tcp/10126 (cloud[0].instances)',
    ]);
  });

  it('links PXE and multicast ports only to DPs with those options', () => {
    const h = smallHierarchy();
    h.systems.push(
      { fqdn: 'dp-pxe', site: 'P01', roles: [{ role: 'distribution-point', pxe: true }] },
      { fqdn: 'dp-mc', site: 'P01', roles: [{ role: 'distribution-point', multicast: true, https: true }] },
      { fqdn: 'client', site: 'P01', roles: [{ role: 'client-subnet', cidr: '10.0.0.0/8' }] },
    );
    const links = deriveLinks(h).filter((l) => l.source === 'client' && l.destination.startsWith('dp'));
    expect(lines(links)).toEqual([
      'client -> dp-mc tcp/443',
      'client -> dp-mc tcp/445',
      'client -> dp-mc udp/63000-64000',
      'client -> dp-pxe tcp/80',
      'client -> dp-pxe udp/4011',
      'client -> dp-pxe udp/67',
      'client -> dp-pxe udp/69',
    ]);
  });

  it("applies an MP's or DP's HTTPS mode only to links to that role, not to other roles on the same server", () => {
    const h = smallHierarchy();
    h.systems.push(
      { fqdn: 'web', site: 'P01', roles: [{ role: 'management-point', https: true }, { role: 'reporting-point' }] },
      { fqdn: 'admin', site: 'P01', roles: [{ role: 'console' }] },
      { fqdn: 'client', site: 'P01', roles: [{ role: 'client-subnet', cidr: '10.0.0.0/8' }] },
    );
    const links = deriveLinks(h);
    expect(lines(links, 'console-to-reporting-point')).toEqual(['admin -> web tcp/443', 'admin -> web tcp/80']);
    expect(lines(links, 'client-to-management-point').filter((l) => l.includes('-> web'))).toEqual(['client -> web tcp/10123', 'client -> web tcp/443']);
  });

  it('honours site client ports (note 2) and never links a system to itself', () => {
    const h = smallHierarchy();
    h.sites[1]!.clientPorts = { http: 8080 };
    h.systems.push({ fqdn: 'client', site: 'P01', roles: [{ role: 'client-subnet', cidr: '10.0.0.0/8' }] });
    h.systems[1]!.roles.push({ role: 'sms-provider' }, { role: 'distribution-point' });
    const links = deriveLinks(h);
    expect(lines(links, 'client-to-management-point')).toEqual(['client -> mp tcp/10123', 'client -> mp tcp/8080 (sites[1].clientPorts.http)']);
    expect(links.filter((l) => l.source === l.destination)).toEqual([]);
    expect(lines(links, 'site-server-to-sms-provider')).toEqual([]);
  });

  it('relates sites by scope: same site, parent site, adjacent sites', () => {
    const links = deriveLinks(DEMO_HIERARCHY);
    expect(lines(links, 'software-update-point-to-upstream-wsus')).toEqual([
      'p01sup01.corp.contoso.example -> cassup01.corp.contoso.example tcp/8530 (systems[2].roles[0].httpPort)',
    ]);
    expect(lines(links, 'site-server-with-site-server')).toEqual([
      'cas01.corp.contoso.example -> p01ss01.corp.contoso.example tcp/445',
      'cas01.corp.contoso.example -> p02ss01.corp.contoso.example tcp/445',
      'p01ss01.corp.contoso.example -> cas01.corp.contoso.example tcp/445',
      'p01ss01.corp.contoso.example -> s01ss01.corp.contoso.example tcp/445',
      'p02ss01.corp.contoso.example -> cas01.corp.contoso.example tcp/445',
      's01ss01.corp.contoso.example -> p01ss01.corp.contoso.example tcp/445',
    ]);
    expect(links.every((l) => l.citation.document.length > 0 && l.citation.section.length > 0)).toBe(true);
  });

  it('leaves installation-only ports out unless asked', () => {
    const h = smallHierarchy();
    expect(lines(deriveLinks(h), 'site-server-to-remote-site-database-install')).toEqual([]);
    expect(lines(deriveLinks(h, { includeInstall: true }), 'site-server-to-remote-site-database-install')).toEqual([
      'ps -> sql tcp/135',
      'ps -> sql tcp/445',
      'ps -> sql tcp/dynamic',
      'ps -> sql udp/135',
    ]);
  });
});
