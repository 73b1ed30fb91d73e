import type { Hierarchy } from './model.ts';
import schemaJson from './hierarchy.schema.json' with { type: 'json' };
import { validateHierarchyRules } from './validate-hierarchy.ts';
import { parseJson } from '../validation/parse-json.ts';
import { validateWithSchema, type JsonSchema } from '../validation/json-schema-subset.ts';
import type { ValidationIssue } from '../validation/issue.ts';

/** The published hierarchy schema (the same object as `hierarchy.schema.json`). */
export const HIERARCHY_SCHEMA = schemaJson as JsonSchema;

/** A loaded hierarchy with the warnings it carries, or every error that stopped it loading. */
export type HierarchyLoadResult =
  | { ok: true; hierarchy: Hierarchy; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[] };

/**
 * Validates an already-parsed value as a hierarchy document.
 *
 * Used for text from a file and for hierarchies that cross a trust boundary (the renderer sends
 * one with each run request). Schema errors are reported before reference rules, because "no site
 * with code X" is noise when the site list itself is malformed.
 */
export function validateHierarchy(value: unknown): HierarchyLoadResult {
  const schemaIssues = validateWithSchema(value, HIERARCHY_SCHEMA);
  if (schemaIssues.length > 0) return { ok: false, errors: schemaIssues };
  const hierarchy = value as Hierarchy;
  const ruleIssues = validateHierarchyRules(hierarchy);
  const errors = ruleIssues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, hierarchy, warnings: ruleIssues.filter((issue) => issue.severity === 'warning') };
}

/** Parses and validates the text of a hierarchy file. Pure: it never touches what is already loaded. */
export function loadHierarchy(text: string): HierarchyLoadResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  return validateHierarchy(parsed.value);
}

/**
 * Serialises a hierarchy the way the app writes files: two-space JSON and a final newline.
 *
 * A file written this way and loaded again serialises to the identical text.
 */
export function serializeHierarchy(hierarchy: Hierarchy): string {
  return `${JSON.stringify(hierarchy, null, 2)}\n`;
}
