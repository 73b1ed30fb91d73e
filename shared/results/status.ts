/**
 * The vocabulary every check result speaks: the probe's verdict and the status derived from it.
 *
 * A verdict says what was observed (`filtered`: no answer before the timeout); a status says what it
 * means for the user (`fail`). Keeping both lets a report explain a red link precisely while the
 * topology and exit codes use the coarse status. A check that did not run is `skipped`, never `pass`.
 */

/**
 * What a probe observed; every verdict maps to one status.
 *
 * Connection: `open`, `closed` (refused or reset), `filtered` (no answer before the timeout),
 * `unreachable`, `dns-failed`. Protocol: `wrong-protocol` (something answered, but not the service
 * expected), `rejected` (the service answered and refused: an RPC bind_nak, a fault),
 * `no-response` (nothing came back: for UDP this is "open or filtered", never "closed"),
 * `undetermined` (this check depends on another that could not answer). Tool: `error`,
 * `not-tested`, `cancelled`.
 */
export type Verdict =
  | 'open'
  | 'closed'
  | 'filtered'
  | 'unreachable'
  | 'dns-failed'
  | 'wrong-protocol'
  | 'rejected'
  | 'no-response'
  | 'undetermined'
  | 'error'
  | 'not-tested'
  | 'cancelled';

/** What the verdict means for the user. */
export type Status = 'pass' | 'warn' | 'fail' | 'unknown' | 'skipped';

/** Every status, from worst to best: the order a link or a run summary is coloured by. */
export const STATUS_SEVERITY_ORDER: readonly Status[] = ['fail', 'warn', 'unknown', 'skipped', 'pass'];

/** Every verdict, for validation of documents read back from disk. */
export const VERDICTS: readonly Verdict[] = [
  'open',
  'closed',
  'filtered',
  'unreachable',
  'dns-failed',
  'wrong-protocol',
  'rejected',
  'no-response',
  'undetermined',
  'error',
  'not-tested',
  'cancelled',
];

/**
 * Returns the worse of two statuses.
 *
 * `skipped` ranks worse than `pass`: a link where one check did not run has not been shown to work.
 */
export function worseStatus(a: Status, b: Status): Status {
  return STATUS_SEVERITY_ORDER.indexOf(a) <= STATUS_SEVERITY_ORDER.indexOf(b) ? a : b;
}

/** Returns the worst status of a list, or `undefined` for an empty list (nothing measured). */
export function worstStatus(statuses: readonly Status[]): Status | undefined {
  let worst: Status | undefined;
  for (const status of statuses) worst = worst === undefined ? status : worseStatus(worst, status);
  return worst;
}

/** Counts results per status, with every status present (zero when absent). */
export function countByStatus(statuses: readonly Status[]): Record<Status, number> {
  const counts: Record<Status, number> = { pass: 0, warn: 0, fail: 0, unknown: 0, skipped: 0 };
  for (const status of statuses) counts[status] += 1;
  return counts;
}
