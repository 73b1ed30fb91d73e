import type { Probe } from './probe.ts';
import { tcpProbe } from './tcp-probe.ts';

/** Every probe this build can run, by id. Planned checks whose probe is missing are `not-tested`. */
export function createProbeRegistry(): ReadonlyMap<string, Probe> {
  return new Map<string, Probe>([[tcpProbe.id, tcpProbe]]);
}
