import type { StateCreator } from 'zustand';
import { DEMO_HIERARCHY } from '../../shared/hierarchy/demo-hierarchy.ts';
import { diffHierarchies, type HierarchyDiff } from '../../shared/hierarchy/hierarchy-diff.ts';
import type { Hierarchy } from '../../shared/hierarchy/model.ts';
import type { ValidationIssue } from '../../shared/validation/issue.ts';
import type { AppState } from './app-state.ts';

/** Where the loaded hierarchy came from. */
/** Where the hierarchy on screen came from; `restored`: the one in use when the app last closed. */
export type HierarchySource = { kind: 'demo' } | { kind: 'file'; path: string } | { kind: 'result'; path: string } | { kind: 'restored'; from: string };

/** A file that could not be loaded, with every located problem. The loaded hierarchy is untouched. */
export interface RejectedFile {
  path: string;
  errors: ValidationIssue[];
}

/** A hierarchy read from a file, shown with what it would change before it replaces the current one. */
export interface PendingImport {
  hierarchy: Hierarchy;
  source: HierarchySource;
  warnings: ValidationIssue[];
  diff: HierarchyDiff;
}

/** Steps of the editor kept for undo. */
export const MAX_UNDO = 200;

/** The hierarchy being worked on, an import waiting for confirmation, and the editor's draft. */
export interface HierarchySlice {
  hierarchy: Hierarchy;
  hierarchySource: HierarchySource;
  hierarchyWarnings: ValidationIssue[];
  /** Edited since it was opened or saved. */
  hierarchyUnsaved: boolean;
  rejectedFile: RejectedFile | null;
  pendingImport: PendingImport | null;
  /** The editor's copy, with its undo and redo steps; null when not editing. */
  draft: Hierarchy | null;
  draftPast: Hierarchy[];
  draftFuture: Hierarchy[];
  hierarchyLoaded(hierarchy: Hierarchy, source: HierarchySource, warnings: ValidationIssue[]): void;
  hierarchyRejected(file: RejectedFile): void;
  rejectionDismissed(): void;
  demoRestored(): void;
  importPreviewed(hierarchy: Hierarchy, source: HierarchySource, warnings: ValidationIssue[]): void;
  importConfirmed(): void;
  importCancelled(): void;
  hierarchySaved(path: string): void;
  editStarted(): void;
  draftChanged(next: Hierarchy): void;
  draftUndone(): void;
  draftRedone(): void;
  editApplied(): void;
  editDiscarded(): void;
}

/** No editor open: no draft, nothing to undo or redo. */
const NO_DRAFT = { draft: null, draftPast: [], draftFuture: [] } as const satisfies Pick<HierarchySlice, 'draft' | 'draftPast' | 'draftFuture'>;

/**
 * A hierarchy taking the place of the current one: nothing pending, no draft, and no run (its
 * results describe other systems).
 */
function replacedBy(hierarchy: Hierarchy, source: HierarchySource, warnings: ValidationIssue[]) {
  return { hierarchy, hierarchySource: source, hierarchyWarnings: warnings, hierarchyUnsaved: false, rejectedFile: null, pendingImport: null, ...NO_DRAFT, run: null, runError: null };
}

/**
 * Loading a hierarchy replaces the current one and clears the previous run (its results describe
 * other systems). A rejected file changes nothing but the error banner; an import is previewed and
 * only replaces the hierarchy once confirmed. The editor works on a draft: the hierarchy in use
 * changes only when a valid draft is applied.
 */
export const createHierarchySlice: StateCreator<AppState, [], [], HierarchySlice> = (set) => ({
  hierarchy: DEMO_HIERARCHY,
  hierarchySource: { kind: 'demo' },
  hierarchyWarnings: [],
  hierarchyUnsaved: false,
  rejectedFile: null,
  pendingImport: null,
  draft: null,
  draftPast: [],
  draftFuture: [],
  hierarchyLoaded: (hierarchy, source, warnings) => set(replacedBy(hierarchy, source, warnings)),
  hierarchyRejected: (file) => set({ rejectedFile: file, pendingImport: null }),
  rejectionDismissed: () => set({ rejectedFile: null }),
  demoRestored: () => set(replacedBy(DEMO_HIERARCHY, { kind: 'demo' }, [])),
  importPreviewed: (hierarchy, source, warnings) => set((state) => ({ pendingImport: { hierarchy, source, warnings, diff: diffHierarchies(state.hierarchy, hierarchy) }, rejectedFile: null })),
  importConfirmed: () =>
    set((state) =>
      state.pendingImport
        ? replacedBy(state.pendingImport.hierarchy, state.pendingImport.source, state.pendingImport.warnings)
        : {},
    ),
  importCancelled: () => set({ pendingImport: null }),
  hierarchySaved: (path) => set({ hierarchySource: { kind: 'file', path }, hierarchyUnsaved: false }),
  editStarted: () => set((state) => ({ draft: state.hierarchy, draftPast: [], draftFuture: [] })),
  draftChanged: (next) => set((state) => (state.draft ? { draft: next, draftPast: [...state.draftPast, state.draft].slice(-MAX_UNDO), draftFuture: [] } : {})),
  draftUndone: () =>
    set((state) => {
      const previous = state.draftPast.at(-1);
      return previous && state.draft ? { draft: previous, draftPast: state.draftPast.slice(0, -1), draftFuture: [state.draft, ...state.draftFuture] } : {};
    }),
  draftRedone: () =>
    set((state) => {
      const [next, ...rest] = state.draftFuture;
      return next && state.draft ? { draft: next, draftPast: [...state.draftPast, state.draft], draftFuture: rest } : {};
    }),
  editApplied: () =>
    set((state) =>
      state.draft && state.draft !== state.hierarchy
        ? { hierarchy: state.draft, hierarchyUnsaved: true, hierarchyWarnings: [], ...NO_DRAFT, run: null, runError: null }
        : NO_DRAFT,
    ),
  editDiscarded: () => set(NO_DRAFT),
});
