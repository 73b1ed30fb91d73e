import type { StateCreator } from 'zustand';
import type { WalkthroughRun } from '../../shared/walkthroughs/walkthrough-run.ts';
import type { AppState } from './app-state.ts';

/** The walkthroughs followed, the one on screen, and whether the screen is in support-call mode. */
export interface WalkthroughSlice {
  walkthroughRuns: WalkthroughRun[];
  activeRunId: string | null;
  supportMode: boolean;
  /** Why the last save failed, if it did (the run stays on screen). */
  walkthroughSaveError: string | null;
  walkthroughRunsLoaded(runs: WalkthroughRun[]): void;
  /** A run started or moved on: it replaces its earlier version and becomes the active one. */
  walkthroughRunChanged(run: WalkthroughRun): void;
  walkthroughOpened(runId: string | null): void;
  walkthroughRemoved(runId: string): void;
  walkthroughSaveFailed(message: string | null): void;
  supportModeSet(on: boolean): void;
}

export const createWalkthroughSlice: StateCreator<AppState, [], [], WalkthroughSlice> = (set) => ({
  walkthroughRuns: [],
  activeRunId: null,
  supportMode: false,
  walkthroughSaveError: null,
  // Runs loaded from disk never replace a newer version the screen already holds.
  walkthroughRunsLoaded: (runs) =>
    set((state) => {
      const byId = new Map(runs.map((run) => [run.id, run]));
      for (const run of state.walkthroughRuns) if ((byId.get(run.id)?.updatedAt ?? '') < run.updatedAt) byId.set(run.id, run);
      return { walkthroughRuns: [...byId.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) };
    }),
  walkthroughRunChanged: (run) => set((state) => ({ walkthroughRuns: [run, ...state.walkthroughRuns.filter((other) => other.id !== run.id)], activeRunId: run.id })),
  walkthroughOpened: (runId) => set({ activeRunId: runId }),
  walkthroughRemoved: (runId) => set((state) => ({ walkthroughRuns: state.walkthroughRuns.filter((run) => run.id !== runId), activeRunId: state.activeRunId === runId ? null : state.activeRunId })),
  walkthroughSaveFailed: (message) => set({ walkthroughSaveError: message }),
  supportModeSet: (on) => set({ supportMode: on }),
});
