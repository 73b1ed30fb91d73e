import type { EndpointAccess, EndpointEntry, EndpointRole, IntuneRow } from './endpoint-types.ts';
import { cite, defineEntries, HTTPS, INTUNE_ENDPOINTS, WEB, type EntrySpec } from './endpoint-sources.ts';

/**
 * "Points de terminaison réseau pour Microsoft Intune" (seed 001): the tables with their endpoint
 * set ID, category ("Autoriser" allow, "Par défaut" default, "Obligatoire" required), ExpressRoute
 * column and ports, then the sections that list hosts outside tables. The article has no anchors:
 * each citation names the heading line of its section. Managed devices (and the Intune Certificate
 * Connector, which "has the same network requirements as managed devices") must reach these; for
 * co-managed Windows devices, seeds 000 and 002 send readers here.
 */

const DEVICE: EndpointRole[] = ['managed-device'];

/** The heading lines of seed 001 that entries cite. */
export const INTUNE_SECTIONS = {
  managedDevices: 'Accès pour les appareils gérés',
  core: 'service principal Intune',
  autopilot: 'Dépendances Autopilot',
  remoteHelp: 'Assistance à distance',
  wns: 'Dépendances WNS (Windows Push Notification Services)',
  deliveryOptimization: 'Dépendances d’optimisation de la distribution',
  apple: 'Dépendances Apple',
  android: 'Dépendances Android AOSP',
  authentication: 'Dépendances d’authentification',
  win32: 'Configuration réseau requise pour les scripts PowerShell et les applications Win32',
  store: 'Microsoft\u00a0Store',
  attestation: 'Migration des stratégies de conformité d’attestation d’intégrité des appareils vers l’attestation Microsoft Azure',
  defender: 'Microsoft Defender pour point de terminaison',
  privilegeManagement: 'Gestion des privilèges de points de terminaison Microsoft Intune',
} as const;

/** "TCP : 443". */
const TCP_443: readonly EndpointAccess[] = [HTTPS];
/** "TCP : 80, 443, 5223": Apple's push service speaks TLS on 5223. */
const APPLE: readonly EndpointAccess[] = [...WEB, { scheme: 'tls', port: 5223 }];
/** "UDP : 123". */
const NTP: readonly EndpointAccess[] = [{ scheme: 'ntp', port: 123 }];

/** One table row: every address of it becomes an entry carrying the row's columns. */
function row(section: string, intune: IntuneRow, access: readonly EndpointAccess[], addresses: readonly string[], extra: Partial<EntrySpec> = {}): EntrySpec[] {
  return addresses.map((address) => ({ address, roles: DEVICE, access, intune, cite: [cite(INTUNE_ENDPOINTS, section, address)], ...extra }));
}

const allowRequired = (id: number, expressRoute = false): IntuneRow => ({ id, category: 'allow', required: true, expressRoute });
const defaultRequired = (id: number): IntuneRow => ({ id, category: 'default', required: true, expressRoute: false });
const defaultOptional = (id: number): IntuneRow => ({ id, category: 'default', required: false, expressRoute: false });

/** Endpoint set 172 is listed twice: in the core table and under the Delivery Optimization dependencies. */
const DELIVERY_OPTIMIZATION_172 = [
  '*.do.dsp.mp.microsoft.com',
  '*.dl.delivery.mp.microsoft.com',
  '*.emdl.ws.microsoft.com',
  'kv801.prod.do.dsp.mp.microsoft.com',
  'geo.prod.do.dsp.mp.microsoft.com',
  'emdl.ws.microsoft.com',
  '2.dl.delivery.mp.microsoft.com',
  'bg.v4.emdl.ws.microsoft.com',
];

