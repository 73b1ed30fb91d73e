import type { CheckTarget } from '../../../shared/plan/build-plan.ts';
import type { Verdict } from '../../../shared/results/status.ts';
import type { Resolution } from '../../../shared/results/result-document.ts';
import { connectTcp } from '../net/tcp-connect.ts';
import { resolveTarget } from '../net/target-address.ts';
import type { Probe, ProbeContext, ProbeOutcome } from './probe.ts';

/** Socket errors that mean "no route", or an ICMP unreachable from a router or firewall. */
const UNREACHABLE_CODES = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN']);
/** Errors raised by this machine's own packet filter. */
const LOCAL_BLOCK_CODES = new Set(['EACCES', 'EPERM']);

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
  async run(target: CheckTarget, context: ProbeContext): Promise<ProbeOutcome> {
    const resolution = await resolveTarget(target, context.resolver, context.signal);
    const address = resolution.addresses[0];
    if (!address) return dnsFailure(target, resolution, context.timeoutMs);
    const port = target.port ?? 0;
    const params = { port, address };
    const sent = `TCP connect (SYN) to ${address}:${port}`;
    const outcome = await connectTcp(address, port, context.signal);
    if (outcome.kind === 'connected') {
      outcome.socket.destroy();
      return {
        verdict: 'open',
        message: { key: 'probe.tcp.open', params: { ...params, ms: outcome.durationMs } },
        details: { address, connectMs: outcome.durationMs },
        evidence: { resolution, local: outcome.local, remote: outcome.remote, sent, received: 'SYN-ACK: connection established, then closed by this tool' },
      };
    }
    if (outcome.kind === 'aborted') {
      return {
        verdict: 'filtered',
        message: { key: 'probe.tcp.filtered', params: { ...params, timeout: context.timeoutMs } },
        details: { address },
        evidence: {
          resolution,
          ...(outcome.local ? { local: outcome.local } : {}),
          remote: { address, port },
          sent,
          received: `No reply within ${context.timeoutMs} ms`,
        },
      };
    }
    const verdict = verdictForError(outcome.code);
    const key =
      verdict === 'closed'
        ? 'probe.tcp.closed'
        : LOCAL_BLOCK_CODES.has(outcome.code)
          ? 'probe.tcp.localBlock'
          : verdict === 'unreachable'
            ? 'probe.tcp.unreachable'
            : 'probe.tcp.error';
    return {
      verdict,
      message: { key, params: { ...params, code: outcome.code } },
      details: { address, errorCode: outcome.code },
      evidence: {
        resolution,
        ...(outcome.local ? { local: outcome.local } : {}),
        remote: { address, port },
        sent,
        received: receivedForError(outcome.code, outcome.message),
        error: { code: outcome.code, message: outcome.message },
      },
    };
  },
};

function verdictForError(code: string): Verdict {
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
    message: timedOut
      ? { key: 'probe.dns.timeout', params: { host: target.host, timeout: timeoutMs } }
      : { key: 'probe.dns.failed', params: { host: target.host, code } },
    details: { errorCode: code },
    evidence: {
      resolution,
      sent: `DNS lookup of ${target.host} (${resolution.via})`,
      received: timedOut ? `No answer within ${timeoutMs} ms` : `Error ${code}: ${resolution.error?.message ?? 'no address'}`,
      ...(resolution.error ? { error: resolution.error } : {}),
    },
  };
}
