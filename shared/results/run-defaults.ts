/**
 * Default run settings, shared by the CLI and the app.
 *
 * 3 s per check: a LAN or WAN handshake that has not completed in 3 s is not working for ConfigMgr
 * either. 128 checks at once overall and 16 per host: a hierarchy whose every target drops packets
 * finishes in about one timeout, a sweep of hundreds of ports keeps pace with nmap (bench/), and no
 * single server sees more than 16 connections from us at a time.
 *
 * 10 s per internet endpoint: its check chains a DNS lookup, a connect (often to a proxy), a CONNECT,
 * a TLS handshake and an HTTP request to a server across the internet.
 */
export const DEFAULT_RUN_SETTINGS = {
  timeoutMs: 3000,
  endpointTimeoutMs: 10_000,
  concurrency: 128,
  perHostConcurrency: 16,
} as const;

/** Bounds accepted from users and from the renderer. */
export const RUN_SETTING_LIMITS = {
  timeoutMs: { min: 100, max: 120_000 },
  concurrency: { min: 1, max: 512 },
  perHostConcurrency: { min: 1, max: 64 },
} as const;
