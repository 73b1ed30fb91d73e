import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../../shared/hierarchy/demo-hierarchy.ts';
import { validateRememberHierarchy } from '../../../../shared/ipc/contract-validation.ts';
import { createAppServices } from '../../../../src-main/core/app/app-services.ts';
import { createProbeRegistry } from '../../../../src-main/core/probes/registry.ts';
import { LastHierarchy } from '../../../../src-main/core/settings/last-hierarchy.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-last-hierarchy-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const services = () =>
  createAppServices({ shell: 'electron', settingsDir: dir, dialogs: { chooseFileToOpen: async () => null, chooseFilesToOpen: async () => null, chooseFileToSave: async () => null }, emit: () => undefined, probes: createProbeRegistry(), systemLanguage: 'en' });

describe('the hierarchy in use, kept for the next start', () => {
  it('comes back after a restart with where it came from, and is forgotten on request', async () => {
    const hierarchy = { ...DEMO_HIERARCHY, name: 'Fabrikam' };
    expect(await services().rememberHierarchy({ hierarchy, from: 'C:\\netcheck\\fabrikam.csv' })).toEqual({ ok: true, value: null });
    expect(await services().getAppInfo(null)).toMatchObject({ ok: true, value: { lastHierarchy: { hierarchy, from: 'C:\\netcheck\\fabrikam.csv' } } });
    await services().rememberHierarchy({ clear: true });
    const info = await services().getAppInfo(null);
    expect(info.ok && info.value.lastHierarchy).toBeUndefined();
  });

  it('sets a damaged or invalid file aside and starts on the demo', async () => {
    await writeFile(path.join(dir, 'last-hierarchy.json'), JSON.stringify({ formatVersion: 1, from: 'x', hierarchy: { formatVersion: 1, name: 'broken', sites: 'no' } }));
    expect(await new LastHierarchy(dir).read()).toBeNull();
    expect(await readdir(dir)).toEqual(['last-hierarchy.json.corrupt']);
  });

  it('accepts from the renderer only a hierarchy the app could load', () => {
    expect(validateRememberHierarchy({ hierarchy: DEMO_HIERARCHY, from: 'demo.json' })).toBeNull();
    expect(validateRememberHierarchy({ clear: true })).toBeNull();
    expect(validateRememberHierarchy({ hierarchy: { name: 'x' }, from: 'a' })).toMatch(/hierarchy/);
    expect(validateRememberHierarchy({ hierarchy: DEMO_HIERARCHY, from: 'a', extra: 1 })).toMatch(/only/);
  });
});
