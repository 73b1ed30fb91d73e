import path from 'node:path';
import type { Dialogs } from '../../src-main/core/app/dialogs.ts';

/**
 * Dialogs for the browser bridge, which has no native windows: saves go into a fixed folder, and
 * "open" answers with the next file a test queued (or "cancelled" when none is queued; the browser
 * page then offers its own file picker).
 */
export function createFolderDialogs(saveDirectory: string): Dialogs & { queueOpen(file: string): void; queueOpenMany(files: string[]): void } {
  const queue: string[] = [];
  const many: string[][] = [];
  return {
    queueOpen: (file) => queue.push(file),
    queueOpenMany: (files) => many.push(files),
    chooseFileToOpen: async () => queue.shift() ?? null,
    chooseFilesToOpen: async () => many.shift() ?? null,
    chooseFileToSave: async (suggestedName) => path.join(saveDirectory, path.basename(suggestedName)),
  };
}
