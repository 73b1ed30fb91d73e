import type { ServiceId, Transport } from '../catalogue/port-types.ts';
import type { EndpointExpectation } from '../endpoints/endpoint-expectation.ts';
import type { Hierarchy } from '../hierarchy/model.ts';
import type { LocalizableMessage } from '../results/result-document.ts';
import { failure, success, type Outcome } from '../util/result.ts';
import { deriveLinks } from './derive-links.ts';
import { formatPort, portKey, type LinkPort, type PlannedLink } from './link.ts';
import { matchesPortFilter, type PortFilter } from './port-filter.ts';
import { probeForLink, type ProbeId } from './probe-selection.ts';

/** Where a check connects to. `port` is null for the dynamic RPC range or a port range. */
export interface CheckTarget {
  host: string;
  address?: string;
  port: number | null;
  portLabel: string;
  transport: Transport;
  /** The URL an internet endpoint check requests (`https://go.microsoft.com/`). */
  url?: string;
  /** What the internet endpoint catalogue says of this endpoint, for the probe's verdict. */
  endpoint?: EndpointExpectation;
}

/** One probe to run from this machine, serving every link that needs the same destination port. */
export interface PlannedCheck {
  id: string;
  probe: ProbeId;
  services: ServiceId[];
  target: CheckTarget;
  linkIds: string[];
  /** Why this check cannot run (a placeholder the hierarchy does not fill): reported, never probed. */
  notTestable?: LocalizableMessage;
  /** A budget of its own when the probe needs more than the run's (DNS, TCP, TLS and HTTP through a proxy). */
  timeoutMs?: number;
}

/** The links of a hierarchy (what must work) and the checks that test them (what will run). */
export interface Plan {
  links: PlannedLink[];
  checks: PlannedCheck[];
}

/** What to plan. */
export interface PlanOptions {
  /** Keep only links whose source is this system: the machine the checks run on. */
  from?: string;
  /** Keep only links on these transports and ports. */
  only?: readonly PortFilter[];
  /** Include ports needed only to install and repair roles. */
  includeInstall?: boolean;
}

/**
 * Builds the plan: derive links, apply the filters, and fold links into unique checks.
 *
 * Links from different sources to the same destination port become one check, because from a
 * single vantage point they are the same packet; the check lists every link it answers for. `from`
 * must name a system of the hierarchy (case-insensitive), otherwise the plan is refused: silently
 * planning nothing would look like a clean run.
 */
export function buildPlan(hierarchy: Hierarchy, options: PlanOptions = {}): Outcome<Plan, string> {
  let links = deriveLinks(hierarchy, { includeInstall: options.includeInstall });
  if (options.from !== undefined) {
    const from = options.from.toLowerCase().replace(/\.$/, '');
    const system = hierarchy.systems.find((s) => s.fqdn.toLowerCase().replace(/\.$/, '') === from);
    if (!system) return failure([`--from: no system named "${options.from}" in the hierarchy`]);
    links = links.filter((link) => link.source.toLowerCase() === system.fqdn.toLowerCase());
  }
  const filters = options.only ?? [];
  if (filters.length > 0) {
    links = links.filter((link) => filters.some((filter) => matchesPortFilter(link.transport, link.port, filter)));
  }
  return success({ links, checks: foldIntoChecks(links) });
}

function foldIntoChecks(links: readonly PlannedLink[]): PlannedCheck[] {
  const checks = new Map<string, PlannedCheck>();
  for (const link of links) {
    const probe = probeForLink(link);
    const host = link.destination.toLowerCase();
    const id = `${probe}:${link.transport}/${portKey(link.port)}@${host}${link.address ? `[${link.address}]` : ''}`;
    const existing = checks.get(id);
    if (existing) {
      existing.linkIds.push(link.id);
      if (!existing.services.includes(link.service)) existing.services.push(link.service);
      continue;
    }
    checks.set(id, {
      id,
      probe,
      services: [link.service],
      target: {
        host,
        ...(link.address !== undefined ? { address: link.address } : {}),
        port: singlePort(link.port),
        portLabel: formatPort(link.port),
        transport: link.transport,
      },
      linkIds: [link.id],
    });
  }
  return [...checks.values()].sort(compareChecks);
}

/** Destination, then transport, then port number (dynamic and ranges after single ports), then probe. */
function compareChecks(a: PlannedCheck, b: PlannedCheck): number {
  const port = (check: PlannedCheck) => check.target.port ?? Number.MAX_SAFE_INTEGER;
  return (
    a.target.host.localeCompare(b.target.host) ||
    a.target.transport.localeCompare(b.target.transport) ||
    port(a) - port(b) ||
    a.target.portLabel.localeCompare(b.target.portLabel) ||
    a.probe.localeCompare(b.probe)
  );
}

function singlePort(port: LinkPort): number | null {
  return typeof port === 'number' ? port : null;
}

/** Totals of a plan for the CLI and the UI header. */
export interface PlanTotals {
  links: number;
  checks: number;
  destinations: number;
  byProbe: Record<string, number>;
  byTransport: Record<Transport, number>;
}

/** Counts links, checks, distinct destination hosts and checks per probe and transport. */
export function planTotals(plan: Plan): PlanTotals {
  const byProbe: Record<string, number> = {};
  const byTransport: Record<Transport, number> = { tcp: 0, udp: 0 };
  for (const check of plan.checks) {
    byProbe[check.probe] = (byProbe[check.probe] ?? 0) + 1;
    byTransport[check.target.transport] += 1;
  }
  return {
    links: plan.links.length,
    checks: plan.checks.length,
    destinations: new Set(plan.checks.map((check) => check.target.host)).size,
    byProbe,
    byTransport,
  };
}
