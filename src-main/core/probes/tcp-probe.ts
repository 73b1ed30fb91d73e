import type { CheckTarget } from '../../../shared/plan/build-plan.ts';
import type { Verdict } from '../../../shared/results/status.ts';
import type { Resolution, SocketEndpoint } from '../../../shared/results/result-document.ts';
import { connectTcpAdaptive } from '../net/tcp-connect.ts';
import { resolveTarget } from '../net/target-address.ts';
import type net from 'node:net';
import type { Probe, ProbeContext, ProbeOutcome } from './probe.ts';

/** Socket errors that mean "no route", or an ICMP unreachable from a router or firewall. */
const UNREACHABLE_CODES = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN']);
/** Errors raised by this machine's own packet filter. */
const LOCAL_BLOCK_CODES = new Set(['EACCES', 'EPERM']);

/** An open connection to a check's destination, with what it took to get there. */
export interface OpenConnection {
  socket: net.Socket;
  address: string;
  port: number;
  resolution: Resolution;
  local: SocketEndpoint;
  remote: SocketEndpoint;
  connectMs: number;
}

/**
 * Resolves the destination and opens a TCP connection to `port`, or returns the honest verdict of
 * why it could not: `closed` (refused or reset), `filtered` (no answer before the timeout),
 * `unreachable` (no route, an ICMP unreachable or prohibited), `dns-failed`, or `error`. Protocol
 * probes start here so every one of them reports a failed connection the same way.
 */
export async function openTcp(target: CheckTarget, port: number, context: ProbeContext): Promise<{ ok: true; connection: OpenConnection } | { ok: false; outcome: ProbeOutcome }> {
  const resolution = await resolveTarget(target, context.resolver, context.signal);
  const address = resolution.addresses[0];
  if (!address) return { ok: false, outcome: dnsFailure(target, resolution, context.timeoutMs) };
  const sent = `TCP connect (SYN) to ${address}:${port}`;
  const outcome = await connectTcpAdaptive(address, port, context.signal, context.timing);
  if (outcome.kind === 'connected') {
    return { ok: true, connection: { socket: outcome.socket, address, port, resolution, local: outcome.local, remote: outcome.remote, connectMs: outcome.durationMs } };
  }
  const params = { port, address };
  const local = outcome.local ? { local: outcome.local } : {};
  if (outcome.kind === 'aborted') {
    const early = outcome.attemptBudgetMs !== undefined && outcome.roundTripMs !== undefined;
    return {
      ok: false,
      outcome: {
        verdict: 'filtered',
        message: early
          ? { key: 'probe.tcp.filteredEarly', params: { ...params, budget: outcome.attemptBudgetMs ?? 0, rtt: outcome.roundTripMs ?? 0 } }
          : { key: 'probe.tcp.filtered', params: { ...params, timeout: context.timeoutMs } },
        details: { address, ...(early ? { attemptBudgetMs: outcome.attemptBudgetMs, hostRoundTripMs: outcome.roundTripMs } : {}) },
        evidence: {
          resolution,
          ...local,
          remote: { address, port },
          sent: early ? `${sent}, twice` : sent,
          received: early ? `No reply to 2 SYNs within ${outcome.attemptBudgetMs} ms each (this host answers other ports in ${outcome.roundTripMs} ms)` : `No reply within ${context.timeoutMs} ms`,
          attempts: outcome.attempts ?? 1,
        },
      },
    };
  }
  const verdict = verdictForError(outcome.code);
  const key =
    verdict === 'closed' ? 'probe.tcp.closed' : LOCAL_BLOCK_CODES.has(outcome.code) ? 'probe.tcp.localBlock' : verdict === 'unreachable' ? 'probe.tcp.unreachable' : 'probe.tcp.error';
  return {
    ok: false,
    outcome: {
      verdict,
      message: { key, params: { ...params, code: outcome.code } },
      details: { address, errorCode: outcome.code },
      evidence: {
        resolution,
        ...local,
        remote: { address, port },
        sent,
        received: receivedForError(outcome.code, outcome.message),
        error: { code: outcome.code, message: outcome.message },
      },
    },
  };
}

/** The evidence every outcome over an open connection starts from. */
export function connectionEvidence(connection: OpenConnection): ProbeOutcome['evidence'] {
  return { resolution: connection.resolution, local: connection.local, remote: connection.remote };
}

/**
 * `tcp`: resolve the destination, then a plain TCP connect, with honest verdicts.
 *
 * `open` (handshake completed), `closed` (refused or reset: something answered), `filtered` (no
 * answer before the timeout: a firewall dropping SYNs, or the host is down), `unreachable`
 * (EHOSTUNREACH/ENETUNREACH, also an administratively-prohibited ICMP), `dns-failed`, or `error`
 * when this machine could not even try. Only the first resolved address is tested; the others are in
 * the evidence.
 */
export const tcpProbe: Probe = {
  id: 'tcp',
  transport: 'tcp',
  async run(target: CheckTarget, context: ProbeContext): Promise<ProbeOutcome> {
    const opened = await openTcp(target, target.port ?? 0, context);
    if (!opened.ok) return opened.outcome;
    const { connection } = opened;
    connection.socket.destroy();
    return {
      verdict: 'open',
      message: { key: 'probe.tcp.open', params: { port: connection.port, address: connection.address, ms: connection.connectMs } },
      details: { address: connection.address, connectMs: connection.connectMs },
      evidence: {
        ...connectionEvidence(connection),
        sent: `TCP connect (SYN) to ${connection.address}:${connection.port}`,
        received: 'SYN-ACK: connection established, then closed by this tool',
      },
    };
  },
};

/** The verdict of a failed connect, from its error code. */
export function verdictForError(code: string): Verdict {
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET') return 'closed';
  if (UNREACHABLE_CODES.has(code) || LOCAL_BLOCK_CODES.has(code)) return 'unreachable';
  if (code === 'ETIMEDOUT') return 'filtered';
  return 'error';
}

function receivedForError(code: string, message: string): string {
  if (code === 'ECONNREFUSED') return 'RST: connection refused';
  if (code === 'ECONNRESET') return 'RST: connection reset during the handshake';
  return `Error ${code}: ${message}`;
}

/** The outcome of a check whose destination name did not resolve. */
export function dnsFailure(target: CheckTarget, resolution: Resolution, timeoutMs: number): ProbeOutcome {
  const code = resolution.error?.code ?? 'ENOTFOUND';
  const timedOut = code === 'ETIMEOUT';
  return {
    verdict: 'dns-failed',
    message: timedOut ? { key: 'probe.dns.timeout', params: { host: target.host, timeout: timeoutMs } } : { key: 'probe.dns.failed', params: { host: target.host, code } },
    details: { errorCode: code },
    evidence: {
      resolution,
      sent: `DNS lookup of ${target.host} (${resolution.via})`,
      received: timedOut ? `No answer within ${timeoutMs} ms` : `Error ${code}: ${resolution.error?.message ?? 'no address'}`,
      ...(resolution.error ? { error: resolution.error } : {}),
    },
  };
}
