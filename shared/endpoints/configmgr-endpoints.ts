import type { EndpointEntry, EndpointRole } from './endpoint-types.ts';
import { cite, defineEntries, HTTPS, INTERNET_2019, INTERNET_2020, SERVICE_CONNECTION_POINT, WEB, type EntrySpec } from './endpoint-sources.ts';

/**
 * The ConfigMgr internet access requirements, transcribed from "Conditions requises pour l’accès
 * Internet" (seed 000, 2019), its newer Dutch revision "Vereisten voor internettoegang" (seed 002,
 * 2020) and "À propos du point de connexion de service" (seed 004, 2018). An entry listed by several
 * documents is one entry citing each of them.
 */

const SCP: EndpointRole[] = ['service-connection-point'];
const SUP: EndpointRole[] = ['software-update-point'];
const CONSOLE: EndpointRole[] = ['console'];

/** Cites the same text in the updates-and-servicing lists of seeds 000, 002 and 004. */
function scpUpdates(text: string, in004: string | null = text): EntrySpec['cite'] {
  return [
    cite(INTERNET_2019, 'updates-and-servicing', text),
    cite(INTERNET_2020, 'bkmk_scp-updates', text),
    ...(in004 ? [cite(SERVICE_CONNECTION_POINT, 'bkmk_urls', in004)] : []),
  ];
}

/** Cites the same text in the Windows 10 servicing lists of seeds 000 and 002 (and 004). */
function windowsServicing(text: string, in004 = true): EntrySpec['cite'] {
  return [
    cite(INTERNET_2019, 'windows-10-servicing', text),
    cite(INTERNET_2020, 'windows-10-servicing', text),
    ...(in004 ? [cite(SERVICE_CONNECTION_POINT, 'bkmk_urls', text)] : []),
  ];
}

/** Cites the same text in the software update point lists of seeds 000 and 002. */
function softwareUpdates(text: string): EntrySpec['cite'] {
  return [cite(INTERNET_2019, 'bkmk_sum', text), cite(INTERNET_2020, 'bkmk_sum', text)];
}

/** Cites the same text in the intranet firewall lists of seeds 000 and 002. */
function intranet(text: string): EntrySpec['cite'] {
  return [cite(INTERNET_2019, 'software-update-point-on-the-child-site', text), cite(INTERNET_2020, 'software-update-point-on-the-child-site', text)];
}

