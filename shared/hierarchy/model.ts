/**
 * The ConfigMgr hierarchy as the app models it: sites, site systems with their roles, cloud services.
 *
 * This is also the on-disk JSON format (published as `hierarchy.schema.json` beside this file): the
 * loader returns the parsed document itself, so saving writes back exactly what was read. Defaults
 * (SQL on 1433, WSUS on 8530/8531…) are applied where links are derived, never written into the
 * model, which keeps a loaded file byte-for-byte stable when saved unchanged.
 */

/** The kinds of site in a hierarchy. */
export type SiteType = 'cas' | 'primary' | 'secondary';

/** Client-to-site-system ports configured on a site (seed 003, "Ports configurables", note 2). */
export interface ClientPorts {
  http?: number;
  https?: number;
}

/** One ConfigMgr site. `parent` is the code of the parent site (none for a CAS or standalone primary). */
export interface Site {
  code: string;
  name: string;
  type: SiteType;
  parent?: string;
  clientPorts?: ClientPorts;
}

/** The site database server: SQL Server port and SQL Server Service Broker port. */
export interface SiteDatabaseRole {
  role: 'site-database';
  port?: number;
  brokerPort?: number;
  instance?: string;
}

/** A management point; `https` when it accepts HTTPS client connections only. */
export interface ManagementPointRole {
  role: 'management-point';
  https?: boolean;
}

/** A distribution point, optionally PXE- or multicast-enabled. */
export interface DistributionPointRole {
  role: 'distribution-point';
  https?: boolean;
  pxe?: boolean;
  multicast?: boolean;
}

/** A software update point and the ports of its WSUS server (seed 003, note 3). */
export interface SoftwareUpdatePointRole {
  role: 'software-update-point';
  httpPort?: number;
  httpsPort?: number;
  ssl?: boolean;
}

/** The service connection point: online or offline, and the proxy configured on its site system. */
export interface ServiceConnectionPointRole {
  role: 'service-connection-point';
  mode: 'online' | 'offline';
  proxy?: string;
}

/** A client subnet, represented by one client on it (the system's `fqdn`). */
export interface ClientSubnetRole {
  role: 'client-subnet';
  cidr: string;
}

/** Roles that carry no settings of their own. */
export interface PlainRole {
  role: 'site-server' | 'sms-provider' | 'cmg-connection-point' | 'reporting-point' | 'console';
}

/** Any role a site system can hold. */
export type Role =
  | PlainRole
  | SiteDatabaseRole
  | ManagementPointRole
  | DistributionPointRole
  | SoftwareUpdatePointRole
  | ServiceConnectionPointRole
  | ClientSubnetRole;

/** Role identifiers. */
export type RoleId = Role['role'];

/** Every role id, in the order the UI lists them. */
export const ROLE_IDS: readonly RoleId[] = [
  'site-server',
  'site-database',
  'sms-provider',
  'management-point',
  'distribution-point',
  'software-update-point',
  'service-connection-point',
  'cmg-connection-point',
  'reporting-point',
  'console',
  'client-subnet',
];

/** A server (or, for `client-subnet`, a representative client) in a site. */
export interface SiteSystem {
  fqdn: string;
  /** An IP address to test instead of resolving `fqdn` (split DNS, lab, NAT). */
  address?: string;
  site: string;
  roles: Role[];
}

/** A cloud management gateway. `name` is its service FQDN, used as the TLS server name. */
export interface CloudManagementGateway {
  type: 'cmg';
  name: string;
  instances: number;
  address?: string;
  /** `vmss` gateways use HTTPS only; classic ones prefer TCP-TLS 10140+ (absent: both are planned). */
  deployment?: 'vmss' | 'classic';
  /**
   * The cloud service's name in Azure: the `<name>` of `<name>.cloudapp.net` and of its storage
   * account `<name>.blob.core.windows.net` that the CMG connection point and clients must reach
   * (seed 002, "Cloud Services"). Often differs from `name` when the service uses a custom domain.
   */
  azureName?: string;
}

/** Cloud services attached to the hierarchy. */
export type CloudService = CloudManagementGateway;

/** The Microsoft cloud a tenant lives in: seed 002 lists public and US Government endpoints apart. */
export type AzureCloud = 'public' | 'us-government';

/**
 * The Azure AD (Entra ID) tenant the hierarchy is attached to: it fills the `{TenantID}` of the
 * internet endpoints, chooses the public or US Government endpoint set, and `location` (the Intune
 * scale unit, such as `AMSUB0101`) chooses the Win32 app content servers of seed 001.
 */
export interface Tenant {
  id?: string;
  cloud?: AzureCloud;
  location?: string;
}

/** A whole hierarchy document. */
export interface Hierarchy {
  $schema?: string;
  formatVersion: 1;
  name: string;
  sites: Site[];
  systems: SiteSystem[];
  cloud?: CloudService[];
  tenant?: Tenant;
}

/** Finds a role of a given id on a system, typed by that id. */
export function findRole<R extends RoleId>(system: SiteSystem, id: R): Extract<Role, { role: R }> | undefined {
  return system.roles.find((role): role is Extract<Role, { role: R }> => role.role === id);
}

/** Whether a system holds a role. */
export function hasRole(system: SiteSystem, id: RoleId): boolean {
  return system.roles.some((role) => role.role === id);
}