/** The Win32 apps and scripts content servers per Intune scale unit (ASU) region. */
const WIN32_REGIONS: { scaleUnits: string[]; storage: string[]; cdn: string[] }[] = [
  {
    scaleUnits: ['AMSUA0601', 'AMSUA0602', 'AMSUA0101', 'AMSUA0102', 'AMSUA0201', 'AMSUA0202', 'AMSUA0401', 'AMSUA0402', 'AMSUA0501', 'AMSUA0502', 'AMSUA0701', 'AMSUA0702', 'AMSUA0801', 'AMSUA0901'],
    storage: ['naprodimedatapri', 'naprodimedatasec', 'naprodimedatahotfix'],
    cdn: ['naprodimedatapri.azureedge.net', 'naprodimedatasec.azureedge.net', 'naprodimedatahotfix.azureedge.net'],
  },
  {
    scaleUnits: ['AMSUB0101', 'AMSUB0102', 'AMSUB0201', 'AMSUB0202', 'AMSUB0301', 'AMSUB0302', 'AMSUB0501', 'AMSUB0502', 'AMSUB0601', 'AMSUB0701'],
    storage: ['euprodimedatapri', 'euprodimedatasec', 'euprodimedatahotfix'],
    cdn: ['euprodimedatapri.azureedge.net', 'euprodimedatasec.azureedge.net', 'euprodimedatahotfix.azureedge.net'],
  },
  {
    scaleUnits: ['AMSUC0101', 'AMSUC0201', 'AMSUC0301', 'AMSUC0501', 'AMSUC0601', 'AMSUD0101'],
    // The document spells the third storage name "approdimedatahotifx"; its CDN host is spelled "hotfix".
    storage: ['approdimedatapri', 'approdimedatasec', 'approdimedatahotifx'],
    cdn: ['approdimedatapri.azureedge.net', 'approdimedatasec.azureedge.net', 'approdimedatahotfix.azureedge.net'],
  },
];

/** The six Microsoft Azure Attestation endpoints Windows 11 devices use for device-health compliance. */
const ATTESTATION = ['eus', 'eus2', 'cus', 'wus', 'scus', 'ncus'].map((region, i) => `https://intunemaape${i + 1}.${region}.attest.azure.net`);

