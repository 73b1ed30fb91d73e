import { loadHierarchy, validateHierarchy, type HierarchyLoadResult } from './load-hierarchy.ts';
import type { CloudManagementGateway, Hierarchy, Role, RoleId, Site, SiteSystem } from './model.ts';
import { csvField, parseCsv, type CsvRow } from './csv-table.ts';
import { issueOf, type ValidationIssue } from '../validation/issue.ts';
import type { LocalizableMessage } from '../results/result-document.ts';
import { CMG, COLUMNS, columnOf, FALSE, roleIdOf, SITE_TYPES, TRUE, type Column } from './hierarchy-csv-vocabulary.ts';

/**
 * The hierarchy as a table, for people who keep their site systems in Excel: one row per site
 * system and role (site columns repeated on each row), a row with only site columns for a site
 * with no system yet, and a row per cloud management gateway. Headers are matched loosely
 * ("Site code", "site_code", "SiteCode"), and roles may be written as this app names them or as
 * ConfigMgr does (`SMS Management Point`, the `RoleName` of `Get-CMSiteRole`), so the output of
 * `assets/Export-NetcheckHierarchy.ps1` imports as is. Problems are reported by line and column.
 */

/** Where each part of the built hierarchy came from, to report validation issues by line. */
interface Origins {
  sites: number[];
  systems: number[];
  roles: number[][];
  cloud: number[];
}

class RowReader {
  constructor(
    private readonly columns: Map<Column, number>,
    private readonly row: CsvRow,
    private readonly headers: readonly string[],
    private readonly issues: ValidationIssue[],
  ) {}

  get line(): number {
    return this.row.line;
  }

  text(column: Column): string {
    const index = this.columns.get(column);
    return index === undefined ? '' : (this.row.fields[index] ?? '').trim();
  }

  /** An error of the `issue.csv` table at this row (and column). */
  error(column: Column | undefined, key: string, params: Record<string, string | number> = {}): void {
    this.issues.push(csvIssue('error', this.row.line, this.header(column), key, params));
  }

  warn(column: Column | undefined, key: string, params: Record<string, string | number> = {}): void {
    this.issues.push(csvIssue('warning', this.row.line, this.header(column), key, params));
  }

  /** The title of a column as the file writes it, if the file has that column. */
  private header(column: Column | undefined): string | undefined {
    const index = column === undefined ? undefined : this.columns.get(column);
    return index === undefined ? undefined : this.headers[index];
  }

  integer(column: Column): number | undefined {
    const text = this.text(column);
    if (text === '') return undefined;
    if (!/^\d+$/.test(text)) {
      this.error(column, 'wholeNumber', { text });
      return undefined;
    }
    return Number(text);
  }

  flag(column: Column): boolean | undefined {
    const text = this.text(column).toLowerCase();
    if (text === '') return undefined;
    if (TRUE.has(text)) return true;
    if (FALSE.has(text)) return false;
    this.error(column, 'yesNo', { text: this.text(column) });
    return undefined;
  }
}

/**
 * A problem of the table at a line (and a column, by the title the file gives it): the path reads
 * `line 3, column "role"` in English, and the location is worded again in the reader's language.
 */
function csvIssue(severity: ValidationIssue['severity'], line: number, column: string | undefined, key: string, params: Record<string, string | number> = {}): ValidationIssue {
  const path = column === undefined ? `line ${line}` : `line ${line}, column "${column}"`;
  const where: LocalizableMessage = column === undefined ? { key: 'issue.csv.at', params: { line } } : { key: 'issue.csv.atColumn', params: { line, column } };
  return issueOf(path, severity, `issue.csv.${key}`, params, where);
}

/** A host name as ConfigMgr may write it: `\\server.corp.example` (a NetworkOSPath) or plain. */
function hostOf(text: string): string {
  return text.replace(/^\\\\/, '').replace(/\\.*$/, '');
}

