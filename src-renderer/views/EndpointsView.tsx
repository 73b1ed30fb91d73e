import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildEndpointPlan } from '../../shared/endpoints/build-endpoint-plan.ts';
import type { EndpointDetails } from '../../shared/endpoints/endpoint-details.ts';
import { countByStatus } from '../../shared/results/status.ts';
import { getApi } from '../api/netcheck-api.ts';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { EndpointStages } from '../endpoints/EndpointStages.tsx';
import { endpointRows, groupRows, type EndpointGroup, type EndpointRow } from '../endpoints/endpoint-rows.ts';
import { RouteSettings } from '../endpoints/RouteSettings.tsx';
import { ScopeSettings } from '../endpoints/ScopeSettings.tsx';
import { StageChips } from '../endpoints/StageChips.tsx';
import { endpointRequestOf } from '../store/endpoint-slice.ts';
import { summaryOf } from '../../shared/results/result-text.ts';
import { useAppStore } from '../store/store-context.tsx';

/**
 * The internet endpoints the hierarchy's roles need, grouped by feature (or role), each with its
 * stages, so an engineer sees which feature is broken and which device on the path broke it: the
 * DNS answer, the firewall, the proxy, a TLS-inspecting gateway, or the endpoint itself.
 */
export function EndpointsView() {
  const { t } = useTranslation();
  const hierarchy = useAppStore((s) => s.hierarchy);
  const run = useAppStore((s) => s.run);
  const runError = useAppStore((s) => s.runError);
  const runStarted = useAppStore((s) => s.runStarted);
  const runFailed = useAppStore((s) => s.runFailed);
  const settings = useAppStore((s) => s.endpointSettings);
  const filters = useAppStore((s) => s.endpointFilters);
  const filtersChanged = useAppStore((s) => s.endpointFiltersChanged);
  const running = run?.phase === 'running';

  const idlePlan = useMemo(
    () =>
      buildEndpointPlan(hierarchy, {
        ...(settings.roles.length > 0 ? { roles: settings.roles } : {}),
        ...(settings.features.length > 0 ? { features: settings.features } : {}),
        ...(settings.cloud !== 'hierarchy' ? { cloud: settings.cloud } : {}),
      }),
    [hierarchy, settings.roles, settings.features, settings.cloud],
  );
  const runRows = useMemo(() => (run ? endpointRows(run.plan.checks, run.results) : []), [run]);
  const rows = runRows.length > 0 ? runRows : endpointRows(idlePlan.checks, {});
  const groups = useMemo(() => groupRows(rows, filters, settings.features), [rows, filters, settings.features]);
  const untestable = rows.filter((row) => row.check.notTestable).length;
  const endpointSettings = run?.document?.settings.endpoints;

  const start = async () => {
    const answer = await getApi().startRun({ hierarchy, options: { sites: false, endpoints: endpointRequestOf(settings) } });
    if (answer.ok) runStarted(answer.value.runId, answer.value.plan, { sites: false, endpoints: true });
    else runFailed(answer.error.message);
  };
  const cancel = async () => {
    if (run) await getApi().cancelRun({ runId: run.runId });
  };

  return (
    <section className="view" aria-labelledby="endpoints-heading">
      <div className="view-header">
        <h2 id="endpoints-heading">{t('ui.endpoints.heading')}</h2>
        <p className="muted">{t('ui.endpoints.intro')}</p>
      </div>
      <div className="endpoint-settings">
        <RouteSettings disabled={running} />
        <ScopeSettings disabled={running} />
      </div>
      <div className="toolbar">
        {running ? (
          <button type="button" className="danger" onClick={() => void cancel()}>
            {t('ui.endpoints.cancel')}
          </button>
        ) : (
          <button type="button" onClick={() => void start()}>
            {t('ui.endpoints.run')}
          </button>
        )}
        <span className="muted">{t('ui.endpoints.planned', { checks: rows.length, untestable })}</span>
        {running && <span aria-live="polite">{t('ui.checks.progress', { done: run.done, total: run.total, failed: countByStatus(Object.values(run.results).map((r) => r.status)).fail })}</span>}
        <label>
          <input type="checkbox" checked={filters.failuresOnly} onChange={(e) => filtersChanged({ failuresOnly: e.target.checked })} /> {t('ui.endpoints.failuresOnly')}
        </label>
        <label>
          <input type="checkbox" checked={filters.inspectedOnly} onChange={(e) => filtersChanged({ inspectedOnly: e.target.checked })} /> {t('ui.endpoints.inspectedOnly')}
        </label>
        <label>
          {t('ui.endpoints.groupBy')}{' '}
          <select value={filters.groupBy} onChange={(e) => filtersChanged({ groupBy: e.target.value as 'feature' | 'role' })}>
            <option value="feature">{t('ui.endpoints.groupByFeature')}</option>
            <option value="role">{t('ui.endpoints.groupByRole')}</option>
          </select>
        </label>
      </div>
      {runError && (
        <div className="banner banner-error" role="alert">
          {t('ui.checks.runFailed', { message: runError })}
        </div>
      )}
      {endpointSettings && run?.document && (
        <div className="card run-context">
          <p>{t('ui.endpoints.lastRoute', { route: endpointSettings.route })}</p>
          <p>
            <strong>{t('ui.endpoints.roots')}:</strong>{' '}
            {(run.document.trustStore ?? []).map((root) => (
              <span key={root.name} className={`root-status ${root.bundled || root.system ? 'root-present' : 'root-absent'}`}>
                {root.name} {root.bundled || root.system ? '✓' : '✗'}
                {root.expired ? ` (${root.notAfter})` : ''}
              </span>
            ))}
          </p>
        </div>
      )}
      {groups.length === 0 && <p className="muted">{t('ui.endpoints.noneMatch')}</p>}
      {groups.map((group) => (
        <EndpointGroupSection key={`${group.kind}:${group.key}`} group={group} runningIds={run?.running ?? []} />
      ))}
    </section>
  );
}

