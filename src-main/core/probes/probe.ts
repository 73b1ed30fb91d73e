import type { CheckTarget } from '../../../shared/plan/build-plan.ts';
import type { ProbeId } from '../../../shared/plan/probe-selection.ts';
import type { Evidence, LocalizableMessage } from '../../../shared/results/result-document.ts';
import type { Status, Verdict } from '../../../shared/results/status.ts';
import type { ConnectTiming } from '../net/connect-timing.ts';
import type { Resolver } from '../net/resolver.ts';
import type { RouteResolver } from '../proxy/route-resolver.ts';

/** What a probe may use: injected so tests can drive probes against local peers and fault injectors. */
export interface ProbeContext {
  /** Aborted when the check times out or the run is cancelled: the probe must settle promptly. */
  signal: AbortSignal;
  timeoutMs: number;
  resolver: Resolver;
  /** Extra trusted root certificates (PEM) for TLS probes: a private PKI, or a test CA. */
  ca?: readonly string[];
  /** The run's learned connect timing (shared by all checks of a run). */
  timing?: ConnectTiming;
  /** How internet endpoint checks go out (direct, or which proxy); direct when absent. */
  route?: RouteResolver;
  /** SHA-256 fingerprints of roots to accept as legitimate for Microsoft endpoints (`--expected-root`). */
  acceptedRoots?: readonly string[];
}

/** The evidence a probe gathers; the runner adds the start time, duration and timeout. */
export type ProbeEvidence = Omit<Evidence, 'startedAt' | 'durationMs' | 'timeoutMs'>;

/**
 * What a probe reports. `status` defaults to the verdict's usual meaning (`statusForVerdict`); a
 * probe sets it when it knows better (an open port that speaks the wrong protocol is a warning).
 */
export interface ProbeOutcome {
  verdict: Verdict;
  status?: Status;
  message: LocalizableMessage;
  details: Record<string, unknown>;
  evidence: ProbeEvidence;
}

/**
 * A probe is a value: an id and a `run` that never throws for an expected network failure (refused,
 * dropped, unreachable, garbage) but returns it as a verdict with its evidence.
 */
export interface Probe {
  id: ProbeId;
  transport: 'tcp' | 'udp';
  /** The port used when none is given (`netcheck probe smb host`); absent when a port is required. */
  defaultPort?: number;
  /** A longer default timeout for probes whose protocol needs it (a DHCPDISCOVER waits 5 s). */
  defaultTimeoutMs?: number;
  run(target: CheckTarget, context: ProbeContext): Promise<ProbeOutcome>;
}
