import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/hierarchy/csv-table.ts';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import { exportHierarchyCsv, importHierarchyCsv } from '../../../shared/hierarchy/hierarchy-csv.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { formatIssue } from '../../../shared/validation/issue.ts';

describe('CSV tables', () => {
  it('reads quotes, doubled quotes, line breaks in quotes, CRLF and a BOM, keeping each row\'s line', () => {
    const parsed = parseCsv('\ufeffa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\r\n\r\n,\r\nlast,1');
    expect(parsed).toEqual({
      ok: true,
      delimiter: ',',
      rows: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['x, y', 'say "hi"'] },
        { line: 3, fields: ['two\nlines', 'z'] },
        { line: 7, fields: ['last', '1'] },
      ],
    });
  });

  it('detects semicolons (Excel in French or Dutch) and tabs', () => {
    expect(parseCsv('a;b;c\n1;2,5;3').ok && (parseCsv('a;b;c\n1;2,5;3') as { rows: { fields: string[] }[] }).rows[1]?.fields).toEqual(['1', '2,5', '3']);
    expect(parseCsv('a\tb\n1\t2')).toMatchObject({ delimiter: '\t' });
  });

  it('says where a quote is left open', () => {
    expect(parseCsv('a,b\n1,"open\n2,3')).toEqual({ ok: false, line: 2, problem: 'unclosedQuote' });
  });
});

describe('hierarchy CSV', () => {
  it('exports the demo and imports it back to the same sites, systems and cloud', () => {
    const csv = exportHierarchyCsv(DEMO_HIERARCHY);
    const imported = importHierarchyCsv(csv, 'Contoso.csv');
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    expect(imported.hierarchy.name).toBe('Contoso');
    expect(imported.hierarchy.sites).toEqual(DEMO_HIERARCHY.sites);
    expect(imported.hierarchy.systems).toEqual(DEMO_HIERARCHY.systems);
    expect(imported.hierarchy.cloud).toEqual(DEMO_HIERARCHY.cloud);
  });

  it('reads what Export-NetcheckHierarchy.ps1 writes: ConfigMgr role names, NetworkOSPath, unmodelled roles', () => {
    const csv = [
      'SiteCode;SiteName;SiteType;ParentSiteCode;NetworkOSPath;RoleName;SqlPort;SsbPort;Https;Pxe;Mode;Proxy',
      'CAS;Centrale;Central Administration Site;;\\\\cas01.corp.example;SMS Site Server;;;;;;',
      'CAS;Centrale;Central Administration Site;;\\\\cas01.corp.example;SMS SQL Server;1433;4022;;;;',
      'CAS;Centrale;Central Administration Site;;\\\\cas01.corp.example;SMS Dmp Connector;;;;;online;http://proxy.corp.example:8080',
      'CAS;Centrale;Central Administration Site;;\\\\cas01.corp.example;SMS Component Server;;;;;;',
      'P01;Paris;site principal;CAS;\\\\p01ss01.corp.example;SMS Site Server;;;;;;',
      'P01;Paris;site principal;CAS;\\\\p01dp01.corp.example;SMS Distribution Point;;;oui;x;;',
      'P01;Paris;site principal;CAS;\\\\p01fsp.corp.example;SMS Fallback Status Point;;;;;;',
    ].join('\r\n');
    const imported = importHierarchyCsv(`\ufeff${csv}`, 'export.csv');
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    expect(imported.hierarchy.sites).toEqual([
      { code: 'CAS', name: 'Centrale', type: 'cas' },
      { code: 'P01', name: 'Paris', type: 'primary', parent: 'CAS' },
    ]);
    expect(imported.hierarchy.systems).toEqual([
      { fqdn: 'cas01.corp.example', site: 'CAS', roles: [{ role: 'site-server' }, { role: 'site-database', port: 1433, brokerPort: 4022 }, { role: 'service-connection-point', mode: 'online', proxy: 'http://proxy.corp.example:8080' }] },
      { fqdn: 'p01ss01.corp.example', site: 'P01', roles: [{ role: 'site-server' }] },
      { fqdn: 'p01dp01.corp.example', site: 'P01', roles: [{ role: 'distribution-point', https: true, pxe: true }] },
    ]);
    expect(imported.warnings.map((warning) => `${warning.path}: ${warning.message}`)).toEqual([
      'line 5, column "RoleName": "SMS Component Server" is not a role this app checks; row skipped',
      'line 8, column "RoleName": "SMS Fallback Status Point" is not a role this app checks; row skipped',
      'line 8: p01fsp.corp.example holds no role this app checks; left out',
      'line 6: no system holds the site-database role for site P01',
    ]);
  });

  it('reports every problem by line and column, and loads nothing', () => {
    const csv = [
      'site,site_name,site_type,parent,system,role,port,https',
      'CAS,Central,cas,,cas01.corp.example,site-server,,',
      'CAS,Other name,cas,,cas01.corp.example,site-database,14x3,',
      'P01,Paris,primary,CAS,p01mp01.corp.example,management-point,,maybe',
      'P01,,,,p01mp01.corp.example,dns-server,,',
      'P02,,,,p02ss01.corp.example,site-server,,',
    ].join('\n');
    const imported = importHierarchyCsv(csv, 'bad.csv');
    expect(imported.ok).toBe(false);
    expect(!imported.ok && imported.errors.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'line 3, column "site_name": site CAS was given name "Central" on line 2',
      'line 3, column "port": expected a whole number (got "14x3")',
      'line 4, column "https": expected yes or no (got "maybe")',
      'line 5, column "role": unknown role "dns-server"',
      'line 6: site P02: give its site_name and site_type on one of its rows',
    ]);
    // The same problems, located and worded in French and in Dutch.
    expect(!imported.ok && imported.errors.map((issue) => formatIssue(issue, createTranslator('fr')))).toEqual([
      'ligne 3, colonne « site_name » : le site CAS a reçu name « Central » à la ligne 2',
      'ligne 3, colonne « port » : nombre entier attendu (trouvé : « 14x3 »)',
      'ligne 4, colonne « https » : oui ou non attendu (trouvé : « maybe »)',
      'ligne 5, colonne « role » : rôle inconnu « dns-server »',
      'ligne 6 : site P02 : indiquez son site_name et son site_type sur l’une de ses lignes',
    ]);
    expect(!imported.ok && formatIssue(imported.errors[3]!, createTranslator('nl'))).toBe('regel 5, kolom "role": onbekende rol "dns-server"');
  });

  it('locates the hierarchy rules on the table\'s lines', () => {
    const csv = ['site,site_name,site_type,parent,system,role', 'CAS,Central,cas,,cas01.corp.example,site-server', 'S01,Lyon,secondary,CAS,s01ss01.corp.example,site-server', 'S01,Lyon,secondary,CAS,s01ss01.corp.example,site-server'].join('\n');
    const imported = importHierarchyCsv(csv, 'rules.csv');
    expect(!imported.ok && imported.errors.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      "line 3 (parent): a secondary site's parent must be a primary site (CAS is cas)",
      'line 4 (role): "site-server" is listed twice on this system',
    ]);
  });

  it('refuses a table without the columns it needs', () => {
    expect(importHierarchyCsv('', 'empty.csv')).toMatchObject({ ok: false, errors: [{ path: 'line 1' }] });
    const missing = importHierarchyCsv('name,colour\nx,y', 'other.csv');
    expect(!missing.ok && missing.errors.map((issue) => issue.message.split(' (')[0])).toEqual(['no "site" column', 'no "role" column']);
  });
});

