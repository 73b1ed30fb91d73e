import { expectationKey } from '../i18n/locales/en-issues.ts';
import { childPath, indexPath, issueOf, type ValidationIssue } from './issue.ts';

/**
 * A validator for the subset of JSON Schema (2020-12) that the app's published schemas use.
 *
 * Why not a general validator: ajv compiles schemas with `new Function`, which the renderer's CSP
 * forbids, and its messages (`/systems/3/roles/0/port must be <= 65535`) are not what an admin can
 * act on. Interpreting the schema keeps the published `.json` file the single source of truth while
 * producing messages such as `systems[3].roles[0].port: expected integer 1-65535 (got 70000)`.
 *
 * Supported keywords: `type`, `const`, `enum`, `properties`, `required`, `additionalProperties:
 * false`, `items`, `minItems`, `maxItems`, `minLength`, `maxLength`, `pattern`, `minimum`, `maximum`,
 * local `$ref` (`#/$defs/name`), and `oneOf` with a `discriminator` (OpenAPI style, also understood
 * by ajv) so that a role of the wrong kind gets one message instead of one per branch. The annotation
 * `x-expected` gives the human wording of what a `pattern` or `const` expects. Any other keyword is
 * rejected by {@link assertSupportedSchema}, so a schema edit cannot silently weaken validation.
 */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  const?: unknown;
  enum?: readonly unknown[];
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: false;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  oneOf?: readonly JsonSchema[];
  discriminator?: { propertyName: string };
  'x-expected'?: string;
}

const SUPPORTED_KEYWORDS = new Set<string>([
  '$schema', '$id', '$ref', '$defs', 'title', 'description', 'type', 'const', 'enum', 'properties',
  'required', 'additionalProperties', 'items', 'minItems', 'maxItems', 'minLength', 'maxLength',
  'pattern', 'minimum', 'maximum', 'oneOf', 'discriminator', 'x-expected',
]);

/** Throws when a schema uses a keyword this interpreter does not enforce. */
export function assertSupportedSchema(schema: JsonSchema, where = '#'): void {
  for (const key of Object.keys(schema)) {
    if (!SUPPORTED_KEYWORDS.has(key)) throw new Error(`Unsupported JSON Schema keyword "${key}" at ${where}`);
  }
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) {
    throw new Error(`Only "additionalProperties": false is supported (at ${where})`);
  }
  for (const [name, sub] of Object.entries(schema.$defs ?? {})) assertSupportedSchema(sub, `${where}/$defs/${name}`);
  for (const [name, sub] of Object.entries(schema.properties ?? {})) assertSupportedSchema(sub, `${where}/properties/${name}`);
  if (schema.items) assertSupportedSchema(schema.items, `${where}/items`);
  schema.oneOf?.forEach((sub, i) => assertSupportedSchema(sub, `${where}/oneOf/${i}`));
}

/** Validates a parsed JSON value against a schema; returns every issue found (empty when valid). */
export function validateWithSchema(value: unknown, schema: JsonSchema): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  visit(value, schema, schema, '', issues);
  return issues;
}

function resolveRef(root: JsonSchema, ref: string): JsonSchema {
  const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
  const target = match?.[1] !== undefined ? root.$defs?.[match[1]] : undefined;
  if (!target) throw new Error(`Unresolvable $ref ${ref}`);
  return target;
}

type Params = Record<string, string | number>;

/** What was found: JSON as written (cut at 40 characters), or the words for an array or an object. */
function describe(value: unknown): Params {
  if (Array.isArray(value)) return { gotKey: 'issue.got.array' };
  if (typeof value === 'object' && value !== null) return { gotKey: 'issue.got.object' };
  const text = JSON.stringify(value);
  return { got: text.length > 40 ? `${text.slice(0, 37)}...` : text };
}

/** What a schema expects, as the key of its wording and that wording's parameters. */
function expectation(schema: JsonSchema): Params {
  if (schema['x-expected']) return { expectedKey: `issue.expectation.schema.${expectationKey(schema['x-expected'])}` };
  if (schema.type === 'integer' || schema.type === 'number') {
    const { minimum: min, maximum: max } = schema;
    if (min !== undefined && max !== undefined) return { expectedKey: `issue.expectation.range.${schema.type}`, min, max };
    if (min !== undefined) return { expectedKey: `issue.expectation.atLeast.${schema.type}`, min };
    if (max !== undefined) return { expectedKey: `issue.expectation.atMost.${schema.type}`, max };
  }
  if (schema.enum) return { expectedKey: 'issue.expectation.oneOf', values: schema.enum.map((v) => JSON.stringify(v)).join(', ') };
  if (schema.const !== undefined) return { expectedKey: 'issue.expectation.value', value: JSON.stringify(schema.const) };
  return { expectedKey: schema.type ? `issue.expectation.type.${schema.type}` : 'issue.expectation.valid' };
}

