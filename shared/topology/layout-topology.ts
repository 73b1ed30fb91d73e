import type { TopologyModel, TopologyNode } from './topology-model.ts';
import { roleTier } from './role-tier.ts';

/** Size of a system box in the diagram. */
export const NODE_SIZE = { width: 240, height: 84 } as const;
const GAP = { x: 24, y: 36 } as const;
const PADDING = { top: 48, side: 20, bottom: 20 } as const;
/** Systems per row inside a site before the row wraps. */
const ROW_LENGTH = 4;

/** Where everything goes: groups in diagram coordinates, systems relative to their group. */
export interface TopologyLayout {
  groups: Record<string, { x: number; y: number; width: number; height: number }>;
  nodes: Record<string, { x: number; y: number }>;
}

/**
 * The graph a layered layout engine takes and gives back: the subset of ELK's JSON graph used here.
 * The engine is passed in (elkjs, loaded on demand by whoever draws), so this module stays pure.
 */
export interface LayeredGraph {
  id: string;
  layoutOptions?: Record<string, string>;
  children?: { id: string; width?: number; height?: number; x?: number; y?: number; layoutOptions?: Record<string, string> }[];
  edges?: { id: string; sources: string[]; targets: string[] }[];
}

/** A layered layout engine: `new ELK()` of elkjs fits. */
export interface LayeredEngine {
  layout(graph: LayeredGraph): Promise<LayeredGraph>;
}

/**
 * Lays out the topology in two levels. Inside a site, systems sit in rows by role tier (site server,
 * then database and provider, then site roles, then consoles and clients), sorted by name and
 * wrapped every few systems: predictable, and linear in the number of systems. The sites (and the
 * cloud) are then placed by ELK's layered layout over the links between sites, partitioned by tier
 * so the CAS is above the primaries, primaries above secondaries, and the cloud below. The layout
 * depends only on structure, never on results, so colours change without anything moving.
 */
export async function layoutTopology(model: TopologyModel, engine: LayeredEngine): Promise<TopologyLayout> {
  const layout: TopologyLayout = { groups: {}, nodes: {} };
  const sizes = new Map<string, { width: number; height: number }>();
  for (const group of model.groups) {
    const size = placeInRows(model.nodes.filter((node) => node.group === group.id), layout.nodes);
    sizes.set(group.id, size);
  }

  const groupOf = new Map(model.nodes.map((node) => [node.id, node.group]));
  const between = new Map<string, { source: string; target: string }>();
  for (const edge of model.edges) {
    const source = groupOf.get(edge.source);
    const target = groupOf.get(edge.target);
    if (source && target && source !== target) between.set(`${source}->${target}`, { source, target });
  }
  const root = await engine.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.partitioning.activate': 'true',
      // Sites with no link drawn yet (only endpoint links measured) still keep their tier's row.
      'elk.separateConnectedComponents': 'false',
      'elk.spacing.nodeNode': '60',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
    },
    children: model.groups.map((group) => ({
      id: group.id,
      ...(sizes.get(group.id) ?? NODE_SIZE),
      layoutOptions: { 'elk.partitioning.partition': String(group.tier) },
    })),
    edges: [...between.entries()].map(([id, pair]) => ({ id, sources: [pair.source], targets: [pair.target] })),
  });
  for (const child of root.children ?? []) {
    const size = sizes.get(child.id) ?? NODE_SIZE;
    layout.groups[child.id] = { x: child.x ?? 0, y: child.y ?? 0, ...size };
  }
  return layout;
}

/** Places a group's systems in tier rows; returns the group's size. */
function placeInRows(members: readonly TopologyNode[], positions: TopologyLayout['nodes']): { width: number; height: number } {
  const rows: TopologyNode[][] = [];
  const byTier = new Map<number, TopologyNode[]>();
  for (const node of members) {
    const tier = roleTier(node.roles);
    byTier.set(tier, [...(byTier.get(tier) ?? []), node]);
  }
  for (const tier of [...byTier.keys()].sort((a, b) => a - b)) {
    const nodes = (byTier.get(tier) ?? []).sort((a, b) => a.label.localeCompare(b.label));
    for (let i = 0; i < nodes.length; i += ROW_LENGTH) rows.push(nodes.slice(i, i + ROW_LENGTH));
  }
  const widest = Math.max(1, ...rows.map((row) => row.length));
  const slot = NODE_SIZE.width + GAP.x;
  // With three rows or more, odd rows sit half a slot to the right, so a line between the rows above
  // and below passes beside a system instead of through it (site server → MP past the database).
  const stagger = rows.length >= 3;
  const base = 2 * PADDING.side + widest * NODE_SIZE.width + (widest - 1) * GAP.x;
  const width = base + (stagger && rows.some((row, r) => r % 2 === 1 && row.length === widest) ? slot / 2 : 0);
  rows.forEach((row, r) => {
    const rowWidth = row.length * NODE_SIZE.width + (row.length - 1) * GAP.x;
    const shift = stagger && r % 2 === 1 ? slot / 2 : 0;
    const left = (base - rowWidth) / 2 + shift;
    row.forEach((node, c) => {
      positions[node.id] = { x: left + c * slot, y: PADDING.top + r * (NODE_SIZE.height + GAP.y) };
    });
  });
  const height = PADDING.top + PADDING.bottom + Math.max(1, rows.length) * NODE_SIZE.height + Math.max(0, rows.length - 1) * GAP.y;
  return { width, height };
}

/** A key that changes only when the diagram's structure changes (not when a result arrives). */
export function structureKey(model: TopologyModel): string {
  return [...model.groups.map((g) => `${g.id}:${g.tier}`), ...model.nodes.map((n) => `${n.group}/${n.id}`), ...model.edges.map((e) => e.id)].join('|');
}
