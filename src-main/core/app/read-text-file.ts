import { open } from 'node:fs/promises';

/** Refuses files larger than this many bytes before reading them (hierarchies and results are small). */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/**
 * Reads a UTF-8 text file of bounded size; an oversized or unreadable file is an error message,
 * not an exception, so the caller can show it and keep what the user had.
 */
export async function readTextFile(path: string, maxBytes = MAX_DOCUMENT_BYTES): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) return { ok: false, message: `the file is ${size} bytes; the limit is ${maxBytes}` };
      return { ok: true, text: await handle.readFile('utf8') };
    } finally {
      await handle.close();
    }
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
