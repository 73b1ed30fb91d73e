/**
 * English summaries of the protocol probes (`probe.<probe>.<outcome>`): what each check saw, in the
 * words the results, the report and the CLI show. Part of `en.ts`.
 */
export const enProbe = {
  tcp: {
    open: 'TCP {{port}} open on {{address}}: connected in {{ms}} ms',
    closed: 'TCP {{port}} closed on {{address}}: the host refused the connection',
    filtered: 'TCP {{port}} filtered on {{address}}: no answer within {{timeout}} ms (a firewall dropping packets, or the host is down)',
    filteredEarly: 'TCP {{port}} filtered on {{address}}: no answer to two connection attempts of {{budget}} ms, while this host answers other ports in {{rtt}} ms (a firewall dropping this port)',
    unreachable: 'TCP {{port}}: {{address}} is unreachable ({{code}}): no route, or a router or firewall rejected it',
    localBlock: 'TCP {{port}} to {{address}} was blocked on this machine ({{code}}): a local firewall rule?',
    error: 'TCP {{port}} to {{address}} could not be tested: {{code}}',
  },
  rpc: {
    listed: 'RPC endpoint mapper on {{address}}:{{port}} answered: {{count}} endpoints, {{tcp}} on TCP (ports {{ports}})',
    rejected: 'The RPC endpoint mapper on {{address}}:{{port}} refused the bind ({{how}}: {{reason}})',
    fault: 'The RPC endpoint mapper on {{address}}:{{port}} answered ept_lookup with fault 0x{{status}}',
    notRpc: 'TCP {{port}} on {{address}} is open but did not answer as an RPC endpoint mapper: {{reason}}',
    noReply: 'TCP {{port}} on {{address}} accepted the connection but did not answer the RPC bind within {{timeout}} ms',
    closedEarly: 'TCP {{port}} on {{address}} accepted the connection, then closed it without answering the RPC bind',
  },
  smb: {
    negotiatedSigningRequired: 'SMB {{dialect}} negotiated with {{address}}:{{port}}; the server requires signing',
    negotiatedSigningEnabled: 'SMB {{dialect}} negotiated with {{address}}:{{port}}; signing enabled, not required',
    negotiatedSigningOff: 'SMB {{dialect}} negotiated with {{address}}:{{port}}; signing not offered',
    smb1Only: 'Only SMB1 ({{dialect}}) answers on {{address}}:{{port}}: Windows versions with SMB1 removed cannot connect',
    refused: 'The SMB server on {{address}}:{{port}} refused the negotiation (status 0x{{status}})',
    notSmb: 'TCP {{port}} on {{address}} is open but did not answer as SMB: {{reason}}',
    silent: 'TCP {{port}} on {{address}} accepted the connection but answered neither an SMB2 nor an SMB1 negotiate within {{timeout}} ms',
  },
  tds: {
    answered: 'SQL Server {{version}} answered PRELOGIN on {{address}}:{{port}}; encryption: {{encryption}}',
    strict: 'TDS 8 strict encryption on {{address}}:{{port}}: no answer to PRELOGIN, but a TLS handshake ({{protocol}}) completed first; certificate {{subject}}',
    notTds: 'TCP {{port}} on {{address}} is open but did not answer as SQL Server (TDS): {{reason}}',
    silent: 'TCP {{port}} on {{address}} accepted the connection but answered neither a TDS PRELOGIN nor a TLS handshake within {{timeout}} ms',
  },
  broker: {
    open: 'TCP {{port}} open on {{address}}: the Service Broker endpoint accepts connections. Reachability only: its handshake has no public specification to test further',
  },
  udp: {
    reply: 'UDP {{port}} on {{address}} answered ({{bytes}} bytes)',
    closed: 'UDP {{port}} closed on {{address}}: the host answered with an ICMP port unreachable',
    epmClosed: 'UDP 135 closed on {{address}}: expected on current Windows, which no longer serves RPC over UDP (MS-RPCE 3.2); ConfigMgr uses the endpoint mapper on TCP 135',
    silent: 'UDP {{port}} on {{address}}: no response after {{attempts}} datagram(s). UDP gives no answer when open and none when filtered, so this cannot tell which',
    silentWindows: 'UDP {{port}} on {{address}}: no response. On Windows a closed UDP port also looks like silence, so this cannot tell open, closed or filtered apart',
    error: 'UDP {{port}} to {{address}} could not be tested: {{code}}',
  },
  tftp: {
    answered: 'TFTP server on {{address}} answered from port {{replyPort}}: {{answer}}',
    dynamicPort: 'TFTP server on {{address}} answered from port {{replyPort}}, not 69: firewalls must allow replies from its dynamic ports (seed 003, note 4). Answer: {{answer}}',
    notTftp: 'UDP 69 on {{address}} answered, but not as TFTP: {{reason}}',
  },
  pxe: {
    answered: 'PXE boot server on {{address}}:{{port}} offered boot file {{bootFile}} for {{arch}} (server {{serverName}})',
    noBootFile: 'PXE boot server on {{address}}:{{port}} answered ({{type}}) but offered no boot file for {{arch}}',
    notPxe: 'UDP {{port}} on {{address}} answered, but not as a PXE boot server: {{reason}}',
  },
  dhcp: {
    informAck: 'DHCP server on {{address}} answered DHCPINFORM with {{type}} (server identifier {{server}})',
    noListener: 'DHCPINFORM sent to {{address}}; the reply goes to UDP 68, which this machine could not listen on ({{code}}): cannot tell',
    offers_one: 'DHCPDISCOVER broadcast: {{count}} offer, from {{servers}}',
    offers_other: 'DHCPDISCOVER broadcast: {{count}} offers, from {{servers}}',
    noOffers: 'DHCPDISCOVER broadcast: no offer within {{wait}} ms (no DHCP or ProxyDHCP server on this segment, or blocked)',
    expectedMissing: 'DHCPDISCOVER broadcast: offers from {{servers}}, but none from {{expected}}',
    needsRoot: 'DHCPDISCOVER needs UDP port 68 and broadcast ({{code}}): run as administrator/root, or use the default DHCPINFORM check',
    broadcastFailed: 'DHCPDISCOVER could not be broadcast from this machine ({{code}}): no interface routes 255.255.255.255',
    notDhcp: 'UDP {{port}} on {{address}} answered, but not as DHCP: {{reason}}',
  },
  cmg: {
    handshake: 'CMG {{host}} port {{port}} ({{channel}}): TLS {{protocol}} with certificate {{subject}}, issued by {{issuer}}, valid until {{validTo}}',
    untrusted: 'CMG {{host}} port {{port}} ({{channel}}): TLS {{protocol}}, but this machine does not trust the certificate {{subject}} ({{reason}}); the connection point must trust its issuer',
    expired: 'CMG {{host}} port {{port}} ({{channel}}): the certificate {{subject}} expired on {{validTo}}; the connection point will refuse it',
    notTls: 'CMG {{host}} port {{port}} ({{channel}}): TCP open but no TLS handshake ({{reason}})',
    usesTcpTls: 'The connection point will use TCP-TLS (ports {{ports}})',
    usesHttps: 'TCP-TLS is blocked ({{blocked}}); the connection point falls back to HTTPS on {{ports}}, which works',
    usesNone: 'Neither TCP-TLS ({{primary}}) nor the HTTPS fallback ({{fallback}}) works: the connection point cannot build the CMG channel',
    fallbackNotNeeded: 'Not used while TCP-TLS works',
  },
  rpcDynamic: {
    reachable: 'TCP 135 and all {{count}} dynamic RPC ports the endpoint mapper advertised are reachable ({{ports}})',
    blocked: '135 open, dynamic range blocked: none of the {{count}} advertised dynamic RPC ports is reachable ({{ports}})',
    partly: '135 open, dynamic range partly blocked: {{blocked}} of {{count}} advertised dynamic RPC ports unreachable ({{ports}})',
    noEndpoints: 'The endpoint mapper on {{address}} advertises no dynamic TCP ports: nothing to test',
    epmFailed: 'Dynamic RPC ports unknown: {{reason}}',
  },
  dns: {
    failed: 'DNS: {{host}} could not be resolved ({{code}})',
    timeout: 'DNS: no answer for {{host}} within {{timeout}} ms',
  },
  notTested: {
    range: '{{transport}} {{port}} not tested: a port range cannot be probed as one port',
    wakeOnLan: 'UDP {{port}} (Wake on LAN) not testable: magic packets are never answered, so nothing sent from here can show they reach a sleeping computer',
    unknownProbe: 'Not tested: no probe named "{{probe}}" is available',
  },
  cancelled: 'Cancelled before it finished',
  stuck: 'The probe did not stop within its timeout; result discarded',
  crashed: 'The probe failed unexpectedly: {{message}}',
};
