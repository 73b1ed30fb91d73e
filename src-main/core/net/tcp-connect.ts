import net from 'node:net';
import type { SocketEndpoint } from '../../../shared/results/result-document.ts';
import type { ConnectTiming } from './connect-timing.ts';
import { errorInfo } from './resolver.ts';

/** How a TCP connection attempt ended. `attempts` counts the SYNs sent by separate connects. */
export type TcpConnectOutcome =
  | { kind: 'connected'; socket: net.Socket; local: SocketEndpoint; remote: SocketEndpoint; durationMs: number; attempts?: number }
  | { kind: 'failed'; code: string; message: string; durationMs: number; local?: SocketEndpoint; attempts?: number }
  | { kind: 'aborted'; durationMs: number; local?: SocketEndpoint; attempts?: number; attemptBudgetMs?: number; roundTripMs?: number };

/**
 * Opens a TCP connection and reports how it ended, never throwing.
 *
 * Node has no connect timeout (a dropped SYN waits ~127 s on Linux; `net.connect({ timeout })` only
 * emits an event), so the attempt ends when `signal` aborts: the socket is destroyed and the outcome
 * is `aborted`. On success the caller owns the open socket (protocol probes keep talking on it).
 */
export function connectTcp(address: string, port: number, signal: AbortSignal): Promise<TcpConnectOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  if (signal.aborted) return Promise.resolve({ kind: 'aborted', durationMs: 0 });
  return new Promise((resolve) => {
    const socket = net.connect({ host: address, port, noDelay: true });
    let settled = false;
    const localEndpoint = (): SocketEndpoint | undefined =>
      socket.localAddress && socket.localPort !== undefined ? { address: socket.localAddress, port: socket.localPort } : undefined;
    const finish = (outcome: TcpConnectOutcome) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      socket.removeListener('connect', onConnect);
      socket.removeListener('error', onError);
      resolve(outcome);
    };
    const onAbort = () => {
      const local = localEndpoint();
      socket.destroy();
      finish({ kind: 'aborted', durationMs: elapsed(), ...(local ? { local } : {}) });
    };
    const onConnect = () => {
      // A late error (reset right after connect) must not crash the process once the caller owns it.
      socket.on('error', () => undefined);
      finish({
        kind: 'connected',
        socket,
        local: { address: socket.localAddress ?? '', port: socket.localPort ?? 0 },
        remote: { address: socket.remoteAddress ?? address, port: socket.remotePort ?? port },
        durationMs: elapsed(),
      });
    };
    const onError = (err: Error) => {
      const local = localEndpoint();
      socket.destroy();
      finish({ kind: 'failed', ...errorInfo(err), durationMs: elapsed(), ...(local ? { local } : {}) });
    };
    socket.once('connect', onConnect);
    socket.once('error', onError);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Connects with the run's learned timing: when the destination has answered other connects (before
 * this attempt or while it waits), an attempt that gets no answer within its budget is retried once,
 * and a second silent attempt is reported as `aborted` (the caller's `filtered`) without waiting for
 * the check's whole timeout. Answered attempts feed the timing. A destination that never answers
 * anything keeps a single connect bounded by `signal`.
 */
export async function connectTcpAdaptive(address: string, port: number, signal: AbortSignal, timing?: ConnectTiming): Promise<TcpConnectOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let budget: number | undefined;
  for (let attempt = 1; attempt <= 2; attempt++) {
    const attemptStarted = performance.now();
    const attemptController = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Arms (or re-arms) this attempt's deadline from what is known about the host, now or later.
    const arm = () => {
      budget = timing?.attemptBudget(address);
      if (budget === undefined) return;
      clearTimeout(timer);
      timer = setTimeout(() => attemptController.abort(), Math.max(0, budget - (performance.now() - attemptStarted)));
    };
    arm();
    const unsubscribe = timing && budget === undefined ? timing.onLearned(address, arm) : undefined;
    const outcome = await connectTcp(address, port, AbortSignal.any([signal, attemptController.signal]));
    clearTimeout(timer);
    unsubscribe?.();
    if (outcome.kind !== 'aborted') {
      timing?.record(address, outcome.durationMs);
      return { ...outcome, durationMs: elapsed(), attempts: attempt };
    }
    if (signal.aborted || budget === undefined) return { ...outcome, durationMs: elapsed(), attempts: attempt };
  }
  return {
    kind: 'aborted',
    durationMs: elapsed(),
    attempts: 2,
    ...(budget !== undefined ? { attemptBudgetMs: budget } : {}),
    ...(timing?.roundTrip(address) !== undefined ? { roundTripMs: timing.roundTrip(address) } : {}),
  };
}
