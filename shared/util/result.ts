/**
 * A value or a list of problems, returned instead of thrown.
 *
 * Loaders and parsers return this so callers (UI, CLI, IPC) can show every problem at once and keep
 * what the user already had when input is bad.
 */
export type Outcome<T, E> = { ok: true; value: T } | { ok: false; errors: E[] };

/** Builds a successful outcome. */
export function success<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Builds a failed outcome from one or more errors. */
export function failure<E>(errors: E[]): { ok: false; errors: E[] } {
  return { ok: false, errors };
}
