import type { StateCreator } from 'zustand';
import type { AppState } from './app-state.ts';

/** The views of the app shell. */
export type ViewId = 'hierarchy' | 'checks' | 'endpoints' | 'logs' | 'topology' | 'walkthroughs' | 'report';

/** Every view, in navigation order. */
export const VIEW_IDS: readonly ViewId[] = ['hierarchy', 'checks', 'endpoints', 'logs', 'topology', 'walkthroughs', 'report'];

/** Which view is shown. */
export interface NavigationSlice {
  view: ViewId;
  viewSelected(view: ViewId): void;
}

/** The app opens on the hierarchy: the first thing an engineer confirms on a call. */
export const createNavigationSlice: StateCreator<AppState, [], [], NavigationSlice> = (set) => ({
  view: 'hierarchy',
  viewSelected: (view) => set({ view }),
});
