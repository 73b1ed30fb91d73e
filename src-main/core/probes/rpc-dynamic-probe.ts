import { connectTcpAdaptive } from '../net/tcp-connect.ts';
import type { LocalizableMessage } from '../../../shared/results/result-document.ts';
import type { Probe, ProbeOutcome } from './probe.ts';
import { EPM_PORT, epmOutcome, queryEndpointMapper } from './rpc-epm-probe.ts';
import { connectionEvidence } from './tcp-probe.ts';

/** Connections tried at once to the advertised ports of one host. */
const PARALLEL_CONNECTS = 8;

/**
 * `rpc-dynamic`: asks the endpoint mapper (TCP 135) which TCP ports its RPC services listen on, then
 * connects to each distinct port from here. Names the case engineers meet most: "135 open, dynamic
 * range blocked". When the endpoint mapper itself cannot be asked, the dynamic ports are unknown and
 * the result says so (`undetermined`), rather than guessing a range.
 */
export const rpcDynamicProbe: Probe = {
  id: 'rpc-dynamic',
  transport: 'tcp',
  defaultPort: EPM_PORT,
  async run(target, context): Promise<ProbeOutcome> {
    const epmTarget = { ...target, port: EPM_PORT, portLabel: String(EPM_PORT) };
    const queried = await queryEndpointMapper(epmTarget, context);
    if (!queried.ok) return undetermined(queried.outcome, queried.outcome.message.key === 'probe.dns.failed' ? 'dns' : `TCP 135 ${queried.outcome.verdict}`);
    const { connection, lookup, log } = queried;
    if (lookup.kind !== 'listed') {
      const epm = epmOutcome(connection, lookup, log, context.timeoutMs);
      return undetermined(epm, `the endpoint mapper ${epm.verdict === 'rejected' ? 'refused the lookup' : 'did not list its endpoints'}`);
    }

    const tcpEntries = lookup.entries.filter((entry) => entry.transport === 'ncacn_ip_tcp' && entry.port !== undefined && entry.port !== EPM_PORT);
    const ports = [...new Set(tcpEntries.map((entry) => entry.port as number))].sort((a, b) => a - b);
    const base = { ...connectionEvidence(connection), exchanges: log.exchanges };
    if (ports.length === 0) {
      return {
        verdict: 'undetermined',
        message: { key: 'probe.rpcDynamic.noEndpoints', params: { address: connection.address } },
        details: { endpoints: [] },
        evidence: { ...base, received: `${lookup.entries.length} endpoints, none on a dynamic TCP port` },
      };
    }

    const reachability = new Map<number, { reachable: boolean; code?: string; ms: number }>();
    const queue = [...ports];
    await Promise.all(
      Array.from({ length: Math.min(PARALLEL_CONNECTS, queue.length) }, async () => {
        for (let port = queue.shift(); port !== undefined; port = queue.shift()) {
          const outcome = await connectTcpAdaptive(connection.address, port, context.signal, context.timing);
          if (outcome.kind === 'connected') outcome.socket.destroy();
          reachability.set(port, {
            reachable: outcome.kind === 'connected',
            ms: outcome.durationMs,
            ...(outcome.kind === 'failed' ? { code: outcome.code } : outcome.kind === 'aborted' ? { code: 'NO_REPLY' } : {}),
          });
        }
      }),
    );

    const blocked = ports.filter((port) => !reachability.get(port)?.reachable);
    const endpoints = tcpEntries.map((entry) => ({
      interface: entry.interface,
      annotation: entry.annotation,
      transport: entry.transport,
      port: entry.port,
      reachable: reachability.get(entry.port as number)?.reachable ?? false,
    }));
    const portList = (list: number[]) => list.join(', ');
    const message: LocalizableMessage =
      blocked.length === 0
        ? { key: 'probe.rpcDynamic.reachable', params: { count: ports.length, ports: portList(ports) } }
        : blocked.length === ports.length
          ? { key: 'probe.rpcDynamic.blocked', params: { count: ports.length, ports: portList(ports) } }
          : { key: 'probe.rpcDynamic.partly', params: { count: ports.length, blocked: blocked.length, ports: portList(blocked) } };
    return {
      verdict: blocked.length === 0 ? 'open' : 'filtered',
      message,
      details: {
        endpoints,
        ports: ports.map((port) => ({ port, ...reachability.get(port) })),
      },
      evidence: {
        ...base,
        sent: `DCE/RPC bind and ept_lookup on ${connection.address}:135, then TCP connect to ${ports.length} advertised port(s)`,
        received: ports.map((port) => `${port}: ${reachability.get(port)?.reachable ? 'open' : (reachability.get(port)?.code ?? 'no reply')}`).join('; '),
      },
    };
  },
};

function undetermined(cause: ProbeOutcome, reason: string): ProbeOutcome {
  return {
    verdict: 'undetermined',
    message: { key: 'probe.rpcDynamic.epmFailed', params: { reason } },
    details: { endpointMapper: { verdict: cause.verdict, message: cause.message } },
    evidence: cause.evidence,
  };
}
