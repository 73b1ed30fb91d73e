import { setMaxListeners } from 'node:events';
import type { PlannedCheck } from '../../../shared/plan/build-plan.ts';
import type { Translate } from '../../../shared/i18n/translator.ts';
import type { CheckResult, LocalizableMessage } from '../../../shared/results/result-document.ts';
import type { Verdict } from '../../../shared/results/status.ts';
import { statusForVerdict } from '../../../shared/results/verdict-status.ts';
import { ConnectTiming } from '../net/connect-timing.ts';
import type { Resolver } from '../net/resolver.ts';
import type { RouteResolver } from '../proxy/route-resolver.ts';
import type { Probe, ProbeOutcome } from '../probes/probe.ts';
import { notTestedOutcome } from './not-tested.ts';

/** Progress of a run, emitted as checks start and finish. */
export type RunEvent =
  | { type: 'check-started'; checkId: string; running: number }
  | { type: 'check-finished'; result: CheckResult; done: number; total: number };

/** How to run a set of checks. */
export interface RunChecksOptions {
  probes: ReadonlyMap<string, Probe>;
  resolver: Resolver;
  /** Extra trusted roots for TLS probes. */
  ca?: readonly string[];
  /** How internet endpoint checks go out. */
  route?: RouteResolver;
  /** Roots accepted as Microsoft's (`--expected-root`). */
  acceptedRoots?: readonly string[];
  /** Learned connect timing; a fresh one per run when absent (tests pass none to keep full timeouts). */
  timing?: ConnectTiming | null;
  translate: Translate;
  /** Checks in flight at once, overall. */
  concurrency: number;
  /** Checks in flight at once against one destination host (a server is not a load test). */
  perHostConcurrency: number;
  /** Each check's budget, enforced by its own timer: DNS, connect and protocol exchange together. */
  timeoutMs: number;
  /** Cancels the run: checks not started become `cancelled`, running ones are aborted. */
  signal?: AbortSignal;
  onEvent?: (event: RunEvent) => void;
  /** How long after its timeout a probe may take to settle before its result is discarded. */
  graceMs?: number;
}

const TIMEOUT = 'timeout';
const CANCELLED = 'cancelled';

/**
 * Runs planned checks and returns one result per check, in plan order.
 *
 * Scheduling: a check starts when fewer than `concurrency` checks run overall and fewer than
 * `perHostConcurrency` run against its host; otherwise the next eligible check in plan order goes
 * first. So a run where every target drops packets takes about one timeout per "wave", not the sum of
 * all timeouts; and once a host has answered some connects, its dropped ports are recognised after a
 * few of its round trips (`ConnectTiming`). Each check gets its own AbortController and timer; the run's signal aborts every
 * check at once. A probe that ignores its signal is abandoned `graceMs` after its timeout with an
 * `error` result, so one faulty probe cannot hang a run.
 */
export function runChecks(checks: readonly PlannedCheck[], options: RunChecksOptions): Promise<CheckResult[]> {
  const total = checks.length;
  const results: (CheckResult | undefined)[] = new Array(total);
  const pending = checks.map((check, index) => ({ check, index }));
  const perHost = new Map<string, number>();
  const graceMs = options.graceMs ?? 250;
  const timing = options.timing === null ? undefined : (options.timing ?? new ConnectTiming());
  let running = 0;
  let done = 0;

  return new Promise((resolveAll) => {
    const record = (index: number, result: CheckResult) => {
      results[index] = result;
      done += 1;
      options.onEvent?.({ type: 'check-finished', result, done, total });
      if (done === total) {
        options.signal?.removeEventListener('abort', cancelPending);
        resolveAll(results as CheckResult[]);
      }
    };

    const cancelPending = () => {
      for (const { check, index } of pending.splice(0)) {
        record(index, toResult(check, cancelledOutcome(), new Date().toISOString(), 0, options));
      }
    };

    const pump = () => {
      if (options.signal?.aborted) {
        cancelPending();
        return;
      }
      for (let i = 0; i < pending.length && running < options.concurrency; ) {
        const item = pending[i];
        if (!item) break;
        const host = hostKey(item.check);
        if ((perHost.get(host) ?? 0) >= options.perHostConcurrency) {
          i += 1;
          continue;
        }
        pending.splice(i, 1);
        running += 1;
        perHost.set(host, (perHost.get(host) ?? 0) + 1);
        options.onEvent?.({ type: 'check-started', checkId: item.check.id, running });
        void runOne(item.check, options, graceMs, timing).then((result) => {
          running -= 1;
          perHost.set(host, (perHost.get(host) ?? 1) - 1);
          record(item.index, result);
          pump();
        });
      }
    };

    if (total === 0) {
      resolveAll([]);
      return;
    }
    // Every check in flight listens for the run's cancellation: more than Node's default of 10.
    if (options.signal) setMaxListeners(options.concurrency + 8, options.signal);
    options.signal?.addEventListener('abort', cancelPending, { once: true });
    pump();
  });
}

