import type { Hierarchy, Site } from './model.ts';
import { childPath, indexPath, issueOf, type ValidationIssue } from '../validation/issue.ts';

/**
 * Checks what a JSON Schema cannot express: references between sites and systems, uniqueness, the
 * parent rules of a ConfigMgr hierarchy, and the WSUS port pairing of seed 003 note 3.
 *
 * Input is a document that already passed the schema. Errors make the file unusable; warnings
 * describe an incomplete hierarchy (a site with no site server) that still loads, because users
 * build hierarchies step by step.
 */
export function validateHierarchyRules(hierarchy: Hierarchy): ValidationIssue[] {
  return [...checkSites(hierarchy.sites), ...checkSystems(hierarchy), ...checkCloud(hierarchy)];
}

type Params = Record<string, string | number>;

function error(path: string, key: string, params: Params = {}): ValidationIssue {
  return issueOf(path, 'error', `issue.${key}`, params);
}

function warning(path: string, key: string, params: Params = {}): ValidationIssue {
  return issueOf(path, 'warning', `issue.${key}`, params);
}

/**
 * Reports every item whose key an earlier item already has: `describe(item, earlierIndex)` gives the
 * message and its parameters, and the issue points at `list[i].field`.
 */
function duplicates<T>(list: readonly T[], listName: string, field: string, key: (item: T) => string, describe: (item: T, earlier: number) => [string, Params]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const firstIndex = new Map<string, number>();
  list.forEach((item, i) => {
    const earlier = firstIndex.get(key(item));
    if (earlier !== undefined) issues.push(error(childPath(indexPath(listName, i), field), ...describe(item, earlier)));
    else firstIndex.set(key(item), i);
  });
  return issues;
}

function checkSites(sites: readonly Site[]): ValidationIssue[] {
  const issues = duplicates(sites, 'sites', 'code', (site) => site.code.toUpperCase(), (site, earlier) => ['duplicateSite', { code: site.code, earlier }]);
  const byCode = new Map(sites.map((site) => [site.code.toUpperCase(), site] as const));
  const casCount = sites.filter((site) => site.type === 'cas').length;
  sites.forEach((site, i) => {
    const at = indexPath('sites', i);
    if (site.type === 'cas' && casCount > 1) issues.push(error(childPath(at, 'type'), 'oneCas'));
    if (site.parent === undefined) {
      if (site.type === 'secondary') issues.push(error(childPath(at, 'parent'), 'secondaryNeedsParent'));
      return;
    }
    const parent = byCode.get(site.parent.toUpperCase());
    const parentPath = childPath(at, 'parent');
    if (!parent) {
      issues.push(error(parentPath, 'noSuchSite', { code: site.parent }));
    } else if (site.type === 'cas') {
      issues.push(error(parentPath, 'casHasNoParent'));
    } else if (site.type === 'primary' && parent.type !== 'cas') {
      issues.push(error(parentPath, 'primaryParent', { code: parent.code, type: parent.type }));
    } else if (site.type === 'secondary' && parent.type !== 'primary') {
      issues.push(error(parentPath, 'secondaryParent', { code: parent.code, type: parent.type }));
    }
  });
  return issues;
}

function checkSystems(hierarchy: Hierarchy): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const duplicateFqdn = duplicates(
    hierarchy.systems,
    'systems',
    'fqdn',
    (system) => system.fqdn.toLowerCase().replace(/\.$/, ''),
    (system, earlier) => ['duplicateSystem', { fqdn: system.fqdn, earlier }],
  );
  const siteCodes = new Set(hierarchy.sites.map((site) => site.code.toUpperCase()));
  hierarchy.systems.forEach((system, i) => {
    const at = indexPath('systems', i);
    issues.push(...duplicateFqdn.filter((issue) => issue.path === childPath(at, 'fqdn')));
    if (!siteCodes.has(system.site.toUpperCase())) issues.push(error(childPath(at, 'site'), 'noSuchSite', { code: system.site }));
    const seenRoles = new Set<string>();
    system.roles.forEach((role, j) => {
      const rolePath = indexPath(childPath(at, 'roles'), j);
      if (seenRoles.has(role.role)) issues.push(error(childPath(rolePath, 'role'), 'roleTwice', { role: role.role }));
      seenRoles.add(role.role);
      if (role.role === 'software-update-point') issues.push(...checkWsusPorts(role.httpPort, role.httpsPort, rolePath));
    });
  });
  for (const site of hierarchy.sites) {
    const siteIndex = hierarchy.sites.indexOf(site);
    const members = hierarchy.systems.filter((system) => system.site.toUpperCase() === site.code.toUpperCase());
    const servers = members.filter((system) => system.roles.some((role) => role.role === 'site-server'));
    if (servers.length === 0) {
      issues.push(warning(indexPath('sites', siteIndex), 'noSiteServer', { code: site.code }));
    }
    if (!members.some((system) => system.roles.some((role) => role.role === 'site-database'))) {
      issues.push(warning(indexPath('sites', siteIndex), 'noSiteDatabase', { code: site.code }));
    }
  }
  return issues;
}

/** Seed 003, note 3: HTTP 80 pairs with HTTPS 443; any other HTTP port pairs with HTTP port + 1. */
function checkWsusPorts(httpPort: number | undefined, httpsPort: number | undefined, path: string): ValidationIssue[] {
  if (httpPort === undefined || httpsPort === undefined) return [];
  const expected = httpPort === 80 ? 443 : httpPort + 1;
  if (httpsPort === expected) return [];
  return [
    error(childPath(path, 'httpsPort'), 'wsusPorts', { http: httpPort, pair: expected, https: httpsPort }),
  ];
}

function checkCloud(hierarchy: Hierarchy): ValidationIssue[] {
  return duplicates(hierarchy.cloud ?? [], 'cloud', 'name', (service) => service.name.toLowerCase(), (service, earlier) => ['duplicateCloud', { name: service.name, earlier }]);
}