describe('Export-NetcheckHierarchy.ps1', () => {
  it('writes a header the importer reads, and the role names it maps', async () => {
    const { readFile } = await import('node:fs/promises');
    const script = await readFile(new URL('../../../assets/Export-NetcheckHierarchy.ps1', import.meta.url), 'utf8');
    const columns = /\$row = \[ordered\]@\{([\s\S]*?)\n\s*\}/.exec(script)?.[1]?.match(/(\w+) =/g)?.map((entry) => entry.replace(' =', '')) ?? [];
    expect(columns).toContain('NetworkOSPath');
    // Export-Csv quotes every field; a row as the script writes it imports.
    const header = columns.map((column) => `"${column}"`).join(';');
    const row = columns.map((column) => `"${({ SiteCode: 'P01', SiteName: 'Paris', SiteType: 'primary', ParentSiteCode: '', NetworkOSPath: '\\\\p01mp01.corp.example', RoleName: 'SMS Management Point', Https: 'yes' } as Record<string, string>)[column] ?? ''}"`).join(';');
    const imported = importHierarchyCsv(`\ufeff${header}\r\n${row}\r\n`, 'hierarchy.csv');
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    expect(imported.hierarchy.systems).toEqual([{ fqdn: 'p01mp01.corp.example', site: 'P01', roles: [{ role: 'management-point', https: true }] }]);
    // Every ConfigMgr role name the script handles is one the importer knows.
    const handled = (script.match(/'SMS [A-Za-z ]+'/g) ?? []).map((name) => name.slice(1, -1));
    expect(handled.length).toBeGreaterThan(4);
    for (const name of handled) expect(importHierarchyCsv(`site,site_name,site_type,system,role\nP01,P,primary,a.corp.example,${name}`, 'x.csv')).toMatchObject({ ok: true, hierarchy: { systems: [{ roles: [{}] }] } });
  });
});
