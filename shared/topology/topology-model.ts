import type { Hierarchy, RoleId, SiteType } from '../hierarchy/model.ts';
import type { LogLinkEvidence } from '../logs/log-link-evidence.ts';
import { formatPort, type PlannedLink } from '../plan/link.ts';
import type { CheckResult } from '../results/result-document.ts';
import { isVantageOf, resultForLink, resultsByLink } from '../results/merge-vantages.ts';
import { worstStatus, type Status } from '../results/status.ts';

/**
 * A link's colour: the worst status of its checks; `partial` when some of its ports were measured
 * and passed but others were not measured yet; `untested` when none has a result yet.
 */
export type EdgeStatus = Status | 'partial' | 'untested';

/** A site, or the cloud, drawn as a group. `tier` orders groups top to bottom (CAS 0 … cloud). */
export interface TopologyGroup {
  id: string;
  kind: 'site' | 'cloud';
  label: string;
  siteType?: SiteType;
  tier: number;
}

/** What a node is: a system's roles, a CMG, or the internet or Azure that endpoint links reach. */
export type NodeRole = RoleId | 'cmg' | 'internet' | 'azure';

/** A system or cloud service inside a group. */
export interface TopologyNode {
  id: string;
  group: string;
  label: string;
  roles: NodeRole[];
}

/** One port of an edge, with the status of the check that tested it. */
export interface EdgePort {
  transport: PlannedLink['transport'];
  port: string;
  status: EdgeStatus;
  resultId?: string;
  /** For links to the internet or Azure: the host this port was tested on. */
  host?: string;
  /** The planned links this port stands for. */
  linkIds: string[];
  /** Where it was measured (a machine name), when measured. */
  measuredFrom?: string;
  /** Measured from another machine than the link's source: it tells that machine's path, not the source's. */
  fromElsewhere?: boolean;
}

/** Every planned link from one system to another, aggregated. */
export interface TopologyEdge {
  id: string;
  source: string;
  target: string;
  status: EdgeStatus;
  ports: EdgePort[];
  linkIds: string[];
  /** What an open log says about this link (a service connection point's way to the internet). */
  log?: LogLinkEvidence;
}

/** What the diagram draws. */
export interface TopologyModel {
  groups: TopologyGroup[];
  nodes: TopologyNode[];
  edges: TopologyEdge[];
}

const TIER: Record<SiteType, number> = { cas: 0, primary: 1, secondary: 2 };

/**
 * Builds the diagram model: sites (and the cloud) as groups, systems inside them, and one edge per
 * ordered pair of systems carrying every planned link between them.
 *
 * An edge's status is the worst of its ports' statuses; a port's status is its check's status, or
 * `untested` while no result exists. A port that was not run (`skipped`) ranks worse than a pass, so
 * an edge is only green when every port on it was tested and passed.
 */
