import { Background, Controls, ReactFlow, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EDGE_COLORS, LEGEND_ORDER, STATUS_GLYPHS } from '../../shared/topology/edge-style.ts';
import { layoutTopology, structureKey, type TopologyLayout } from '../../shared/topology/layout-topology.ts';
import { pairEdges } from '../../shared/topology/pair-edges.ts';
import { filterEdges, findNodes, SHOW_EVERYTHING, type TopologyFilter } from '../../shared/topology/topology-filter.ts';
import { renderTopologySvg, svgLabels } from '../../shared/topology/topology-svg.ts';
import { fileSlug } from '../../shared/util/file-slug.ts';
import { getApi } from '../api/netcheck-api.ts';
import { topologyFor } from '../store/selectors.ts';
import { useAppStore } from '../store/store-context.tsx';
import { svgToPngBase64 } from '../topology/export-diagram.ts';
import { loadElk } from '../topology/load-elk.ts';
import { FloatingEdge } from '../topology/FloatingEdge.tsx';
import { PairPanel, type PanelSources } from '../topology/PairPanel.tsx';
import { toFlow } from '../topology/to-flow.ts';
import { TopologyToolbar } from '../topology/TopologyToolbar.tsx';
import { GroupNode, SystemNode } from '../topology/TopologyNodes.tsx';

const NODE_TYPES = { system: SystemNode, siteGroup: GroupNode };
const EDGE_TYPES = { floating: FloatingEdge };

/**
 * Beyond this many systems the diagram opens on the top site rather than the whole hierarchy: at
 * 2,000 systems the whole is unreadable anyway, and drawing only what is in view keeps it fast.
 * The "fit view" control still shows everything.
 */
const OPEN_ON_TOP_SITE_ABOVE = 250;

/** A node to zoom to; `nonce` makes asking twice for the same node zoom again. */
type Focus = { id: string; nonce: number };

/**
 * The hierarchy as a diagram: sites as boxes (CAS on top), systems inside, and one line per pair of
 * systems that must talk, coloured by the worst result among its ports. Grey until tested. Filters
 * hide lines without moving anything; the side panel explains the selected line port by port.
 */
