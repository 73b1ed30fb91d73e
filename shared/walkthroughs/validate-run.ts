import type { WalkthroughRun } from './walkthrough-run.ts';

/** Records kept per run, and runs kept: a call is tens of steps, never thousands. */
const MAX_RECORDS = 500;
export const MAX_SAVED_RUNS = 30;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max = 200): value is string => typeof value === 'string' && value.length > 0 && value.length <= max;

/**
 * Checks that a value is a walkthrough run as the engine writes it: the shape, the state, bounded
 * sizes. A run crosses from the renderer to main (to be saved) and is read back from disk after a
 * restart, so both ways it is checked; the message names the first field that is wrong.
 */
export function validateWalkthroughRun(value: unknown): string | null {
  if (!isObject(value)) return 'expected a walkthrough run';
  if (value.formatVersion !== 1) return 'formatVersion: expected 1';
  for (const field of ['id', 'walkthrough', 'startedAt', 'updatedAt', 'current'] as const) if (!isText(value[field])) return `${field}: expected text`;
  if (value.hierarchy !== undefined && !isText(value.hierarchy, 500)) return 'hierarchy: expected text';
  if (!['active', 'paused', 'finished'].includes(value.state as string)) return 'state: expected active, paused or finished';
  if (!Array.isArray(value.records) || value.records.length === 0 || value.records.length > MAX_RECORDS) return `records: expected 1-${MAX_RECORDS} steps`;
  for (const [i, record] of value.records.entries()) {
    if (!isObject(record) || !isText(record.step) || !isText(record.enteredAt)) return `records[${i}]: expected a step and when it was entered`;
    if (record.note !== undefined && (typeof record.note !== 'string' || record.note.length > 10_000)) return `records[${i}].note: expected at most 10,000 characters`;
    if (record.evidence !== undefined && (!Array.isArray(record.evidence) || record.evidence.length > 5_000)) return `records[${i}].evidence: expected a list`;
  }
  return null;
}

/** The runs in a list that are valid (a damaged entry is dropped, the others kept). */
export function validRuns(value: unknown): WalkthroughRun[] {
  return Array.isArray(value) ? (value.filter((run) => validateWalkthroughRun(run) === null) as WalkthroughRun[]) : [];
}
