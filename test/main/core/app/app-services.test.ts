import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventContract, EventName } from '../../../../shared/ipc/contract.ts';
import type { Hierarchy } from '../../../../shared/hierarchy/model.ts';
import { loadResultDocument } from '../../../../shared/results/load-result-document.ts';
import { createAppServices, suggestedFileName } from '../../../../src-main/core/app/app-services.ts';
import type { Dialogs } from '../../../../src-main/core/app/dialogs.ts';
import type { SecretCipher } from '../../../../src-main/core/settings/secret-envelope.ts';
import { createProbeRegistry } from '../../../../src-main/core/probes/registry.ts';
import { startLoopbackListener } from '../../../support/loopback.ts';
import { createNetnsLab } from '../../../support/netns-lab.ts';

let dir: string;
let listener: Awaited<ReturnType<typeof startLoopbackListener>>;
let port: number;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-services-'));
  listener = await startLoopbackListener();
  port = listener.port;
});
afterAll(() => listener.close());

/** The MP's HTTP port (the site's client port) listens on loopback. */
const hierarchy = (): Hierarchy => ({
  formatVersion: 1,
  name: 'Loopback',
  sites: [{ code: 'P01', name: 'lab', type: 'primary', clientPorts: { http: port } }],
  systems: [
    { fqdn: 'dp.lab.example', address: '127.0.0.1', site: 'P01', roles: [{ role: 'distribution-point' }] },
    { fqdn: 'mp.lab.example', address: '127.0.0.1', site: 'P01', roles: [{ role: 'management-point' }] },
  ],
});

function harness(dialogs: Partial<Dialogs> = {}) {
  const events: { name: EventName; payload: unknown }[] = [];
  let finished: (payload: EventContract['runFinished']) => void = () => undefined;
  const done = new Promise<EventContract['runFinished']>((resolve) => (finished = resolve));
  const services = createAppServices({
    shell: 'electron',
    dialogs: { chooseFileToOpen: async () => null, chooseFilesToOpen: async () => null, chooseFileToSave: async () => null, ...dialogs },
    emit: (name, payload) => {
      events.push({ name, payload });
      if (name === 'runFinished') finished(payload as EventContract['runFinished']);
    },
    probes: createProbeRegistry(),
    systemLanguage: 'en',
  });
  return { services, events, done };
}

