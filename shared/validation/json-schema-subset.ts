import { childPath, indexPath, type ValidationIssue } from './issue.ts';

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

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function expectation(schema: JsonSchema): string {
  if (schema['x-expected']) return schema['x-expected'];
  if (schema.type === 'integer' || schema.type === 'number') {
    const { minimum: min, maximum: max } = schema;
    if (min !== undefined && max !== undefined) return `${schema.type} ${min}-${max}`;
    if (min !== undefined) return `${schema.type} >= ${min}`;
    if (max !== undefined) return `${schema.type} <= ${max}`;
  }
  if (schema.enum) return `one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  return schema.type ?? 'a valid value';
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
  const error = (message: string, at = path) => issues.push({ path: at, message, severity: 'error' });

  if (schema.type && !hasType(value, schema.type)) {
    error(`expected ${expectation(schema)} (got ${describe(value)})`);
    return;
  }
  if (schema.const !== undefined && value !== schema.const) {
    error(`expected ${expectation(schema)} (got ${describe(value)})`);
    return;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    error(`expected ${expectation(schema)} (got ${describe(value)})`);
    return;
  }
  if (typeof value === 'number') {
    const outOfRange =
      (schema.minimum !== undefined && value < schema.minimum) || (schema.maximum !== undefined && value > schema.maximum);
    if (outOfRange) error(`expected ${expectation(schema)} (got ${describe(value)})`);
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) {
      error(schema.minLength === 1 ? 'must not be empty' : `expected at least ${schema.minLength} characters`);
    } else if (schema.maxLength !== undefined && value.length > schema.maxLength) {
      error(`expected at most ${schema.maxLength} characters (got ${value.length})`);
    } else if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
      error(`expected ${expectation(schema)} (got ${describe(value)})`);
    }
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      error(`expected at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`);
    }
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      error(`expected at most ${schema.maxItems} items (got ${value.length})`);
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
    if (!(name in value)) issues.push({ path: childPath(path, name), message: 'required', severity: 'error' });
  }
  const known = Object.keys(schema.properties ?? {});
  for (const [name, child] of Object.entries(value)) {
    const childSchema = schema.properties?.[name];
    if (childSchema) {
      visit(child, childSchema, root, childPath(path, name), issues);
    } else if (schema.additionalProperties === false) {
      const guess = closestName(name, known);
      const hint = guess ? ` (did you mean "${guess}"?)` : '';
      issues.push({ path: childPath(path, name), message: `unknown property${hint}`, severity: 'error' });
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
    const expected = tags.map((tag) => JSON.stringify(tag)).join(', ');
    issues.push({
      path: childPath(path, key),
      message: `expected one of ${expected} (got ${describe(value[key])})`,
      severity: 'error',
    });
    return;
  }
  visit(value, branch, root, path, issues);
}