function EndpointGroupSection({ group, runningIds }: { group: EndpointGroup; runningIds: readonly string[] }) {
  const { t } = useTranslation();
  const counts = countByStatus(group.rows.flatMap((row) => (row.result ? [row.result.status] : [])));
  const title = group.kind === 'feature' ? t(`endpoints.feature.${group.key}`) : t(`endpoints.role.${group.key}`);
  return (
    <section className="card endpoint-group" data-group={group.key} aria-label={title}>
      <h3>
        {title}{' '}
        {group.rows.length > 0 && <span className="muted group-counts">{t('ui.endpoints.groupCounts', { fail: counts.fail, warn: counts.warn, pass: counts.pass, other: counts.unknown + counts.skipped })}</span>}
      </h3>
      {group.reference && group.rows.length === 0 && <p className="muted">{t('ui.endpoints.reference', { reference: t(`endpointReference.${group.key}`) })}</p>}
      {group.rows.length > 0 && (
        <table className="results-table endpoint-table">
          <thead>
            <tr>
              <th scope="col">{t('ui.endpoints.columns.status')}</th>
              <th scope="col">{t('ui.endpoints.columns.endpoint')}</th>
              <th scope="col">{t('ui.endpoints.columns.stages')}</th>
              <th scope="col">{t('ui.endpoints.columns.result')}</th>
            </tr>
          </thead>
          <tbody>
            {group.rows.map((row) => (
              <EndpointRowView key={row.id} row={row} isRunning={runningIds.includes(row.id)} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function EndpointRowView({ row, isRunning }: { row: EndpointRow; isRunning: boolean }) {
  const { t } = useTranslation();
  const { result, check } = row;
  const standsIn = check.target.endpoint?.standsInFor;
  return (
    <tr className={result ? `row-${result.status}` : 'row-pending'} data-check-id={row.id}>
      <td>{result ? <StatusBadge status={result.status} /> : <span className="muted">{isRunning ? t('ui.endpoints.running') : t('ui.endpoints.notRun')}</span>}</td>
      <td>
        <code>{check.target.url}</code>
        {standsIn && <div className="muted">{t('ui.endpoints.standsIn', { patterns: standsIn.join(', ') })}</div>}
      </td>
      <td>
        <StageChips details={result?.details as Partial<EndpointDetails> | undefined} />
      </td>
      <td>
        {result ? summaryOf(t, result) : check.notTestable ? t(check.notTestable.key, check.notTestable.params) : ''}
        {result && Object.keys(result.details).length > 0 && result.verdict !== 'not-tested' && (
          <details>
            <summary>{t('ui.endpoints.details')}</summary>
            <EndpointStages result={result} />
          </details>
        )}
      </td>
    </tr>
  );
}
