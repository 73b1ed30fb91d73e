/**
 * A signal that aborts when the check's signal does or after `ms`, whichever comes first: lets a
 * probe keep part of its timeout for a second attempt (SMB1 after a silent SMB2, TLS after a silent
 * PRELOGIN) instead of spending all of it on the first.
 */
export function withBudget(signal: AbortSignal, ms: number): AbortSignal {
  return AbortSignal.any([signal, AbortSignal.timeout(Math.max(1, Math.round(ms)))]);
}
