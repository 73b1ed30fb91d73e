import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFinding } from '../../shared/logs/finding-text.ts';
import { summaryOf } from '../../shared/results/result-text.ts';
import { buildPlan } from '../../shared/plan/build-plan.ts';
import type { PlannedLink } from '../../shared/plan/link.ts';
import { vantageName } from '../../shared/results/merge-vantages.ts';
import type { StepInputs, StepRunRequest } from '../../shared/walkthroughs/evaluate-step.ts';
import type { WalkthroughRun } from '../../shared/walkthroughs/walkthrough-run.ts';
import { getApi } from '../api/netcheck-api.ts';
import { endpointRequestOf } from '../store/endpoint-slice.ts';
import { resultsOf } from '../store/selectors.ts';
import { useAppStore, useAppStoreApi } from '../store/store-context.tsx';

/**
 * What a walkthrough step is evaluated against: every link the hierarchy plans (so a step never reads
 * "nothing to check" because an earlier step ran only some ports) plus the run's endpoint links, the
 * run's results, the machine they were measured on, and the open log's findings (null: none open).
 * Summaries and explanations are in the reader's language; a transcript keeps them as they were read.
 */
export function useStepInputs(): StepInputs {
  const hierarchy = useAppStore((s) => s.hierarchy);
  const run = useAppStore((s) => s.run);
  const here = useAppStore((s) => s.appInfo?.vantage);
  const findings = useAppStore((s) => s.logSession?.analysis.findings ?? null);
  const { t } = useTranslation();
  const planned = useMemo(() => {
    const plan = buildPlan(hierarchy);
    return plan.ok ? plan.value.links : [];
  }, [hierarchy]);
  return useMemo(() => {
    const links = new Map<string, PlannedLink>(planned.map((link) => [link.id, link]));
    for (const link of run?.plan.links ?? []) links.set(link.id, link);
    const vantage = run?.document?.vantage ?? here;
    return {
      links: [...links.values()],
      results: resultsOf(run),
      logFindings: findings,
      summarize: (result) => summaryOf(t, result),
      explain: (finding) => describeFinding(t, finding).explanation,
      ...(vantage ? { vantage: vantageName(vantage) } : {}),
    };
  }, [planned, run, here, findings, t]);
}

/**
 * The side effects of following a walkthrough: keeping each change (the store first, so the screen
 * moves on at once, then main, which writes it to disk) and running the checks a step needs.
 */
export function useWalkthroughActions() {
  const store = useAppStoreApi();
  return useMemo(
    () => ({
      commit: async (run: WalkthroughRun) => {
        store.getState().walkthroughRunChanged(run);
        const answer = await getApi().saveWalkthroughRun({ run });
        store.getState().walkthroughSaveFailed(answer.ok ? null : answer.error.message);
      },
      remove: async (runId: string) => {
        store.getState().walkthroughRemoved(runId);
        await getApi().deleteWalkthroughRun({ id: runId });
      },
      /** Runs what a step is waiting for: some site-system ports, or some endpoint features; the other results stay. */
      runChecks: async (request: StepRunRequest): Promise<string | null> => {
        const state = store.getState();
        const sites = (request.only?.length ?? 0) > 0;
        const endpoints = request.features ? { ...endpointRequestOf(state.endpointSettings), features: [...request.features] } : undefined;
        const answer = await getApi().startRun({ hierarchy: state.hierarchy, options: { sites, ...(sites ? { only: [...(request.only ?? [])] } : {}), ...(endpoints ? { endpoints } : {}) } });
        if (!answer.ok) return answer.error.message;
        state.runStarted(answer.value.runId, answer.value.plan, { sites, endpoints: endpoints !== undefined, ...(sites ? { ports: request.only ?? [] } : {}) });
        return null;
      },
    }),
    [store],
  );
}
