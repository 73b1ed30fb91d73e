import { validateHierarchy } from '../hierarchy/load-hierarchy.ts';
import { prefixPath, type ValidationIssue } from '../validation/issue.ts';
import { validateWithSchema, type JsonSchema } from '../validation/json-schema-subset.ts';
import { parseJson } from '../validation/parse-json.ts';
import { failure, success, type Outcome } from '../util/result.ts';
import type { ResultDocument } from './result-document.ts';
import { mergeVantageDocuments } from './merge-vantages.ts';
import schemaJson from './result-document.schema.json' with { type: 'json' };

/** The published schema of result documents. */
export const RESULT_DOCUMENT_SCHEMA = schemaJson as JsonSchema;

/**
 * Validates a value as a result document: the schema, then the embedded hierarchy with the same
 * rules as a hierarchy file (its errors are reported under `hierarchy.`).
 *
 * Used to re-open a saved run and to check documents the renderer sends back to be saved, since a
 * document crosses a trust boundary in both cases.
 */
export function validateResultDocument(value: unknown): Outcome<ResultDocument, ValidationIssue> {
  const issues = validateWithSchema(value, RESULT_DOCUMENT_SCHEMA);
  if (issues.length > 0) return failure(issues);
  const document = value as ResultDocument;
  if (document.hierarchy === undefined) return success(document);
  const hierarchy = validateHierarchy(document.hierarchy);
  if (!hierarchy.ok) {
    return failure(hierarchy.errors.map((issue) => ({ ...issue, path: prefixPath('hierarchy', issue.path) })));
  }
  return success(document);
}

/** Parses the text of a saved result document. */
export function loadResultDocument(text: string): Outcome<ResultDocument, ValidationIssue> {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  return validateResultDocument(parsed.value);
}

/** A file's name and text, as read by main or by the page's file picker. */
export interface NamedText {
  name: string;
  text: string;
}

/**
 * Opens one result document, or several measured on different machines and merges them (see
 * `mergeVantageDocuments`). The first invalid file is reported with its name; documents of different
 * hierarchies are refused as a whole. `name` says what was opened: the file, or `a.json + b.json`.
 */
export function loadResultDocuments(files: readonly NamedText[]): { ok: true; document: ResultDocument; name: string } | { ok: false; name: string; errors: ValidationIssue[] } {
  const documents: ResultDocument[] = [];
  for (const file of files) {
    const loaded = loadResultDocument(file.text);
    if (!loaded.ok) return { ok: false, name: file.name, errors: loaded.errors };
    documents.push(loaded.value);
  }
  const name = files.map((file) => file.name).join(' + ');
  const [only] = documents;
  if (documents.length === 1 && only) return { ok: true, document: only, name };
  const merged = mergeVantageDocuments(documents);
  if (!merged.ok) return { ok: false, name, errors: [{ path: '', message: merged.message, severity: 'error' }] };
  return { ok: true, document: merged.document, name };
}