export const INTUNE_ENDPOINT_ENTRIES: readonly EndpointEntry[] = [
  ...defineEntries('intune-core', WEB, [
    ...row(INTUNE_SECTIONS.core, allowRequired(163), WEB, ['*.manage.microsoft.com', 'manage.microsoft.com', 'EnterpriseEnrollment.manage.microsoft.com']),
    ...row(INTUNE_SECTIONS.core, defaultRequired(170), TCP_443, [
      'swda01-mscdn.azureedge.net',
      'swda02-mscdn.azureedge.net',
      'swdb01-mscdn.azureedge.net',
      'swdb02-mscdn.azureedge.net',
      'swdc01-mscdn.azureedge.net',
      'swdc02-mscdn.azureedge.net',
      'swdd01-mscdn.azureedge.net',
      'swdd02-mscdn.azureedge.net',
      'swdin01-mscdn.azureedge.net',
      'swdin02-mscdn.azureedge.net',
    ], { note: 'PowerShell scripts and Win32 apps' }),
    ...row(INTUNE_SECTIONS.core, defaultOptional(97), TCP_443, ['account.live.com', 'login.live.com'], { note: 'consumer Outlook.com and OneDrive' }),
  ]),

  ...defineEntries('intune-delivery-optimization', WEB, DELIVERY_OPTIMIZATION_172.map((address) => ({
    address,
    roles: DEVICE,
    access: WEB,
    intune: defaultRequired(172),
    flags: ['partial-content'],
    cite: [cite(INTUNE_ENDPOINTS, INTUNE_SECTIONS.core, address), cite(INTUNE_ENDPOINTS, INTUNE_SECTIONS.deliveryOptimization, address)],
  }))),

  ...defineEntries('intune-autopilot', TCP_443, [
    ...row(INTUNE_SECTIONS.autopilot, defaultRequired(164), TCP_443, [
      '*.download.windowsupdate.com',
      '*.windowsupdate.com',
      '*.dl.delivery.mp.microsoft.com',
      '*.prod.do.dsp.mp.microsoft.com',
      'emdl.ws.microsoft.com',
      '*.delivery.mp.microsoft.com',
      '*.update.microsoft.com',
      'tsfe.trafficshaping.dsp.mp.microsoft.com',
      'au.download.windowsupdate.com',
      '2.dl.delivery.mp.microsoft.com',
      'download.windowsupdate.com',
      'dl.delivery.mp.microsoft.com',
      'geo.prod.do.dsp.mp.microsoft.com',
      'catalog.update.microsoft.com',
    ], { note: 'Autopilot: Windows Update' }),
    ...row(INTUNE_SECTIONS.autopilot, defaultRequired(165), NTP, ['time.windows.com', 'www.msftncsi.com', 'www.msftconnecttest.com'], { note: 'Autopilot: NTP synchronization' }),
    ...row(INTUNE_SECTIONS.autopilot, defaultRequired(169), TCP_443, ['clientconfig.passport.net', 'windowsphone.com', '*.s-microsoft.com', 'c.s-microsoft.com'], { note: 'Autopilot: WNS dependencies' }),
    ...row(INTUNE_SECTIONS.autopilot, defaultRequired(173), TCP_443, ['ekop.intel.com', 'ekcert.spserv.microsoft.com', 'ftpm.amd.com'], { note: 'Autopilot: third-party deployment dependencies' }),
    ...row(INTUNE_SECTIONS.autopilot, defaultRequired(182), TCP_443, ['lgmsapeweu.blob.core.windows.net'], { note: 'Autopilot: diagnostics upload' }),
  ]),

  ...defineEntries('intune-remote-help', TCP_443, [
    ...row(INTUNE_SECTIONS.remoteHelp, defaultRequired(181), TCP_443, [
      '*.support.services.microsoft.com',
      'remoteassistance.support.services.microsoft.com',
      'rdprelayv3eastusprod-0.support.services.microsoft.com',
      '*.trouter.skype.com',
      'remoteassistanceprodacs.communication.azure.com',
      'edge.skype.com',
      'aadcdn.msftauth.net',
      'aadcdn.msauth.net',
      'alcdn.msauth.net',
      'wcpstatic.microsoft.com',
      '*.aria.microsoft.com',
      'browser.pipe.aria.microsoft.com',
      '*.events.data.microsoft.com',
      'v10.events.data.microsoft.com',
      '*.monitor.azure.com',
      'js.monitor.azure.com',
      'edge.microsoft.com',
      '*.trouter.communication.microsoft.com',
      'go.trouter.communication.microsoft.com',
      '*.trouter.teams.microsoft.com',
      'trouter2-usce-1-a.trouter.teams.microsoft.com',
      'api.flightproxy.skype.com',
      'ecs.communication.microsoft.com',
      'remotehelp.microsoft.com',
      'trouter-azsc-usea-0-a.trouter.skype.com',
    ]),
    ...row(INTUNE_SECTIONS.remoteHelp, defaultRequired(187), TCP_443, ['*.webpubsub.azure.com', 'AMSUA0101-RemoteAssistService-pubsub.webpubsub.azure.com'], { note: 'Remote Help web PubSub' }),
    ...row(INTUNE_SECTIONS.remoteHelp, defaultRequired(188), TCP_443, ['remoteassistanceweb-gcc.usgov.communication.azure.us', 'gcc.remotehelp.microsoft.com', 'gcc.relay.remotehelp.microsoft.com', '*.gov.teams.microsoft.us'], {
      cloud: 'us-government',
      note: 'Remote Help for GCC customers',
    }),
  ]),

  ...defineEntries('intune-wns', TCP_443, row(INTUNE_SECTIONS.wns, defaultRequired(171), TCP_443, ['*.notify.windows.com', '*.wns.windows.com', 'sinwns1011421.wns.windows.com', 'sin.notify.windows.com'])),

  ...defineEntries('intune-apple', APPLE, row(INTUNE_SECTIONS.apple, defaultRequired(178), APPLE, [
    'itunes.apple.com',
    '*.itunes.apple.com',
    '*.mzstatic.com',
    '*.phobos.apple.com',
    'phobos.itunes-apple.com.akadns.net',
    '5-courier.push.apple.com',
    'phobos.apple.com',
    'ocsp.apple.com',
    'ax.itunes.apple.com',
    'ax.itunes.apple.com.edgesuite.net',
    's.mzstatic.com',
    'a1165.phobos.apple.com',
  ])),

  ...defineEntries('intune-android', TCP_443, row(INTUNE_SECTIONS.android, defaultRequired(179), TCP_443, ['intunecdnpeasd.azureedge.net'])),

  ...defineEntries('intune-authentication', WEB, [
    ...row(INTUNE_SECTIONS.authentication, allowRequired(56, true), WEB, ['login.microsoftonline.com', 'graph.windows.net'], { note: 'authentication and identity: Azure AD and its services' }),
    ...row(INTUNE_SECTIONS.authentication, defaultOptional(150), TCP_443, ['*.officeconfig.msocdn.com', 'config.office.com'], { note: 'Office customization service' }),
    ...row(INTUNE_SECTIONS.authentication, defaultRequired(59), WEB, ['enterpriseregistration.windows.net'], { note: 'identity support services and CDN' }),
  ]),

  // "Allowing HTTP partial response is required for the scripts and Win32 apps endpoints."
  ...defineEntries('intune-win32', TCP_443, WIN32_REGIONS.flatMap((region) =>
    region.cdn.map((address, i): EntrySpec => ({
      address,
      roles: DEVICE,
      access: TCP_443,
      scaleUnits: region.scaleUnits,
      flags: ['partial-content'],
      cite: [cite(INTUNE_ENDPOINTS, INTUNE_SECTIONS.win32, address)],
      note: `content CDN of storage account ${region.storage[i]}`,
    })),
  )),

  ...defineEntries('intune-store', TCP_443, [
    ...['displaycatalog.md.mp.microsoft.com', 'purchase.md.mp.microsoft.com', 'licensing.mp.microsoft.com', 'storeedgefd.dsx.mp.microsoft.com'].map((address) => ({
      address,
      roles: DEVICE,
      cite: [cite(INTUNE_ENDPOINTS, INTUNE_SECTIONS.store, address)],
      note: 'Microsoft Store API (AppInstallManager)',
    })),
    ...['sparkcdneus2.azureedge.net', 'sparkcdnwus2.azureedge.net'].map((address) => ({
      address,
      roles: DEVICE,
      cite: [cite(INTUNE_ENDPOINTS, INTUNE_SECTIONS.store, address)],
      note: 'Microsoft-hosted Win32 app fallback cache; the document gives these as examples that vary by region',
    })),
  ]),

  // "Make sure no firewall rule blocks outbound HTTPS/443 and that SSL traffic inspection is not in
  // place for the endpoints listed in this section"; Windows 10 keeps using the DHA endpoint.
  ...defineEntries('intune-attestation', TCP_443, [
    ...ATTESTATION.map((address) => ({
      address,
      roles: DEVICE,
      flags: ['no-tls-inspection' as const],
      cite: [cite(INTUNE_ENDPOINTS, INTUNE_SECTIONS.attestation, address)],
      note: 'Microsoft Azure Attestation for Windows 11 device-health compliance, by tenant location',
    })),
    { address: 'has.spserv.microsoft.com', roles: DEVICE, cite: [cite(INTUNE_ENDPOINTS, INTUNE_SECTIONS.attestation, 'has.spserv.microsoft.com')], note: 'Device Health Attestation for Windows 10, GCC High and DoD' },
  ]),

  ...defineEntries('intune-defender-epm', TCP_443, [
    {
      address: '*.dm.microsoft.com',
      roles: DEVICE,
      cite: [cite(INTUNE_ENDPOINTS, INTUNE_SECTIONS.defender, '*.dm.microsoft.com'), cite(INTUNE_ENDPOINTS, INTUNE_SECTIONS.privilegeManagement, '*.dm.microsoft.com')],
      note: 'Defender for Endpoint security settings management and Endpoint Privilege Management',
    },
    { address: '*.events.data.microsoft.com', roles: DEVICE, cite: [cite(INTUNE_ENDPOINTS, INTUNE_SECTIONS.privilegeManagement, '*.events.data.microsoft.com')], note: 'Endpoint Privilege Management optional reporting data' },
  ]),
];
