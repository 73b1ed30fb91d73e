import type { CheckTarget } from '../../shared/plan/build-plan.ts';
import { createSystemResolver } from '../../src-main/core/net/resolver.ts';
import type { Probe, ProbeOutcome } from '../../src-main/core/probes/probe.ts';

/**
 * Runs one probe against `host:port` with its own timeout, the way the runner does (an AbortSignal
 * that fires at the timeout), and returns its outcome. `ca` adds trusted roots for TLS probes;
 * `address` tests that address instead of resolving `host` (which stays the TLS server name).
 */
export async function runProbe(probe: Probe, host: string, port: number | null, options: { timeoutMs?: number; ca?: string[]; transport?: 'tcp' | 'udp'; address?: string } = {}): Promise<ProbeOutcome> {
  const timeoutMs = options.timeoutMs ?? 2000;
  const target: CheckTarget = {
    host,
    port,
    portLabel: port === null ? 'dynamic' : String(port),
    transport: options.transport ?? probe.transport,
    ...(options.address ? { address: options.address } : {}),
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort('timeout'), timeoutMs);
  try {
    return await probe.run(target, { signal: controller.signal, timeoutMs, resolver: createSystemResolver(), ...(options.ca ? { ca: options.ca } : {}) });
  } finally {
    clearTimeout(timer);
  }
}
