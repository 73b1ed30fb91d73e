import type { PortRequirement } from './port-types.ts';
import { ALT, SQL_ROW, SMB_ROW, EPM_TCP_ROW, DYNAMIC_RPC_ROW, WSUS_ROWS, IIS_ROWS, LDAP_RPC_ROWS, cite, tcp } from './port-rows.ts';

/** Sections of seed 003 whose source is another site system role or SQL Server. */
export const SITE_SYSTEM_REQUIREMENTS: readonly PortRequirement[] = [
  {
    id: 'asset-intelligence-point-to-site-database',
    source: 'asset-intelligence-point', destination: 'site-database', direction: '-->', scope: 'external',
    ports: [SQL_ROW], notes: [],
    citation: cite('BKMK_PortsAI-to-SQL', 'Point de synchronisation Asset Intelligence -- > SQL Server'),
  },
  {
    id: 'app-catalog-web-service-point-to-site-database',
    source: 'app-catalog-web-service-point', destination: 'site-database', direction: '-->', scope: 'external',
    ports: [SQL_ROW], notes: [],
    citation: cite('BKMK_PortsAppCatalogService-SQL', 'Point de service Web du catalogue des applications -- > SQL Server'),
  },
  {
    id: 'cmg-connection-point-to-cmg',
    source: 'cmg-connection-point', destination: 'cmg', direction: '-->', scope: 'hierarchy',
    ports: [
      { service: 'cmg-tcp-tls', label: 'TCP-TLS (recommandé)', transport: 'tcp', ports: { from: 10140, to: 10155 }, configurable: false, notes: [] },
      tcp('cmg-https', 'HTTPS (avec une machine virtuelle de repli)', [443]),
      { service: 'cmg-https', label: 'HTTPS (avec plusieurs machines virtuelles de repli)', transport: 'tcp', ports: { from: 10124, to: 10139 }, configurable: false, notes: [] },
    ],
    notes: [],
    citation: cite('bkmk_cmgcp-cmg', 'Point de connexion de passerelle de gestion cloud --> Service cloud de passerelle de gestion cloud'),
  },
  {
    id: 'cmg-connection-point-to-management-point',
    source: 'cmg-connection-point', destination: 'management-point', direction: '-->', scope: 'same-site',
    ports: [tcp('https', 'HTTPS', [443]), tcp('http', 'HTTP', [80])], notes: [],
    citation: cite('bkmk_cmgcp-mp', 'Point de distribution de passerelle de gestion cloud -- > Point de gestion'),
  },
  {
    id: 'cmg-connection-point-to-software-update-point',
    source: 'cmg-connection-point', destination: 'software-update-point', direction: '-->', scope: 'same-site',
    ports: [tcp('wsus-https', 'HTTPS', [443]), tcp('wsus-http', 'HTTP', [80])], notes: [],
    citation: cite('bkmk_cmgcp-sup', 'Point de connexion de passerelle de gestion cloud -- > Point de mise à jour logicielle'),
  },
  {
    id: 'data-warehouse-point-to-site-database',
    source: 'data-warehouse-point', destination: 'site-database', direction: '-->', scope: 'external',
    ports: [SQL_ROW], notes: [],
    citation: cite('BKMK_PortsDWSPSQL', "Point de service de l'entrepôt de données --> SQL Server"),
  },
  {
    id: 'distribution-point-to-management-point',
    source: 'distribution-point', destination: 'management-point', direction: '-->', scope: 'same-site',
    ports: IIS_ROWS, notes: [],
    citation: cite('BKMK_PortsDist_MP', 'Point de distribution -- > Point de gestion'),
  },
  {
    id: 'endpoint-protection-point-to-site-database',
    source: 'endpoint-protection-point', destination: 'site-database', direction: '-->', scope: 'external',
    ports: [SQL_ROW], notes: [],
    citation: cite('BKMK_PortsEP-to-SQL', 'Point Endpoint Protection -- > SQL Server'),
  },
  {
    id: 'enrollment-point-to-site-database',
    source: 'enrollment-point', destination: 'site-database', direction: '-->', scope: 'external',
    ports: [SQL_ROW], notes: [],
    citation: cite('BKMK_PortsEnrollmentEnrollmentSQL', "Point d'inscription -- > SQL Server"),
  },
  {
    id: 'management-point-to-domain-controller',
    source: 'management-point', destination: 'domain-controller', direction: '-->', scope: 'external',
    ports: LDAP_RPC_ROWS, notes: [],
    citation: cite('BKMK_PortsMP-DC', 'Point de gestion -- > Contrôleur de domaine'),
  },
  {
    id: 'management-point-with-site-server',
    source: 'management-point', destination: 'site-server', direction: '<-->', scope: 'same-site',
    ports: [EPM_TCP_ROW, DYNAMIC_RPC_ROW, SMB_ROW], notes: [5],
    citation: cite('BKMK_PortsMP-Site', 'Point de gestion < -- > Serveur de site'),
  },
  {
    id: 'management-point-to-site-database',
    source: 'management-point', destination: 'site-database', direction: '-->', scope: 'same-site',
    ports: [SQL_ROW], notes: [],
    citation: cite('BKMK_PortsMP-SQL', 'Point de gestion -- > SQL Server'),
  },
  {
    id: 'reporting-point-to-site-database',
    source: 'reporting-point', destination: 'site-database', direction: '-->', scope: 'same-site',
    ports: [SQL_ROW], notes: [],
    citation: cite('BKMK_PortsRSP-SQL', 'Point de Reporting Services -- > SQL Server'),
  },
  {
    id: 'service-connection-point-to-intune',
    source: 'service-connection-point', destination: 'microsoft-intune', direction: '-->', scope: 'external',
    ports: [tcp('https', 'HTTPS', [443])], notes: [],
    citation: cite('BKMK_PortsIntuneConnector-WindowsIntune', 'Point de connexion de service -- > Microsoft Intune'),
  },
  {
    id: 'service-connection-point-to-azure',
    source: 'service-connection-point', destination: 'azure', direction: '-->', scope: 'external',
    ports: [tcp('https', 'Protocole HTTPS pour le déploiement d’un service de passerelle de gestion cloud', [443])], notes: [],
    citation: cite('bkmk_scp-cmg', 'Point de connexion de service -- > Azure (passerelle de gestion cloud)'),
  },
  {
    id: 'sms-provider-to-site-database',
    source: 'sms-provider', destination: 'site-database', direction: '-->', scope: 'same-site',
    ports: [SQL_ROW], notes: [],
    citation: cite('BKMK_PortsProvider-SQL', 'Fournisseur SMS -- > SQL Server'),
  },
  {
    id: 'software-update-point-to-internet',
    source: 'software-update-point', destination: 'internet', direction: '-->', scope: 'external',
    ports: [tcp('http', 'HTTP', [80], { notes: [1] })], notes: [],
    citation: cite('BKMK_PortsSUP-Internet', 'Point de mise à jour logicielle -- > Internet'),
  },
  {
    id: 'software-update-point-to-upstream-wsus',
    source: 'software-update-point', destination: 'software-update-point', direction: '-->', scope: 'parent-site',
    ports: WSUS_ROWS, notes: [],
    citation: cite('BKMK_PortsSUP-WSUS', 'Point de mise à jour logicielle -- > Serveur WSUS en amont'),
  },
  {
    id: 'site-database-to-site-database',
    source: 'site-database', destination: 'site-database', direction: '-->', scope: 'adjacent-sites',
    ports: [tcp('sql', 'Service SQL Server', [1433], ALT), tcp('sql-broker', 'Service Broker SQL Server', [4022], ALT)],
    notes: [],
    citation: cite('BKMK_PortsSQL-SQL', 'SQL Server --> SQL Server'),
  },
  {
    id: 'state-migration-point-to-site-database',
    source: 'state-migration-point', destination: 'site-database', direction: '-->', scope: 'external',
    ports: [SQL_ROW], notes: [],
    citation: cite('BKMK_PortsStateMigrationPoint-to-SQL', "Point de migration d'état -- > SQL Server"),
  },
];
