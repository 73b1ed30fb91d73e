import type { Translate } from '../i18n/translator.ts';

/**
 * The key of each service label the ports reference uses, for the translation tables.
 *
 * The catalogue keeps the labels as the French edition of Microsoft's ports reference writes them
 * (they are quotes of the seed); the app shows them in the reader's language through these keys
 * (`service.<key>`). The i18n test fails when a label of the catalogue has no key here.
 */
export const SERVICE_LABEL_KEYS: Readonly<Record<string, string>> = {
  HTTP: 'http',
  HTTPS: 'https',
  'Protocole HTTPS pour le déploiement d’un service de passerelle de gestion cloud': 'httpsCmgDeployment',
  'Éveil par appel réseau': 'wakeOnLan',
  'Proxy de mise en éveil': 'wakeUpProxy',
  'SMB (Server Message Block)': 'smb',
  'Protocole de multidiffusion': 'multicast',
  DHCP: 'dhcp',
  TFTP: 'tftp',
  'BINL (Boot Information Negotiation Layer)': 'binl',
  'LDAP de catalogue global': 'ldapGc',
  'Notification du client': 'clientNotification',
  'Contrôle à distance (contrôle)': 'remoteControl',
  'Assistance à distance (RDP et RTC)': 'remoteAssistance',
  'RPC (connexion initiale à WMI pour localiser le système fournisseur)': 'rpcWmiInitial',
  'Mappeur de point de terminaison RPC': 'rpcEpm',
  RPC: 'rpcDynamic',
  'RPC (DCOM)': 'rpcDcom',
  'HTTPS (administration service)': 'adminService',
  'LDAP (Lightweight Directory Access Protocol)': 'ldap',
  'SQL sur TCP': 'sqlOverTcp',
  'Service SQL Server': 'sqlServer',
  'TCP-TLS (recommandé)': 'cmgTcpTls',
  'HTTPS (avec une machine virtuelle de repli)': 'cmgHttpsOneVm',
  'HTTPS (avec plusieurs machines virtuelles de repli)': 'cmgHttpsSeveralVms',
  'Service Broker SQL Server': 'sqlBroker',
};

/** The translation key of a catalogue label, or undefined for a label the table does not know. */
export function serviceLabelKey(label: string): string | undefined {
  const key = SERVICE_LABEL_KEYS[label];
  return key === undefined ? undefined : `service.${key}`;
}

/** A catalogue label in the reader's language (the label itself if the table does not know it). */
export function serviceLabel(t: Translate, label: string): string {
  const key = serviceLabelKey(label);
  return key ? t(key) : label;
}
