import type { StateCreator } from 'zustand';
import type { LogFilterResult, LogSessionInfo } from '../../shared/logs/log-session-types.ts';
import type { Severity } from '../../shared/logs/log-types.ts';
import type { AppState } from './app-state.ts';

/** What the table shows: the filter as typed, and its result once main applied it. */
export interface LogViewFilter {
  text: string;
  severities: Severity[];
}

export const ALL_SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];

/**
 * The Logs view's state. Rows are not here: the table pages them from main as it scrolls (a log
 * can hold millions); the store keeps the session, how to show it, and which entry is selected.
 */
export interface LogSlice {
  logSession: LogSessionInfo | null;
  logError: string | null;
  logFilter: LogViewFilter;
  /** The filter main applied, or null when every entry is shown. */
  logFiltered: (LogFilterResult & { filter: LogViewFilter }) | null;
  logFiltering: boolean;
  logHighlight: string;
  logTimeZone: 'local' | 'utc';
  /** The selected entry's index in the whole list. */
  logSelected: number | null;
  /** A request to bring an entry into view (a finding's "Show the line"); the counter re-triggers it. */
  logReveal: { index: number; nonce: number } | null;
  logOpened(session: LogSessionInfo): void;
  logUpdated(session: LogSessionInfo): void;
  logFailed(message: string): void;
  logClosed(): void;
  logFilterEdited(filter: Partial<LogViewFilter>): void;
  logFilterStarted(): void;
  logFilterApplied(result: (LogFilterResult & { filter: LogViewFilter }) | null): void;
  logHighlightChanged(text: string): void;
  logTimeZoneChanged(zone: 'local' | 'utc'): void;
  logEntrySelected(index: number | null): void;
  logEntryRevealed(index: number): void;
}

export const createLogSlice: StateCreator<AppState, [], [], LogSlice> = (set) => ({
  logSession: null,
  logError: null,
  logFilter: { text: '', severities: [...ALL_SEVERITIES] },
  logFiltered: null,
  logFiltering: false,
  logHighlight: '',
  logTimeZone: 'local',
  logSelected: null,
  logReveal: null,
  logOpened: (session) => set({ logSession: session, logError: null, logFiltered: null, logFiltering: false, logSelected: null, logReveal: null, logFilter: { text: '', severities: [...ALL_SEVERITIES] } }),
  // Updates of another session (one closed meanwhile) are ignored.
  logUpdated: (session) => set((state) => (state.logSession?.sessionId === session.sessionId ? { logSession: session } : {})),
  logFailed: (message) => set({ logError: message }),
  logClosed: () => set({ logSession: null, logFiltered: null, logSelected: null, logReveal: null }),
  logFilterEdited: (filter) => set((state) => ({ logFilter: { ...state.logFilter, ...filter } })),
  logFilterStarted: () => set({ logFiltering: true }),
  logFilterApplied: (result) => set({ logFiltered: result, logFiltering: false }),
  logHighlightChanged: (text) => set({ logHighlight: text }),
  logTimeZoneChanged: (zone) => set({ logTimeZone: zone }),
  logEntrySelected: (index) => set({ logSelected: index }),
  logEntryRevealed: (index) =>
    set((state) => ({
      logSelected: index,
      logReveal: { index, nonce: (state.logReveal?.nonce ?? 0) + 1 },
      // The line may be hidden by the filter: show everything so it can be seen in context.
      logFiltered: null,
      logFilter: { text: '', severities: [...ALL_SEVERITIES] },
    })),
});
