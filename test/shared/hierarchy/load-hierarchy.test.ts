import { describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import { loadHierarchy, serializeHierarchy, validateHierarchy } from '../../../shared/hierarchy/load-hierarchy.ts';
import type { Hierarchy } from '../../../shared/hierarchy/model.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { formatIssue } from '../../../shared/validation/issue.ts';

function clone(): Hierarchy {
  return structuredClone(DEMO_HIERARCHY);
}

function errorsOf(value: unknown): string[] {
  const result = validateHierarchy(value);
  return result.ok ? [] : result.errors.map((issue) => formatIssue(issue));
}

describe('loadHierarchy', () => {
  it('accepts the demo hierarchy without warnings', () => {
    const result = loadHierarchy(serializeHierarchy(DEMO_HIERARCHY));
    expect(result).toEqual({ ok: true, hierarchy: DEMO_HIERARCHY, warnings: [] });
  });

  it('round-trips a file exactly, including key order and optional fields', () => {
    const text = serializeHierarchy(DEMO_HIERARCHY);
    const result = loadHierarchy(text);
    if (!result.ok) throw new Error('demo did not load');
    expect(serializeHierarchy(result.hierarchy)).toBe(text);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(loadHierarchy(`\uFEFF${serializeHierarchy(DEMO_HIERARCHY)}`).ok).toBe(true);
  });

  it('names the path of a port out of range', () => {
    const h = clone();
    (h.systems[1]!.roles[0] as { port: number }).port = 70000;
    expect(errorsOf(h)).toEqual(['systems[1].roles[0].port: expected integer 1-65535 (got 70000)']);
  });

  it('names the path of a port given as a string', () => {
    const h = clone() as unknown as { systems: { roles: Record<string, unknown>[] }[] };
    h.systems[3]!.roles[0] = { role: 'site-database', port: '1433' };
    expect(errorsOf(h)).toEqual(['systems[3].roles[0].port: expected integer 1-65535 (got "1433")']);
  });

  it('reports an unknown role kind once, with the allowed ones', () => {
    const h = clone() as unknown as { systems: { roles: Record<string, unknown>[] }[] };
    h.systems[0]!.roles[0] = { role: 'site-serveur' };
    const [message, ...rest] = errorsOf(h);
    expect(rest).toEqual([]);
    expect(message).toMatch(/^systems\[0\]\.roles\[0\]\.role: expected one of "site-server", "site-database", .* \(got "site-serveur"\)$/);
  });

  it('suggests the property a typo meant', () => {
    const h = clone() as unknown as { systems: { roles: Record<string, unknown>[] }[] };
    h.systems[1]!.roles[0] = { role: 'site-database', prot: 1500 };
    expect(errorsOf(h)).toEqual(['systems[1].roles[0].prot: unknown property (did you mean "port"?)']);
  });

  it('reports missing required fields by path', () => {
    expect(errorsOf({ formatVersion: 1, name: 'x', sites: [{ code: 'P01', type: 'primary' }], systems: [{ site: 'P01', roles: [] }] })).toEqual([
      'sites[0].name: required',
      'systems[0].fqdn: required',
      'systems[0].roles: expected at least 1 item',
    ]);
  });

  it('rejects proxies with credentials and bad CIDRs in words a user understands', () => {
    const h = clone() as unknown as { systems: { roles: Record<string, unknown>[] }[] };
    h.systems[0]!.roles[2] = { role: 'service-connection-point', mode: 'online', proxy: 'http://user:secret@proxy:8080' };
    h.systems[10]!.roles[0] = { role: 'client-subnet', cidr: '10.20.0.0/33' };
    expect(errorsOf(h)).toEqual([
      'systems[0].roles[2].proxy: expected a proxy URL such as http://proxy.corp.example:8080, without credentials (got "http://user:secret@proxy:8080")',
      'systems[10].roles[0].cidr: expected a subnet in CIDR notation such as 10.20.0.0/16 (got "10.20.0.0/33")',
    ]);
  });

  it('checks references between sites and systems', () => {
    const h = clone();
    h.sites[3]!.parent = 'P09';
    h.systems[4]!.site = 'XYZ';
    h.systems.push({ ...h.systems[0]!, fqdn: 'CAS01.corp.contoso.example' });
    h.sites.push({ code: 'p01', name: 'dup', type: 'primary', parent: 'CAS' });
    expect(errorsOf(h)).toEqual([
      'sites[4].code: duplicate site code "p01" (also sites[1])',
      'sites[3].parent: no site with code "P09"',
      'systems[4].site: no site with code "XYZ"',
      'systems[15].fqdn: duplicate system "CAS01.corp.contoso.example" (also systems[0]); list its roles once',
    ]);
  });

  it('enforces the parent rules of a hierarchy', () => {
    const h = clone();
    h.sites[1]!.parent = 'S01';
    h.sites[3]!.parent = 'CAS';
    h.sites.push({ code: 'CA2', name: 'second', type: 'cas' });
    expect(errorsOf(h)).toEqual([
      'sites[0].type: a hierarchy has at most one CAS',
      "sites[1].parent: a primary site's parent must be the CAS (S01 is secondary)",
      "sites[3].parent: a secondary site's parent must be a primary site (CAS is cas)",
      'sites[4].type: a hierarchy has at most one CAS',
    ]);
  });

  it('applies the WSUS port pairing of note 3', () => {
    const h = clone();
    h.systems[2]!.roles[0] = { role: 'software-update-point', httpPort: 80, httpsPort: 8531 };
    expect(errorsOf(h)).toEqual(['systems[2].roles[0].httpsPort: WSUS with HTTP port 80 uses HTTPS port 443 (seed 003, note 3), not 8531']);
  });

  it('loads an incomplete hierarchy with warnings', () => {
    const h = clone();
    h.systems = h.systems.filter((s) => s.site !== 'S01');
    const result = validateHierarchy(h);
    expect(result.ok && result.warnings.map((issue) => formatIssue(issue))).toEqual([
      'sites[3]: no system holds the site-server role for site S01',
      'sites[3]: no system holds the site-database role for site S01',
    ]);
  });

  it('locates JSON syntax errors by line and column', () => {
    const result = loadHierarchy('{\n  "formatVersion": 1,\n  "name": "x",,\n}');
    expect(result.ok).toBe(false);
    expect(!result.ok && formatIssue(result.errors[0]!)).toMatch(/^\(document\): not valid JSON at line 3, column 15: /);
  });

  it('says when a file is empty or not an object', () => {
    expect(loadHierarchy('  \n').ok || (loadHierarchy('  \n') as { errors: unknown[] }).errors).toEqual([
      { path: '', message: 'the file is empty', severity: 'error', text: { key: 'issue.emptyFile', params: {} } },
    ]);
    expect(errorsOf([1, 2])).toEqual(['(document): expected object (got an array)']);
  });

  it('words every problem in the reader\'s language, with what was expected and what was found', () => {
    const bad = clone() as unknown as { systems: Record<string, unknown>[] };
    bad.systems[0]!.roles = [{ role: 'site-database', port: 70000 }];
    bad.systems[1]!.fqnd = 'x';
    const result = validateHierarchy(bad);
    if (result.ok) throw new Error('expected problems');
    const fr = createTranslator('fr');
    const nl = createTranslator('nl');
    expect(result.errors.map((issue) => formatIssue(issue, fr))).toEqual([
      'systems[0].roles[0].port: entier de 1 à 65535 attendu (trouvé : 70000)',
      'systems[1].fqnd: propriété inconnue (vouliez-vous dire « fqdn » ?)',
    ]);
    expect(result.errors.map((issue) => formatIssue(issue, nl))[0]).toBe('systems[0].roles[0].port: geheel getal van 1 tot 65535 verwacht (gevonden: 70000)');
    // The document keeps English, the reference.
    expect(result.errors.map((issue) => formatIssue(issue))[0]).toBe('systems[0].roles[0].port: expected integer 1-65535 (got 70000)');
    const rules = validateHierarchy({ ...structuredClone(DEMO_HIERARCHY), sites: [...structuredClone(DEMO_HIERARCHY).sites.map((site, i) => (i === 1 ? { ...site, parent: 'ZZZ' } : site))] });
    if (rules.ok) throw new Error('expected a rule problem');
    expect(rules.errors.map((issue) => formatIssue(issue, fr))).toContain('sites[1].parent: aucun site avec le code « ZZZ »');
  });
});

