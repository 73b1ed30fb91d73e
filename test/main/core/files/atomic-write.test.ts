import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../src-main/core/files/atomic-write.ts';

describe('writeFileAtomic', () => {
  it('replaces the content and leaves no temporary file behind', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-atomic-'));
    const file = path.join(dir, 'report.json');
    await writeFile(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  it('keeps the original when the write fails', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-atomic-'));
    const file = path.join(dir, 'report.json');
    await writeFile(file, 'old');
    // A directory where the target should be: rename cannot replace it.
    const blocked = path.join(dir, 'blocked');
    await import('node:fs/promises').then((fs) => fs.mkdir(path.join(blocked, 'inner'), { recursive: true }));
    await expect(writeFileAtomic(blocked, 'new')).rejects.toThrow();
    expect(await readFile(file, 'utf8')).toBe('old');
    expect((await readdir(dir)).sort()).toEqual(['blocked', 'report.json']);
  });
});
