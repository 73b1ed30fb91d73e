import { edgeStatus, withLog, type EdgeStatus, type TopologyEdge, type TopologyModel, type TopologyNode } from './topology-model.ts';

/** What the diagram shows: every link, or only those with a problem, of a transport, touching a site. */
export interface TopologyFilter {
  onlyProblems: boolean;
  transport: 'all' | 'tcp' | 'udp';
  /** A group id (`site:P01`, `cloud`), or null for every site. */
  group: string | null;
}

export const SHOW_EVERYTHING: TopologyFilter = { onlyProblems: false, transport: 'all', group: null };

/** Statuses that count as a problem: something failed, warned, or could not be told. */
const PROBLEMS: ReadonlySet<EdgeStatus> = new Set<EdgeStatus>(['fail', 'warn', 'unknown']);

/**
 * The edges the filter lets through. A transport filter keeps only that transport's ports and
 * re-derives the edge's status from them (a link red only because of UDP 69 is green under "TCP").
 * A site filter keeps links with either end in that site. Nodes are never removed: the layout stays
 * where it was, so switching a filter never moves a system.
 */
export function filterEdges(model: TopologyModel, filter: TopologyFilter): TopologyEdge[] {
  const groupOf = new Map(model.nodes.map((node) => [node.id, node.group]));
  const kept: TopologyEdge[] = [];
  for (const edge of model.edges) {
    if (filter.group && groupOf.get(edge.source) !== filter.group && groupOf.get(edge.target) !== filter.group) continue;
    let shown = edge;
    if (filter.transport !== 'all') {
      const ports = edge.ports.filter((port) => port.transport === filter.transport);
      if (ports.length === 0) continue;
      shown = { ...edge, ports, status: withLog(edgeStatus(ports.map((port) => port.status)), edge.log) };
    }
    if (filter.onlyProblems && !PROBLEMS.has(shown.status)) continue;
    kept.push(shown);
  }
  return kept;
}

/**
 * Systems whose name contains the query (case-insensitive), best first: the exact name or host
 * name, then names starting with the query, then the rest, each alphabetically.
 */
export function findNodes(model: TopologyModel, query: string): TopologyNode[] {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return [];
  const rank = (node: TopologyNode) => {
    const label = node.label.toLowerCase();
    if (label === wanted || label.split('.')[0] === wanted) return 0;
    return label.startsWith(wanted) ? 1 : 2;
  };
  return model.nodes
    .filter((node) => node.label.toLowerCase().includes(wanted))
    .sort((a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label));
}
