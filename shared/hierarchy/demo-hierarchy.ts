import type { Hierarchy } from './model.ts';

/**
 * The built-in demo hierarchy, shown when nothing is loaded.
 *
 * One CAS, two primaries, one secondary, and the roles a helpdesk engineer meets on calls: remote
 * SQL servers (one named instance on a static port 1500), SMS providers, management points, a
 * PXE-enabled and a multicast distribution point, software update points in a chain, the service
 * connection point behind a proxy, a CMG connection point and a two-instance CMG, a console and a
 * client subnet. Names live under `contoso.example`, a reserved domain (RFC 2606) that never
 * resolves on a real network, so running the demo can never probe someone's servers.
 */
export const DEMO_HIERARCHY: Hierarchy = {
  formatVersion: 1,
  name: 'Contoso demo hierarchy',
  sites: [
    { code: 'CAS', name: 'Contoso central administration site', type: 'cas' },
    { code: 'P01', name: 'Paris', type: 'primary', parent: 'CAS' },
    { code: 'P02', name: 'Amsterdam', type: 'primary', parent: 'CAS' },
    { code: 'S01', name: 'Lyon', type: 'secondary', parent: 'P01' },
  ],
  systems: [
    {
      fqdn: 'cas01.corp.contoso.example',
      site: 'CAS',
      roles: [
        { role: 'site-server' },
        { role: 'sms-provider' },
        { role: 'service-connection-point', mode: 'online', proxy: 'http://proxy.corp.contoso.example:8080' },
      ],
    },
    {
      fqdn: 'cassql01.corp.contoso.example',
      site: 'CAS',
      roles: [{ role: 'site-database', port: 1433, brokerPort: 4022 }, { role: 'reporting-point' }],
    },
    { fqdn: 'cassup01.corp.contoso.example', site: 'CAS', roles: [{ role: 'software-update-point', httpPort: 8530, httpsPort: 8531 }] },
    { fqdn: 'admin01.corp.contoso.example', site: 'CAS', roles: [{ role: 'console' }] },
    { fqdn: 'p01ss01.corp.contoso.example', site: 'P01', roles: [{ role: 'site-server' }, { role: 'sms-provider' }] },
    { fqdn: 'p01sql01.corp.contoso.example', site: 'P01', roles: [{ role: 'site-database', port: 1433, brokerPort: 4022 }] },
    { fqdn: 'p01mp01.corp.contoso.example', site: 'P01', roles: [{ role: 'management-point' }] },
    { fqdn: 'p01dp01.corp.contoso.example', site: 'P01', roles: [{ role: 'distribution-point', pxe: true }] },
    { fqdn: 'p01sup01.corp.contoso.example', site: 'P01', roles: [{ role: 'software-update-point', httpPort: 8530, httpsPort: 8531 }] },
    { fqdn: 'p01cmg01.corp.contoso.example', site: 'P01', roles: [{ role: 'cmg-connection-point' }] },
    { fqdn: 'pc-paris-0001.corp.contoso.example', site: 'P01', roles: [{ role: 'client-subnet', cidr: '10.20.0.0/16' }] },
    { fqdn: 'p02ss01.corp.contoso.example', site: 'P02', roles: [{ role: 'site-server' }, { role: 'sms-provider' }] },
    {
      fqdn: 'p02sql01.corp.contoso.example',
      site: 'P02',
      roles: [{ role: 'site-database', port: 1500, brokerPort: 4022, instance: 'CM_P02' }],
    },
    {
      fqdn: 'p02mp01.corp.contoso.example',
      site: 'P02',
      roles: [{ role: 'management-point' }, { role: 'distribution-point', multicast: true }],
    },
    {
      fqdn: 's01ss01.corp.contoso.example',
      site: 'S01',
      roles: [{ role: 'site-server' }, { role: 'site-database' }, { role: 'management-point' }, { role: 'distribution-point' }],
    },
  ],
  cloud: [{ type: 'cmg', name: 'cmg.contoso.example', instances: 2 }],
};
