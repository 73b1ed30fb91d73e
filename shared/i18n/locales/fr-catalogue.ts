import type { DeepStrings } from '../message-tree.ts';
import type { enEndpointReference, enService } from './en-catalogue.ts';

/**
 * Noms des services de la référence des ports : ce sont ceux de l’édition française de la référence
 * de Microsoft (seed 003), mot pour mot.
 */
export const frService: DeepStrings<typeof enService> = {
  http: 'HTTP',
  https: 'HTTPS',
  httpsCmgDeployment: 'Protocole HTTPS pour le déploiement d’un service de passerelle de gestion cloud',
  wakeOnLan: 'Éveil par appel réseau',
  wakeUpProxy: 'Proxy de mise en éveil',
  smb: 'SMB (Server Message Block)',
  multicast: 'Protocole de multidiffusion',
  dhcp: 'DHCP',
  tftp: 'TFTP',
  binl: 'BINL (Boot Information Negotiation Layer)',
  ldapGc: 'LDAP de catalogue global',
  clientNotification: 'Notification du client',
  remoteControl: 'Contrôle à distance (contrôle)',
  remoteAssistance: 'Assistance à distance (RDP et RTC)',
  rpcWmiInitial: 'RPC (connexion initiale à WMI pour localiser le système fournisseur)',
  rpcEpm: 'Mappeur de point de terminaison RPC',
  rpcDynamic: 'RPC',
  rpcDcom: 'RPC (DCOM)',
  // The French seed itself writes this one in English.
  adminService: 'HTTPS (administration service)',
  ldap: 'LDAP (Lightweight Directory Access Protocol)',
  sqlOverTcp: 'SQL sur TCP',
  sqlServer: 'Service SQL Server',
  cmgTcpTls: 'TCP-TLS (recommandé)',
  cmgHttpsOneVm: 'HTTPS (avec une machine virtuelle de repli)',
  cmgHttpsSeveralVms: 'HTTPS (avec plusieurs machines virtuelles de repli)',
  sqlBroker: 'Service Broker SQL Server',
};

/** Notes des fonctionnalités dont les documents ne listent aucun hôte. */
export const frEndpointReference: DeepStrings<typeof enEndpointReference> = {
  'co-management': 'Les appareils inscrits dans Intune pour la cogestion ont besoin des points de terminaison d’Intune : les fonctionnalités Intune ci-dessous (seed 001).',
  'store-for-business': 'Le point de connexion de service et les appareils ont besoin du service cloud Microsoft Store pour Entreprises : voir « Configuration du proxy de Microsoft Store pour Entreprises ».',
  'cloud-services': 'Pour déployer une CMG ou un point de distribution cloud, le point de connexion de service a aussi besoin de points de terminaison Azure qui diffèrent selon l’environnement : Configuration Manager les conserve dans la table AzureEnvironments de la base de données du site.',
  'desktop-analytics': 'Les points de terminaison de Desktop Analytics sont listés dans « Activer le partage de données » (desktop-analytics/enable-data-sharing#endpoints).',
  'tenant-attach': 'Les points de terminaison de l’attachement de locataire sont listés dans « Activer l’attachement de locataire » (tenant-attach/device-sync-actions#internet-endpoints).',
  'endpoint-analytics': 'Les points de terminaison de l’analyse des points de terminaison sont listés dans « Configuration du proxy de l’analyse des points de terminaison » (analytics/troubleshoot#bkmk_endpoints).',
};
