import { ENDPOINT_FEATURES } from '../../endpoints/endpoint-catalogue.ts';

/**
 * English names of the services in the ports reference (key `service`, by the keys of
 * `catalogue/service-labels.ts`) and the notes of internet-endpoint features that list no hosts
 * (key `endpointReference`, built from the catalogue's English, by feature id).
 */
export const enService = {
  http: 'HTTP',
  https: 'HTTPS',
  httpsCmgDeployment: 'HTTPS to deploy a cloud management gateway service',
  wakeOnLan: 'Wake on LAN',
  wakeUpProxy: 'Wake-up proxy',
  smb: 'SMB (Server Message Block)',
  multicast: 'Multicast protocol',
  dhcp: 'DHCP',
  tftp: 'TFTP',
  binl: 'BINL (Boot Information Negotiation Layer)',
  ldapGc: 'Global catalog LDAP',
  clientNotification: 'Client notification',
  remoteControl: 'Remote control (control)',
  remoteAssistance: 'Remote Assistance (RDP and RTC)',
  rpcWmiInitial: 'RPC (initial connection to WMI to locate the provider system)',
  rpcEpm: 'RPC endpoint mapper',
  rpcDynamic: 'RPC',
  rpcDcom: 'RPC (DCOM)',
  adminService: 'HTTPS (administration service)',
  ldap: 'LDAP (Lightweight Directory Access Protocol)',
  sqlOverTcp: 'SQL over TCP',
  sqlServer: 'SQL Server service',
  cmgTcpTls: 'TCP-TLS (recommended)',
  cmgHttpsOneVm: 'HTTPS (fallback with one VM)',
  cmgHttpsSeveralVms: 'HTTPS (fallback with several VMs)',
  sqlBroker: 'SQL Server Service Broker',
};

export const enEndpointReference = Object.fromEntries(ENDPOINT_FEATURES.flatMap((feature) => (feature.reference ? [[feature.id, feature.reference]] : []))) as Record<string, string>;
