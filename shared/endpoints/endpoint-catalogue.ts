import { CONFIGMGR_ENDPOINTS } from './configmgr-endpoints.ts';
import { isWildcard, placeholdersOf, sampleHostOf, splitAddress } from './endpoint-address.ts';
import { flagsForHost } from './endpoint-rules.ts';
import { INTERNET_2019, INTERNET_2020, INTUNE_ENDPOINTS } from './endpoint-sources.ts';
import type { EndpointEntry, EndpointFeature, EndpointFlag } from './endpoint-types.ts';
import { INTUNE_ENDPOINT_ENTRIES, INTUNE_SECTIONS } from './intune-endpoints.ts';

/**
 * The internet endpoint catalogue: the features, in the order the documents present them, and
 * every entry with the flags its host carries. Features whose documents list no host but send the
 * reader to another article keep that pointer (`reference`) so the UI can say where to look.
 */
export const ENDPOINT_FEATURES: readonly EndpointFeature[] = [
  { id: 'url-forwarding', citation: { document: INTERNET_2020, section: 'internet-access-requirements' } },
  { id: 'scp-updates', citation: { document: INTERNET_2020, section: 'bkmk_scp-updates' } },
  { id: 'scp-intune', citation: { document: INTERNET_2019, section: 'microsoft-intune' } },
  { id: 'windows-servicing', citation: { document: INTERNET_2020, section: 'windows-10-servicing' } },
  { id: 'azure-services', citation: { document: INTERNET_2020, section: 'azure-services' } },
  {
    id: 'co-management',
    citation: { document: INTERNET_2020, section: 'co-management' },
    reference: 'Devices enrolled in Intune for co-management need the Intune endpoints: the Intune features below (seed 001).',
  },
  {
    id: 'store-for-business',
    citation: { document: INTERNET_2020, section: 'microsoft-store-for-business' },
    reference: 'The service connection point and devices need the Microsoft Store for Business cloud service: see "Microsoft Store for Business proxy configuration".',
  },
  { id: 'delivery-optimization', citation: { document: INTERNET_2020, section: 'delivery-optimization' } },
  {
    id: 'cloud-services',
    citation: { document: INTERNET_2020, section: 'bkmk_cloud' },
    reference: 'To deploy a CMG or cloud distribution point, the service connection point also needs Azure endpoints that differ per environment: Configuration Manager keeps them in the AzureEnvironments table of the site database.',
  },
  { id: 'azure-ad', citation: { document: INTERNET_2020, section: 'bkmk_cloud' } },
  { id: 'software-updates', citation: { document: INTERNET_2020, section: 'bkmk_sum' } },
  { id: 'sup-intranet', citation: { document: INTERNET_2020, section: 'intranet-firewall' } },
  { id: 'office', citation: { document: INTERNET_2020, section: 'manage-office-365' } },
  { id: 'console', citation: { document: INTERNET_2019, section: 'configuration-manager-console' } },
  {
    id: 'desktop-analytics',
    citation: { document: INTERNET_2020, section: 'desktop-analytics' },
    reference: 'The Desktop Analytics endpoints are listed in "Enable data sharing" (desktop-analytics/enable-data-sharing#endpoints).',
  },
  {
    id: 'tenant-attach',
    citation: { document: INTERNET_2020, section: 'tenant-attach' },
    reference: 'The tenant attach endpoints are listed in "Enable tenant attach" (tenant-attach/device-sync-actions#internet-endpoints).',
  },
  {
    id: 'endpoint-analytics',
    citation: { document: INTERNET_2020, section: 'endpoint-analytics' },
    reference: 'The Endpoint analytics endpoints are listed in "Endpoint analytics proxy configuration" (analytics/troubleshoot#bkmk_endpoints).',
  },
  { id: 'asset-intelligence', citation: { document: INTERNET_2020, section: 'asset-intelligence' } },
  { id: 'intune-core', citation: { document: INTUNE_ENDPOINTS, section: INTUNE_SECTIONS.core } },
  { id: 'intune-delivery-optimization', citation: { document: INTUNE_ENDPOINTS, section: INTUNE_SECTIONS.deliveryOptimization } },
  { id: 'intune-autopilot', citation: { document: INTUNE_ENDPOINTS, section: INTUNE_SECTIONS.autopilot } },
  { id: 'intune-remote-help', citation: { document: INTUNE_ENDPOINTS, section: INTUNE_SECTIONS.remoteHelp } },
  { id: 'intune-wns', citation: { document: INTUNE_ENDPOINTS, section: INTUNE_SECTIONS.wns } },
  { id: 'intune-apple', citation: { document: INTUNE_ENDPOINTS, section: INTUNE_SECTIONS.apple } },
  { id: 'intune-android', citation: { document: INTUNE_ENDPOINTS, section: INTUNE_SECTIONS.android } },
  { id: 'intune-authentication', citation: { document: INTUNE_ENDPOINTS, section: INTUNE_SECTIONS.authentication } },
  { id: 'intune-win32', citation: { document: INTUNE_ENDPOINTS, section: INTUNE_SECTIONS.win32 } },
  { id: 'intune-store', citation: { document: INTUNE_ENDPOINTS, section: INTUNE_SECTIONS.store } },
  { id: 'intune-attestation', citation: { document: INTUNE_ENDPOINTS, section: INTUNE_SECTIONS.attestation } },
  { id: 'intune-defender-epm', citation: { document: INTUNE_ENDPOINTS, section: INTUNE_SECTIONS.defender } },
];

/**
 * The flags of an address: those its entry states, plus those the host rules give its host (for a
 * wildcard, a sample host under it; placeholders carry none until filled).
 */
function withHostFlags(entry: EndpointEntry): EndpointEntry {
  const { host } = splitAddress(entry.address);
  if (placeholdersOf(host).length > 0) return entry;
  const ruled = flagsForHost(isWildcard(host) ? sampleHostOf(host) : host);
  const flags = [...new Set<EndpointFlag>([...entry.flags, ...ruled])];
  return { ...entry, flags };
}

/** Every entry of the catalogue, ConfigMgr's first, then Intune's. */
export const ENDPOINT_ENTRIES: readonly EndpointEntry[] = [...CONFIGMGR_ENDPOINTS, ...INTUNE_ENDPOINT_ENTRIES].map(withHostFlags);
