import type { PlannedLink } from './link.ts';

/**
 * Probe identifiers. A probe id names what is sent on the wire, not the port: `tcp` is a plain TCP
 * connect; `udp` and `rpc-dynamic` are planned for every UDP row and every "RPC: dynamic" row of the
 * catalogue, and stay `not-tested` until a probe that speaks them is registered.
 */
export type ProbeId = 'tcp' | 'udp' | 'rpc-dynamic';

/** Chooses the probe for a link from its transport and port. */
export function probeForLink(link: Pick<PlannedLink, 'transport' | 'port'>): ProbeId {
  if (link.port === 'dynamic') return 'rpc-dynamic';
  return link.transport === 'udp' ? 'udp' : 'tcp';
}
