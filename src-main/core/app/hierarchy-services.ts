import path from 'node:path';
import { exportHierarchyCsv, loadHierarchyFile } from '../../../shared/hierarchy/hierarchy-csv.ts';
import { serializeHierarchy } from '../../../shared/hierarchy/load-hierarchy.ts';
import type { Hierarchy } from '../../../shared/hierarchy/model.ts';
import type { InvokeHandlers, OpenFileResult } from '../../../shared/ipc/contract.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import type { Dialogs } from './dialogs.ts';
import { openDocument, readDocument, type Parsed } from './open-document.ts';
import type { RecentFiles } from './recent-files.ts';
import { fileSlug } from '../../../shared/util/file-slug.ts';
import { ok, ioError } from './ipc-result.ts';

type HierarchyHandlers = Pick<InvokeHandlers, 'openHierarchyFile' | 'saveHierarchyFile' | 'listRecentHierarchies' | 'openRecentHierarchy'>;


/** A hierarchy file by its extension: the JSON format, or a table (`.csv`, `.txt`) as Excel writes it. */
export function parseHierarchyFile(text: string, file: string): Parsed<Hierarchy> {
  const loaded = loadHierarchyFile(text, path.basename(file));
  return loaded.ok ? { ok: true, value: loaded.hierarchy, warnings: loaded.warnings } : loaded;
}

/** `contoso-hierarchy.json`: a file name from the hierarchy's name. */
export function hierarchyFileName(hierarchy: Hierarchy, format: 'json' | 'csv'): string {
  return `${fileSlug(hierarchy.name)}.${format}`;
}

/**
 * Opening, saving and remembering hierarchy files. Opening only reads (the renderer previews the
 * change and decides); saving writes atomically, so an interrupted save leaves the old file whole.
 * A recent file is opened again only by a path main itself remembered.
 */
export function createHierarchyServices(deps: { dialogs: Dialogs; recent?: RecentFiles }): HierarchyHandlers {
  const remember = async (result: OpenFileResult<Hierarchy>) => {
    if (result.status === 'opened') await deps.recent?.add(result.path).catch(() => undefined);
    return result;
  };
  return {
    openHierarchyFile: async () => ok(await remember(await openDocument(deps.dialogs, 'hierarchy', parseHierarchyFile))),
    openRecentHierarchy: async ({ path: file }) => {
      if (!(await deps.recent?.has(file))) return { ok: false, error: { code: 'not-found', message: `${path.basename(file)} is not a recent file` } };
      return ok(await remember(await readDocument(file, parseHierarchyFile)));
    },
    listRecentHierarchies: async () => ok((await deps.recent?.all()) ?? []),
    saveHierarchyFile: async ({ hierarchy, format }) => {
      const target = await deps.dialogs.chooseFileToSave(hierarchyFileName(hierarchy, format), format);
      if (!target) return ok({ status: 'cancelled' as const });
      try {
        await writeFileAtomic(target, format === 'csv' ? exportHierarchyCsv(hierarchy) : serializeHierarchy(hierarchy));
        if (format === 'json') await deps.recent?.add(target).catch(() => undefined);
        return ok({ status: 'saved' as const, path: target });
      } catch (err) {
        return ioError(path.basename(target), err);
      }
    },
  };
}
