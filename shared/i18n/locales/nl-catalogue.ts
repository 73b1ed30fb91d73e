import type { DeepStrings } from '../message-tree.ts';
import type { enEndpointReference, enService } from './en-catalogue.ts';

/** Namen van de services uit de poortenreferentie (zie `catalogue/service-labels.ts`). */
export const nlService: DeepStrings<typeof enService> = {
  http: 'HTTP',
  https: 'HTTPS',
  httpsCmgDeployment: 'HTTPS voor het implementeren van een cloudbeheergatewayservice',
  wakeOnLan: 'Wake on LAN',
  wakeUpProxy: 'Wake-up-proxy',
  smb: 'SMB (Server Message Block)',
  multicast: 'Multicastprotocol',
  dhcp: 'DHCP',
  tftp: 'TFTP',
  binl: 'BINL (Boot Information Negotiation Layer)',
  ldapGc: 'LDAP van de globale catalogus',
  clientNotification: 'Clientmelding',
  remoteControl: 'Extern beheer (besturing)',
  remoteAssistance: 'Hulp op afstand (RDP en RTC)',
  rpcWmiInitial: 'RPC (eerste verbinding met WMI om het providersysteem te vinden)',
  rpcEpm: 'RPC-eindpunttoewijzer',
  rpcDynamic: 'RPC',
  rpcDcom: 'RPC (DCOM)',
  adminService: 'HTTPS (beheerservice)',
  ldap: 'LDAP (Lightweight Directory Access Protocol)',
  sqlOverTcp: 'SQL via TCP',
  sqlServer: 'SQL Server-service',
  cmgTcpTls: 'TCP-TLS (aanbevolen)',
  cmgHttpsOneVm: 'HTTPS (terugval met één VM)',
  cmgHttpsSeveralVms: 'HTTPS (terugval met meerdere VM’s)',
  sqlBroker: 'SQL Server Service Broker',
};

/** Opmerkingen bij functies waarvoor de documenten geen hosts vermelden. */
export const nlEndpointReference: DeepStrings<typeof enEndpointReference> = {
  'co-management': 'Apparaten die voor co-beheer in Intune zijn ingeschreven, hebben de eindpunten van Intune nodig: de Intune-functies hieronder (seed 001).',
  'store-for-business': 'Het serviceverbindingspunt en de apparaten hebben de cloudservice Microsoft Store voor Bedrijven nodig: zie "Proxyconfiguratie voor Microsoft Store voor Bedrijven".',
  'cloud-services': 'Om een CMG of clouddistributiepunt te implementeren, heeft het serviceverbindingspunt ook Azure-eindpunten nodig die per omgeving verschillen: Configuration Manager bewaart ze in de tabel AzureEnvironments van de sitedatabase.',
  'desktop-analytics': 'De eindpunten van Desktop Analytics staan in "Gegevens delen inschakelen" (desktop-analytics/enable-data-sharing#endpoints).',
  'tenant-attach': 'De eindpunten voor het koppelen van tenants staan in "Tenant koppelen inschakelen" (tenant-attach/device-sync-actions#internet-endpoints).',
  'endpoint-analytics': 'De eindpunten van Eindpuntanalyse staan in "Proxyconfiguratie voor Eindpuntanalyse" (analytics/troubleshoot#bkmk_endpoints).',
};
