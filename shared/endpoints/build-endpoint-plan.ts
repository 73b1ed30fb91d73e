import type { ServiceId } from '../catalogue/port-types.ts';
import { hasRole, type AzureCloud, type Hierarchy, type RoleId } from '../hierarchy/model.ts';
import type { PlannedCheck, Plan } from '../plan/build-plan.ts';
import type { PlannedLink } from '../plan/link.ts';
import { DEFAULT_RUN_SETTINGS } from '../results/run-defaults.ts';
import { ENDPOINT_ENTRIES } from './endpoint-catalogue.ts';
import type { EndpointExpectation } from './endpoint-expectation.ts';
import { trustFamilyOf } from './endpoint-rules.ts';
import type { EndpointAccess, EndpointEntry, EndpointFeatureId, EndpointRole } from './endpoint-types.ts';
import { endpointUrl, expandEntry, type ExpandedEndpoint } from './expand-endpoint.ts';
import { splitAddress } from './endpoint-address.ts';
import { INTUNE_CORE_SET } from './intune-subnets.ts';

/** Which endpoints to plan. Absent filters keep everything; `cloud` defaults to the tenant's, else public. */
export interface EndpointPlanOptions {
  roles?: readonly EndpointRole[];
  features?: readonly EndpointFeatureId[];
  cloud?: AzureCloud;
  /** Each endpoint check's budget (DNS, TCP, proxy, TLS and HTTP together). */
  timeoutMs?: number;
  /**
   * Only the checks of these hosts (a failure a log names): the catalogue's checks for them, and
   * `https://host/` for a host the catalogue does not list.
   */
  hosts?: readonly string[];
}

/** The hierarchy role whose systems are the source of an endpoint role's links. */
const SOURCE_ROLE: Record<EndpointRole, RoleId | undefined> = {
  'service-connection-point': 'service-connection-point',
  'cmg-connection-point': 'cmg-connection-point',
  'software-update-point': 'software-update-point',
  'distribution-point': 'distribution-point',
  console: 'console',
  client: 'client-subnet',
  'managed-device': 'client-subnet',
  'asset-intelligence-point': undefined,
};

/** Features whose endpoints are Azure's, drawn as links to Azure rather than to the internet. */
const AZURE_FEATURES: ReadonlySet<EndpointFeatureId> = new Set(['azure-services', 'cloud-services', 'azure-ad']);

const SERVICE: Record<EndpointAccess['scheme'], ServiceId> = { https: 'https', http: 'http', tls: 'tls', ntp: 'ntp' };

/**
 * Plans the internet endpoint checks of a hierarchy: one check per concrete URL (entries of several
 * features that name the same URL share it), one not-testable check per entry the hierarchy cannot
 * make concrete, and links from the hierarchy's systems that hold each role to what they must reach,
 * so the topology can colour them.
 */
export function buildEndpointPlan(hierarchy: Hierarchy, options: EndpointPlanOptions = {}): Plan {
  const cloud = options.cloud ?? hierarchy.tenant?.cloud ?? 'public';
  const location = hierarchy.tenant?.location?.toUpperCase();
  const entries = ENDPOINT_ENTRIES.filter(
    (entry) =>
      (entry.cloud === 'any' || entry.cloud === cloud) &&
      (!options.roles || entry.roles.some((role) => options.roles?.includes(role))) &&
      (!options.features || options.features.includes(entry.feature)) &&
      (!location || !entry.scaleUnits || entry.scaleUnits.includes(location)),
  );
  const checks = new Map<string, PlannedCheck>();
  const links: PlannedLink[] = [];
  const timeoutMs = options.timeoutMs ?? DEFAULT_RUN_SETTINGS.endpointTimeoutMs;
  for (const entry of entries) {
    for (const access of entry.access) {
      for (const expanded of expandEntry(entry, access, hierarchy, ENDPOINT_ENTRIES)) {
        const check = checkFor(expanded, entry, access, timeoutMs, checks);
        addExpectation(check, entry, expanded);
        for (const link of linksFor(hierarchy, entry, access, expanded, check.id, options.roles)) {
          links.push(link);
          check.linkIds.push(link.id);
        }
      }
    }
  }
  if (!options.hosts) return { links, checks: [...checks.values()] };
  return onlyHosts({ links, checks: [...checks.values()] }, options.hosts, timeoutMs);
}

/** A plan narrowed to some hosts, with a plain HTTPS check for each host the catalogue does not name. */
function onlyHosts(plan: Plan, hosts: readonly string[], timeoutMs: number): Plan {
  const wanted = new Set(hosts.map((host) => host.toLowerCase()));
  const checks = plan.checks.filter((check) => !check.notTestable && wanted.has(check.target.host.toLowerCase()));
  for (const host of wanted) {
    if (checks.some((check) => check.target.host.toLowerCase() === host)) continue;
    const url = `https://${host}/`;
    checks.push({
      id: `https:${url}`,
      probe: 'https',
      services: ['https'],
      target: { host, port: 443, portLabel: '443', transport: 'tcp', url, endpoint: { entries: [], features: [], flags: [], trust: trustFamilyOf(host) } },
      linkIds: [],
      timeoutMs,
    });
  }
  const linkIds = new Set(checks.flatMap((check) => check.linkIds));
  return { links: plan.links.filter((link) => linkIds.has(link.id)), checks };
}

