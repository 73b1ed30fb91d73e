import type { StateCreator } from 'zustand';
import type { Plan } from '../../shared/plan/build-plan.ts';
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
}

/** The current run. */
export interface RunSlice {
  run: RunState | null;
  runError: string | null;
  runStarted(runId: string, plan: Plan): void;
  checkStarted(runId: string, checkId: string): void;
  resultReceived(runId: string, result: CheckResult, done: number, total: number): void;
  runFinished(runId: string, document: ResultDocument): void;
  runFailed(message: string): void;
  resultDocumentOpened(document: ResultDocument, path: string): void;
}

/** Events for another run id are ignored: a late event from a cancelled run must not leak in. */
export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set) => ({
  run: null,
  runError: null,
  runStarted: (runId, plan) =>
    set({ run: { runId, plan, phase: 'running', results: {}, running: [], done: 0, total: plan.checks.length }, runError: null }),
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
  runFinished: (runId, document) =>
    set((state) => {
      if (state.run?.runId !== runId) return {};
      const results = Object.fromEntries(document.results.map((result) => [result.id, result]));
      return { run: { ...state.run, phase: 'finished', results, running: [], done: document.results.length, document } };
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
      },
    }),
});
