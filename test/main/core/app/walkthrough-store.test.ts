import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateSaveWalkthroughRun } from '../../../../shared/ipc/contract-validation.ts';
import { DP_CONTENT } from '../../../../shared/walkthroughs/flows/dp-content.ts';
import { startWalkthrough } from '../../../../shared/walkthroughs/walkthrough-run.ts';
import { WalkthroughStore } from '../../../../src-main/core/app/walkthrough-store.ts';
import { createWalkthroughServices } from '../../../../src-main/core/app/walkthrough-services.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-walkthroughs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = (id: string, minute: number) => ({ ...startWalkthrough(DP_CONTENT, id, `2026-11-22T10:${String(minute).padStart(2, '0')}:00.000Z`, 'Contoso') });

describe('walkthrough runs kept across restarts', () => {
  it('saves runs atomically and reads them back in a new process, latest first', async () => {
    const services = createWalkthroughServices({ store: new WalkthroughStore(dir) });
    await services.saveWalkthroughRun({ run: run('a', 1) });
    await services.saveWalkthroughRun({ run: run('b', 2) });
    await services.saveWalkthroughRun({ run: { ...run('a', 1), updatedAt: '2026-11-22T10:03:00.000Z', state: 'paused' } });
    const restarted = createWalkthroughServices({ store: new WalkthroughStore(dir) });
    const listed = await restarted.listWalkthroughRuns(null);
    expect(listed.ok && listed.value.map((saved) => [saved.id, saved.state])).toEqual([
      ['a', 'paused'],
      ['b', 'active'],
    ]);
    expect(await readdir(dir)).toEqual(['walkthroughs.json']);
    await restarted.deleteWalkthroughRun({ id: 'a' });
    expect(JSON.parse(await readFile(path.join(dir, 'walkthroughs.json'), 'utf8')).map((saved: { id: string }) => saved.id)).toEqual(['b']);
  });

  it('sets a file that is not a list aside, and drops a damaged entry but keeps the others', async () => {
    await writeFile(path.join(dir, 'walkthroughs.json'), '{ not json');
    expect(await new WalkthroughStore(dir).all()).toEqual([]);
    expect((await readdir(dir)).sort()).toEqual(['walkthroughs.json.corrupt']);
    await writeFile(path.join(dir, 'walkthroughs.json'), JSON.stringify([run('good', 1), { id: 'bad', records: 'nope' }]));
    expect((await new WalkthroughStore(dir).all()).map((saved) => saved.id)).toEqual(['good']);
  });

  it('accepts from the renderer only runs shaped as the engine writes them', () => {
    expect(validateSaveWalkthroughRun({ run: run('a', 1) })).toBeNull();
    expect(validateSaveWalkthroughRun({ run: { ...run('a', 1), state: 'hacked' } })).toMatch(/state/);
    expect(validateSaveWalkthroughRun({ run: { ...run('a', 1), records: [] } })).toMatch(/records/);
    expect(validateSaveWalkthroughRun({ run: { ...run('a', 1), records: [{ step: 'smb', enteredAt: 'x', note: 'n'.repeat(10_001) }] } })).toMatch(/note/);
    expect(validateSaveWalkthroughRun({ run: run('a', 1), extra: 1 })).toMatch(/expected \{ run \}/);
  });
});