describe('app services', () => {
  it('starts a run in the background, streams progress, then sends the document', async () => {
    const { services, events, done } = harness();
    const started = await services.startRun({ hierarchy: hierarchy(), options: { timeoutMs: 2000, only: [`tcp/${port}`] } });
    if (!started.ok) throw new Error(started.error.message);
    expect(started.value.plan.checks.map((c) => c.id)).toEqual([`tcp:tcp/${port}@mp.lab.example[127.0.0.1]`]);
    const finished = await done;
    expect(finished.runId).toBe(started.value.runId);
    expect(finished.document.results[0]).toMatchObject({ verdict: 'open', status: 'pass' });
    expect(finished.document.settings).toEqual({ timeoutMs: 2000, concurrency: 128, perHostConcurrency: 16, only: [`tcp/${port}`] });
    expect(events.map((e) => `${e.name}:${(e.payload as { type?: string }).type ?? ''}`)).toEqual(['runProgress:check-started', 'runProgress:check-finished', 'runFinished:']);
    expect(services.activeRuns()).toBe(0);
  });

  it('cancels a run by id', async () => {
    const lab = await createNetnsLab();
    try {
      await lab.firewall(['tcp dport 1-65535 drop']);
      const { services, done } = harness();
      const blocked: Hierarchy = { ...hierarchy(), systems: hierarchy().systems.map((s) => ({ ...s, address: lab.address })) };
      const started = await services.startRun({ hierarchy: blocked, options: { timeoutMs: 60_000 } });
      if (!started.ok) throw new Error(started.error.message);
      expect(await services.cancelRun({ runId: started.value.runId })).toEqual({ ok: true, value: { cancelled: true } });
      const finished = await done;
      expect(finished.document.cancelled).toBe(true);
      expect(new Set(finished.document.results.map((r) => r.verdict))).toEqual(new Set(['cancelled']));
      expect(await services.cancelRun({ runId: 'no-such-run' })).toEqual({ ok: true, value: { cancelled: false } });
    } finally {
      await lab.teardown();
    }
  });

  it('refuses a plan whose --from system does not exist', async () => {
    const { services } = harness();
    expect(await services.startRun({ hierarchy: hierarchy(), options: { from: 'ghost' } })).toEqual({
      ok: false,
      error: { code: 'invalid-payload', message: '--from: no system named "ghost" in the hierarchy' },
    });
  });

  it('opens hierarchy files: valid, invalid with located errors, unreadable, cancelled', async () => {
    await writeFile(path.join(dir, 'good.json'), JSON.stringify(hierarchy()));
    await writeFile(path.join(dir, 'bad.json'), '{"formatVersion": 1, "name": "x", "sites": [], "systems": []}');
    const queue = [path.join(dir, 'good.json'), path.join(dir, 'bad.json'), path.join(dir, 'missing.json'), null];
    const { services } = harness({ chooseFileToOpen: async () => queue.shift() ?? null });
    expect(await services.openHierarchyFile(null)).toMatchObject({ ok: true, value: { status: 'opened', value: { name: 'Loopback' } } });
    expect(await services.openHierarchyFile(null)).toMatchObject({
      ok: true,
      value: { status: 'invalid', errors: [{ path: 'sites', message: 'expected at least 1 item', severity: 'error' }] },
    });
    expect(await services.openHierarchyFile(null)).toMatchObject({ ok: true, value: { status: 'invalid', errors: [{ message: expect.stringContaining('ENOENT') }] } });
    expect(await services.openHierarchyFile(null)).toEqual({ ok: true, value: { status: 'cancelled' } });
  });

  it('saves a run as JSON that opens again, and as HTML', async () => {
    const { services, done } = harness({ chooseFileToSave: async (name) => path.join(dir, name) });
    await services.startRun({ hierarchy: hierarchy(), options: { only: [`tcp/${port}`] } });
    const { document } = await done;
    const json = await services.saveResultDocument({ document, format: 'json' });
    const html = await services.saveResultDocument({ document, format: 'html' });
    if (!json.ok || json.value.status !== 'saved' || !html.ok || html.value.status !== 'saved') throw new Error('not saved');
    expect(path.basename(json.value.path)).toBe(suggestedFileName(document, 'json'));
    expect(path.basename(json.value.path)).toMatch(/^netcheck-loopback-\d{8}-\d{4}\.json$/);
    expect(loadResultDocument(await readFile(json.value.path, 'utf8'))).toEqual({ ok: true, value: document });
    expect(await readFile(html.value.path, 'utf8')).toContain('<!DOCTYPE html>');
  });

  it('reports a save that fails as an io-error, naming the file', async () => {
    const { services, done } = harness({ chooseFileToSave: async () => path.join(dir, 'no-such-folder', 'x.json') });
    await services.startRun({ hierarchy: hierarchy(), options: { only: [`tcp/${port}`] } });
    const { document } = await done;
    expect(await services.saveResultDocument({ document, format: 'json' })).toMatchObject({ ok: false, error: { code: 'io-error', message: expect.stringMatching(/^x\.json: ENOENT/) } });
  });

  it('opens several result documents measured on different machines as one, or names the bad file', async () => {
    const vantage = (system: string) => ({ hostname: system.toUpperCase(), addresses: ['10.0.0.1'], platform: 'win32', claimedSystem: `${system}.lab.example` });
    const { services, done } = harness();
    await services.startRun({ hierarchy: hierarchy(), options: { only: [`tcp/${port}`] } });
    const { document } = await done;
    const fromDp = path.join(dir, 'dp.json');
    const fromMp = path.join(dir, 'mp.json');
    const broken = path.join(dir, 'broken.json');
    await writeFile(fromDp, JSON.stringify({ ...document, vantage: vantage('dp') }));
    await writeFile(fromMp, JSON.stringify({ ...document, vantage: vantage('mp') }));
    await writeFile(broken, '{ "tool": ');
    const choices = [[fromDp, fromMp], [fromDp, broken], [fromDp], null];
    const { services: opener } = harness({ chooseFilesToOpen: async () => choices.shift() ?? null });
    const both = await opener.openResultDocument(null);
    if (!both.ok || both.value.status !== 'opened') throw new Error('not opened');
    expect(both.value.path).toBe('dp.json + mp.json');
    expect(both.value.value.results.map((result) => result.measuredFrom)).toEqual(['dp.lab.example', 'mp.lab.example']);
    expect(both.value.value.results[0]?.id).toMatch(/@dp\.lab\.example$/);
    expect(await opener.openResultDocument(null)).toMatchObject({ ok: true, value: { status: 'invalid', path: 'broken.json' } });
    expect(await opener.openResultDocument(null)).toMatchObject({ ok: true, value: { status: 'opened', path: fromDp, value: { vantage: vantage('dp') } } });
    expect(await opener.openResultDocument(null)).toEqual({ ok: true, value: { status: 'cancelled' } });
  });

  it('saves a diagram as SVG text and as PNG bytes', async () => {
    const { services } = harness({ chooseFileToSave: async (name) => path.join(dir, name) });
    const svg = await services.saveDiagram({ format: 'svg', content: '<svg xmlns="http://www.w3.org/2000/svg"/>', suggestedName: 'topology.svg' });
    expect(svg).toEqual({ ok: true, value: { status: 'saved', path: path.join(dir, 'topology.svg') } });
    expect(await readFile(path.join(dir, 'topology.svg'), 'utf8')).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const onePixel = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    await services.saveDiagram({ format: 'png', content: onePixel, suggestedName: 'topology.png' });
    const bytes = await readFile(path.join(dir, 'topology.png'));
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('keeps proxy credentials sealed across a restart, and no output of a run holds the password', async () => {
    const password = 'S3cr3t-Pr0xy!';
    const settingsDir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-secret-scan-'));
    const sealed: SecretCipher = { available: () => true, encrypt: (plain) => Buffer.from(plain).reverse(), decrypt: (data) => Buffer.from(data).reverse().toString() };
    const make = () => {
      let finished: (payload: EventContract['runFinished']) => void = () => undefined;
      const done = new Promise<EventContract['runFinished']>((resolve) => (finished = resolve));
      const services = createAppServices({
        shell: 'electron',
        settingsDir,
        secrets: sealed,
        dialogs: { chooseFileToOpen: async () => null, chooseFilesToOpen: async () => null, chooseFileToSave: async (name) => path.join(settingsDir, name) },
        emit: (name, payload) => name === 'runFinished' && finished(payload as EventContract['runFinished']),
        probes: createProbeRegistry(),
        systemLanguage: 'en',
      });
      return { services, done };
    };
    const first = make();
    expect(await first.services.setProxyCredentials({ username: 'svc-proxy', password })).toMatchObject({ ok: true, value: { credentialsFor: 'svc-proxy', credentialsKept: 'encrypted' } });
    const restarted = make();
    expect(await restarted.services.getAppInfo(null)).toMatchObject({ ok: true, value: { proxy: { credentialsFor: 'svc-proxy', credentialsKept: 'encrypted' } } });
    await restarted.services.startRun({ hierarchy: hierarchy(), options: { only: [`tcp/${port}`] } });
    const { document } = await restarted.done;
    for (const format of ['json', 'html', 'firewall-csv', 'firewall-ps1'] as const) await restarted.services.saveResultDocument({ document, format });
    const files = await readdir(settingsDir);
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const content = await readFile(path.join(settingsDir, file));
      for (const secret of [password, Buffer.from(password).toString('base64'), Buffer.from(`svc-proxy:${password}`).toString('base64')]) expect(content.includes(secret), `${file} holds the password`).toBe(false);
    }
    await rm(settingsDir, { recursive: true, force: true });
  });

  it('switches the language for this and the next start, writes summaries in it, and writes a report in the language chosen at export', async () => {
    const settingsDir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-language-'));
    const start = () => {
      let finished: (payload: EventContract['runFinished']) => void = () => undefined;
      const done = new Promise<EventContract['runFinished']>((resolve) => (finished = resolve));
      const services = createAppServices({
        shell: 'electron',
        settingsDir,
        systemLanguage: 'nl',
        dialogs: { chooseFileToOpen: async () => null, chooseFilesToOpen: async () => null, chooseFileToSave: async (name) => path.join(settingsDir, name) },
        emit: (name, payload) => name === 'runFinished' && finished(payload as EventContract['runFinished']),
        probes: createProbeRegistry(),
      });
      return { services, done };
    };
    const first = start();
    // The system's language until the user chooses one.
    expect(await first.services.getAppInfo(null)).toMatchObject({ ok: true, value: { language: { setting: 'system', system: 'nl' } } });
    expect(await first.services.setLanguage({ language: 'fr' })).toEqual({ ok: true, value: { setting: 'fr', system: 'nl' } });

    const second = start();
    expect(await second.services.getAppInfo(null)).toMatchObject({ ok: true, value: { language: { setting: 'fr', system: 'nl' } } });
    // What the host words itself (the native dialogs' file types) follows too.
    expect(second.services.currentTranslator()('dialog.csv')).toBe('Tableau pour Excel (CSV)');
    const started = await second.services.startRun({ hierarchy: hierarchy(), options: { timeoutMs: 2000, only: [`tcp/${port}`] } });
    if (!started.ok) throw new Error(started.error.message);
    const { document } = await second.done;
    expect(document.results[0]?.summary).toMatch(new RegExp(`^TCP ${port} ouvert sur 127\\.0\\.0\\.1 : connecté en \\d+ ms$`));

    const saved = await second.services.saveResultDocument({ document, format: 'html', language: 'nl' });
    if (!saved.ok || saved.value.status !== 'saved') throw new Error('not saved');
    const html = await readFile(saved.value.path, 'utf8');
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Rapport van de netwerkcontrole');
    // The summary is rebuilt from its message in the report's language, not copied in the run's.
    expect(html).toContain(`TCP ${port} open op 127.0.0.1: verbonden in`);
    expect(html).not.toContain('ouvert sur');
    await rm(settingsDir, { recursive: true, force: true });
  });
});
