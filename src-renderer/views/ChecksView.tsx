import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { whereAmI } from '../../shared/hierarchy/where-am-i.ts';
import { buildPlan, type PlannedCheck } from '../../shared/plan/build-plan.ts';
import { portText, type PlannedLink } from '../../shared/plan/link.ts';
import type { CheckResult } from '../../shared/results/result-document.ts';
import { DEFAULT_RUN_SETTINGS, RUN_SETTING_LIMITS } from '../../shared/results/run-defaults.ts';
import { getApi } from '../api/netcheck-api.ts';
import { EvidenceDetails } from '../components/EvidenceDetails.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { statusCountsOf } from '../store/selectors.ts';
import { endpointRequestOf } from '../store/endpoint-slice.ts';
import { serviceLabel } from '../../shared/catalogue/service-labels.ts';
import { summaryOf } from '../../shared/results/result-text.ts';
import { useAppStore } from '../store/store-context.tsx';

/**
 * Runs the plan with live progress: every planned check is a row from the start (waiting, running,
 * then its result), so the engineer sees what is still outstanding and nothing reads as a pass
 * before it has run.
 */
export function ChecksView() {
  const { t } = useTranslation();
  const hierarchy = useAppStore((s) => s.hierarchy);
  const run = useAppStore((s) => s.run);
  const runError = useAppStore((s) => s.runError);
  const runStarted = useAppStore((s) => s.runStarted);
  const runFailed = useAppStore((s) => s.runFailed);
  const endpointSettings = useAppStore((s) => s.endpointSettings);
  const [timeoutMs, setTimeoutMs] = useState<number>(DEFAULT_RUN_SETTINGS.timeoutMs);
  const [includeEndpoints, setIncludeEndpoints] = useState(false);
  const vantage = useAppStore((s) => s.appInfo?.vantage);
  const here = useMemo(() => (vantage ? whereAmI(hierarchy, vantage) : null), [hierarchy, vantage]);
  const plan = useMemo(() => buildPlan(hierarchy), [hierarchy]);
  // The checks with a link that starts here: what `buildPlan(…, { from })` would plan, without planning twice.
  const fromHereCount = useMemo(() => {
    if (here?.kind !== 'found' || !plan.ok) return 0;
    const source = new Map(plan.value.links.map((link) => [link.id, link.source.toLowerCase()]));
    const system = here.system.toLowerCase();
    return plan.value.checks.filter((check) => check.linkIds.some((id) => source.get(id) === system)).length;
  }, [plan, here]);
  // The guided default on a site server: check what starts from this machine (what it can measure as its own).
  const [allFromHere, setAllFromHere] = useState(false);
  const fromHere = here?.kind === 'found' && fromHereCount > 0 && !allFromHere;
  const counts = useMemo(() => statusCountsOf(run), [run]);
  const planned = plan.ok ? { checks: plan.value.checks.length, links: plan.value.links.length } : null;
  const running = run?.phase === 'running';

  const start = async () => {
    const answer = await getApi().startRun({ hierarchy, options: { timeoutMs, ...(fromHere && here?.kind === 'found' ? { from: here.system } : {}), ...(includeEndpoints ? { endpoints: endpointRequestOf(endpointSettings) } : {}) } });
    if (answer.ok) runStarted(answer.value.runId, answer.value.plan, { sites: true, endpoints: includeEndpoints });
    else runFailed(answer.error.message);
  };
  const cancel = async () => {
    if (run) await getApi().cancelRun({ runId: run.runId });
  };

  const linksById = useMemo(() => new Map((run?.plan.links ?? []).map((link) => [link.id, link])), [run?.plan.links]);
  // Internet endpoints have their own view; this one lists the site-system checks.
  const allRows: { check?: PlannedCheck; result?: CheckResult; id: string }[] = run
    ? run.plan.checks.length > 0
      ? run.plan.checks.map((check) => ({ id: check.id, check, result: run.results[check.id] }))
      : Object.values(run.results).map((result) => ({ id: result.id, result }))
    : [];
  const rows = allRows.filter((row) => (row.check ?? row.result)?.target.url === undefined);

  return (
    <section className="view" aria-labelledby="checks-heading">
      <div className="view-header">
        <h2 id="checks-heading">{t('ui.checks.heading')}</h2>
        <p className="muted">{t('ui.checks.intro')}</p>
        <div className="toolbar">
          <label>
            {t('ui.checks.timeout')}{' '}
            <input
              type="number"
              min={RUN_SETTING_LIMITS.timeoutMs.min}
              max={RUN_SETTING_LIMITS.timeoutMs.max}
              step={100}
              value={timeoutMs}
              disabled={running}
              onChange={(e) => setTimeoutMs(Number(e.target.value))}
            />
          </label>
          <label>
            <input type="checkbox" checked={includeEndpoints} disabled={running} onChange={(e) => setIncludeEndpoints(e.target.checked)} /> {t('ui.checks.includeEndpoints')}
          </label>
          {here?.kind === 'found' && fromHereCount > 0 && (
            <label>
              <input type="checkbox" checked={fromHere} disabled={running} onChange={(e) => setAllFromHere(!e.target.checked)} /> {t('ui.checks.fromHere', { count: fromHereCount })}
            </label>
          )}
          {running ? (
            <button type="button" className="danger" onClick={() => void cancel()}>
              {t('ui.checks.cancel')}
            </button>
          ) : (
            <button type="button" onClick={() => void start()}>
              {t('ui.checks.run')}
            </button>
          )}
        </div>
      </div>

      {here && (
        <p className="muted where-am-i" role="note">
          {here.kind === 'found'
            ? t('ui.checks.hereFound', { system: here.system, by: t(`ui.checks.hereBy.${here.by}`) })
            : here.kind === 'ambiguous'
              ? t('ui.checks.hereAmbiguous', { systems: here.systems.join(', ') })
              : t('ui.checks.hereElsewhere')}
        </p>
      )}
      {runError && (
        <div className="banner banner-error" role="alert">
          {t('ui.checks.runFailed', { message: runError })}
        </div>
      )}
      {!run && (
        <p className="muted">
          {t('ui.checks.noRun')} {planned && t('ui.checks.planned', planned)}
        </p>
      )}
      {run && (
        <div className="run-progress" aria-live="polite">
          <progress max={Math.max(run.total, 1)} value={run.done} aria-label={t('ui.checks.progress', { done: run.done, total: run.total, failed: counts.fail })} />
          <span>
            {run.phase === 'running'
              ? t('ui.checks.progress', { done: run.done, total: run.total, failed: counts.fail })
              : run.openedFrom
                ? t('ui.checks.openedFrom', { path: run.openedFrom })
                : t('ui.checks.finished', { done: run.done, total: run.total })}
          </span>
          <span className="counts">
            {(['fail', 'warn', 'unknown', 'skipped', 'pass'] as const).map((status) => (
              <span key={status} className="count-chip">
                <StatusBadge status={status} /> {counts[status]}
              </span>
            ))}
          </span>
        </div>
      )}
      {rows.length > 0 && (
        <table className="results-table">
          <thead>
            <tr>
              <th scope="col">{t('ui.checks.columns.status')}</th>
              <th scope="col">{t('ui.checks.columns.destination')}</th>
              <th scope="col">{t('ui.checks.columns.port')}</th>
              <th scope="col">{t('ui.checks.columns.probe')}</th>
              <th scope="col">{t('ui.checks.columns.summary')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ id, check, result }) => (
              <ResultRow key={id} check={check} result={result} isRunning={run?.running.includes(id) ?? false} links={(result?.links ?? check?.linkIds ?? []).map((l) => linksById.get(l)).filter((l): l is PlannedLink => !!l)} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ResultRow({ check, result, isRunning, links }: { check?: PlannedCheck; result?: CheckResult; isRunning: boolean; links: PlannedLink[] }) {
  const { t } = useTranslation();
  const target = result?.target ?? check?.target;
  if (!target) return null;
  return (
    <tr className={result ? `row-${result.status}` : 'row-pending'} data-check-id={result?.id ?? check?.id}>
      <td>{result ? <StatusBadge status={result.status} /> : <span className="muted">{isRunning ? t('ui.checks.running') : t('ui.checks.waiting')}</span>}</td>
      <td>
        <code>{target.host}</code>
        {target.address && <span className="muted"> [{target.address}]</span>}
      </td>
      <td>
        {target.transport.toUpperCase()} {portText(t, target.portLabel)}
      </td>
      <td>{result?.probe ?? check?.probe}</td>
      <td>
        {result ? summaryOf(t, result) : ''}
        {(result || links.length > 0) && (
          <details>
            <summary>
              {result ? `${t('ui.checks.evidence')} · ` : ''}
              {t('ui.checks.neededBy')} ({links.length})
            </summary>
            {result && <EvidenceDetails result={result} />}
            <ul className="link-list">
              {links.map((link) => (
                <li key={link.id}>
                  <code>
                    {link.source} {link.direction === '<-->' ? '⇄' : '→'} {link.destination}
                  </code>{' '}
                  {t('format.linkReason', { from: t(`roles.${link.sourceRole}`), to: t(`roles.${link.destinationRole}`), service: serviceLabel(t, link.label) })} {link.transport.toUpperCase()} {portText(t, link.port)}{' '}
                  <span className="muted">
                    ({link.citation.document} § {link.citation.section})
                  </span>
                </li>
              ))}
            </ul>
          </details>
        )}
      </td>
    </tr>
  );
}
