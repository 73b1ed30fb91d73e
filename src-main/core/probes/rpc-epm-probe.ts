import type { CheckTarget } from '../../../shared/plan/build-plan.ts';
import type { EpmEntry } from '../../../shared/protocols/epm.ts';
import { toHex } from '../../../shared/protocols/bytes.ts';
import { lookupEndpoints, type EpmLookupOutcome } from '../net/epm-client.ts';
import { ExchangeLog } from '../net/exchange-log.ts';
import type { Probe, ProbeContext, ProbeOutcome } from './probe.ts';
import { connectionEvidence, openTcp, type OpenConnection } from './tcp-probe.ts';

/** The endpoint mapper's well-known port. */
export const EPM_PORT = 135;

/** An advertised endpoint as results show it. */
export interface EndpointDetail {
  interface: string;
  version: string;
  annotation: string;
  transport: string;
  port?: number;
  endpoint?: string;
}

/** Connects to the endpoint mapper and lists its endpoints, keeping the exchange for the evidence. */
export async function queryEndpointMapper(target: CheckTarget, context: ProbeContext): Promise<
  { ok: true; connection: OpenConnection; lookup: EpmLookupOutcome; log: ExchangeLog } | { ok: false; outcome: ProbeOutcome }
> {
  const opened = await openTcp(target, target.port ?? EPM_PORT, context);
  if (!opened.ok) return opened;
  const log = new ExchangeLog();
  try {
    const lookup = await lookupEndpoints(opened.connection.socket, context.signal, log);
    return { ok: true, connection: opened.connection, lookup, log };
  } finally {
    opened.connection.socket.destroy();
  }
}

/** Endpoints as result details. */
export function endpointDetails(entries: readonly EpmEntry[]): EndpointDetail[] {
  return entries.map((entry) => ({
    interface: entry.interface,
    version: entry.version,
    annotation: entry.annotation,
    transport: entry.transport,
    ...(entry.port !== undefined ? { port: entry.port } : {}),
    ...(entry.endpoint ? { endpoint: entry.endpoint } : {}),
  }));
}

/**
 * `rpc-epm` (TCP 135): a DCE/RPC bind to the endpoint mapper, then `ept_lookup` paging through every
 * registered endpoint. Tells apart a bind_ack (the mapper answers), a provider rejection or bind_nak
 * (it refuses: `rejected`), something that is not RPC (`wrong-protocol`), and silence after the
 * connection (`no-response`).
 */
export const rpcEpmProbe: Probe = {
  id: 'rpc-epm',
  transport: 'tcp',
  defaultPort: EPM_PORT,
  async run(target, context): Promise<ProbeOutcome> {
    const queried = await queryEndpointMapper(target, context);
    if (!queried.ok) return queried.outcome;
    const { connection, lookup, log } = queried;
    return epmOutcome(connection, lookup, log, context.timeoutMs);
  },
};

/** The verdict and evidence of an endpoint-mapper conversation. */
export function epmOutcome(connection: OpenConnection, lookup: EpmLookupOutcome, log: ExchangeLog, timeoutMs: number): ProbeOutcome {
  const params = { address: connection.address, port: connection.port };
  const evidence = { ...connectionEvidence(connection), exchanges: log.exchanges, sent: 'DCE/RPC bind, then ept_lookup (all elements, all versions)' };
  switch (lookup.kind) {
    case 'listed': {
      const tcp = lookup.entries.filter((entry) => entry.transport === 'ncacn_ip_tcp' && entry.port !== undefined);
      const ports = [...new Set(tcp.map((entry) => entry.port))].sort((a, b) => (a ?? 0) - (b ?? 0));
      return {
        verdict: 'open',
        message: { key: 'probe.rpc.listed', params: { ...params, count: lookup.entries.length, tcp: tcp.length, ports: ports.join(', ') || '-' } },
        details: { bind: 'bind_ack', pages: lookup.pages, endpoints: endpointDetails(lookup.entries) },
        evidence: { ...evidence, received: `bind_ack, then ${lookup.entries.length} endpoints in ${lookup.pages} ept_lookup page(s)` },
      };
    }
    case 'bind-rejected':
      return {
        verdict: 'rejected',
        message: { key: 'probe.rpc.rejected', params: { ...params, how: lookup.how === 'bind-nak' ? 'bind_nak' : lookup.how, reason: lookup.reason } },
        details: { bind: lookup.how, reason: lookup.reason },
        evidence: { ...evidence, received: `${lookup.how}: ${lookup.reason}` },
      };
    case 'fault':
      return {
        verdict: 'rejected',
        message: { key: 'probe.rpc.fault', params: { ...params, status: lookup.status.toString(16).padStart(8, '0') } },
        details: { bind: 'bind_ack', faultStatus: lookup.status, endpoints: endpointDetails(lookup.entries) },
        evidence: { ...evidence, received: `fault 0x${lookup.status.toString(16)}` },
      };
    case 'not-rpc':
      return {
        verdict: 'wrong-protocol',
        message: { key: 'probe.rpc.notRpc', params: { ...params, reason: lookup.reason } },
        details: { reason: lookup.reason },
        evidence: { ...evidence, received: lookup.received.length > 0 ? toHex(lookup.received, 64) : lookup.reason },
      };
    case 'no-reply':
      return {
        verdict: 'no-response',
        message: { key: 'probe.rpc.noReply', params: { ...params, timeout: timeoutMs } },
        details: { step: lookup.step },
        evidence: { ...evidence, received: `No reply within ${timeoutMs} ms` },
      };
    case 'closed':
      return {
        verdict: 'wrong-protocol',
        message: { key: 'probe.rpc.closedEarly', params },
        details: { step: lookup.step },
        evidence: { ...evidence, received: 'Connection closed by the peer' },
      };
  }
}
