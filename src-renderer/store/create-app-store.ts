import { createStore, type StoreApi } from 'zustand';
import { createAppInfoSlice } from './app-info-slice.ts';
import { createEndpointSlice } from './endpoint-slice.ts';
import type { AppState } from './app-state.ts';
import { createHierarchySlice } from './hierarchy-slice.ts';
import { createLogSlice } from './log-slice.ts';
import { createNavigationSlice } from './navigation-slice.ts';
import { createRunSlice } from './run-slice.ts';
import { createWalkthroughSlice } from './walkthrough-slice.ts';

/** The store type components receive through context. */
export type AppStore = StoreApi<AppState>;

/** Creates a store from the slices; each test gets a fresh one. */
export function createAppStore(): AppStore {
  return createStore<AppState>()((...args) => ({
    ...createAppInfoSlice(...args),
    ...createHierarchySlice(...args),
    ...createRunSlice(...args),
    ...createNavigationSlice(...args),
    ...createEndpointSlice(...args),
    ...createLogSlice(...args),
    ...createWalkthroughSlice(...args),
  }));
}
