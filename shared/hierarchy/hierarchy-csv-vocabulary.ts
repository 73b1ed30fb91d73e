import { ROLE_IDS, type RoleId, type SiteType } from './model.ts';

/**
 * The words a hierarchy table may use: column headers in any spelling, role names as this app and
 * ConfigMgr write them, site types and yes/no in English, French and Dutch.
 */

/** The columns, by canonical name, with the header spellings accepted for each. */
export const COLUMNS = {
  site: ['site', 'sitecode', 'code'],
  siteName: ['sitename'],
  siteType: ['sitetype', 'type'],
  parent: ['parent', 'parentsite', 'parentsitecode', 'parentcode'],
  clientHttpPort: ['clienthttpport'],
  clientHttpsPort: ['clienthttpsport'],
  system: ['system', 'fqdn', 'server', 'sitesystem', 'servername', 'networkospath', 'name'],
  address: ['address', 'ip', 'ipaddress'],
  role: ['role', 'rolename'],
  port: ['port', 'sqlport'],
  brokerPort: ['brokerport', 'ssbport', 'servicebrokerport'],
  instance: ['instance', 'sqlinstance'],
  https: ['https'],
  pxe: ['pxe'],
  multicast: ['multicast'],
  httpPort: ['httpport', 'wsushttpport'],
  httpsPort: ['httpsport', 'wsushttpsport'],
  ssl: ['ssl'],
  mode: ['mode'],
  proxy: ['proxy'],
  cidr: ['cidr', 'subnet'],
  instances: ['instances'],
  deployment: ['deployment'],
  azureName: ['azurename'],
} as const;
export type Column = keyof typeof COLUMNS;

/** Header text → canonical column. */
export function columnOf(header: string): Column | undefined {
  const key = header.toLowerCase().replace(/[\s_\-.]/g, '');
  return (Object.keys(COLUMNS) as Column[]).find((column) => (COLUMNS[column] as readonly string[]).includes(key));
}

/** The CMG pseudo-role of a table row. */
export const CMG = 'cloud-management-gateway';

/**
 * Role names accepted in the `role` column: this app's ids, ConfigMgr's `RoleName`s, and the names
 * the console shows. ConfigMgr roles this app does not model map to `null` (the row is skipped with
 * a warning).
 */
const ROLE_NAMES: Record<string, RoleId | typeof CMG | null> = {
  'sms site server': 'site-server',
  'site server': 'site-server',
  'sms sql server': 'site-database',
  'site database server': 'site-database',
  'site database': 'site-database',
  'sms provider': 'sms-provider',
  'sms management point': 'management-point',
  'management point': 'management-point',
  'sms distribution point': 'distribution-point',
  'distribution point': 'distribution-point',
  'sms software update point': 'software-update-point',
  'software update point': 'software-update-point',
  'sms dmp connector': 'service-connection-point',
  'service connection point': 'service-connection-point',
  'sms cloud proxy connector': 'cmg-connection-point',
  'cloud management gateway connection point': 'cmg-connection-point',
  'cmg connection point': 'cmg-connection-point',
  'sms srs reporting point': 'reporting-point',
  'reporting services point': 'reporting-point',
  'configuration manager console': 'console',
  'client subnet': 'client-subnet',
  'cloud management gateway': CMG,
  cmg: CMG,
  // Roles every site system has, or that this app does not check: no links of their own here.
  'sms site system': null,
  'sms component server': null,
  'sms fallback status point': null,
  'sms state migration point': null,
  'sms application web service': null,
  'sms portal web site': null,
  'sms endpoint protection point': null,
  'sms certificate registration point': null,
  'sms multicast service point': null,
  'sms pxe service point': null,
  'sms data warehouse service point': null,
  'sms enrollment server': null,
  'sms enrollment web site': null,
  'sms device management point': null,
  'sms system health validator': null,
  'sms dm enrollment service': null,
  'sms notification server': null,
};

const ROLE_ID_SET: ReadonlySet<string> = new Set(ROLE_IDS);

/** A role as the `role` column writes it: this app's id, ConfigMgr's name, or unknown (`undefined`). */
export function roleIdOf(text: string): RoleId | typeof CMG | null | undefined {
  const key = text.trim().toLowerCase();
  if (ROLE_ID_SET.has(key)) return key as RoleId;
  if (key === CMG) return CMG;
  return key in ROLE_NAMES ? ROLE_NAMES[key] : undefined;
}

/** Site types as written in English, French and Dutch tables. */
export const SITE_TYPES: Record<string, SiteType> = {
  cas: 'cas',
  'central administration site': 'cas',
  central: 'cas',
  "site d'administration centrale": 'cas',
  'centrale beheersite': 'cas',
  primary: 'primary',
  'primary site': 'primary',
  principal: 'primary',
  'site principal': 'primary',
  primaire: 'primary',
  'primaire site': 'primary',
  secondary: 'secondary',
  'secondary site': 'secondary',
  secondaire: 'secondary',
  'site secondaire': 'secondary',
  secundaire: 'secondary',
  'secundaire site': 'secondary',
};

/** Yes and no as tables write them, in English, French and Dutch. */
export const TRUE = new Set(['yes', 'y', 'true', '1', 'x', 'oui', 'ja', 'vrai', 'waar']);
export const FALSE = new Set(['no', 'n', 'false', '0', 'non', 'nee', 'faux', 'onwaar']);
