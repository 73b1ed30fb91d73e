import { matchesHostPattern } from './endpoint-address.ts';
import { cite, INTERNET_2020, INTUNE_ENDPOINTS } from './endpoint-sources.ts';
import type { EndpointCitation, EndpointFlag } from './endpoint-types.ts';
import { INTUNE_SECTIONS } from './intune-endpoints.ts';

/**
 * What the documents say about hosts wherever they appear, as rules on host names: a host the
 * rule's patterns match carries its flag in every feature, and in a one-off `netcheck probe https`.
 */
export interface HostRule {
  flag: EndpointFlag;
  patterns: readonly string[];
  citations: readonly EndpointCitation[];
}

export const HOST_RULES: readonly HostRule[] = [
  {
    // "Configuration Manager uses the following Microsoft URL forwarding services throughout the product."
    flag: 'always-allow',
    patterns: ['aka.ms', 'go.microsoft.com'],
    citations: [cite(INTERNET_2020, 'internet-access-requirements', 'https://aka.ms'), cite(INTERNET_2020, 'internet-access-requirements', 'https://go.microsoft.com')],
  },
  {
    // "SSL traffic inspection is not supported for the manage.microsoft.com, dm.microsoft.com or
    // device health attestation (DHA) endpoints." The subdomains are included: Intune's own hosts
    // live under manage.microsoft.com, and the Defender section says the same of *.dm.microsoft.com.
    flag: 'no-tls-inspection',
    patterns: ['manage.microsoft.com', '*.manage.microsoft.com', 'dm.microsoft.com', '*.dm.microsoft.com', 'has.spserv.microsoft.com', 'intunemaape*.attest.azure.net'],
    citations: [
      cite(INTUNE_ENDPOINTS, INTUNE_SECTIONS.managedDevices, '« manage.microsoft.com »'),
      cite(INTUNE_ENDPOINTS, INTUNE_SECTIONS.managedDevices, '« dm.microsoft.com »'),
      cite(INTUNE_ENDPOINTS, INTUNE_SECTIONS.managedDevices, 'd’attestation d’intégrité de l’appareil (DHA)'),
      cite(INTUNE_ENDPOINTS, INTUNE_SECTIONS.attestation, 'l’inspection du trafic SSL n’est pas en place'),
      cite(INTUNE_ENDPOINTS, INTUNE_SECTIONS.defender, 'L’inspection SSL n’est pas prise en charge'),
    ],
  },
  {
    // "For some tasks, Intune needs unauthenticated proxy access to manage.microsoft.com,
    // *.azureedge.net and graph.microsoft.com."
    flag: 'unauthenticated-proxy',
    patterns: ['manage.microsoft.com', '*.manage.microsoft.com', '*.azureedge.net', 'graph.microsoft.com'],
    citations: [cite(INTUNE_ENDPOINTS, INTUNE_SECTIONS.managedDevices, 'manage.microsoft.com, *.azureedge.net et graph.microsoft.com')],
  },
];

/** The flags the host rules give a concrete host name. */
export function flagsForHost(host: string): EndpointFlag[] {
  return HOST_RULES.filter((rule) => rule.patterns.some((pattern) => matchesHostPattern(pattern, host))).map((rule) => rule.flag);
}

/**
 * Which chains a host legitimately presents, for the TLS-inspection verdict:
 * `windows-update` — Microsoft Update's own PKI (Microsoft Root Certificate Authority 2011, not a
 * public-web root), also accepted: the Microsoft set;
 * `microsoft` — the roots Microsoft publishes for Azure and Entra endpoints;
 * `public` — any root of the public store (Apple, Intel, AMD, GitHub, the CDNs);
 * `intranet` — the hierarchy's own servers, whose private PKI is expected (no inspection verdict).
 */
export type TrustFamily = 'windows-update' | 'microsoft' | 'public' | 'intranet';

/** Windows Update hosts: chains ending in Microsoft Root Certificate Authority 2011. */
const WINDOWS_UPDATE_PATTERNS = ['update.microsoft.com', '*.update.microsoft.com', 'windowsupdate.microsoft.com', '*.windowsupdate.microsoft.com', '*.delivery.mp.microsoft.com'];

/** Domains Microsoft operates whose certificates come from the roots Microsoft publishes. */
const MICROSOFT_DOMAINS = [
  'microsoft.com', 'microsoftonline.com', 'microsoftonline.us', 'windows.net', 'windows.com', 'azure.com', 'azure.net', 'azure.us',
  'azureedge.net', 'msauth.net', 'msftauth.net', 'office.com', 'office.net', 'msocdn.com', 'live.com', 'skype.com', 'bing.com',
  'aka.ms', 's-microsoft.com', 'msftncsi.com', 'msftconnecttest.com', 'cloudapp.net', 'usgovcloudapi.net', 'usgovcloudapp.net',
  'microsoft.us', 'passport.net', 'windowsphone.com', 'windowsupdate.com',
];

/** The trust family of a host (see `TrustFamily`); names outside Microsoft's domains are `public`. */
export function trustFamilyOf(host: string): Exclude<TrustFamily, 'intranet'> {
  if (WINDOWS_UPDATE_PATTERNS.some((pattern) => matchesHostPattern(pattern, host))) return 'windows-update';
  const name = host.toLowerCase().replace(/\.$/, '');
  if (MICROSOFT_DOMAINS.some((domain) => name === domain || name.endsWith(`.${domain}`))) return 'microsoft';
  return 'public';
}

