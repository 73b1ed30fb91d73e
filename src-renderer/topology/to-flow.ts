import { MarkerType, type Edge, type Node } from '@xyflow/react';
import { EDGE_COLORS, STATUS_GLYPHS } from '../../shared/topology/edge-style.ts';
import type { TopologyLayout } from '../../shared/topology/layout-topology.ts';
import { pairLabel, type DrawnPair } from '../../shared/topology/pair-edges.ts';
import type { TopologyModel } from '../../shared/topology/topology-model.ts';
import type { FloatingEdgeData } from './FloatingEdge.tsx';
import type { GroupNodeData, SystemNodeData } from './TopologyNodes.tsx';

/**
 * React Flow's nodes and edges for a laid-out model: sites as group nodes, systems inside them, and
 * one line per pair of systems shown (`pairEdges` of the edges a filter lets through), labelled as
 * `pairLabel` says. `found` is the system a search zoomed to.
 */
export function toFlow(model: TopologyModel, layout: TopologyLayout, pairs: readonly DrawnPair[], t: (key: string) => string, found: string | null): { nodes: Node[]; edges: Edge[] } {
  const nodes: Node[] = [];
  for (const group of model.groups) {
    const box = layout.groups[group.id];
    if (!box) continue;
    nodes.push({
      id: group.id,
      type: 'siteGroup',
      position: { x: box.x, y: box.y },
      data: { group, kind: group.kind === 'cloud' ? t('roles.cmg') : group.siteType ? t(`siteTypes.${group.siteType}`) : '' } satisfies GroupNodeData,
      style: { width: box.width, height: box.height },
      selectable: false,
      draggable: false,
    });
  }
  for (const node of model.nodes) {
    const position = layout.nodes[node.id];
    if (!position) continue;
    nodes.push({
      id: node.id,
      type: 'system',
      parentId: node.group,
      extent: 'parent',
      position,
      data: { node, roles: node.roles.map((role) => t(`roles.${role}`)).join(' · ') } satisfies SystemNodeData,
      ...(node.id === found ? { className: 'topology-found' } : {}),
    });
  }
  const words = { logMark: t('ui.topology.logMark'), dynamicPort: t('format.dynamicPort') };
  const edges: Edge<FloatingEdgeData>[] = pairs.map((pair) => {
    const color = EDGE_COLORS[pair.status];
    const marker = { type: MarkerType.ArrowClosed, color, width: 16, height: 16 };
    const label = pairLabel(pair, STATUS_GLYPHS[pair.status], words);
    return {
      id: pair.id,
      type: 'floating',
      source: pair.source,
      target: pair.target,
      className: `edge-status-${pair.status}`,
      style: { stroke: color, strokeWidth: pair.status === 'fail' ? 3 : 1.5 },
      markerEnd: marker,
      ...(pair.directions.length > 1 ? { markerStart: marker } : {}),
      data: { color, ...(label ? { label } : {}) },
      ariaLabel: `${pair.source} ${pair.directions.length > 1 ? '⇄' : '→'} ${pair.target}: ${t(`status.${pair.status}`)}`,
      zIndex: pair.status === 'fail' ? 10 : 1,
    };
  });
  return { nodes, edges };
}
