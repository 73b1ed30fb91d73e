import type { RoleId } from '../hierarchy/model.ts';

/**
 * Types of the port requirements catalogue (`port-catalogue.ts`).
 *
 * Each entry is one "source → destination" section of Microsoft's "Ports used in Configuration
 * Manager" (seed 003) and cites it, so a reader can trace every port back to its document.
 */

/** Transport protocols. */
export type Transport = 'tcp' | 'udp';

/** What a port carries; decides the probe that tests it and which configured port overrides it. */
export type ServiceId =
  | 'smb'
  | 'rpc-epm'
  | 'rpc-dynamic'
  | 'sql'
  | 'sql-broker'
  | 'http'
  | 'https'
  | 'admin-service'
  | 'client-notification'
  | 'wsus-http'
  | 'wsus-https'
  | 'dhcp'
  | 'tftp'
  | 'binl'
  | 'multicast'
  | 'cmg-tcp-tls'
  | 'cmg-https'
  | 'wake-on-lan'
  | 'wake-up-proxy'
  | 'remote-control'
  | 'remote-assistance'
  | 'ldap'
  | 'ldap-gc'
  | 'winrm-http'
  | 'winrm-https'
  | 'tls'
  | 'ntp';

/** Parties that are not site-system roles of the model but appear in the document. */
export type ExternalParty =
  | 'cmg'
  | 'internet'
  | 'microsoft-intune'
  | 'azure'
  | 'domain-controller'
  | 'issuing-ca'
  | 'cloud-distribution-point'
  | 'fallback-status-point'
  | 'state-migration-point'
  | 'app-catalog-website-point'
  | 'app-catalog-web-service-point'
  | 'asset-intelligence-point'
  | 'certificate-registration-point'
  | 'endpoint-protection-point'
  | 'enrollment-point'
  | 'enrollment-proxy-point'
  | 'scep-policy-module'
  | 'data-warehouse-point';

/** Either end of a requirement: a role of the model, or an external party. */
export type Party = RoleId | ExternalParty;

/**
 * Which pairs of systems a requirement links.
 *
 * `same-site`: both in one site. `parent-site`: the destination is in the parent site of the source
 * (a child SUP syncing from its parent's SUP). `adjacent-sites`: parent and child sites (site-to-site
 * replication). `hierarchy`: any pair. `within-subnet`: between clients of one subnet (not a link
 * between systems, so not derived). `external`: the destination is outside the hierarchy model
 * (internet, domain controllers…); such entries are documentation, not derived links.
 */
export type Scope = 'same-site' | 'parent-site' | 'adjacent-sites' | 'hierarchy' | 'within-subnet' | 'external';

/** Ports of one row: a list (`80 ou 8530`), a range (`10140-10155`), or the dynamic RPC range. */
export type PortSet = { list: readonly number[] } | { from: number; to: number } | { dynamic: true };

/** One row of a section's table. */
export interface PortSpec {
  service: ServiceId;
  /** The row's description, as the document words it. */
  label: string;
  transport: Transport;
  ports: PortSet;
  /** Note 2: "Autre port disponible" — an alternate port can be configured. */
  configurable: boolean;
  /** Notes of the document attached to this row (1–6). */
  notes: readonly number[];
}

/** Where an entry comes from. */
export interface Citation {
  document: string;
  section: string;
  heading: string;
}

/**
 * One source → destination requirement.
 *
 * `direction` is the document's arrow: `-->` one side initiates, `<-->` either side may.
 * `phase: 'install'` marks ports needed to install and repair a role (not derived by default).
 * `when` restricts the destination to a role option (a PXE-enabled DP…).
 */
export interface PortRequirement {
  id: string;
  source: Party;
  destination: Party;
  direction: '-->' | '<-->';
  scope: Scope;
  phase?: 'install';
  when?: 'pxe' | 'multicast';
  ports: readonly PortSpec[];
  notes: readonly number[];
  citation: Citation;
}

/** The document-level notes 1–6 of seed 003, in English, for display beside the ports they qualify. */
export interface PortNote {
  number: number;
  title: string;
  citation: Citation;
}
