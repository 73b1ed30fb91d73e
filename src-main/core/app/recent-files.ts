import path from 'node:path';
import { readJsonFile, writeJsonFile } from '../files/json-file.ts';

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
    const read = await readJsonFile(this.file, (parsed) => {
      if (!Array.isArray(parsed) || !parsed.every((item) => typeof item?.path === 'string' && typeof item?.at === 'string')) throw new Error('not a list of files');
      return (parsed as RecentFile[]).slice(0, MAX_RECENT_FILES);
    });
    this.list = read.status === 'read' ? read.value : [];
    return this.list;
  }

  async add(file: string, now = new Date()): Promise<RecentFile[]> {
    const list = [{ path: file, at: now.toISOString() }, ...(await this.all()).filter((item) => item.path !== file)].slice(0, MAX_RECENT_FILES);
    this.list = list;
    await writeJsonFile(this.file, list);
    return list;
  }

  async has(file: string): Promise<boolean> {
    return (await this.all()).some((item) => item.path === file);
  }
}