function roleFrom(id: RoleId, read: RowReader): Role {
  const defined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
  switch (id) {
    case 'site-database':
      return defined({ role: id, port: read.integer('port'), brokerPort: read.integer('brokerPort'), instance: read.text('instance') || undefined });
    case 'management-point':
      return defined({ role: id, https: read.flag('https') });
    case 'distribution-point':
      return defined({ role: id, https: read.flag('https'), pxe: read.flag('pxe'), multicast: read.flag('multicast') });
    case 'software-update-point':
      return defined({ role: id, httpPort: read.integer('httpPort'), httpsPort: read.integer('httpsPort'), ssl: read.flag('ssl') });
    case 'service-connection-point': {
      const mode = read.text('mode').toLowerCase();
      if (mode !== '' && mode !== 'online' && mode !== 'offline') read.error('mode', 'mode', { text: read.text('mode') });
      return defined({ role: id, mode: mode === 'offline' ? ('offline' as const) : ('online' as const), proxy: read.text('proxy') || undefined });
    }
    case 'client-subnet':
      if (read.text('cidr') === '') read.error('cidr', 'cidr');
      return { role: id, cidr: read.text('cidr') };
    default:
      return { role: id };
  }
}

/**
 * Reads a hierarchy file of either format, chosen by its name: a table (`.csv`, `.txt`, `.tsv`, as
 * Excel writes it) or the app's JSON. The same choice for a file opened by main and one dropped on
 * the page.
 */
export function loadHierarchyFile(text: string, name: string): HierarchyLoadResult {
  return /\.(csv|txt|tsv)$/i.test(name) ? importHierarchyCsv(text, name) : loadHierarchy(text);
}

