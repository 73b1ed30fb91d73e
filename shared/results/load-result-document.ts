import { validateHierarchy } from '../hierarchy/load-hierarchy.ts';
import { prefixPath, type ValidationIssue } from '../validation/issue.ts';
import { validateWithSchema, type JsonSchema } from '../validation/json-schema-subset.ts';
import { parseJson } from '../validation/parse-json.ts';
import { failure, success, type Outcome } from '../util/result.ts';
import type { ResultDocument } from './result-document.ts';
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
