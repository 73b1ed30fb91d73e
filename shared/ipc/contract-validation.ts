import { validateHierarchy } from '../hierarchy/load-hierarchy.ts';
import { parsePortFilter } from '../plan/port-filter.ts';
import { validateResultDocument } from '../results/load-result-document.ts';
import { RUN_SETTING_LIMITS } from '../results/run-defaults.ts';
import { formatIssue } from '../validation/issue.ts';

/**
 * Payload validators for the IPC contract, run in main before any handler.
 *
 * The renderer is treated as untrusted: a compromised or buggy page must not be able to make main
 * probe with absurd settings or crash on a malformed object. Each validator returns a message, or
 * null when the payload is acceptable.
 */

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Calls without arguments accept `null` or `undefined` only. */
export function validateNoArgs(args: unknown): string | null {
  return args === null || args === undefined ? null : 'this call takes no arguments';
}

function checkInteger(value: unknown, name: keyof typeof RUN_SETTING_LIMITS): string | null {
  if (value === undefined) return null;
  const { min, max } = RUN_SETTING_LIMITS[name];
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? null : `options.${name}: expected integer ${min}-${max}`;
}

/** A run request: a valid hierarchy and bounded options. */
export function validateRunRequest(args: unknown): string | null {
  if (!isObject(args) || !isObject(args.options)) return 'expected { hierarchy, options }';
  const hierarchy = validateHierarchy(args.hierarchy);
  if (!hierarchy.ok) return `hierarchy: ${hierarchy.errors.slice(0, 3).map(formatIssue).join('; ')}`;
  const options = args.options;
  const allowed = new Set(['timeoutMs', 'concurrency', 'perHostConcurrency', 'from', 'only']);
  const unknown = Object.keys(options).find((key) => !allowed.has(key));
  if (unknown) return `options.${unknown}: unknown option`;
  for (const name of ['timeoutMs', 'concurrency', 'perHostConcurrency'] as const) {
    const problem = checkInteger(options[name], name);
    if (problem) return problem;
  }
  if (options.from !== undefined && (typeof options.from !== 'string' || options.from.length > 253)) return 'options.from: expected a host name';
  if (options.only !== undefined) {
    if (!Array.isArray(options.only) || options.only.length > 100) return 'options.only: expected a list of PROTO/PORT filters';
    for (const filter of options.only) {
      const parsed = typeof filter === 'string' ? parsePortFilter(filter) : { error: 'expected a string' };
      if ('error' in parsed) return `options.only: ${parsed.error}`;
    }
  }
  return null;
}

/** A cancel request names a run. */
export function validateCancelRequest(args: unknown): string | null {
  return isObject(args) && typeof args.runId === 'string' && args.runId.length <= 100 ? null : 'expected { runId }';
}

/** A save request carries a valid result document and a known format. */
export function validateSaveRequest(args: unknown): string | null {
  if (!isObject(args)) return 'expected { document, format }';
  if (args.format !== 'json' && args.format !== 'html') return 'format: expected "json" or "html"';
  const document = validateResultDocument(args.document);
  return document.ok ? null : `document: ${document.errors.slice(0, 3).map(formatIssue).join('; ')}`;
}
