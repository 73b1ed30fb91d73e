import { Background, Controls, MarkerType, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopologyEdge, TopologyModel } from '../../shared/topology/topology-model.ts';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { topologyFor } from '../store/selectors.ts';
import { useAppStore } from '../store/store-context.tsx';
import { EDGE_COLORS, STATUS_GLYPHS } from '../topology/edge-style.ts';
import { layoutTopology, structureKey, type TopologyLayout } from '../topology/layout-topology.ts';
import { FloatingEdge, type FloatingEdgeData } from '../topology/FloatingEdge.tsx';
import { pairEdges, type DrawnPair } from '../topology/pair-edges.ts';
import { GroupNode, SystemNode, type GroupNodeData, type SystemNodeData } from '../topology/TopologyNodes.tsx';

const NODE_TYPES = { system: SystemNode, siteGroup: GroupNode };
const EDGE_TYPES = { floating: FloatingEdge };
const LEGEND = ['fail', 'warn', 'unknown', 'skipped', 'untested', 'pass'] as const;

/**
 * The hierarchy as a diagram: sites as boxes (CAS on top), systems inside, and one arrow per pair of
 * systems that must talk, coloured by the worst result among its ports. Grey until tested.
 */
export function TopologyView() {
  const { t } = useTranslation();
  const hierarchy = useAppStore((s) => s.hierarchy);
  const run = useAppStore((s) => s.run);
  const logFindings = useAppStore((s) => s.logSession?.analysis.findings);
  const model = useMemo(() => topologyFor(hierarchy, run, logFindings), [hierarchy, run, logFindings]);
  const key = useMemo(() => structureKey(model), [model]);
  const [layout, setLayout] = useState<{ key: string; value: TopologyLayout } | { key: string; error: string } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    layoutTopology(model).then(
      (value) => current && setLayout({ key, value }),
      (err: unknown) => current && setLayout({ key, error: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      current = false;
    };
    // The layout depends on structure only: results changing colours must not re-run it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const ready = layout && layout.key === key && 'value' in layout ? layout.value : null;
  const { nodes, edges } = useMemo(() => (ready ? toFlow(model, ready, t) : { nodes: [], edges: [] }), [model, ready, t]);
  const pairs = useMemo(() => pairEdges(model.edges), [model.edges]);
  const selectedPair = pairs.find((pair) => pair.id === selected);

  return (
    <section className="view view-topology" aria-labelledby="topology-heading">
      <div className="view-header">
        <h2 id="topology-heading">{t('ui.topology.heading')}</h2>
        <ul className="legend" aria-label={t('ui.topology.legend')}>
          {LEGEND.map((status) => (
            <li key={status}>
              <span className="legend-swatch" style={{ background: EDGE_COLORS[status] }} aria-hidden="true" />
              {STATUS_GLYPHS[status]} {t(`ui.topology.statusLegend.${status}`)}
            </li>
          ))}
        </ul>
      </div>
      {layout && 'error' in layout && (
        <div className="banner banner-error" role="alert">
          {t('ui.topology.layoutFailed', { message: layout.error })}
        </div>
      )}
      <div className="topology-body">
        <div className="topology-canvas" aria-label={t('ui.topology.diagramLabel')} data-laid-out={ready ? 'true' : 'false'}>
          {!ready && <p className="muted">{t('ui.topology.layingOut')}</p>}
          {ready && (
            <ReactFlow
              nodes={nodes}
              edges={edges}
              nodeTypes={NODE_TYPES}
              edgeTypes={EDGE_TYPES}
              fitView
              minZoom={0.1}
              nodesDraggable={false}
              nodesConnectable={false}
              onEdgeClick={(_event, edge) => setSelected(edge.id)}
              onPaneClick={() => setSelected(null)}
              proOptions={{ hideAttribution: true }}
            >
              <Background />
              <Controls showInteractive={false} />
            </ReactFlow>
          )}
        </div>
        <aside className="topology-panel" aria-live="polite">
          {selectedPair ? <PairPanel pair={selectedPair} onClose={() => setSelected(null)} /> : <p className="muted">{t('ui.topology.selectHint')}</p>}
        </aside>
      </div>
    </section>
  );
}

function PairPanel({ pair, onClose }: { pair: DrawnPair; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div>
      {pair.directions.map((edge: TopologyEdge) => (
        <section key={edge.id} className="pair-direction">
          <h3>{t('ui.topology.edgePanel', { source: edge.source, target: edge.target.startsWith('cloud:') ? t(`roles.${edge.target.slice(6)}`) : edge.target })}</h3>
          <p>
            <StatusBadge status={edge.status} />
          </p>
          {edge.log && (
            <p className={`banner ${edge.log.status === 'fail' ? 'banner-error' : 'banner-warn'}`}>
              {t('ui.topology.logEvidence', { count: edge.log.findings, categories: edge.log.categories.map((category) => t(`logs.category.${category}`)).join(', ') })}
              {edge.log.hosts.length > 0 && <> {edge.log.hosts.map((host) => <code key={host}>{host} </code>)}</>}
            </p>
          )}
          <ul className="port-list">
            {edge.ports.map((port) => (
              <li key={`${port.transport}/${port.port}/${port.host ?? ''}`}>
                <StatusBadge status={port.status} /> {t('ui.topology.portLine', { transport: port.transport.toUpperCase(), port: port.port })}
                {port.host && <code> {port.host}</code>}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <button type="button" className="secondary" onClick={onClose}>
        {t('ui.common.close')}
      </button>
    </div>
  );
}

function toFlow(model: TopologyModel, layout: TopologyLayout, t: (key: string) => string): { nodes: Node[]; edges: Edge[] } {
  const nodes: Node[] = [];
  for (const group of model.groups) {
    const box = layout.groups[group.id];
    if (!box) continue;
    nodes.push({
      id: group.id,
      type: 'siteGroup',
      position: { x: box.x, y: box.y },
      data: { group } satisfies GroupNodeData,
      style: { width: box.width, height: box.height },
      selectable: false,
      draggable: false,
    });
  }
  for (const node of model.nodes) {
    const position = layout.nodes[node.id];
    if (!position) continue;
    nodes.push({ id: node.id, type: 'system', parentId: node.group, extent: 'parent', position, data: { node } satisfies SystemNodeData });
  }
  const edges: Edge<FloatingEdgeData>[] = pairEdges(model.edges).map((pair) => {
    const color = EDGE_COLORS[pair.status];
    const marker = { type: MarkerType.ArrowClosed, color, width: 16, height: 16 };
    const informative = (pair.status !== 'untested' && pair.status !== 'pass') || pair.directions.some((edge) => edge.log);
    const ports = [...new Set(pair.directions.flatMap((edge) => edge.ports.filter((p) => p.status === pair.status).map((p) => p.port)))];
    // A link the log speaks of says so on the diagram, whatever colour the live checks gave it.
    if (pair.directions.some((edge) => edge.log)) ports.push(t('ui.topology.logMark'));
    return {
      id: pair.id,
      type: 'floating',
      source: pair.source,
      target: pair.target,
      className: `edge-status-${pair.status}`,
      style: { stroke: color, strokeWidth: pair.status === 'fail' ? 3 : 1.5 },
      markerEnd: marker,
      ...(pair.directions.length > 1 ? { markerStart: marker } : {}),
      data: { color, ...(informative ? { label: `${STATUS_GLYPHS[pair.status]} ${ports.join(' · ')}` } : {}) },
      ariaLabel: `${pair.source} ${pair.directions.length > 1 ? '⇄' : '→'} ${pair.target}: ${t(`status.${pair.status}`)}`,
      zIndex: pair.status === 'fail' ? 10 : 1,
    };
  });
  return { nodes, edges };
}
