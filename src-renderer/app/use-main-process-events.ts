import { useEffect } from 'react';
import { getApi } from '../api/netcheck-api.ts';
import { useAppStoreApi } from '../store/store-context.tsx';

/**
 * Connects the store to main for the life of the app: fetches the app info once, and turns run
 * and log events into store actions.
 */
export function useMainProcessEvents(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const api = getApi();
    void api.getAppInfo(null).then((answer) => {
      if (!answer.ok) return;
      const state = store.getState();
      state.appInfoReceived(answer.value);
      // The hierarchy in use when the app closed comes back, unless the user already loaded another.
      const last = answer.value.lastHierarchy;
      if (last && state.hierarchySource.kind === 'demo') state.hierarchyLoaded(last.hierarchy, { kind: 'restored', from: last.from }, []);
    });
    // Whatever hierarchy is in use is kept for the next start; back on the demo, nothing is.
    const offRemember = store.subscribe((state, previous) => {
      if (state.hierarchy === previous.hierarchy && state.hierarchySource === previous.hierarchySource) return;
      const source = state.hierarchySource;
      if (source.kind === 'demo') void api.rememberHierarchy({ clear: true });
      else void api.rememberHierarchy({ hierarchy: state.hierarchy, from: source.kind === 'restored' ? source.from : source.path });
    });
    // Walkthroughs paused or left open before the app closed, to resume.
    void api.listWalkthroughRuns(null).then((answer) => {
      if (answer.ok) store.getState().walkthroughRunsLoaded(answer.value);
    });
    const offProgress = api.onRunProgress((event) => {
      const state = store.getState();
      if (event.type === 'check-started') state.checkStarted(event.runId, event.checkId);
      else state.resultReceived(event.runId, event.result, event.done, event.total);
    });
    const offFinished = api.onRunFinished((event) => store.getState().runFinished(event.runId, event.document));
    const offLog = api.onLogUpdated((session) => store.getState().logUpdated(session));
    return () => {
      offProgress();
      offFinished();
      offLog();
      offRemember();
    };
  }, [store]);
}