/** `expected integer 1-65535 (got 70000)`. */
function mismatch(schema: JsonSchema, value: unknown): [string, Params] {
  return ['issue.expected', { ...expectation(schema), ...describe(value) }];
}

function hasType(value: unknown, type: NonNullable<JsonSchema['type']>): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
  }
}

function closestName(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function visit(value: unknown, schema: JsonSchema, root: JsonSchema, path: string, issues: ValidationIssue[]): void {
  if (schema.$ref) {
    visit(value, resolveRef(root, schema.$ref), root, path, issues);
    return;
  }
  const error = ([key, params]: [string, Params]) => issues.push(issueOf(path, 'error', key, params));

  if (schema.type && !hasType(value, schema.type)) {
    error(mismatch(schema, value));
    return;
  }
  if (schema.const !== undefined && value !== schema.const) {
    error(mismatch(schema, value));
    return;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    error(mismatch(schema, value));
    return;
  }
  if (typeof value === 'number') {
    const outOfRange =
      (schema.minimum !== undefined && value < schema.minimum) || (schema.maximum !== undefined && value > schema.maximum);
    if (outOfRange) error(mismatch(schema, value));
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) {
      error(schema.minLength === 1 ? ['issue.notEmpty', {}] : ['issue.minLength', { min: schema.minLength }]);
    } else if (schema.maxLength !== undefined && value.length > schema.maxLength) {
      error(['issue.maxLength', { max: schema.maxLength, length: value.length }]);
    } else if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
      error(mismatch(schema, value));
    }
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      error(['issue.minItems', { count: schema.minItems }]);
    }
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      error(['issue.maxItems', { max: schema.maxItems, length: value.length }]);
    }
    if (schema.items) {
      const items = schema.items;
      value.forEach((item, i) => visit(item, items, root, indexPath(path, i), issues));
    }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    visitObject(value as Record<string, unknown>, schema, root, path, issues);
  }
}

function visitObject(
  value: Record<string, unknown>,
  schema: JsonSchema,
  root: JsonSchema,
  path: string,
  issues: ValidationIssue[],
): void {
  for (const name of schema.required ?? []) {
    if (!(name in value)) issues.push(issueOf(childPath(path, name), 'error', 'issue.required'));
  }
  const known = Object.keys(schema.properties ?? {});
  for (const [name, child] of Object.entries(value)) {
    const childSchema = schema.properties?.[name];
    if (childSchema) {
      visit(child, childSchema, root, childPath(path, name), issues);
    } else if (schema.additionalProperties === false) {
      const guess = closestName(name, known);
      issues.push(guess ? issueOf(childPath(path, name), 'error', 'issue.unknownPropertyHint', { guess }) : issueOf(childPath(path, name), 'error', 'issue.unknownProperty'));
    }
  }
  if (schema.oneOf) visitOneOf(value, schema, root, path, issues);
}

function visitOneOf(
  value: Record<string, unknown>,
  schema: JsonSchema,
  root: JsonSchema,
  path: string,
  issues: ValidationIssue[],
): void {
  const key = schema.discriminator?.propertyName;
  if (!key) throw new Error('oneOf is only supported with a discriminator');
  if (!(key in value)) return; // reported by `required`
  const branches = (schema.oneOf ?? []).map((branch) => (branch.$ref ? resolveRef(root, branch.$ref) : branch));
  const tags = branches.map((branch) => branch.properties?.[key]?.const);
  const index = tags.indexOf(value[key]);
  const branch = branches[index];
  if (index < 0 || !branch) {
    const values = tags.map((tag) => JSON.stringify(tag)).join(', ');
    issues.push(issueOf(childPath(path, key), 'error', 'issue.expected', { expectedKey: 'issue.expectation.oneOf', values, ...describe(value[key]) }));
    return;
  }
  visit(value, branch, root, path, issues);
}
