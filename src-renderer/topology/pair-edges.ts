import { edgeStatus, withLog, type EdgeStatus, type TopologyEdge } from '../../shared/topology/topology-model.ts';

/** One line on the diagram: the links between two systems, in one or both directions. */
export interface DrawnPair {
  id: string;
  source: string;
  target: string;
  status: EdgeStatus;
  directions: TopologyEdge[];
}

/**
 * Merges A → B and B → A into one drawn line (arrowheads show which directions exist) so a
 * two-way pair does not draw two overlapping lines; its colour is the worse of both directions, and
 * the side panel still shows each direction separately.
 */
export function pairEdges(edges: readonly TopologyEdge[]): DrawnPair[] {
  const pairs = new Map<string, DrawnPair>();
  for (const edge of edges) {
    const [a, b] = edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
    const id = `${a}<->${b}`;
    const pair = pairs.get(id);
    if (pair) pair.directions.push(edge);
    else pairs.set(id, { id, source: edge.source, target: edge.target, status: edge.status, directions: [edge] });
  }
  for (const pair of pairs.values()) pair.status = withLog(edgeStatus(pair.directions.flatMap((edge) => edge.ports.map((port) => port.status))), pair.directions.find((edge) => edge.log)?.log);
  return [...pairs.values()];
}