/** Reads a hierarchy table. `name` (the file's name) names the hierarchy. */
export function importHierarchyCsv(text: string, name: string): HierarchyLoadResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, errors: [csvIssue('error', parsed.line, undefined, parsed.problem)] };
  const [header, ...rows] = parsed.rows;
  if (!header) return { ok: false, errors: [csvIssue('error', 1, undefined, 'empty')] };
  const columns = new Map<Column, number>();
  const issues: ValidationIssue[] = [];
  header.fields.forEach((title, index) => {
    const column = columnOf(title);
    if (column && !columns.has(column)) columns.set(column, index);
    else if (!column && title.trim() !== '') issues.push(csvIssue('warning', header.line, title.trim(), 'unknownColumn'));
  });
  for (const required of ['site', 'role'] as const) {
    if (!columns.has(required)) issues.push(csvIssue('error', header.line, undefined, 'missingColumn', { column: required, columns: Object.keys(COLUMNS).join(', ') }));
  }
  if (!columns.has('system')) issues.push(csvIssue('error', header.line, undefined, 'noSystemColumn'));
  if (issues.some((issue) => issue.severity === 'error')) return { ok: false, errors: issues.filter((issue) => issue.severity === 'error') };

  const sites = new Map<string, { site: Partial<Site> & { code: string }; line: number }>();
  const systems = new Map<string, { system: SiteSystem; line: number; roleLines: number[] }>();
  const cloud: { service: CloudManagementGateway; line: number }[] = [];
  const headers = header.fields.map((field) => field.trim());

  for (const row of rows) {
    const read = new RowReader(columns, row, headers, issues);
    const roleText = read.text('role');
    const roleId = roleText === '' ? undefined : roleIdOf(roleText);
    if (roleId === CMG) {
      const service = hostOf(read.text('system'));
      if (service === '') read.error('system', 'cmgName');
      const deployment = read.text('deployment').toLowerCase();
      if (deployment !== '' && deployment !== 'vmss' && deployment !== 'classic') read.error('deployment', 'deployment', { text: read.text('deployment') });
      cloud.push({
        service: {
          type: 'cmg',
          name: service,
          instances: read.integer('instances') ?? 1,
          ...(read.text('address') ? { address: read.text('address') } : {}),
          ...(deployment === 'vmss' || deployment === 'classic' ? { deployment } : {}),
          ...(read.text('azureName') ? { azureName: read.text('azureName') } : {}),
        },
        line: row.line,
      });
      continue;
    }
    const code = read.text('site').toUpperCase();
    if (code === '') {
      read.error('site', 'siteCode');
      continue;
    }
    const site = sites.get(code) ?? { site: { code }, line: row.line };
    sites.set(code, site);
    const typeText = read.text('siteType');
    const type = typeText === '' ? undefined : SITE_TYPES[typeText.toLowerCase()];
    if (typeText !== '' && !type) read.error('siteType', 'siteType', { text: typeText });
    const given: Partial<Site> = {
      ...(read.text('siteName') ? { name: read.text('siteName') } : {}),
      ...(type ? { type } : {}),
      ...(read.text('parent') ? { parent: read.text('parent').toUpperCase() } : {}),
    };
    for (const [key, value] of Object.entries(given) as [keyof Site, string][]) {
      const known = site.site[key];
      if (known !== undefined && known !== value) read.error(key === 'name' ? 'siteName' : key === 'type' ? 'siteType' : 'parent', 'siteConflict', { code, field: key, value: String(known), line: site.line });
      else (site.site as Record<string, unknown>)[key] = value;
    }
    const http = read.integer('clientHttpPort');
    const https = read.integer('clientHttpsPort');
    if (http !== undefined || https !== undefined) site.site.clientPorts = { ...site.site.clientPorts, ...(http !== undefined ? { http } : {}), ...(https !== undefined ? { https } : {}) };

    const fqdn = hostOf(read.text('system'));
    if (fqdn === '') {
      if (roleText !== '') read.error('system', 'roleNeedsSystem');
      continue;
    }
    const key = fqdn.toLowerCase().replace(/\.$/, '');
    let system = systems.get(key);
    if (!system) {
      system = { system: { fqdn, site: code, roles: [] }, line: row.line, roleLines: [] };
      systems.set(key, system);
    } else if (system.system.site !== code) {
      read.error('site', 'systemSite', { fqdn, site: system.system.site, line: system.line });
      continue;
    }
    const address = read.text('address');
    if (address !== '') {
      if (system.system.address !== undefined && system.system.address !== address) read.error('address', 'systemAddress', { fqdn, address: system.system.address, line: system.line });
      else system.system.address = address;
    }
    if (roleId === undefined) {
      if (roleText === '') read.error('role', 'noRole');
      else read.error('role', 'unknownRole', { role: roleText });
      continue;
    }
    if (roleId === null) {
      read.warn('role', 'skippedRole', { role: roleText });
      continue;
    }
    system.system.roles.push(roleFrom(roleId, read));
    system.roleLines.push(row.line);
  }

  // A system whose rows held only roles this app does not check has nothing to test.
  for (const [key, entry] of systems) {
    if (entry.system.roles.length > 0) continue;
    issues.push(csvIssue('warning', entry.line, undefined, 'noRoleChecked', { fqdn: entry.system.fqdn }));
    systems.delete(key);
  }
  for (const { site, line } of sites.values()) {
    if (site.name === undefined || site.type === undefined) issues.push(csvIssue('error', line, undefined, 'siteIncomplete', { code: site.code }));
  }
  const localErrors = issues.filter((issue) => issue.severity === 'error');
  if (localErrors.length > 0) return { ok: false, errors: localErrors };

  const hierarchy: Hierarchy = {
    formatVersion: 1,
    name: name.replace(/\.[^.]+$/, '') || 'Imported hierarchy',
    sites: [...sites.values()].map((entry) => entry.site as Site),
    systems: [...systems.values()].map((entry) => entry.system),
    ...(cloud.length > 0 ? { cloud: cloud.map((entry) => entry.service) } : {}),
  };
  const origins: Origins = {
    sites: [...sites.values()].map((entry) => entry.line),
    systems: [...systems.values()].map((entry) => entry.line),
    roles: [...systems.values()].map((entry) => entry.roleLines),
    cloud: cloud.map((entry) => entry.line),
  };
  const validated = validateHierarchy(hierarchy);
  const located = (issue: ValidationIssue): ValidationIssue => ({ ...issue, path: lineOf(issue.path, origins) });
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  return validated.ok ? { ok: true, hierarchy: validated.hierarchy, warnings: [...warnings, ...validated.warnings.map(located)] } : { ok: false, errors: validated.errors.map(located) };
}

