import type { EndpointFeatureId, EndpointRole } from '../endpoints/endpoint-types.ts';
import type { LogRow } from '../logs/log-row.ts';
import type { LogFilter, LogFilterResult, LogSessionInfo } from '../logs/log-session-types.ts';
import type { AzureCloud, Hierarchy } from '../hierarchy/model.ts';
import type { Plan } from '../plan/build-plan.ts';
import type { Language, LanguageSetting } from '../i18n/languages.ts';
import type { CheckResult, LocalizableMessage, ResultDocument, Vantage } from '../results/result-document.ts';
import type { ValidationIssue } from '../validation/issue.ts';
import type { WalkthroughRun } from '../walkthroughs/walkthrough-run.ts';
import type { EventName, InvokeName } from './channels.ts';
import { validateCancelRequest, validateNoArgs, validateProxyCredentials, validateRecentPath, validateRunRequest, validateDeleteWalkthroughRun, validateRememberHierarchy, validateSaveDiagram, validateSaveHierarchy, validateSaveRequest, validateSaveWalkthroughRun, validateSetLanguage } from './contract-validation.ts';
import { validateFollowLog, validateLogBytes, validateLogFilter, validateLogPaths, validateLogRows, validateSessionId } from './log-validation.ts';

export { EVENT_CHANNELS, EVENT_NAMES, INVOKE_CHANNELS, INVOKE_NAMES, eventMethodName, type EventName, type InvokeName } from './channels.ts';

/**
 * The one typed contract between the renderer and the main process.
 *
 * Every call and event is declared here once. The preload exposes exactly one function per entry,
 * main registers exactly one handler per entry (a contract test checks both), and the browser test
 * bridge serves the same entries over HTTP. Payloads are JSON-safe so both transports behave alike.
 * Errors cross as data: Electron keeps only `message` of a thrown error.
 */

/** Why a call failed. */
export type IpcErrorCode = 'invalid-sender' | 'invalid-payload' | 'invalid-file' | 'unsupported' | 'io-error' | 'not-found' | 'internal';

/** A call's answer: a value, or an error as data. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode; message: string } };

/** How the internet endpoint checks of a run go out (see `route-setup.ts`). */
export type EndpointRouteMode = 'auto' | 'direct' | 'system' | 'environment' | 'pac' | 'proxy';

/**
 * The internet endpoint part of a run, as the Endpoints view asks for it. The proxy credentials and
 * the PAC file are not here: main holds them (`setProxyCredentials`, `openPacFile`), so a password
 * crosses to main once and never comes back.
 */
export interface EndpointRunRequest {
  roles?: EndpointRole[];
  features?: EndpointFeatureId[];
  cloud?: AzureCloud;
  timeoutMs?: number;
  route?: EndpointRouteMode;
  /** With `route: 'proxy'`: `http://host:port`, without credentials. */
  proxyUrl?: string;
  /** With `route: 'proxy'`: hosts reached directly (`*.corp.example;<local>`). */
  bypass?: string;
  /** Only these hosts (the Logs view's "Test now" on a finding). */
  hosts?: string[];
}

/** What the renderer may ask to run. Bounds are checked in main (`contract-validation.ts`). */
export interface RunRequest {
  hierarchy: Hierarchy;
  options: {
    timeoutMs?: number;
    concurrency?: number;
    perHostConcurrency?: number;
    from?: string;
    only?: string[];
    /** Check the site-system ports (default true). */
    sites?: boolean;
    /** Check the internet endpoints too, with these settings. */
    endpoints?: EndpointRunRequest;
  };
}

/** What main holds for the endpoint routes: never the password itself. */
export interface ProxyState {
  /** Whether `route: 'system'` is available (the desktop app asks Chromium). */
  systemAvailable: boolean;
  /** The user name of the proxy credentials main holds, if any. */
  credentialsFor: string | null;
  /** The name of the PAC file main holds, if any. */
  pac: string | null;
  /** Where the credentials are kept: sealed for this user in the settings (`encrypted`), or for this session only. */
  credentialsKept?: 'encrypted' | 'session';
}

/** A run accepted by main: its id and the plan it will execute. */
export interface RunStarted {
  runId: string;
  plan: Plan;
}

/** Facts about the running app. */
export interface AppInfo {
  version: string;
  shell: 'electron' | 'browser-bridge';
  vantage: Vantage;
  proxy: ProxyState;
  /** Whether this shell can print the report to PDF. */
  pdf?: boolean;
  /** Something the user should know about the settings (a damaged file set aside). */
  settingsNotice?: LocalizableMessage;
  language: LanguageState;
  /** The hierarchy in use when the app last closed, and where it had come from. */
  lastHierarchy?: { hierarchy: Hierarchy; from: string };
}

/** The language the user chose and the one the system uses (`system`: follow the system). */
export interface LanguageState {
  setting: LanguageSetting;
  system: Language;
}

/** A file chosen and read by main: its name and content, rejected with located issues when invalid. */
export type OpenFileResult<T> =
  | { status: 'opened'; path: string; value: T; warnings: ValidationIssue[] }
  | { status: 'invalid'; path: string; errors: ValidationIssue[] }
  | { status: 'cancelled' };

/** A file the user opened or saved, most recent first. */
export interface RecentFile {
  path: string;
  at: string;
}

/** A diagram to save, and the name the save dialog proposes. */
export interface DiagramFile {
  format: 'svg' | 'png';
  content: string;
  suggestedName: string;
}

/** Where a document was saved. */
export type SaveResult = { status: 'saved'; path: string } | { status: 'cancelled' };

/** Log files opened for the Logs view, or nothing when the user cancelled the dialog. */
export type OpenLogResult = { status: 'opened'; session: LogSessionInfo } | { status: 'cancelled' };

