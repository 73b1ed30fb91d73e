import type { EventContract, InvokeContract } from './contract.ts';

/**
 * Channel names of the IPC contract, without the payload validators, so the preload bundle (which
 * only forwards calls) does not carry the validation code that runs in main. `satisfies` makes a
 * call or event missing here, or listed here but not in the contract, a compile error.
 */

/** Call name → channel (`area:verb`). */
export const INVOKE_CHANNELS = {
  getAppInfo: 'app:get-info',
  setLanguage: 'app:set-language',
  startRun: 'checks:start-run',
  cancelRun: 'checks:cancel-run',
  openHierarchyFile: 'hierarchy:open-file',
  saveHierarchyFile: 'hierarchy:save-file',
  listRecentHierarchies: 'hierarchy:list-recent',
  openRecentHierarchy: 'hierarchy:open-recent',
  openResultDocument: 'report:open-document',
  saveResultDocument: 'report:save-document',
  saveDiagram: 'topology:save-diagram',
  rememberHierarchy: 'hierarchy:remember',
  listWalkthroughRuns: 'walkthroughs:list-runs',
  saveWalkthroughRun: 'walkthroughs:save-run',
  deleteWalkthroughRun: 'walkthroughs:delete-run',
  setProxyCredentials: 'endpoints:set-proxy-credentials',
  openPacFile: 'endpoints:open-pac-file',
  openLogFiles: 'logs:open-files',
  openLogPaths: 'logs:open-paths',
  openLogBytes: 'logs:open-bytes',
  openSampleLogs: 'logs:open-sample',
  readLogRows: 'logs:read-rows',
  filterLog: 'logs:filter',
  followLog: 'logs:follow',
  closeLogSession: 'logs:close',
} as const satisfies Record<keyof InvokeContract, string>;

/** Event name → channel. */
export const EVENT_CHANNELS = {
  runProgress: 'checks:run-progress',
  runFinished: 'checks:run-finished',
  logUpdated: 'logs:updated',
} as const satisfies Record<keyof EventContract, string>;

/** Names of calls. */
export type InvokeName = keyof typeof INVOKE_CHANNELS;
/** Names of events. */
export type EventName = keyof typeof EVENT_CHANNELS;

/** Call names, in declaration order. */
export const INVOKE_NAMES = Object.keys(INVOKE_CHANNELS) as InvokeName[];
/** Event names, in declaration order. */
export const EVENT_NAMES = Object.keys(EVENT_CHANNELS) as EventName[];

/** The preload's method name for subscribing to an event: `runProgress` → `onRunProgress`. */
export function eventMethodName<K extends EventName>(name: K): `on${Capitalize<K>}` {
  return `on${name.charAt(0).toUpperCase()}${name.slice(1)}` as `on${Capitalize<K>}`;
}
