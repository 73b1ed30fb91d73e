import type { PortRequirement } from './port-types.ts';
import { ALT, SQL_ROW, SMB_ROW, EPM_UDP_ROW, EPM_TCP_ROW, DYNAMIC_RPC_ROW, SITE_SYSTEM_ROWS, WSUS_ROWS, LDAP_RPC_ROWS, CURRENT_PORTS_DOCUMENT, cite, tcp, udp } from './port-rows.ts';

/** Sections of seed 003 (and its current revision) whose source is the site server. */
export const SITE_SERVER_REQUIREMENTS: readonly PortRequirement[] = [
  {
    id: 'site-server-with-app-catalog-web-service-point',
    source: 'site-server', destination: 'app-catalog-web-service-point', direction: '<-->', scope: 'external',
    ports: SITE_SYSTEM_ROWS, notes: [],
    citation: cite('BKMK_PortsAppCatalogWebServicePoint_SiteServer', 'Serveur de site < -- > Point de service Web du catalogue des applications'),
  },
  {
    id: 'site-server-with-app-catalog-website-point',
    source: 'site-server', destination: 'app-catalog-website-point', direction: '<-->', scope: 'external',
    ports: SITE_SYSTEM_ROWS, notes: [],
    citation: cite('BKMK_PortsAppCatalogWebSitePoint_SiteServer', 'Serveur de site < -- > Point du site Web du catalogue des applications'),
  },
  {
    id: 'site-server-with-asset-intelligence-point',
    source: 'site-server', destination: 'asset-intelligence-point', direction: '<-->', scope: 'external',
    ports: SITE_SYSTEM_ROWS, notes: [],
    citation: cite('BKMK_PortsSite-AISP', 'Serveur de site < -- > Point de synchronisation Asset Intelligence'),
  },
  {
    id: 'site-server-to-client',
    source: 'site-server', destination: 'client-subnet', direction: '-->', scope: 'same-site',
    ports: [udp('wake-on-lan', 'Éveil par appel réseau', [9], ALT)], notes: [],
    citation: cite('BKMK_PortsSite-Client', 'Serveur de site -- > Client'),
  },
  {
    id: 'site-server-to-cloud-distribution-point',
    source: 'site-server', destination: 'cloud-distribution-point', direction: '-->', scope: 'external',
    ports: [tcp('https', 'HTTPS', [443])], notes: [],
    citation: cite('BKMK_PortsSiteServer-CloudDP', 'Serveur de site -- > Point de distribution cloud'),
  },
  {
    id: 'site-server-to-distribution-point',
    source: 'site-server', destination: 'distribution-point', direction: '-->', scope: 'same-site',
    ports: SITE_SYSTEM_ROWS, notes: [5],
    citation: cite('BKMK_PortsSite-DP', 'Serveur de site -- > Point de distribution'),
  },
  {
    id: 'site-server-to-domain-controller',
    source: 'site-server', destination: 'domain-controller', direction: '-->', scope: 'external',
    ports: LDAP_RPC_ROWS, notes: [],
    citation: cite('BKMK_PortsSite-DC', 'Serveur de site -- > Contrôleur de domaine'),
  },
  {
    id: 'site-server-with-certificate-registration-point',
    source: 'site-server', destination: 'certificate-registration-point', direction: '<-->', scope: 'external',
    ports: SITE_SYSTEM_ROWS, notes: [],
    citation: cite('BKMK_PortsCertificateRegistrationPoint_SiteServer', "Serveur de site < -- > Point d'enregistrement de certificat"),
  },
  {
    id: 'site-server-with-endpoint-protection-point',
    source: 'site-server', destination: 'endpoint-protection-point', direction: '<-->', scope: 'external',
    ports: SITE_SYSTEM_ROWS, notes: [],
    citation: cite('BKMK_PortsEndpointProtection_SiteServer', 'Serveur de site < -- > Point Endpoint Protection'),
  },
  {
    id: 'site-server-with-enrollment-point',
    source: 'site-server', destination: 'enrollment-point', direction: '<-->', scope: 'external',
    ports: SITE_SYSTEM_ROWS, notes: [],
    citation: cite('BKMK_EnrollmentPoint_SiteServer', "Serveur de site < -- > Point d'inscription"),
  },
  {
    id: 'site-server-with-enrollment-proxy-point',
    source: 'site-server', destination: 'enrollment-proxy-point', direction: '<-->', scope: 'external',
    ports: SITE_SYSTEM_ROWS, notes: [],
    citation: cite('BKMK_EnrollmentProxyPoint_SiteServer', "Serveur de site < -- > Point proxy d'inscription"),
  },
  {
    id: 'site-server-with-fallback-status-point',
    source: 'site-server', destination: 'fallback-status-point', direction: '<-->', scope: 'external',
    ports: SITE_SYSTEM_ROWS, notes: [5],
    citation: cite('BKMK_PortsSite-FSP', "Serveur de site < -- > Point d'état de secours"),
  },
  {
    id: 'site-server-to-internet',
    source: 'site-server', destination: 'internet', direction: '-->', scope: 'external',
    ports: [tcp('http', 'HTTP', [80], { notes: [1] })], notes: [],
    citation: cite('BKMK_PortSite-Internet', 'Serveur de site -- > Internet'),
  },
  {
    id: 'site-server-with-issuing-ca',
    source: 'site-server', destination: 'issuing-ca', direction: '<-->', scope: 'external',
    ports: [EPM_UDP_ROW, EPM_TCP_ROW, { ...DYNAMIC_RPC_ROW, label: 'RPC (DCOM)' }], notes: [],
    citation: cite('BKMK_PortsIssuingCA_SiteServer', 'Serveur de site < -- > Autorité de certification (CA) émettrice'),
  },
  {
    id: 'site-server-with-reporting-point',
    source: 'site-server', destination: 'reporting-point', direction: '<-->', scope: 'same-site',
    ports: SITE_SYSTEM_ROWS, notes: [5],
    citation: cite('BKMK_PortsSite-RSP', 'Serveur de site < -- > Point de Reporting Services'),
  },
  {
    id: 'site-server-with-site-server',
    source: 'site-server', destination: 'site-server', direction: '<-->', scope: 'adjacent-sites',
    ports: [SMB_ROW], notes: [],
    citation: cite('BKMK_PortsSite-Site', 'Serveur de site < -- > Serveur de site'),
  },
  {
    id: 'site-server-to-site-database',
    source: 'site-server', destination: 'site-database', direction: '-->', scope: 'same-site',
    ports: [SQL_ROW], notes: [],
    citation: cite('BKMK_PortsSite-SQL', 'Serveur de site -- > SQL Server'),
  },
  {
    id: 'site-server-to-remote-site-database-install',
    source: 'site-server', destination: 'site-database', direction: '-->', scope: 'same-site', phase: 'install',
    ports: SITE_SYSTEM_ROWS, notes: [],
    citation: cite('BKMK_PortsSite-SQL', 'Serveur de site -- > SQL Server (installation avec une instance SQL Server distante)'),
  },
  {
    id: 'site-server-to-sms-provider',
    source: 'site-server', destination: 'sms-provider', direction: '-->', scope: 'same-site',
    ports: SITE_SYSTEM_ROWS, notes: [],
    citation: cite('BKMK_PortsSite-Provider', 'Serveur de site -- > Fournisseur SMS'),
  },
  {
    id: 'site-server-with-software-update-point',
    source: 'site-server', destination: 'software-update-point', direction: '<-->', scope: 'same-site',
    ports: [SMB_ROW, ...WSUS_ROWS], notes: [5],
    citation: cite('BKMK_PortsSite-SUP', 'Serveur de site < -- > Point de mise à jour logicielle'),
  },
  {
    id: 'site-server-with-state-migration-point',
    source: 'site-server', destination: 'state-migration-point', direction: '<-->', scope: 'external',
    ports: [SMB_ROW, EPM_UDP_ROW, EPM_TCP_ROW], notes: [5],
    citation: cite('BKMK_PortsSite-SMP', "Serveur de site < -- > Point de migration d'état"),
  },
  {
    id: 'site-server-to-management-point-install',
    source: 'site-server', destination: 'management-point', direction: '<-->', scope: 'same-site', phase: 'install',
    ports: SITE_SYSTEM_ROWS, notes: [],
    citation: cite('BKMK_IBCMports', 'Configuration requise pour l’installation des systèmes de site qui prennent en charge les clients Internet'),
  },
  {
    id: 'site-server-to-software-update-point-install',
    source: 'site-server', destination: 'software-update-point', direction: '<-->', scope: 'same-site', phase: 'install',
    ports: SITE_SYSTEM_ROWS, notes: [],
    citation: cite('BKMK_IBCMports', 'Configuration requise pour l’installation des systèmes de site qui prennent en charge les clients Internet'),
  },
  {
    id: 'site-server-with-service-connection-point',
    source: 'site-server', destination: 'service-connection-point', direction: '<-->', scope: 'same-site',
    ports: SITE_SYSTEM_ROWS, notes: [5],
    citation: { document: CURRENT_PORTS_DOCUMENT, section: 'BKMK_SCP_SiteServer', heading: 'Site server <--> Service connection point' },
  },
  {
    id: 'site-server-with-cmg-connection-point',
    source: 'site-server', destination: 'cmg-connection-point', direction: '<-->', scope: 'same-site',
    ports: SITE_SYSTEM_ROWS, notes: [5],
    citation: { document: CURRENT_PORTS_DOCUMENT, section: 'BKMK_CMGCP_SiteServer', heading: 'Site server <--> CMG connection point' },
  },
];
