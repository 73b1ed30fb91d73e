import type { AzureCloud } from '../hierarchy/model.ts';

/**
 * Types of the internet endpoint catalogue (`endpoint-catalogue.ts`): every host and URL that
 * Microsoft's ConfigMgr and Intune documents (seeds 000, 001, 002, 004) ask firewalls and proxies
 * to allow, grouped by the feature that needs it, with the document text it comes from.
 */

/** The features the documents group endpoints by. */
export type EndpointFeatureId =
  | 'url-forwarding'
  | 'scp-updates'
  | 'scp-intune'
  | 'windows-servicing'
  | 'azure-services'
  | 'co-management'
  | 'store-for-business'
  | 'delivery-optimization'
  | 'cloud-services'
  | 'azure-ad'
  | 'software-updates'
  | 'sup-intranet'
  | 'office'
  | 'console'
  | 'desktop-analytics'
  | 'tenant-attach'
  | 'endpoint-analytics'
  | 'asset-intelligence'
  | 'intune-core'
  | 'intune-autopilot'
  | 'intune-remote-help'
  | 'intune-wns'
  | 'intune-delivery-optimization'
  | 'intune-apple'
  | 'intune-android'
  | 'intune-authentication'
  | 'intune-win32'
  | 'intune-store'
  | 'intune-attestation'
  | 'intune-defender-epm';

/**
 * Who must reach an endpoint. Site-system roles match the hierarchy's roles; `client` is a
 * ConfigMgr client, `managed-device` a device managed by Intune (co-management); the Asset
 * Intelligence synchronization point is not a role of the hierarchy model.
 */
export type EndpointRole =
  | 'service-connection-point'
  | 'cmg-connection-point'
  | 'software-update-point'
  | 'distribution-point'
  | 'console'
  | 'client'
  | 'managed-device'
  | 'asset-intelligence-point';

/** Every endpoint role, in the order the UI lists them. */
export const ENDPOINT_ROLES: readonly EndpointRole[] = [
  'service-connection-point',
  'cmg-connection-point',
  'software-update-point',
  'distribution-point',
  'console',
  'client',
  'managed-device',
  'asset-intelligence-point',
];

/**
 * What the documents say about an endpoint beyond "allow it":
 * `always-allow` — aka.ms and go.microsoft.com are used throughout the product (seed 002);
 * `no-tls-inspection` — Microsoft does not support SSL inspection of it (seed 001), so an
 * inspected chain is a failure rather than a warning;
 * `unauthenticated-proxy` — Intune needs it reachable through the proxy without authentication
 * (seed 001);
 * `partial-content` — HTTP byte-range requests must pass the proxy (seed 001: Win32 apps and
 * Delivery Optimization).
 */
export type EndpointFlag = 'always-allow' | 'no-tls-inspection' | 'unauthenticated-proxy' | 'partial-content';

/**
 * How an endpoint is reached: `https` (DNS, TCP, TLS, then one HTTP request), `http` (DNS, TCP,
 * HTTP), `tls` (DNS, TCP, TLS: Apple's push service on 5223), `ntp` (one NTP request over UDP).
 */
export type AccessScheme = 'https' | 'http' | 'tls' | 'ntp';

/** One way of reaching an endpoint. */
export interface EndpointAccess {
  scheme: AccessScheme;
  port: number;
}

/**
 * Where an entry is written in a source document. `section` locates it: an anchor path for the
 * ConfigMgr articles (`bkmk_cloud/cmg-connection-point`: the second anchor searched after the
 * first, because the Dutch revision reuses anchor names), or the heading line for the Intune
 * article, which has no anchors. `text` is the entry exactly as the document writes it; the
 * catalogue test finds it in that section.
 */
export interface EndpointCitation {
  document: string;
  section: string;
  text: string;
}

/** The Intune table columns of seed 001: endpoint set ID, category, required, ExpressRoute. */
export interface IntuneRow {
  id: number;
  category: 'allow' | 'default' | 'optimize';
  required: boolean;
  expressRoute: boolean;
}

/**
 * One host or URL a feature needs.
 *
 * `address` is written as the documents do: a host (`go.microsoft.com`), a wildcard
 * (`*.manage.microsoft.com`), a URL (`https://go.microsoft.com/fwlink/?LinkID=619849`), or a
 * pattern with a placeholder (`<name>.cloudapp.net`, `https://login.microsoftonline.com/{TenantID}`,
 * `http://<FQDN for software update point on child site>`). `cloud` is `any` when the documents do
 * not tie it to the public or the US Government cloud.
 */
export interface EndpointEntry {
  id: string;
  feature: EndpointFeatureId;
  address: string;
  access: EndpointAccess[];
  roles: EndpointRole[];
  cloud: AzureCloud | 'any';
  flags: EndpointFlag[];
  citations: EndpointCitation[];
  intune?: IntuneRow;
  /** Intune scale units (seed 001, Win32 apps) this entry serves; absent when it serves all. */
  scaleUnits?: string[];
  /** An English qualification from the document ("version 1810 and earlier"). */
  note?: string;
}

/**
 * A feature of the catalogue. `reference` is set for features whose documents list no host but
 * point to another article: they are shown, with that pointer, and never silently dropped.
 */
export interface EndpointFeature {
  id: EndpointFeatureId;
  citation: Omit<EndpointCitation, 'text'>;
  reference?: string;
}

/** A published IP range (seed 001, Intune core service subnets). */
export interface PublishedRange {
  cidr: string;
  citation: Omit<EndpointCitation, 'text'>;
}
