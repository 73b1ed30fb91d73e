import type { PlannedCheck } from '../../../shared/plan/build-plan.ts';
import type { ProbeOutcome } from '../probes/probe.ts';

/**
 * The outcome of a planned check that has no probe: `not-tested`, which is `skipped`, never a pass.
 *
 * The message says why, so a report does not leave the reader guessing whether silence was
 * measured: UDP needs a protocol that answers, dynamic RPC needs the endpoint mapper's list first.
 */
export function notTestedOutcome(check: PlannedCheck): ProbeOutcome {
  const params = { port: check.target.portLabel, transport: check.target.transport.toUpperCase(), probe: check.probe };
  const key =
    check.probe === 'rpc-dynamic'
      ? 'probe.notTested.rpcDynamic'
      : check.target.port === null
        ? 'probe.notTested.range'
        : check.probe === 'udp'
          ? 'probe.notTested.udp'
          : 'probe.notTested.unknownProbe';
  return { verdict: 'not-tested', message: { key, params }, details: {}, evidence: {} };
}
