import ELK from 'elkjs/lib/elk.bundled.js';
import type { Translate } from '../../../shared/i18n/translator.ts';
import { layoutTopology, type LayeredEngine } from '../../../shared/topology/layout-topology.ts';
import { buildTopologyModel } from '../../../shared/topology/topology-model.ts';
import { renderTopologySvg, svgLabels } from '../../../shared/topology/topology-svg.ts';
import { vantageName } from '../../../shared/results/merge-vantages.ts';
import type { ResultDocument } from '../../../shared/results/result-document.ts';

let engine: LayeredEngine | undefined;

/**
 * The report's diagram: the same model, layout and SVG as the app's export, from the document
 * alone (its hierarchy, links and results). Undefined for a document without a hierarchy (a probe).
 */
export async function reportTopologySvg(document: ResultDocument, t: Translate): Promise<string | undefined> {
  if (!document.hierarchy || document.links.length === 0) return undefined;
  engine ??= new (ELK as unknown as new () => LayeredEngine)();
  const model = buildTopologyModel(document.hierarchy, document.links, document.results, undefined, { vantage: vantageName(document.vantage) });
  const layout = await layoutTopology(model, engine);
  return renderTopologySvg(model, layout, model.edges, svgLabels(t, `${document.hierarchy.name} — ${t('report.topology')}`));
}
