import { readFile, rename } from 'node:fs/promises';
import { writeFileAtomic } from './atomic-write.ts';

/** What reading a file of the settings folder gave: its value, nothing (no file yet), or a damaged file set aside. */
export type JsonFileRead<T> = { status: 'read'; value: T } | { status: 'missing' } | { status: 'set-aside'; reason: string };

/**
 * Reads a JSON file the app keeps (settings, recent files, walkthroughs…) and checks it with
 * `accept`, which throws when the content is not what the file should hold. A file that cannot be
 * read as such is renamed `<name>.corrupt`, so the app starts with defaults instead of crashing and
 * the user's data stays on disk to look at.
 */
export async function readJsonFile<T>(file: string, accept: (parsed: unknown) => T): Promise<JsonFileRead<T>> {
  try {
    return { status: 'read', value: accept(JSON.parse(await readFile(file, 'utf8')) as unknown) };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    await rename(file, `${file}.corrupt`).catch(() => undefined);
    return { status: 'set-aside', reason: err instanceof Error ? err.message : String(err) };
  }
}

/** Writes a value as indented JSON, atomically (an interrupted write leaves the old file whole). */
export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
}