export const CONFIGMGR_ENDPOINTS: readonly EndpointEntry[] = [
  // "Configuration Manager uses the following Microsoft URL forwarding services throughout the
  // product … always allow these endpoints, even if they are not listed below" (seed 002).
  ...defineEntries('url-forwarding', [HTTPS], [
    { address: 'https://aka.ms', roles: ['service-connection-point', 'cmg-connection-point', 'software-update-point', 'console'], cite: [cite(INTERNET_2020, 'internet-access-requirements', 'https://aka.ms')] },
    { address: 'https://go.microsoft.com', roles: ['service-connection-point', 'cmg-connection-point', 'software-update-point', 'console'], cite: [cite(INTERNET_2020, 'internet-access-requirements', 'https://go.microsoft.com')] },
  ]),

  ...defineEntries('scp-updates', WEB, [
    { address: '*.akamaiedge.net', roles: SCP, cite: scpUpdates('*.akamaiedge.net') },
    { address: '*.akamaitechnologies.com', roles: SCP, cite: scpUpdates('*.akamaitechnologies.com') },
    { address: '*.manage.microsoft.com', roles: SCP, cite: scpUpdates('*.manage.microsoft.com') },
    { address: 'go.microsoft.com', roles: SCP, cite: scpUpdates('go.microsoft.com') },
    { address: '*.blob.core.windows.net', roles: SCP, cite: scpUpdates('*.blob.core.windows.net', 'blob.core.windows.net') },
    { address: 'download.microsoft.com', roles: SCP, cite: scpUpdates('download.microsoft.com') },
    { address: 'download.windowsupdate.com', roles: SCP, cite: scpUpdates('download.windowsupdate.com') },
    { address: 'sccmconnected-a01.cloudapp.net', roles: SCP, cite: scpUpdates('sccmconnected-a01.cloudapp.net') },
    { address: 'configmgrbits.azureedge.net', roles: SCP, cite: scpUpdates('configmgrbits.azureedge.net', null) },
  ]),

  // The service connection point's Intune connector (hybrid MDM era), seeds 000 and 004.
  ...defineEntries('scp-intune', WEB, [
    { address: '*manage.microsoft.com', roles: SCP, cite: [cite(INTERNET_2019, 'microsoft-intune', '*manage.microsoft.com'), cite(SERVICE_CONNECTION_POINT, 'bkmk_urls', '*manage.microsoft.com')] },
    { address: 'https://bspmts.mp.microsoft.com/V', roles: SCP, cite: [cite(INTERNET_2019, 'microsoft-intune', 'https://bspmts.mp.microsoft.com/V'), cite(SERVICE_CONNECTION_POINT, 'bkmk_urls', 'https://bspmts.mp.microsoft.com/V')] },
    { address: 'https://login.microsoftonline.com/{TenantID}', roles: SCP, cite: [cite(INTERNET_2019, 'microsoft-intune', 'https://login.microsoftonline.com/{TenantID}'), cite(SERVICE_CONNECTION_POINT, 'bkmk_urls', 'https://login.microsoftonline.com/{TenantID}')] },
  ]),

  ...defineEntries('windows-servicing', WEB, [
    { address: 'download.microsoft.com', roles: SCP, cite: windowsServicing('download.microsoft.com') },
    { address: 'https://go.microsoft.com/fwlink/?LinkID=619849', roles: SCP, cite: windowsServicing('https://go.microsoft.com/fwlink/?LinkID=619849') },
    { address: 'dl.delivery.mp.microsoft.com', roles: SCP, cite: windowsServicing('dl.delivery.mp.microsoft.com', false) },
  ]),

  ...defineEntries('azure-services', WEB, [
    { address: 'management.azure.com', roles: SCP, cloud: 'public', cite: [cite(INTERNET_2019, 'azure-services', 'management.azure.com'), cite(INTERNET_2020, 'azure-services', 'management.azure.com')] },
    { address: 'management.usgovcloudapi.net', roles: SCP, cloud: 'us-government', cite: [cite(INTERNET_2020, 'azure-services', 'management.usgovcloudapi.net')] },
  ]),

  // "If you use Delivery Optimization, clients must communicate with the cloud service … Distribution
  // points that support Microsoft Connected Cache also need these endpoints" (seed 002).
  ...defineEntries('delivery-optimization', WEB, [
    { address: '*.do.dsp.mp.microsoft.com', roles: ['client', 'distribution-point'], flags: ['partial-content'], cite: [cite(INTERNET_2020, 'delivery-optimization', '*.do.dsp.mp.microsoft.com')] },
  ]),

  // CMG and cloud distribution points: `<name>` is the cloud service name ("if your CMG is
  // GraniteFalls.CloudApp.Net, the actual storage endpoint is GraniteFalls.blob.core.windows.net").
  ...defineEntries('cloud-services', [HTTPS], [
    {
      address: '<name>.cloudapp.net',
      roles: ['cmg-connection-point', 'client'],
      cloud: 'public',
      cite: [cite(INTERNET_2020, 'bkmk_cloud/cmg-connection-point', '<name>.cloudapp.net'), cite(INTERNET_2020, 'bkmk_cloud/configuration-manager-client', '<name>.cloudapp.net')],
    },
    {
      address: '<name>.usgovcloudapp.net',
      roles: ['cmg-connection-point', 'client'],
      cloud: 'us-government',
      cite: [cite(INTERNET_2020, 'bkmk_cloud/cmg-connection-point', '<name>.usgovcloudapp.net'), cite(INTERNET_2020, 'bkmk_cloud/configuration-manager-client', '<name>.usgovcloudapp.net')],
    },
    {
      address: 'https://management.core.windows.net/',
      roles: ['cmg-connection-point'],
      cite: [cite(INTERNET_2019, 'bkmk_cloud', 'https://management.core.windows.net/'), cite(INTERNET_2020, 'bkmk_cloud/cmg-connection-point', 'https://management.core.windows.net/')],
    },
    {
      address: '<name>.blob.core.windows.net',
      roles: ['cmg-connection-point', 'client'],
      cloud: 'public',
      cite: [
        cite(INTERNET_2019, 'bkmk_cloud', 'blob.core.windows.net'),
        cite(INTERNET_2020, 'bkmk_cloud/cmg-connection-point', '<name>.blob.core.windows.net'),
        cite(INTERNET_2020, 'bkmk_cloud/configuration-manager-client', '<name>.blob.core.windows.net'),
      ],
      note: 'for a CMG or cloud distribution point with content enabled',
    },
    {
      address: '<name>.blob.core.usgovcloudapi.net',
      roles: ['cmg-connection-point', 'client'],
      cloud: 'us-government',
      cite: [cite(INTERNET_2020, 'bkmk_cloud/cmg-connection-point', '<name>.blob.core.usgovcloudapi.net'), cite(INTERNET_2020, 'bkmk_cloud/configuration-manager-client', '<name>.blob.core.usgovcloudapi.net')],
      note: 'for a CMG or cloud distribution point with content enabled',
    },
    {
      address: '<name>.table.core.windows.net',
      roles: ['cmg-connection-point'],
      cloud: 'public',
      cite: [cite(INTERNET_2019, 'bkmk_cloud', 'table.core.windows.net')],
      note: 'listed by the 2019 revision only; the 2020 revision says table storage is used internally',
    },
  ]),

  ...defineEntries('azure-ad', [HTTPS], [
    {
      address: 'login.microsoftonline.com',
      roles: ['console', 'client'],
      cloud: 'public',
      cite: [
        cite(INTERNET_2019, 'bkmk_cloud', 'https://login.microsoftonline.com/'),
        cite(INTERNET_2020, 'bkmk_cloud/configuration-manager-client', 'login.microsoftonline.com'),
        cite(INTERNET_2020, 'bkmk_cloud/configuration-manager-console', 'login.microsoftonline.com'),
      ],
    },
    {
      address: 'login.microsoftonline.us',
      roles: ['console', 'client'],
      cloud: 'us-government',
      cite: [cite(INTERNET_2020, 'bkmk_cloud/configuration-manager-client', 'login.microsoftonline.us'), cite(INTERNET_2020, 'bkmk_cloud/configuration-manager-console', 'login.microsoftonline.us')],
    },
    { address: 'aadcdn.msauth.net', roles: CONSOLE, cloud: 'public', cite: [cite(INTERNET_2020, 'bkmk_cloud/configuration-manager-console', 'aadcdn.msauth.net')] },
    { address: 'aadcdn.msftauth.net', roles: CONSOLE, cloud: 'public', cite: [cite(INTERNET_2020, 'bkmk_cloud/configuration-manager-console', 'aadcdn.msftauth.net')] },
    {
      address: 'https://graph.microsoft.com/',
      roles: SCP,
      cite: [cite(INTERNET_2019, 'bkmk_cloud', 'https://graph.microsoft.com/'), cite(INTERNET_2020, 'bkmk_cloud/service-connection-point', 'https://graph.microsoft.com/')],
      note: 'Azure AD user discovery, version 1902 and later',
    },
    {
      address: 'https://graph.windows.net/',
      roles: SCP,
      cite: [cite(INTERNET_2019, 'bkmk_cloud', 'https://graph.windows.net/'), cite(INTERNET_2020, 'bkmk_cloud/service-connection-point', 'https://graph.windows.net/')],
      note: 'Azure AD user discovery, version 1810 and earlier',
    },
  ]),

  ...defineEntries('software-updates', [HTTPS], [
    { address: 'http://windowsupdate.microsoft.com', roles: SUP, cite: softwareUpdates('http://windowsupdate.microsoft.com') },
    { address: 'http://*.windowsupdate.microsoft.com', roles: SUP, cite: softwareUpdates('http://*.windowsupdate.microsoft.com') },
    { address: 'https://*.windowsupdate.microsoft.com', roles: SUP, cite: softwareUpdates('https://*.windowsupdate.microsoft.com') },
    { address: 'http://*.update.microsoft.com', roles: SUP, cite: softwareUpdates('http://*.update.microsoft.com') },
    { address: 'https://*.update.microsoft.com', roles: SUP, cite: softwareUpdates('https://*.update.microsoft.com') },
    { address: 'http://*.windowsupdate.com', roles: SUP, cite: softwareUpdates('http://*.windowsupdate.com') },
    { address: 'http://download.windowsupdate.com', roles: SUP, cite: softwareUpdates('http://download.windowsupdate.com') },
    { address: 'http://download.microsoft.com', roles: SUP, cite: softwareUpdates('http://download.microsoft.com') },
    { address: 'http://*.download.windowsupdate.com', roles: SUP, cite: softwareUpdates('http://*.download.windowsupdate.com') },
    { address: 'http://test.stats.update.microsoft.com', roles: SUP, cite: softwareUpdates('http://test.stats.update.microsoft.com') },
    { address: 'http://ntservicepack.microsoft.com', roles: SUP, cite: softwareUpdates('http://ntservicepack.microsoft.com') },
  ]),

  // Between site systems: a child site's software update point syncs from its parent's.
  ...defineEntries('sup-intranet', [HTTPS], [
    { address: 'http://<FQDN for software update point on child site>', roles: SUP, cite: intranet('http://<FQDN for software update point on child site>') },
    { address: 'https://<FQDN for software update point on child site>', roles: SUP, cite: intranet('https://<FQDN for software update point on child site>') },
    { address: 'http://<FQDN for software update point on parent site>', roles: SUP, cite: intranet('http://<FQDN for software update point on parent site>') },
    { address: 'https://<FQDN for software update point on parent site>', roles: SUP, cite: intranet('https://<FQDN for software update point on parent site>') },
  ]),

  ...defineEntries('office', [HTTPS], [
    {
      address: 'officecdn.microsoft.com',
      roles: SUP,
      cite: [cite(INTERNET_2019, 'manage-office-365', 'officecdn.microsoft.com'), cite(INTERNET_2020, 'manage-office-365', 'officecdn.microsoft.com')],
      note: 'software update point sync of Microsoft 365 Apps client updates',
    },
    {
      address: 'config.office.com',
      roles: CONSOLE,
      cite: [cite(INTERNET_2019, 'manage-office-365', 'config.office.com'), cite(INTERNET_2020, 'manage-office-365', 'config.office.com')],
      note: 'custom configurations for Microsoft 365 Apps deployments',
    },
    {
      address: 'contentstorage.osi.office.net',
      roles: CONSOLE,
      cite: [cite(INTERNET_2020, 'manage-office-365', 'contentstorage.osi.office.net')],
      note: 'readiness evaluation of Office add-ins',
    },
  ]),

  ...defineEntries('console', [HTTPS], [
    {
      address: 'http://petrol.office.microsoft.com',
      roles: CONSOLE,
      cite: [cite(INTERNET_2019, 'in-console-feedback', 'http://petrol.office.microsoft.com'), cite(INTERNET_2020, 'in-console-feedback', 'http://petrol.office.microsoft.com')],
      note: 'in-console feedback',
    },
    {
      address: 'https://aka.ms',
      roles: CONSOLE,
      cite: [cite(INTERNET_2019, 'community-workspace-documentation-node', 'https://aka.ms'), cite(INTERNET_2020, 'documentation-node', 'https://aka.ms')],
      note: 'Community workspace, Documentation node',
    },
    {
      address: 'https://raw.githubusercontent.com',
      roles: CONSOLE,
      cite: [cite(INTERNET_2019, 'community-workspace-documentation-node', 'https://raw.githubusercontent.com'), cite(INTERNET_2020, 'documentation-node', 'https://raw.githubusercontent.com')],
      note: 'Community workspace, Documentation node',
    },
    { address: 'https://github.com', roles: CONSOLE, cite: [cite(INTERNET_2020, 'community-hub', 'https://github.com')], note: 'Community Hub' },
    { address: 'https://communityhub.microsoft.com', roles: CONSOLE, cite: [cite(INTERNET_2020, 'community-hub', 'https://communityhub.microsoft.com')], note: 'Community Hub' },
    {
      address: 'http://maps.bing.com',
      roles: CONSOLE,
      cite: [cite(INTERNET_2019, 'monitoring-workspace-site-hierarchy-node', 'http://maps.bing.com'), cite(INTERNET_2020, 'monitoring-workspace-site-hierarchy-node', 'http://maps.bing.com')],
      note: 'Monitoring workspace, geographical view of the site hierarchy',
    },
  ]),

  ...defineEntries('asset-intelligence', [HTTPS], [
    { address: 'https://sc.microsoft.com', roles: ['asset-intelligence-point'], cite: [cite(INTERNET_2020, 'asset-intelligence', 'https://sc.microsoft.com')] },
    { address: 'https://ssu2.manage.microsoft.com', roles: ['asset-intelligence-point'], cite: [cite(INTERNET_2020, 'asset-intelligence', 'https://ssu2.manage.microsoft.com')] },
  ]),
];
