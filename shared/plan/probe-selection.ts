import type { PlannedLink } from './link.ts';

/**
 * Probe identifiers. A probe id names what is sent on the wire, not the port: `tcp` is a plain TCP
 * connect, `smb` an SMB negotiate, `tds` a SQL Server PRELOGIN, and so on. `wake-on-lan` has no
 * probe on purpose: a magic packet is never answered, so nothing sent from a running machine can
 * show that it reaches a sleeping one; those checks are reported as not testable, with the reason.
 */
export type ProbeId =
  | 'tcp'
  | 'udp'
  | 'rpc-epm'
  | 'rpc-epm-udp'
  | 'rpc-dynamic'
  | 'smb'
  | 'tds'
  | 'broker'
  | 'tftp'
  | 'pxe'
  | 'dhcp'
  | 'dhcp-discover'
  | 'cmg'
  | 'https'
  | 'ntp'
  | 'wake-on-lan';

/** The protocol probe for each service; services not listed get a plain `tcp` or `udp` probe. */
const PROBE_FOR_SERVICE: Partial<Record<PlannedLink['service'], ProbeId>> = {
  smb: 'smb',
  sql: 'tds',
  'sql-broker': 'broker',
  tftp: 'tftp',
  binl: 'pxe',
  dhcp: 'dhcp',
  'cmg-tcp-tls': 'cmg',
  'cmg-https': 'cmg',
  'wake-on-lan': 'wake-on-lan',
  'wake-up-proxy': 'wake-on-lan',
};

/**
 * Chooses the probe for a link: the protocol's own probe where there is one (the endpoint mapper
 * over TCP, SMB, TDS, TFTP, PXE, DHCP, the CMG's TLS), the dynamic-RPC probe for "RPC: dynamic",
 * otherwise a plain TCP connect or an honest UDP probe.
 */
export function probeForLink(link: Pick<PlannedLink, 'transport' | 'port' | 'service'>): ProbeId {
  if (link.port === 'dynamic') return 'rpc-dynamic';
  if (link.service === 'rpc-epm') return link.transport === 'tcp' ? 'rpc-epm' : 'rpc-epm-udp';
  return PROBE_FOR_SERVICE[link.service] ?? (link.transport === 'udp' ? 'udp' : 'tcp');
}
