import type { StateCreator } from 'zustand';
import { DEMO_HIERARCHY } from '../../shared/hierarchy/demo-hierarchy.ts';
import type { Hierarchy } from '../../shared/hierarchy/model.ts';
import type { ValidationIssue } from '../../shared/validation/issue.ts';
import type { AppState } from './app-state.ts';

/** Where the loaded hierarchy came from. */
export type HierarchySource = { kind: 'demo' } | { kind: 'file'; path: string } | { kind: 'result'; path: string };

/** A file that could not be loaded, with every located problem. The loaded hierarchy is untouched. */
export interface RejectedFile {
  path: string;
  errors: ValidationIssue[];
}

/** The hierarchy being worked on. */
export interface HierarchySlice {
  hierarchy: Hierarchy;
  hierarchySource: HierarchySource;
  hierarchyWarnings: ValidationIssue[];
  rejectedFile: RejectedFile | null;
  hierarchyLoaded(hierarchy: Hierarchy, source: HierarchySource, warnings: ValidationIssue[]): void;
  hierarchyRejected(file: RejectedFile): void;
  rejectionDismissed(): void;
  demoRestored(): void;
}

/**
 * Loading a hierarchy replaces the current one and clears the previous run (its results describe
 * other systems). A rejected file changes nothing but the error banner: what the user had stays.
 */
export const createHierarchySlice: StateCreator<AppState, [], [], HierarchySlice> = (set) => ({
  hierarchy: DEMO_HIERARCHY,
  hierarchySource: { kind: 'demo' },
  hierarchyWarnings: [],
  rejectedFile: null,
  hierarchyLoaded: (hierarchy, source, warnings) =>
    set({ hierarchy, hierarchySource: source, hierarchyWarnings: warnings, rejectedFile: null, run: null, runError: null }),
  hierarchyRejected: (file) => set({ rejectedFile: file }),
  rejectionDismissed: () => set({ rejectedFile: null }),
  demoRestored: () =>
    set({ hierarchy: DEMO_HIERARCHY, hierarchySource: { kind: 'demo' }, hierarchyWarnings: [], rejectedFile: null, run: null, runError: null }),
});
