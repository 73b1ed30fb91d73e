import { edgeStatus, withLog, type EdgeStatus, type TopologyEdge } from './topology-model.ts';

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

/**
 * The words on a drawn line, or undefined for a line that needs none: a line that is not green or
 * grey carries its status glyph and the ports that gave it that status, and a line an open log
 * speaks of says so (`logMark`), whatever colour the live checks gave it. `dynamicPort` is the
 * reader's word for the dynamic RPC ports.
 */
export function pairLabel(pair: DrawnPair, glyph: string, words: { logMark: string; dynamicPort: string }): string | undefined {
  const logged = pair.directions.some((edge) => edge.log);
  if ((pair.status === 'untested' || pair.status === 'pass') && !logged) return undefined;
  const ports = [...new Set(pair.directions.flatMap((edge) => edge.ports.filter((port) => port.status === pair.status).map((port) => (port.port === 'dynamic' ? words.dynamicPort : port.port))))];
  if (logged) ports.push(words.logMark);
  return `${glyph} ${ports.join(' · ')}`;
}