/** Calls: name → argument and result types. */
export interface InvokeContract {
  getAppInfo: { args: null; result: AppInfo };
  /** Switches the language of the app (and of what main writes: result summaries) and keeps the choice. */
  setLanguage: { args: { language: LanguageSetting }; result: LanguageState };
  startRun: { args: RunRequest; result: RunStarted };
  cancelRun: { args: { runId: string }; result: { cancelled: boolean } };
  openHierarchyFile: { args: null; result: OpenFileResult<Hierarchy> };
  /** Writes the hierarchy as JSON (the app's format) or as a table for Excel. */
  saveHierarchyFile: { args: { hierarchy: Hierarchy; format: 'json' | 'csv' }; result: SaveResult };
  listRecentHierarchies: { args: null; result: RecentFile[] };
  /** Opens a file of the recent list (main refuses any other path). */
  openRecentHierarchy: { args: { path: string }; result: OpenFileResult<Hierarchy> };
  openResultDocument: { args: null; result: OpenFileResult<ResultDocument> };
  /** Saves the run as JSON, the offline HTML report, or the firewall change request (CSV or PowerShell); `redact` replaces identifiers by tokens. */
  saveResultDocument: { args: { document: ResultDocument; format: 'json' | 'html' | 'pdf' | 'firewall-csv' | 'firewall-ps1'; redact?: boolean; language?: Language }; result: SaveResult };
  /** Saves the drawn diagram: SVG text, or a PNG as base64 (the renderer rasterises it). */
  saveDiagram: { args: DiagramFile; result: SaveResult };
  /** Keeps the hierarchy in use for the next start (`clear`: start on the demo again). */
  rememberHierarchy: { args: { hierarchy: Hierarchy; from: string } | { clear: true }; result: null };
  /** Walkthrough runs kept across restarts, most recently updated first. */
  listWalkthroughRuns: { args: null; result: WalkthroughRun[] };
  saveWalkthroughRun: { args: { run: WalkthroughRun }; result: WalkthroughRun[] };
  deleteWalkthroughRun: { args: { id: string }; result: WalkthroughRun[] };
  setProxyCredentials: { args: { username: string; password: string } | { clear: true }; result: ProxyState };
  openPacFile: { args: null; result: OpenFileResult<ProxyState> };
  /** Asks for log files (several at once: a `.log` and its `.lo_`). */
  openLogFiles: { args: null; result: OpenLogResult };
  /** Log files dropped on the desktop window (their paths come from the preload). */
  openLogPaths: { args: { paths: string[] }; result: OpenLogResult };
  /** Log files dropped on the page in browser mode, as their bytes. */
  openLogBytes: { args: { files: { name: string; base64: string }[] }; result: OpenLogResult };
  /** The embedded sample (a Dmpdownloader.lo_ and .log). */
  openSampleLogs: { args: null; result: OpenLogResult };
  readLogRows: { args: { sessionId: string; start: number; count: number; filtered: boolean }; result: { rows: LogRow[]; total: number } };
  filterLog: { args: { sessionId: string; filter: LogFilter }; result: LogFilterResult };
  followLog: { args: { sessionId: string; follow: boolean }; result: { following: boolean } };
  closeLogSession: { args: { sessionId: string }; result: { closed: boolean } };
}

/** Events from main: name → payload type. */
export interface EventContract {
  runProgress:
    | { runId: string; type: 'check-started'; checkId: string }
    | { runId: string; type: 'check-finished'; result: CheckResult; done: number; total: number };
  runFinished: { runId: string; document: ResultDocument };
  /** A log session's progress, its end of reading, and new lines of a followed file. */
  logUpdated: LogSessionInfo;
}

/** The payload validator main runs before each call's handler: a message, or null when valid. */
export const INVOKE_VALIDATORS: { readonly [K in InvokeName]: (args: unknown) => string | null } = {
  getAppInfo: validateNoArgs,
  setLanguage: validateSetLanguage,
  startRun: validateRunRequest,
  cancelRun: validateCancelRequest,
  openHierarchyFile: validateNoArgs,
  saveHierarchyFile: validateSaveHierarchy,
  listRecentHierarchies: validateNoArgs,
  openRecentHierarchy: validateRecentPath,
  openResultDocument: validateNoArgs,
  saveResultDocument: validateSaveRequest,
  saveDiagram: validateSaveDiagram,
  rememberHierarchy: validateRememberHierarchy,
  listWalkthroughRuns: validateNoArgs,
  saveWalkthroughRun: validateSaveWalkthroughRun,
  deleteWalkthroughRun: validateDeleteWalkthroughRun,
  setProxyCredentials: validateProxyCredentials,
  openPacFile: validateNoArgs,
  openLogFiles: validateNoArgs,
  openLogPaths: validateLogPaths,
  openLogBytes: validateLogBytes,
  openSampleLogs: validateNoArgs,
  readLogRows: validateLogRows,
  filterLog: validateLogFilter,
  followLog: validateFollowLog,
  closeLogSession: validateSessionId,
};

/** The API the renderer sees as `window.api`: one function per call and one subscriber per event. */
export type NetcheckApi = {
  [K in InvokeName]: (args: InvokeContract[K]['args']) => Promise<IpcResult<InvokeContract[K]['result']>>;
} & {
  [K in EventName as `on${Capitalize<K>}`]: (listener: (payload: EventContract[K]) => void) => () => void;
};

/** The handlers main registers: one per call, each returning its result as data. */
export type InvokeHandlers = {
  [K in InvokeName]: (args: InvokeContract[K]['args']) => Promise<IpcResult<InvokeContract[K]['result']>>;
};
