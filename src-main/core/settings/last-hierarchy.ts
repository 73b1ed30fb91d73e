import { rm } from 'node:fs/promises';
import path from 'node:path';
import { validateHierarchy } from '../../../shared/hierarchy/load-hierarchy.ts';
import type { Hierarchy } from '../../../shared/hierarchy/model.ts';
import { readJsonFile, writeJsonFile } from '../files/json-file.ts';

/**
 * The hierarchy in use when the app closed (`last-hierarchy.json`, written atomically), so the next
 * start opens on it rather than the demo. A file that is no longer a valid hierarchy is set aside as
 * `.corrupt` and the app starts on the demo.
 */
export class LastHierarchy {
  private readonly file: string;

  constructor(directory: string) {
    this.file = path.join(directory, 'last-hierarchy.json');
  }

  async read(): Promise<{ hierarchy: Hierarchy; from: string } | null> {
    const read = await readJsonFile(this.file, (value) => {
      const parsed = value as { formatVersion?: unknown; from?: unknown; hierarchy?: unknown };
      const checked = validateHierarchy(parsed.hierarchy);
      if (parsed.formatVersion !== 1 || typeof parsed.from !== 'string' || !checked.ok) throw new Error('not a remembered hierarchy');
      return { hierarchy: checked.hierarchy, from: parsed.from };
    });
    return read.status === 'read' ? read.value : null;
  }

  async write(value: { hierarchy: Hierarchy; from: string } | null): Promise<void> {
    if (!value) return void (await rm(this.file, { force: true }));
    await writeJsonFile(this.file, { formatVersion: 1, from: value.from, hierarchy: value.hierarchy });
  }
}
