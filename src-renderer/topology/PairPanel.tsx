import { useTranslation } from 'react-i18next';
import type { PlannedLink } from '../../shared/plan/link.ts';
import { fixForResult } from '../../shared/results/fix-for-result.ts';
import type { CheckResult } from '../../shared/results/result-document.ts';
import type { DrawnPair } from '../../shared/topology/pair-edges.ts';
import type { EdgePort, TopologyEdge } from '../../shared/topology/topology-model.ts';
import { EvidenceDetails } from '../components/EvidenceDetails.tsx';
import { serviceLabel } from '../../shared/catalogue/service-labels.ts';
import { summaryOf } from '../../shared/results/result-text.ts';
import { StatusBadge } from '../components/StatusBadge.tsx';

/** What the panel looks up: results and planned links by id. */
export interface PanelSources {
  results: ReadonlyMap<string, CheckResult>;
  links: ReadonlyMap<string, PlannedLink>;
}

/**
 * The selected link, one section per direction: its status, what the open log says about it, and
 * every port with the check that measured it, from where, what it found, the evidence, why the port
 * is needed (with its source document) and what to do. Failing ports open by default.
 */
export function PairPanel({ pair, sources, onClose }: { pair: DrawnPair; sources: PanelSources; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="pair-panel" data-pair={pair.id}>
      {pair.directions.map((edge) => (
        <DirectionSection key={edge.id} edge={edge} sources={sources} />
      ))}
      <button type="button" className="secondary" onClick={onClose}>
        {t('ui.topology.close')}
      </button>
    </div>
  );
}

function DirectionSection({ edge, sources }: { edge: TopologyEdge; sources: PanelSources }) {
  const { t } = useTranslation();
  const target = edge.target.startsWith('cloud:') ? t(`roles.${edge.target.slice(6)}`) : edge.target;
  return (
    <section className="pair-direction" aria-label={t('ui.topology.edgePanel', { source: edge.source, target })}>
      <h3>{t('ui.topology.edgePanel', { source: edge.source, target })}</h3>
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
          <PortItem key={`${port.transport}/${port.port}/${port.host ?? ''}`} port={port} source={edge.source} sources={sources} />
        ))}
      </ul>
    </section>
  );
}

function PortItem({ port, source, sources }: { port: EdgePort; source: string; sources: PanelSources }) {
  const { t } = useTranslation();
  const result = port.resultId ? sources.results.get(port.resultId) : undefined;
  const links = port.linkIds.map((id) => sources.links.get(id)).filter((link): link is PlannedLink => link !== undefined);
  const fixes = result ? fixForResult(result, links[0]) : [{ key: 'fix.notRun', params: { source } }];
  return (
    <li className={`port-item port-${port.status}`}>
      <details open={port.status === 'fail'}>
        <summary>
          <StatusBadge status={port.status} /> {t('ui.topology.portLine', { transport: port.transport.toUpperCase(), port: port.port })}
          {port.host && <code>{port.host}</code>}
          {port.measuredFrom && <span className="muted measured">{t('ui.topology.measuredFrom', { from: port.measuredFrom })}</span>}
        </summary>
        {port.fromElsewhere && port.measuredFrom && <p className="banner banner-warn measured-elsewhere">{t('ui.topology.measuredElsewhere', { from: port.measuredFrom, source })}</p>}
        <p>{result ? summaryOf(t, result) : t('ui.topology.notMeasured')}</p>
        {fixes.length > 0 && (
          <>
            <strong>{t('ui.topology.fix')}</strong>
            <ul className="fix-list">
              {fixes.map((fix) => (
                <li key={fix.key}>{t(fix.key, fix.params)}</li>
              ))}
            </ul>
          </>
        )}
        {links.length > 0 && (
          <>
            <strong>{t('ui.topology.neededFor')}</strong>
            <ul className="needed-for">
              {links.map((link) => (
                <li key={link.id}>
                  {t('format.linkReason', { from: t(`roles.${link.sourceRole}`), to: t(`roles.${link.destinationRole}`), service: serviceLabel(t, link.label) })}{' '}
                  <span className="muted">
                    ({link.citation.document} § {link.citation.section})
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        {result && (
          <details>
            <summary>{t('ui.topology.evidence')}</summary>
            <EvidenceDetails result={result} />
          </details>
        )}
      </details>
    </li>
  );
}
