import { brokerProbe } from './broker-probe.ts';
import { cmgProbe } from './cmg-probe.ts';
import { dhcpDiscoverProbe, dhcpProbe } from './dhcp-probe.ts';
import { httpsProbe } from './https-probe.ts';
import { ntpProbe } from './ntp-probe.ts';
import type { Probe } from './probe.ts';
import { pxeProbe } from './pxe-probe.ts';
import { rpcDynamicProbe } from './rpc-dynamic-probe.ts';
import { rpcEpmProbe } from './rpc-epm-probe.ts';
import { smbProbe } from './smb-probe.ts';
import { tcpProbe } from './tcp-probe.ts';
import { tdsProbe } from './tds-probe.ts';
import { tftpProbe } from './tftp-probe.ts';
import { rpcEpmUdpProbe, udpProbe } from './udp-probe.ts';

/** Every probe this build can run, by id. Planned checks whose probe is missing are `not-tested`. */
export function createProbeRegistry(): ReadonlyMap<string, Probe> {
  const probes: Probe[] = [tcpProbe, udpProbe, rpcEpmProbe, rpcEpmUdpProbe, rpcDynamicProbe, smbProbe, tdsProbe, brokerProbe, tftpProbe, pxeProbe, dhcpProbe, dhcpDiscoverProbe, cmgProbe, httpsProbe, ntpProbe];
  return new Map(probes.map((probe) => [probe.id, probe]));
}
