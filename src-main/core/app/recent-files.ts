import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../files/atomic-write.ts';

/** A file the user opened or saved, most recent first. */
export interface RecentFile {
  path: string;
  /** When it was last opened or saved (ISO 8601). */
  at: string;
}

/** Files remembered. */
export const MAX_RECENT_FILES = 10;

/**
 * The recently used hierarchy files, kept in `recent-hierarchies.json` in the app's settings folder
 * (written atomically). A file that cannot be read as that list is set aside as `.corrupt` and the
 * list starts empty: a damaged settings file never stops the app.
 */
export class RecentFiles {
  private list: RecentFile[] | undefined;
  private readonly file: string;

  constructor(directory: string, name = 'recent-hierarchies.json') {
    this.file = path.join(directory, name);
  }

  async all(): Promise<RecentFile[]> {
    if (this.list) return this.list;
    try {
      const parsed = JSON.parse(await readFile(this.file, 'utf8')) as unknown;
      if (!Array.isArray(parsed) || !parsed.every((item) => typeof item?.path === 'string' && typeof item?.at === 'string')) throw new Error('not a list of files');
      this.list = (parsed as RecentFile[]).slice(0, MAX_RECENT_FILES);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') await rename(this.file, `${this.file}.corrupt`).catch(() => undefined);
      this.list = [];
    }
    return this.list;
  }

  async add(file: string, now = new Date()): Promise<RecentFile[]> {
    const list = [{ path: file, at: now.toISOString() }, ...(await this.all()).filter((item) => item.path !== file)].slice(0, MAX_RECENT_FILES);
    this.list = list;
    await writeFileAtomic(this.file, `${JSON.stringify(list, null, 2)}\n`);
    return list;
  }

  async has(file: string): Promise<boolean> {
    return (await this.all()).some((item) => item.path === file);
  }
}