export function buildTopologyModel(hierarchy: Hierarchy, links: readonly PlannedLink[], results: readonly CheckResult[], log?: LogLinkEvidence, options: { vantage?: string } = {}): TopologyModel {
  const groups: TopologyGroup[] = hierarchy.sites.map((site) => ({
    id: `site:${site.code.toUpperCase()}`,
    kind: 'site',
    label: `${site.code} · ${site.name}`,
    siteType: site.type,
    tier: TIER[site.type],
  }));
  const nodes: TopologyNode[] = hierarchy.systems.map((system) => ({
    id: nodeId(system.fqdn),
    group: `site:${system.site.toUpperCase()}`,
    label: system.fqdn,
    roles: system.roles.map((role) => role.role),
  }));
  const reached = new Set(links.filter((link) => link.destinationKind === 'internet').map((link) => cloudNodeOf(link)));
  const connectionPoints = log ? hierarchy.systems.filter((system) => system.roles.some((role) => role.role === 'service-connection-point')) : [];
  if (connectionPoints.length > 0) reached.add('cloud:internet');
  if ((hierarchy.cloud ?? []).length > 0 || reached.size > 0) {
    groups.push({ id: 'cloud', kind: 'cloud', label: 'Cloud', tier: 3 });
    for (const cmg of hierarchy.cloud ?? []) nodes.push({ id: nodeId(cmg.name), group: 'cloud', label: cmg.name, roles: ['cmg'] });
    for (const role of ['azure', 'internet'] as const) {
      if (reached.has(`cloud:${role}`)) nodes.push({ id: `cloud:${role}`, group: 'cloud', label: role === 'azure' ? 'Azure' : 'Internet', roles: [role] });
    }
  }

  const candidates = resultsByLink(results);

  const edges = new Map<string, TopologyEdge>();
  for (const link of links) {
    const target = link.destinationKind === 'internet' ? cloudNodeOf(link) : nodeId(link.destination);
    const id = `${nodeId(link.source)}->${target}`;
    let edge = edges.get(id);
    if (!edge) {
      edge = { id, source: nodeId(link.source), target, status: 'untested', ports: [], linkIds: [] };
      edges.set(id, edge);
    }
    edge.linkIds.push(link.id);
    const result = resultForLink(link, candidates.get(link.id) ?? [], options.vantage);
    const port = formatPort(link.port);
    const host = link.destinationKind === 'internet' ? link.destination : undefined;
    const existing = edge.ports.find((p) => p.transport === link.transport && p.port === port && p.host === host);
    if (existing) existing.linkIds.push(link.id);
    else {
      const measuredFrom = result ? (result.measuredFrom ?? options.vantage) : undefined;
      edge.ports.push({
        transport: link.transport,
        port,
        status: result?.status ?? 'untested',
        linkIds: [link.id],
        ...(result ? { resultId: result.id } : {}),
        ...(host ? { host } : {}),
        ...(measuredFrom ? { measuredFrom, fromElsewhere: !isVantageOf(measuredFrom, link.source) } : {}),
      });
    }
  }
  for (const system of connectionPoints) {
    const id = `${nodeId(system.fqdn)}->cloud:internet`;
    const edge = edges.get(id) ?? { id, source: nodeId(system.fqdn), target: 'cloud:internet', status: 'untested' as EdgeStatus, ports: [], linkIds: [] };
    if (log) edge.log = log;
    edges.set(id, edge);
  }
  for (const edge of edges.values()) {
    edge.ports.sort(comparePorts);
    edge.status = withLog(edgeStatus(edge.ports.map((port) => port.status)), edge.log);
  }
  return { groups, nodes, edges: [...edges.values()] };
}

/** TCP before UDP, then by port number; ranges and `dynamic` after single ports; then by host. */
function comparePorts(a: EdgePort, b: EdgePort): number {
  const number = (port: string) => (/^\d+$/.test(port) ? Number(port) : Number.MAX_SAFE_INTEGER);
  return a.transport.localeCompare(b.transport) || number(a.port) - number(b.port) || a.port.localeCompare(b.port) || (a.host ?? '').localeCompare(b.host ?? '');
}

/** The node an internet endpoint link reaches: Azure for Azure's services, else the internet. */
function cloudNodeOf(link: PlannedLink): string {
  return link.destinationRole === 'azure' ? 'cloud:azure' : 'cloud:internet';
}

/** Node ids are lower-case names, so links and systems match whatever case the file used. */
export function nodeId(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

/**
 * A link no live check has measured takes the colour of what its log says. A measured link keeps
 * its live colour: the log tells the past, the check the present (the panel shows both).
 */
export function withLog(status: EdgeStatus, log: LogLinkEvidence | undefined): EdgeStatus {
  return status === 'untested' && log ? log.status : status;
}

/**
 * The worst status of the ports. A link with ports not measured yet is `partial` when what was
 * measured passed (green would claim more than was shown), and `untested` when nothing was.
 */
export function edgeStatus(statuses: readonly EdgeStatus[]): EdgeStatus {
  const tested = statuses.filter((status): status is Status => status !== 'untested' && status !== 'partial');
  const worst = worstStatus(tested);
  if (worst === undefined) return statuses.includes('partial') ? 'partial' : 'untested';
  const incomplete = tested.length < statuses.length;
  if (incomplete && (worst === 'pass' || worst === 'skipped')) return 'partial';
  return worst;
}
