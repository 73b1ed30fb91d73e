import { useTranslation } from 'react-i18next';
import { getApi } from '../api/netcheck-api.ts';
import type { EndpointRunRequest } from '../../shared/ipc/contract.ts';
import type { CheckResult } from '../../shared/results/result-document.ts';
import { endpointRequestOf } from '../store/endpoint-slice.ts';
import { useAppStore } from '../store/store-context.tsx';

/** What a "Test now" shows: running, or the results of the host's checks. */
export type EndpointTestState = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; results: CheckResult[] };

/**
 * The Logs view's "Test now": the internet endpoint check of a host a log names (or of every
 * endpoint the service connection point needs), through the route chosen in the Endpoints view.
 * The results join the current run, so the topology colours the link and the report holds them.
 */
export function useEndpointTest(host: string | undefined): { state: EndpointTestState; start(): Promise<void> } {
  const { t } = useTranslation();
  const hierarchy = useAppStore((s) => s.hierarchy);
  const settings = useAppStore((s) => s.endpointSettings);
  const run = useAppStore((s) => s.run);
  const runStarted = useAppStore((s) => s.runStarted);
  const runFailed = useAppStore((s) => s.runFailed);
  const hosts = host ? [host] : undefined;
  const { roles: _roles, features: _features, ...route } = endpointRequestOf(settings);
  const request: EndpointRunRequest = hosts ? { ...route, hosts } : { ...route, roles: ['service-connection-point'] };

  const mine = run && (hosts ? run.scope.hosts?.join() === hosts.join() : run.scope.endpoints && !run.scope.hosts);
  const results = run ? Object.values(run.results).filter((result) => result.target.url !== undefined && (host ? result.target.host === host : true)) : [];
  const state: EndpointTestState = mine && run.phase === 'running' ? { kind: 'running' } : results.length > 0 ? { kind: 'done', results } : { kind: 'idle' };

  const start = async () => {
    const answer = await getApi().startRun({ hierarchy, options: { sites: false, endpoints: request } });
    if (answer.ok) runStarted(answer.value.runId, answer.value.plan, { sites: false, endpoints: true, ...(hosts ? { hosts } : {}) });
    else runFailed(t('ui.checks.runFailed', { message: answer.error.message }));
  };
  return { state, start };
}
