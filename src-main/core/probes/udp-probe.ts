import type { CheckTarget } from '../../../shared/plan/build-plan.ts';
import type { LocalizableMessage } from '../../../shared/results/result-document.ts';
import { ExchangeLog } from '../net/exchange-log.ts';
import { resolveTarget } from '../net/target-address.ts';
import { udpRequest, type UdpOutcome } from '../net/udp-exchange.ts';
import type { Probe, ProbeContext, ProbeOutcome } from './probe.ts';
import { dnsFailure } from './tcp-probe.ts';

/** Whether this platform reports ICMP port-unreachable for UDP at all (libuv on Windows does not). */
export function icmpVisible(): boolean {
  return process.platform !== 'win32';
}

/** Resends at 1 s and 2 s: a lost datagram is not a closed port. */
export const UDP_RESENDS = [1000, 2000] as const;

/**
 * Resolves the target for a UDP probe, or returns the DNS failure.
 */
export async function resolveUdpTarget(target: CheckTarget, context: ProbeContext): Promise<{ ok: true; address: string; resolution: ProbeOutcome['evidence']['resolution'] } | { ok: false; outcome: ProbeOutcome }> {
  const resolution = await resolveTarget(target, context.resolver, context.signal);
  const address = resolution.addresses[0];
  if (!address) return { ok: false, outcome: dnsFailure(target, resolution, context.timeoutMs) };
  return { ok: true, address, resolution };
}

/**
 * The honest verdict of a UDP request that got no protocol answer: `closed` only when a connected
 * socket received an ICMP port-unreachable (Linux); otherwise `no-response`, which means "open or
 * filtered", never "closed" (on Windows a closed port is silent too, and the summary says so).
 */
export function udpSilence(outcome: Exclude<UdpOutcome, { kind: 'reply' }>, params: { address: string; port: number }, evidence: ProbeOutcome['evidence']): ProbeOutcome {
  const base = { ...evidence, attempts: outcome.attempts, ...('local' in outcome && outcome.local ? { local: outcome.local } : {}), remote: params };
  if (outcome.kind === 'port-unreachable') {
    return { verdict: 'closed', message: { key: 'probe.udp.closed', params }, details: { icmp: 'port-unreachable' }, evidence: { ...base, received: 'ICMP port unreachable' } };
  }
  if (outcome.kind === 'error') {
    return { verdict: 'error', message: { key: 'probe.udp.error', params: { ...params, code: outcome.code } }, details: { errorCode: outcome.code }, evidence: { ...base, error: { code: outcome.code, message: outcome.message } } };
  }
  const message: LocalizableMessage = icmpVisible()
    ? { key: 'probe.udp.silent', params: { ...params, attempts: outcome.attempts } }
    : { key: 'probe.udp.silentWindows', params };
  return { verdict: 'no-response', message, details: { attempts: outcome.attempts, icmpVisible: icmpVisible() }, evidence: { ...base, received: 'nothing' } };
}

/**
 * After a protocol request on an unconnected socket got no answer (within its share of the check's
 * timeout), asks once more on a connected socket, the only kind that can learn of an ICMP
 * port-unreachable, so a closed port is told apart from silence. Skipped where ICMP is invisible
 * (Windows).
 */
export async function confirmSilence(address: string, port: number, payload: Uint8Array, note: string, signal: AbortSignal, log: ExchangeLog, first: Exclude<UdpOutcome, { kind: 'reply' }>): Promise<UdpOutcome> {
  if (first.kind !== 'silence' || !icmpVisible() || signal.aborted) return first;
  const followUp = await udpRequest({ address, port, payload, note: `${note} (connected, to detect ICMP port unreachable)`, signal, log, connected: true });
  if (followUp.kind === 'silence') return { ...first, attempts: first.attempts + followUp.attempts };
  return followUp;
}

/**
 * `udp`: a UDP port with no protocol probe of its own (Wake on LAN, the wake-up proxy…). Sends an
 * empty datagram on a connected socket: any answer is `open`, an ICMP port-unreachable is `closed`,
 * silence is `no-response`.
 */
export const udpProbe: Probe = {
  id: 'udp',
  transport: 'udp',
  run: (target, context) => emptyDatagram(target, context),
};

/**
 * `rpc-epm-udp` (UDP 135): the endpoint mapper over connectionless RPC, which the ports reference
 * still lists. Current Windows does not serve RPC over UDP ("Connectionless RPC MAY be supported; an
 * implementation SHOULD instead fail connectionless requests", MS-RPCE 3.2; ncadg_ip_udp servers end
 * with Windows Server 2003), and ConfigMgr reaches the endpoint mapper over TCP 135. So a closed
 * UDP 135 is reported as a warning that explains this, not as a failure.
 */
export const rpcEpmUdpProbe: Probe = {
  id: 'rpc-epm-udp',
  transport: 'udp',
  defaultPort: 135,
  async run(target, context): Promise<ProbeOutcome> {
    const outcome = await emptyDatagram(target, context);
    if (outcome.verdict !== 'closed') return outcome;
    return { ...outcome, status: 'warn', message: { key: 'probe.udp.epmClosed', params: outcome.message.params } };
  },
};

/** An empty datagram on a connected socket: a reply is `open`, ICMP port-unreachable `closed`, silence `no-response`. */
async function emptyDatagram(target: CheckTarget, context: ProbeContext): Promise<ProbeOutcome> {
  const resolved = await resolveUdpTarget(target, context);
  if (!resolved.ok) return resolved.outcome;
  const port = target.port ?? 0;
  const log = new ExchangeLog();
  const params = { address: resolved.address, port };
  const outcome = await udpRequest({ address: resolved.address, port, payload: new Uint8Array(0), note: 'empty datagram', signal: context.signal, log, connected: true, resendAfter: UDP_RESENDS });
  const evidence = { resolution: resolved.resolution, exchanges: log.exchanges, sent: `empty UDP datagram to ${resolved.address}:${port}` };
  if (outcome.kind === 'reply') {
    return { verdict: 'open', message: { key: 'probe.udp.reply', params: { ...params, bytes: outcome.data.length } }, details: {}, evidence: { ...evidence, local: outcome.local, remote: outcome.from, attempts: outcome.attempts } };
  }
  return udpSilence(outcome, params, evidence);
}
