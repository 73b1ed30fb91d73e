import type { Party, PortSpec } from '../catalogue/port-types.ts';
import { findRole, type CloudManagementGateway, type RoleId, type Site, type SiteSystem } from '../hierarchy/model.ts';
import type { LinkPort } from './link.ts';

/** A port chosen for one row of the catalogue, and the hierarchy field that chose it. */
export interface ResolvedPort {
  port: LinkPort;
  configuredBy?: string;
  alternativeGroup?: string;
}

/** Where the destination sits, for port resolution: its system (or CMG) and its site. */
export interface DestinationContext {
  system?: SiteSystem;
  systemIndex?: number;
  site?: Site;
  siteIndex?: number;
  cmg?: CloudManagementGateway;
  cmgIndex?: number;
}

/** Services that only listen on a system holding a given role. */
const SERVING_ROLE: Partial<Record<PortSpec['service'], RoleId>> = {
  sql: 'site-database',
  'sql-broker': 'site-database',
  'wsus-http': 'software-update-point',
  'wsus-https': 'software-update-point',
  'client-notification': 'management-point',
};

/** Default WSUS ports on Windows Server 2012 and later (seed 003, note 3). */
const WSUS_DEFAULT_HTTP = 8530;

/**
 * Turns one catalogue row into the concrete destination ports for one destination.
 *
 * The document's defaults give way to what the hierarchy configures: the site database's `port` and
 * `brokerPort`, the SUP's WSUS ports (note 3), the site's client ports (note 2), and the CMG's
 * instance count (TCP-TLS 10140+i; HTTPS fallback 443 for one instance, 10124+i for several). Rows
 * that do not apply return nothing: HTTP to an HTTPS-only MP or DP (when that MP or DP is the link's
 * destination role), WSUS HTTPS when the SUP does not
 * use SSL, the TCP-TLS channel of a VMSS gateway. DHCP's "67 and 68" becomes 67, the server port
 * (68 is where the client listens for the reply). A row served by a role the destination does not
 * hold is dropped: in "site server ↔ SUP" the SUP reaches the site server over SMB, but WSUS's
 * 8530 only listens on the SUP.
 */
export function resolvePorts(row: PortSpec, destination: DestinationContext, destinationRole?: Party): ResolvedPort[] {
  const servedBy = SERVING_ROLE[row.service];
  if (servedBy && destination.system && !findRole(destination.system, servedBy)) return [];
  const rolePath = (role: string) => {
    const system = destination.system;
    if (!system || destination.systemIndex === undefined) return undefined;
    const index = system.roles.findIndex((r) => r.role === role);
    return index < 0 ? undefined : `systems[${destination.systemIndex}].roles[${index}]`;
  };
  const sitePath = (field: string) =>
    destination.siteIndex === undefined ? undefined : `sites[${destination.siteIndex}].clientPorts.${field}`;
  const iisMode = iisHttpsMode(destination.system, destinationRole);

  switch (row.service) {
    case 'sql': {
      const db = destination.system && findRole(destination.system, 'site-database');
      if (db?.port !== undefined && db.port !== 1433) return [{ port: db.port, configuredBy: `${rolePath('site-database')}.port` }];
      return [{ port: db?.port ?? 1433 }];
    }
    case 'sql-broker': {
      const db = destination.system && findRole(destination.system, 'site-database');
      if (db?.brokerPort !== undefined && db.brokerPort !== 4022) {
        return [{ port: db.brokerPort, configuredBy: `${rolePath('site-database')}.brokerPort` }];
      }
      return [{ port: db?.brokerPort ?? 4022 }];
    }
    case 'http': {
      if (iisMode === 'https') return [];
      const configured = destination.site?.clientPorts?.http;
      return configured !== undefined && configured !== 80 ? [{ port: configured, configuredBy: sitePath('http') }] : [{ port: 80 }];
    }
    case 'https': {
      if (iisMode === 'http') return [];
      const configured = destination.site?.clientPorts?.https;
      return configured !== undefined && configured !== 443 ? [{ port: configured, configuredBy: sitePath('https') }] : [{ port: 443 }];
    }
    case 'wsus-http':
    case 'wsus-https':
      return resolveWsus(row.service, destination, rolePath('software-update-point'));
    case 'cmg-tcp-tls':
    case 'cmg-https':
      return resolveCmg(row, destination.cmg, `cloud[${destination.cmgIndex ?? 0}].instances`);
    case 'dhcp':
      return [{ port: 67 }];
    case 'rpc-dynamic':
      return [{ port: 'dynamic' }];
    default:
      return listPorts(row);
  }
}

function listPorts(row: PortSpec): ResolvedPort[] {
  const ports = row.ports;
  if ('list' in ports) return ports.list.map((port) => ({ port }));
  if ('from' in ports) return [{ port: { from: ports.from, to: ports.to } }];
  return [{ port: 'dynamic' }];
}

/**
 * For a link to a management point or distribution point: `https` when that role accepts HTTPS only,
 * `http` otherwise. Undefined for any other destination role: a reporting point on the same server
 * as an HTTP management point still needs its own 80 and 443.
 */
function iisHttpsMode(system: SiteSystem | undefined, role: Party | undefined): 'http' | 'https' | undefined {
  if (!system || (role !== 'management-point' && role !== 'distribution-point')) return undefined;
  return findRole(system, role)?.https ? 'https' : 'http';
}

function resolveWsus(service: 'wsus-http' | 'wsus-https', destination: DestinationContext, path: string | undefined): ResolvedPort[] {
  const sup = destination.system && findRole(destination.system, 'software-update-point');
  const http = sup?.httpPort ?? WSUS_DEFAULT_HTTP;
  if (service === 'wsus-http') {
    return [{ port: http, configuredBy: sup?.httpPort !== undefined ? `${path}.httpPort` : undefined }];
  }
  if (!sup?.ssl) return [];
  const https = sup.httpsPort ?? (http === 80 ? 443 : http + 1);
  return [{ port: https, configuredBy: sup.httpsPort !== undefined ? `${path}.httpsPort` : `${path}.httpPort` }];
}

function resolveCmg(row: PortSpec, cmg: CloudManagementGateway | undefined, instancesPath: string): ResolvedPort[] {
  if (!cmg) return [];
  const group = `cmg-channel:${cmg.name}`;
  const instances = Array.from({ length: cmg.instances }, (_, i) => i);
  if (row.service === 'cmg-tcp-tls') {
    if (cmg.deployment === 'vmss') return [];
    return instances.map((i) => ({ port: 10140 + i, configuredBy: instancesPath, alternativeGroup: group }));
  }
  const single = 'list' in row.ports;
  if (single) return cmg.instances === 1 ? [{ port: 443, alternativeGroup: group }] : [];
  if (cmg.instances === 1) return [];
  return instances.map((i) => ({ port: 10124 + i, configuredBy: instancesPath, alternativeGroup: group }));
}
