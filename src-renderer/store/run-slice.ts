import type { StateCreator } from 'zustand';
import type { Plan, PlannedCheck } from '../../shared/plan/build-plan.ts';
import { isEndpointResult, mergeRunDocuments, remeasuresLink, remeasuresResult, type RunScope } from '../../shared/results/merge-run-documents.ts';
import type { CheckResult, ResultDocument } from '../../shared/results/result-document.ts';
import type { AppState } from './app-state.ts';

/** A run in progress or finished, or a saved run re-opened from a file. */
export interface RunState {
  runId: string;
  plan: Plan;
  phase: 'running' | 'finished';
  /** Results received so far, by check id. */
  results: Record<string, CheckResult>;
  /** Checks in flight. */
  running: string[];
  done: number;
  total: number;
  document?: ResultDocument;
  openedFrom?: string;
  /** What this run measures; the other part, if any, is carried from the run before. */
  scope: RunScope;
  /** The previous document whose other part this run keeps, merged in when the run finishes. */
  carried?: ResultDocument;
}

/** The current run. */
export interface RunSlice {
  run: RunState | null;
  runError: string | null;
  runStarted(runId: string, plan: Plan, scope?: RunScope): void;
  checkStarted(runId: string, checkId: string): void;
  resultReceived(runId: string, result: CheckResult, done: number, total: number): void;
  runFinished(runId: string, document: ResultDocument): void;
  runFailed(message: string): void;
  resultDocumentOpened(document: ResultDocument, path: string): void;
}

/** A plan row for a result carried from an earlier run, so it shows like any planned check. */
function checkOf(result: CheckResult): PlannedCheck {
  return { id: result.id, probe: result.probe as PlannedCheck['probe'], services: [], target: result.target, linkIds: [...result.links] };
}

/**
 * Events for another run id are ignored: a late event from a cancelled run must not leak in.
 *
 * A run that measures one part (the site-system ports, or the internet endpoints) keeps the other
 * part of the finished run before it, when both describe the current hierarchy: an engineer who
 * checks the sites, then the endpoints through two proxies, ends with one document for the report.
 */
export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set) => ({
  run: null,
  runError: null,
  runStarted: (runId, plan, scope = { sites: true, endpoints: false }) =>
    set((state) => {
      const previous = state.run?.phase === 'finished' ? state.run.document : undefined;
      const carried = previous && JSON.stringify(previous.hierarchy) === JSON.stringify(state.hierarchy) ? previous : undefined;
      const keptResults = (carried?.results ?? []).filter((result) => !remeasuresResult(result, scope));
      const keptLinks = (carried?.links ?? []).filter((link) => !remeasuresLink(link, scope));
      return {
        run: {
          runId,
          plan: { links: [...keptLinks, ...plan.links], checks: [...keptResults.map(checkOf), ...plan.checks] },
          phase: 'running',
          results: Object.fromEntries(keptResults.map((result) => [result.id, result])),
          running: [],
          done: 0,
          total: plan.checks.length,
          scope,
          ...(carried && keptResults.length > 0 ? { carried } : {}),
        },
        runError: null,
      };
    }),
  checkStarted: (runId, checkId) =>
    set((state) => (state.run?.runId === runId ? { run: { ...state.run, running: [...state.run.running, checkId] } } : {})),
  resultReceived: (runId, result, done, total) =>
    set((state) =>
      state.run?.runId === runId
        ? {
            run: {
              ...state.run,
              results: { ...state.run.results, [result.id]: result },
              running: state.run.running.filter((id) => id !== result.id),
              done,
              total,
            },
          }
        : {},
    ),
  runFinished: (runId, fresh) =>
    set((state) => {
      if (state.run?.runId !== runId) return {};
      const document = state.run.carried ? mergeRunDocuments(state.run.carried, fresh, state.run.scope) : fresh;
      const results = Object.fromEntries(document.results.map((result) => [result.id, result]));
      return { run: { ...state.run, phase: 'finished', results, running: [], done: fresh.results.length, document } };
    }),
  runFailed: (message) => set({ runError: message }),
  resultDocumentOpened: (document, path) =>
    set({
      ...(document.hierarchy ? { hierarchy: document.hierarchy, hierarchySource: { kind: 'result', path }, hierarchyWarnings: [] } : {}),
      rejectedFile: null,
      runError: null,
      run: {
        runId: `opened:${path}`,
        plan: { links: document.links, checks: [] },
        phase: 'finished',
        results: Object.fromEntries(document.results.map((result) => [result.id, result])),
        running: [],
        done: document.results.length,
        total: document.results.length,
        document,
        openedFrom: path,
        scope: { sites: document.results.some((result) => !isEndpointResult(result)), endpoints: document.results.some(isEndpointResult) },
      },
    }),
});
