import type { PortRequirement } from './port-types.ts';
import { ALT, SMB_ROW, EPM_UDP_ROW, EPM_TCP_ROW, DYNAMIC_RPC_ROW, WSUS_ROWS, IIS_ROWS, CURRENT_PORTS_DOCUMENT, cite, tcp, udp } from './port-rows.ts';

/** Sections of seed 003 whose source is a client or the Configuration Manager console. */
export const CLIENT_AND_CONSOLE_REQUIREMENTS: readonly PortRequirement[] = [
  {
    id: 'client-to-app-catalog-website-point',
    source: 'client-subnet', destination: 'app-catalog-website-point', direction: '-->', scope: 'external',
    ports: IIS_ROWS, notes: [],
    citation: cite('BKMK_PortsClient-AppCatalogWebsitePoint', 'Client -- > Point du site Web du catalogue des applications'),
  },
  {
    id: 'client-to-client',
    source: 'client-subnet', destination: 'client-subnet', direction: '-->', scope: 'within-subnet',
    ports: [udp('wake-on-lan', 'Éveil par appel réseau', [9], ALT), udp('wake-up-proxy', 'Proxy de mise en éveil', [25536], ALT)],
    notes: [],
    citation: cite('BKMK_PortsClient-ClientWakeUp', 'Client -- > Client'),
  },
  {
    id: 'client-to-scep-policy-module',
    source: 'client-subnet', destination: 'scep-policy-module', direction: '-->', scope: 'external',
    ports: [tcp('http', 'HTTP', [80]), tcp('https', 'HTTPS', [443])], notes: [],
    citation: cite('BKMK_PortsClient-PolicyModule', 'Client -- > Module de stratégie SCEP de Configuration Manager'),
  },
  {
    id: 'client-to-cloud-distribution-point',
    source: 'client-subnet', destination: 'cloud-distribution-point', direction: '-->', scope: 'external',
    ports: [tcp('https', 'HTTPS', [443])], notes: [],
    citation: cite('BKMK_PortsClient-CloudDP', 'Client -- > Point de distribution cloud'),
  },
  {
    id: 'client-to-cmg',
    source: 'client-subnet', destination: 'cmg', direction: '-->', scope: 'hierarchy',
    ports: [tcp('https', 'HTTPS', [443])], notes: [],
    citation: cite('bkmk_client-cmg', 'Client -- > Passerelle de gestion cloud'),
  },
  {
    id: 'client-to-distribution-point',
    source: 'client-subnet', destination: 'distribution-point', direction: '-->', scope: 'same-site',
    ports: IIS_ROWS, notes: [],
    citation: cite('BKMK_PortsClient-DP', 'Client -- > Point de distribution'),
  },
  {
    id: 'client-to-multicast-distribution-point',
    source: 'client-subnet', destination: 'distribution-point', direction: '-->', scope: 'same-site', when: 'multicast',
    ports: [SMB_ROW, { service: 'multicast', label: 'Protocole de multidiffusion', transport: 'udp', ports: { from: 63000, to: 64000 }, configurable: false, notes: [] }],
    notes: [],
    citation: cite('BKMK_PortsClient-DP2', 'Client -- > Point de distribution configuré pour la multidiffusion'),
  },
  {
    id: 'client-to-pxe-distribution-point',
    source: 'client-subnet', destination: 'distribution-point', direction: '-->', scope: 'same-site', when: 'pxe',
    ports: [
      udp('dhcp', 'DHCP', [67, 68]),
      udp('tftp', 'TFTP', [69], { notes: [4] }),
      udp('binl', 'BINL (Boot Information Negotiation Layer)', [4011]),
    ],
    notes: [],
    citation: cite('BKMK_PortsClient-DP3', 'Client -- > Point de distribution configuré pour PXE'),
  },
  {
    id: 'client-to-fallback-status-point',
    source: 'client-subnet', destination: 'fallback-status-point', direction: '-->', scope: 'external',
    ports: [tcp('http', 'HTTP', [80], ALT)], notes: [],
    citation: cite('BKMK_PortsClient-FSP', "Client -- > Point d'état de secours"),
  },
  {
    id: 'client-to-global-catalog',
    source: 'client-subnet', destination: 'domain-controller', direction: '-->', scope: 'external',
    ports: [tcp('ldap-gc', 'LDAP de catalogue global', [3268])], notes: [],
    citation: cite('BKMK_PortsClient-GCDC', 'Client -- > Contrôleur de domaine de catalogue global'),
  },
  {
    id: 'client-to-management-point',
    source: 'client-subnet', destination: 'management-point', direction: '-->', scope: 'same-site',
    ports: [tcp('client-notification', 'Notification du client', [10123], ALT), ...IIS_ROWS], notes: [],
    citation: cite('BKMK_PortsClient-MP', 'Client -- > Point de gestion'),
  },
  {
    id: 'client-to-software-update-point',
    source: 'client-subnet', destination: 'software-update-point', direction: '-->', scope: 'same-site',
    ports: WSUS_ROWS, notes: [],
    citation: cite('BKMK_PortsClient-SUP', 'Client -- > Point de mise à jour logicielle'),
  },
  {
    id: 'client-to-state-migration-point',
    source: 'client-subnet', destination: 'state-migration-point', direction: '-->', scope: 'external',
    ports: [...IIS_ROWS, SMB_ROW], notes: [],
    citation: cite('BKMK_PortsClient-SMP', "Client -- > Point de migration d'état"),
  },
  {
    id: 'console-to-client',
    source: 'console', destination: 'client-subnet', direction: '-->', scope: 'hierarchy',
    ports: [tcp('remote-control', 'Contrôle à distance (contrôle)', [2701]), tcp('remote-assistance', 'Assistance à distance (RDP et RTC)', [3389])],
    notes: [],
    citation: cite('BKMK_PortsConsole-Client', 'Console Configuration Manager -- > Client'),
  },
  {
    id: 'console-to-internet',
    source: 'console', destination: 'internet', direction: '-->', scope: 'external',
    ports: [tcp('http', 'HTTP', [80]), tcp('https', 'HTTPS', [443])], notes: [],
    citation: cite('BKMK_PortsConsole-Internet', 'Console Configuration Manager -- > Internet'),
  },
  {
    id: 'console-to-reporting-point',
    source: 'console', destination: 'reporting-point', direction: '-->', scope: 'same-site',
    ports: IIS_ROWS, notes: [],
    citation: cite('BKMK_PortsConsole-RSP', 'Console Configuration Manager -- > Point de Reporting Services'),
  },
  {
    id: 'console-to-site-server',
    source: 'console', destination: 'site-server', direction: '-->', scope: 'same-site',
    ports: [tcp('rpc-epm', 'RPC (connexion initiale à WMI pour localiser le système fournisseur)', [135])], notes: [],
    citation: cite('BKMK_PortsConsole-Site', 'Console Configuration Manager -- > Serveur de site'),
  },
  {
    id: 'console-to-sms-provider',
    source: 'console', destination: 'sms-provider', direction: '-->', scope: 'same-site',
    ports: [EPM_UDP_ROW, EPM_TCP_ROW, DYNAMIC_RPC_ROW], notes: [],
    citation: cite('BKMK_PortsConsole-Provider', 'Console Configuration Manager -- > Fournisseur SMS'),
  },
  {
    id: 'console-to-sms-provider-admin-service',
    source: 'console', destination: 'sms-provider', direction: '-->', scope: 'same-site',
    ports: [tcp('admin-service', 'HTTPS (administration service)', [443])], notes: [],
    citation: { document: CURRENT_PORTS_DOCUMENT, section: 'bkmk_adminsvc', heading: 'Configuration Manager console --> SMS Provider: HTTPS (Note for administration service)' },
  },
];