export function TopologyView() {
  const { t } = useTranslation();
  const hierarchy = useAppStore((s) => s.hierarchy);
  const run = useAppStore((s) => s.run);
  const here = useAppStore((s) => s.appInfo?.vantage);
  const logFindings = useAppStore((s) => s.logSession?.analysis.findings);
  const model = useMemo(() => topologyFor(hierarchy, run, logFindings, here), [hierarchy, run, logFindings, here]);
  const key = useMemo(() => structureKey(model), [model]);
  const [layout, setLayout] = useState<{ key: string; value: TopologyLayout } | { key: string; error: string } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [filter, setFilter] = useState<TopologyFilter>(SHOW_EVERYTHING);
  const [focus, setFocus] = useState<Focus | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    let current = true;
    loadElk()
      .then((engine) => layoutTopology(model, engine))
      .then(
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
  const shown = useMemo(() => filterEdges(model, filter), [model, filter]);
  const found = focus && !focus.id.startsWith('site:') && focus.id !== 'cloud' ? focus.id : null;
  const pairs = useMemo(() => pairEdges(shown), [shown]);
  const { nodes, edges } = useMemo(() => (ready ? toFlow(model, ready, pairs, t, found) : { nodes: [], edges: [] }), [model, ready, pairs, t, found]);
  const totalPairs = useMemo(() => pairEdges(model.edges).length, [model.edges]);
  const selectedPair = pairs.find((pair) => pair.id === selected);
  const initialFit = useMemo(() => {
    if (model.nodes.length <= OPEN_ON_TOP_SITE_ABOVE) return undefined;
    const top = Math.min(...model.groups.map((group) => group.tier));
    return { nodes: model.groups.filter((group) => group.tier === top).map((group) => ({ id: group.id })), maxZoom: 1 };
  }, [model]);
  const sources = useMemo<PanelSources>(
    () => ({ results: new Map(Object.values(run?.results ?? {}).map((result) => [result.id, result])), links: new Map((run?.plan.links ?? []).map((link) => [link.id, link])) }),
    [run],
  );

  const exportDiagram = async (format: 'svg' | 'png') => {
    if (!ready) return;
    setMessage(null);
    try {
      const svg = renderTopologySvg(model, ready, shown, svgLabels(t, `${hierarchy.name} — ${t('ui.topology.heading')}`));
      const content = format === 'svg' ? svg : await svgToPngBase64(svg);
      const answer = await getApi().saveDiagram({ format, content, suggestedName: `netcheck-topology-${fileSlug(hierarchy.name)}.${format}` });
      if (!answer.ok) setMessage({ kind: 'error', text: t('ui.topology.exportFailed', { message: answer.error.message }) });
      else if (answer.value.status === 'saved') setMessage({ kind: 'ok', text: t('ui.topology.exported', { path: answer.value.path }) });
    } catch (err) {
      setMessage({ kind: 'error', text: t('ui.topology.exportFailed', { message: err instanceof Error ? err.message : String(err) }) });
    }
  };

  return (
    <section className="view view-topology" aria-labelledby="topology-heading">
      <div className="view-header">
        <h2 id="topology-heading">{t('ui.topology.heading')}</h2>
        <ul className="legend" aria-label={t('ui.topology.legend')}>
          {LEGEND_ORDER.map((status) => (
            <li key={status}>
              <span className="legend-swatch" style={{ background: EDGE_COLORS[status] }} aria-hidden="true" />
              {STATUS_GLYPHS[status]} {t(`ui.topology.statusLegend.${status}`)}
            </li>
          ))}
        </ul>
        <TopologyToolbar
          filter={filter}
          onFilter={(next) => {
            setFilter(next);
            if (next.group !== filter.group) setFocus({ id: next.group ?? '', nonce: Date.now() });
          }}
          groups={model.groups}
          onSearch={(query) => {
            const [best] = findNodes(model, query);
            if (best) setFocus({ id: best.id, nonce: Date.now() });
            return best ?? null;
          }}
          onExport={(format) => void exportDiagram(format)}
          exportDisabled={!ready}
          shown={pairs.length}
          total={totalPairs}
        />
      </div>
      {message && (
        <div className={`banner ${message.kind === 'ok' ? 'banner-ok' : 'banner-error'}`} role="status">
          {message.text}
        </div>
      )}
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
              {...(initialFit ? { fitViewOptions: initialFit } : {})}
              minZoom={0.02}
              onlyRenderVisibleElements
              nodesDraggable={false}
              nodesConnectable={false}
              onEdgeClick={(_event, edge) => setSelected(edge.id)}
              onPaneClick={() => setSelected(null)}
              proOptions={{ hideAttribution: true }}
              colorMode="system"
            >
              <Background />
              <Controls showInteractive={false} />
              <ZoomTo focus={focus} />
            </ReactFlow>
          )}
        </div>
        <aside className="topology-panel" aria-live="polite">
          {selectedPair ? <PairPanel pair={selectedPair} sources={sources} onClose={() => setSelected(null)} /> : <p className="muted">{t('ui.topology.selectHint')}</p>}
        </aside>
      </div>
    </section>
  );
}

/** Zooms the diagram to the focused system or site (the whole diagram when the site filter is cleared). */
function ZoomTo({ focus }: { focus: Focus | null }) {
  const flow = useReactFlow();
  useEffect(() => {
    if (!focus) return;
    void flow.fitView(focus.id ? { nodes: [{ id: focus.id }], duration: 300, maxZoom: 1.4, padding: 0.3 } : { duration: 300 });
  }, [focus, flow]);
  return null;
}
