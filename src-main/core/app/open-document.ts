import path from 'node:path';
import type { OpenFileResult } from '../../../shared/ipc/contract.ts';
import { loadResultDocuments, type NamedText } from '../../../shared/results/load-result-document.ts';
import type { ResultDocument } from '../../../shared/results/result-document.ts';
import type { ValidationIssue } from '../../../shared/validation/issue.ts';
import type { Dialogs } from './dialogs.ts';
import { readTextFile } from './read-text-file.ts';

/** What parsing a document's text gave: the value and its warnings, or every located error. */
export type Parsed<T> = { ok: true; value: T; warnings: ValidationIssue[] } | { ok: false; errors: ValidationIssue[] };

/**
 * Reads a file within the size limit and parses it. An unreadable file is reported like an invalid
 * one, as a located issue, so the renderer shows one kind of problem list either way.
 */
export async function readDocument<T>(file: string, parse: (text: string, file: string) => Parsed<T>): Promise<OpenFileResult<T>> {
  const read = await readTextFile(file);
  if (!read.ok) return unreadable(file, read.message);
  const parsed = parse(read.text, file);
  return parsed.ok ? { status: 'opened', path: file, value: parsed.value, warnings: parsed.warnings } : { status: 'invalid', path: file, errors: parsed.errors };
}

/** Asks for a file (of a kind, for the dialog's filter), then reads and parses it. */
export async function openDocument<T>(dialogs: Dialogs, kind: 'hierarchy' | 'result' | 'pac', parse: (text: string, file: string) => Parsed<T>): Promise<OpenFileResult<T>> {
  const file = await dialogs.chooseFileToOpen(kind);
  if (!file) return { status: 'cancelled' };
  return readDocument(file, parse);
}

/**
 * Asks for one or several result documents and opens them: several are documents measured on
 * different machines (`netcheck run --json` on each site server), merged so every result keeps where
 * it was measured. Any file that cannot be read or is invalid rejects the whole choice, by name.
 */
export async function openResultDocuments(dialogs: Dialogs): Promise<OpenFileResult<ResultDocument>> {
  const files = await dialogs.chooseFilesToOpen('result');
  if (!files || files.length === 0) return { status: 'cancelled' };
  const texts: NamedText[] = [];
  for (const file of files) {
    const read = await readTextFile(file);
    if (!read.ok) return unreadable(file, read.message);
    texts.push({ name: files.length === 1 ? file : path.basename(file), text: read.text });
  }
  const loaded = loadResultDocuments(texts);
  return loaded.ok ? { status: 'opened', path: loaded.name, value: loaded.document, warnings: [] } : { status: 'invalid', path: loaded.name, errors: loaded.errors };
}

/** A file that could not be read, as one located issue (the renderer shows one kind of problem list). */
function unreadable(file: string, message: string): OpenFileResult<never> {
  return { status: 'invalid', path: file, errors: [{ path: '', message, severity: 'error' }] };
}