/** A validation path of the built hierarchy as the table line it came from (`systems[2].roles[1].port` → `line 7 (port)`). */
function lineOf(path: string, origins: Origins): string {
  const role = /^systems\[(\d+)\]\.roles\[(\d+)\]\.?(.*)$/.exec(path);
  if (role) return located(origins.roles[Number(role[1])]?.[Number(role[2])], role[3]);
  const item = /^(sites|systems|cloud)\[(\d+)\]\.?(.*)$/.exec(path);
  if (item) return located(origins[item[1] as 'sites' | 'systems' | 'cloud'][Number(item[2])], item[3]);
  return path;
}

function located(line: number | undefined, field: string | undefined): string {
  if (line === undefined) return field ?? '';
  return field ? `line ${line} (${field})` : `line ${line}`;
}

/** The header the export writes (the import reads any order and spelling). */
export const CSV_HEADER = ['site', 'site_name', 'site_type', 'parent', 'client_http_port', 'client_https_port', 'system', 'address', 'role', 'port', 'broker_port', 'instance', 'https', 'pxe', 'multicast', 'http_port', 'https_port', 'ssl', 'mode', 'proxy', 'cidr', 'instances', 'deployment', 'azure_name'] as const;

/** Writes a hierarchy as a table that `importHierarchyCsv` reads back to the same sites, systems and cloud. */
export function exportHierarchyCsv(hierarchy: Hierarchy): string {
  const lines: string[] = [CSV_HEADER.join(',')];
  const flag = (value: boolean | undefined) => (value === undefined ? '' : value ? 'yes' : 'no');
  const number = (value: number | undefined) => (value === undefined ? '' : String(value));
  const write = (cells: Partial<Record<(typeof CSV_HEADER)[number], string>>) => lines.push(CSV_HEADER.map((column) => csvField(cells[column] ?? '')).join(','));
  for (const site of hierarchy.sites) {
    const siteCells = { site: site.code, site_name: site.name, site_type: site.type, parent: site.parent ?? '', client_http_port: number(site.clientPorts?.http), client_https_port: number(site.clientPorts?.https) };
    const members = hierarchy.systems.filter((system) => system.site.toUpperCase() === site.code.toUpperCase());
    if (members.length === 0) write(siteCells);
    for (const system of members) {
      for (const role of system.roles) {
        const cells: Partial<Record<(typeof CSV_HEADER)[number], string>> = { ...siteCells, system: system.fqdn, address: system.address ?? '', role: role.role };
        if (role.role === 'site-database') Object.assign(cells, { port: number(role.port), broker_port: number(role.brokerPort), instance: role.instance ?? '' });
        if (role.role === 'management-point') cells.https = flag(role.https);
        if (role.role === 'distribution-point') Object.assign(cells, { https: flag(role.https), pxe: flag(role.pxe), multicast: flag(role.multicast) });
        if (role.role === 'software-update-point') Object.assign(cells, { http_port: number(role.httpPort), https_port: number(role.httpsPort), ssl: flag(role.ssl) });
        if (role.role === 'service-connection-point') Object.assign(cells, { mode: role.mode, proxy: role.proxy ?? '' });
        if (role.role === 'client-subnet') cells.cidr = role.cidr;
        write(cells);
      }
    }
  }
  for (const cmg of hierarchy.cloud ?? []) write({ system: cmg.name, role: CMG, address: cmg.address ?? '', instances: String(cmg.instances), deployment: cmg.deployment ?? '', azure_name: cmg.azureName ?? '' });
  return `${lines.join('\r\n')}\r\n`;
}
