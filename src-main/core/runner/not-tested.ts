import type { PlannedCheck } from '../../../shared/plan/build-plan.ts';
import type { ProbeOutcome } from '../probes/probe.ts';

/**
 * The outcome of a planned check that no probe can run: `not-tested`, which is `skipped`, never a
 * pass. The message says why, so a report does not leave the reader guessing whether silence was
 * measured: Wake on LAN is never answered, a port range (multicast) is not one port, and a probe
 * missing from this build is named.
 */
export function notTestedOutcome(check: PlannedCheck): ProbeOutcome {
  if (check.notTestable) return { verdict: 'not-tested', message: check.notTestable, details: check.target.url ? { url: check.target.url } : {}, evidence: {} };
  const params = { port: check.target.portLabel, transport: check.target.transport.toUpperCase(), probe: check.probe };
  const key = check.probe === 'wake-on-lan' ? 'probe.notTested.wakeOnLan' : check.target.port === null ? 'probe.notTested.range' : 'probe.notTested.unknownProbe';
  return { verdict: 'not-tested', message: { key, params }, details: {}, evidence: {} };
}
