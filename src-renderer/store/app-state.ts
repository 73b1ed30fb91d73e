import type { AppInfoSlice } from './app-info-slice.ts';
import type { EndpointSlice } from './endpoint-slice.ts';
import type { HierarchySlice } from './hierarchy-slice.ts';
import type { LogSlice } from './log-slice.ts';
import type { NavigationSlice } from './navigation-slice.ts';
import type { RunSlice } from './run-slice.ts';
import type { WalkthroughSlice } from './walkthrough-slice.ts';

/** The whole renderer state: the union of its slices. */
export type AppState = AppInfoSlice & HierarchySlice & RunSlice & NavigationSlice & EndpointSlice & LogSlice & WalkthroughSlice;