function hostKey(check: PlannedCheck): string {
  return (check.target.address ?? check.target.host).toLowerCase();
}

async function runOne(check: PlannedCheck, options: RunChecksOptions, graceMs: number, timing: ConnectTiming | undefined): Promise<CheckResult> {
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const probe = options.probes.get(check.probe);
  if (!probe || check.notTestable) return toResult(check, notTestedOutcome(check), startedAt, 0, options);

  const timeoutMs = check.timeoutMs ?? options.timeoutMs;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(TIMEOUT), timeoutMs);
  const onCancel = () => controller.abort(CANCELLED);
  options.signal?.addEventListener('abort', onCancel, { once: true });
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const stuck = new Promise<ProbeOutcome>((resolve) => {
    deadline = setTimeout(() => resolve(stuckOutcome()), timeoutMs + graceMs);
  });
  try {
    const outcome = await Promise.race([
      probe.run(check.target, {
        signal: controller.signal,
        timeoutMs,
        resolver: options.resolver,
        ...(options.ca ? { ca: options.ca } : {}),
        ...(options.route ? { route: options.route } : {}),
        ...(options.acceptedRoots ? { acceptedRoots: options.acceptedRoots } : {}),
        ...(timing ? { timing } : {}),
      }),
      stuck,
    ]).catch((err: unknown) => crashedOutcome(err));
    const final = controller.signal.reason === CANCELLED ? cancelledOutcome(outcome) : outcome;
    return toResult(check, final, startedAt, elapsed(), options);
  } finally {
    clearTimeout(timer);
    clearTimeout(deadline);
    options.signal?.removeEventListener('abort', onCancel);
  }
}

function toResult(check: PlannedCheck, outcome: ProbeOutcome, startedAt: string, durationMs: number, options: RunChecksOptions): CheckResult {
  return {
    id: check.id,
    probe: check.probe,
    target: { ...check.target },
    verdict: outcome.verdict,
    status: outcome.status ?? statusForVerdict(outcome.verdict),
    durationMs,
    summary: translateMessage(options.translate, outcome.message),
    message: outcome.message,
    details: outcome.details,
    evidence: { startedAt, durationMs, timeoutMs: check.timeoutMs ?? options.timeoutMs, ...outcome.evidence },
    links: [...check.linkIds],
  };
}

/** Renders a localizable message with a translator. */
export function translateMessage(translate: Translate, message: LocalizableMessage): string {
  return translate(message.key, message.params) as string;
}

function outcomeOf(verdict: Verdict, message: LocalizableMessage, evidence: ProbeOutcome['evidence'] = {}): ProbeOutcome {
  return { verdict, message, details: {}, evidence };
}

function cancelledOutcome(partial?: ProbeOutcome): ProbeOutcome {
  return outcomeOf('cancelled', { key: 'probe.cancelled', params: {} }, partial?.evidence);
}

function stuckOutcome(): ProbeOutcome {
  return outcomeOf('error', { key: 'probe.stuck', params: {} });
}

function crashedOutcome(err: unknown): ProbeOutcome {
  const message = err instanceof Error ? err.message : String(err);
  return outcomeOf('error', { key: 'probe.crashed', params: { message } }, { error: { code: 'PROBE_CRASHED', message } });
}
