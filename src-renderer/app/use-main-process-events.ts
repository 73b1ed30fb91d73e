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
      if (answer.ok) store.getState().appInfoReceived(answer.value);
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
    };
  }, [store]);
}
