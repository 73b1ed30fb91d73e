import type { Probe, ProbeOutcome } from './probe.ts';
import { connectionEvidence, openTcp } from './tcp-probe.ts';

/** SQL Server Service Broker's default port. */
export const BROKER_PORT = 4022;

/**
 * `broker` (TCP 4022 unless configured): SQL Server Service Broker's endpoint. Its wire handshake has
 * no public specification, so this probe tests reachability only, and its summary says so rather
 * than implying the broker itself was verified.
 */
export const brokerProbe: Probe = {
  id: 'broker',
  transport: 'tcp',
  defaultPort: BROKER_PORT,
  async run(target, context): Promise<ProbeOutcome> {
    const port = target.port ?? BROKER_PORT;
    const opened = await openTcp(target, port, context);
    if (!opened.ok) return opened.outcome;
    const { connection } = opened;
    connection.socket.destroy();
    return {
      verdict: 'open',
      message: { key: 'probe.broker.open', params: { address: connection.address, port } },
      details: { reachabilityOnly: true, connectMs: connection.connectMs },
      evidence: { ...connectionEvidence(connection), sent: `TCP connect (SYN) to ${connection.address}:${port}`, received: 'SYN-ACK: connection established (no Service Broker handshake attempted)' },
    };
  },
};
