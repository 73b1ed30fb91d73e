import type { NetcheckApi } from '../../shared/ipc/contract.ts';

declare global {
  interface Window {
    /** Exposed by the preload (desktop app) or the browser bridge (tests, browser mode). */
    api?: NetcheckApi;
  }
}

/**
 * The typed API to the main process. The renderer never sees Electron: the same code runs over
 * Electron IPC and over the browser test bridge.
 */
export function getApi(): NetcheckApi {
  if (!window.api) throw new Error('window.api is missing: the preload or the bridge did not load');
  return window.api;
}
