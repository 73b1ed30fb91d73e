import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../../shared/hierarchy/demo-hierarchy.ts';
import { exportHierarchyCsv, importHierarchyCsv } from '../../../../shared/hierarchy/hierarchy-csv.ts';
import { loadHierarchy, serializeHierarchy } from '../../../../shared/hierarchy/load-hierarchy.ts';
import { createHierarchyServices } from '../../../../src-main/core/app/hierarchy-services.ts';
import { RecentFiles } from '../../../../src-main/core/app/recent-files.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-hierarchy-services-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function services(open: string | null, save: string | null = null) {
  return createHierarchyServices({
    dialogs: { chooseFileToOpen: async () => open, chooseFilesToOpen: async () => null, chooseFileToSave: async () => save },
    recent: new RecentFiles(dir),
  });
}

describe('hierarchy files', () => {
  it('opens a CSV by its extension and remembers it', async () => {
    const file = path.join(dir, 'contoso.csv');
    await writeFile(file, exportHierarchyCsv(DEMO_HIERARCHY));
    const svc = services(file);
    const opened = await svc.openHierarchyFile(null);
    expect(opened.ok && opened.value.status === 'opened' && opened.value.value.systems).toEqual(DEMO_HIERARCHY.systems);
    expect(await svc.listRecentHierarchies(null)).toMatchObject({ ok: true, value: [{ path: file }] });
    // Only a remembered path opens again.
    expect(await svc.openRecentHierarchy({ path: file })).toMatchObject({ ok: true, value: { status: 'opened' } });
    expect(await svc.openRecentHierarchy({ path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('reports a bad table by line without touching anything', async () => {
    const file = path.join(dir, 'bad.csv');
    await writeFile(file, 'site,site_name,site_type,system,role\nP01,Paris,primary,p01.corp.example,nope\n');
    expect(await services(file).openHierarchyFile(null)).toEqual({ ok: true, value: { status: 'invalid', path: file, errors: [{ path: 'line 2, column "role"', message: 'unknown role "nope"', severity: 'error', text: { key: 'issue.csv.unknownRole', params: { role: 'nope' } }, where: { key: 'issue.csv.atColumn', params: { line: 2, column: 'role' } } }] } });
  });

  it('saves JSON and CSV atomically, each loading back to the same hierarchy', async () => {
    const json = path.join(dir, 'out.json');
    const csv = path.join(dir, 'out.csv');
    expect(await services(null, json).saveHierarchyFile({ hierarchy: DEMO_HIERARCHY, format: 'json' })).toEqual({ ok: true, value: { status: 'saved', path: json } });
    expect(await services(null, csv).saveHierarchyFile({ hierarchy: DEMO_HIERARCHY, format: 'csv' })).toEqual({ ok: true, value: { status: 'saved', path: csv } });
    expect(await readFile(json, 'utf8')).toBe(serializeHierarchy(DEMO_HIERARCHY));
    expect(loadHierarchy(await readFile(json, 'utf8'))).toMatchObject({ ok: true, hierarchy: DEMO_HIERARCHY });
    expect(importHierarchyCsv(await readFile(csv, 'utf8'), 'out.csv')).toMatchObject({ ok: true, hierarchy: { systems: DEMO_HIERARCHY.systems } });
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(await services(null, path.join(dir, 'missing-folder', 'x.json')).saveHierarchyFile({ hierarchy: DEMO_HIERARCHY, format: 'json' })).toMatchObject({ ok: false, error: { code: 'io-error' } });
  });
});

describe('recent files', () => {
  it('keeps the ten latest, most recent first, across restarts', async () => {
    const first = new RecentFiles(dir);
    for (let i = 0; i < 12; i++) await first.add(`/h/${i}.json`, new Date(Date.UTC(2026, 0, 1, 0, i)));
    await first.add('/h/3.json');
    const again = await new RecentFiles(dir).all();
    expect(again.map((file) => file.path)).toEqual(['/h/3.json', '/h/11.json', '/h/10.json', '/h/9.json', '/h/8.json', '/h/7.json', '/h/6.json', '/h/5.json', '/h/4.json', '/h/2.json']);
  });

  it('sets a corrupt list aside and starts empty', async () => {
    await writeFile(path.join(dir, 'recent-hierarchies.json'), '{ not json');
    expect(await new RecentFiles(dir).all()).toEqual([]);
    expect(await readFile(path.join(dir, 'recent-hierarchies.json.corrupt'), 'utf8')).toBe('{ not json');
  });
});