function checkFor(expanded: ExpandedEndpoint, entry: EndpointEntry, access: EndpointAccess, timeoutMs: number, checks: Map<string, PlannedCheck>): PlannedCheck {
  const probe = access.scheme === 'ntp' ? 'ntp' : 'https';
  const written = splitAddress(entry.address);
  const url = expanded.kind === 'concrete' ? expanded.url : endpointUrl(access.scheme, written.host, access.port, written.path);
  const id = expanded.kind === 'concrete' ? `${probe}:${url}` : `${probe}:${url}#${expanded.instance}`;
  const existing = checks.get(id);
  if (existing) return existing;
  const host = expanded.kind === 'concrete' ? expanded.host : written.host;
  const check: PlannedCheck = {
    id,
    probe,
    services: [SERVICE[access.scheme]],
    target: {
      host,
      ...(expanded.kind === 'concrete' && expanded.address ? { address: expanded.address } : {}),
      port: access.port,
      portLabel: String(access.port),
      transport: access.scheme === 'ntp' ? 'udp' : 'tcp',
      url,
      endpoint: {
        entries: [],
        features: [],
        flags: [],
        trust: entry.feature === 'sup-intranet' ? 'intranet' : trustFamilyOf(host),
        ...(expanded.kind === 'concrete' && expanded.filled ? { filled: expanded.filled } : {}),
      },
    },
    linkIds: [],
    timeoutMs,
    ...(expanded.kind === 'not-testable' ? { notTestable: expanded.reason } : {}),
  };
  checks.set(id, check);
  return check;
}

/** Adds an entry's features and flags to the check that tests its URL. */
function addExpectation(check: PlannedCheck, entry: EndpointEntry, expanded: ExpandedEndpoint): void {
  const expectation = check.target.endpoint as EndpointExpectation;
  if (!expectation.entries.includes(entry.id)) expectation.entries.push(entry.id);
  if (!expectation.features.includes(entry.feature)) expectation.features.push(entry.feature);
  for (const flag of entry.flags) if (!expectation.flags.includes(flag)) expectation.flags.push(flag);
  if (expanded.kind === 'concrete' && expanded.standIn) {
    const patterns = (expectation.standsInFor ??= []);
    if (!patterns.includes(expanded.standIn.pattern)) patterns.push(expanded.standIn.pattern);
  }
  if (entry.intune?.id === INTUNE_CORE_SET && expanded.kind === 'concrete') expectation.ranges = 'intune-core';
}

/** The links an expanded entry stands for: from every system holding one of the entry's roles (those asked for). */
function linksFor(hierarchy: Hierarchy, entry: EndpointEntry, access: EndpointAccess, expanded: ExpandedEndpoint, checkId: string, roles: readonly EndpointRole[] | undefined): PlannedLink[] {
  const citation = entry.citations[0];
  const base = {
    requirement: entry.id,
    service: SERVICE[access.scheme],
    label: entry.address,
    transport: access.scheme === 'ntp' ? ('udp' as const) : ('tcp' as const),
    port: access.port,
    direction: '-->' as const,
    configurable: false,
    notes: [],
    citation: { document: citation?.document ?? '', section: citation?.section ?? '', heading: citation?.text ?? entry.address },
    catalogue: 'endpoints' as const,
  };
  if (expanded.kind === 'concrete' && expanded.between) {
    const { source, destination } = expanded.between;
    return [
      {
        ...base,
        id: `${checkId}|${entry.id}|${source.toLowerCase()}`,
        source,
        sourceRole: 'software-update-point',
        destination,
        destinationKind: 'system',
        destinationRole: 'software-update-point',
        ...(expanded.address ? { address: expanded.address } : {}),
      },
    ];
  }
  const destination = expanded.kind === 'concrete' ? expanded.host : splitAddress(entry.address).host;
  const destinationRole = AZURE_FEATURES.has(entry.feature) ? ('azure' as const) : ('internet' as const);
  const links: PlannedLink[] = [];
  for (const role of entry.roles.filter((candidate) => !roles || roles.includes(candidate))) {
    const modelRole = SOURCE_ROLE[role];
    if (!modelRole) continue;
    for (const system of hierarchy.systems.filter((s) => hasRole(s, modelRole))) {
      const id = `${checkId}|${entry.id}|${system.fqdn.toLowerCase()}`;
      if (links.some((link) => link.id === id)) continue;
      links.push({ ...base, id, source: system.fqdn, sourceRole: modelRole, destination, destinationKind: 'internet', destinationRole });
    }
  }
  return links;
}

