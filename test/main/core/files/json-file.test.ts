import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readJsonFile, writeJsonFile } from '../../../../src-main/core/files/json-file.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-json-file-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const list = (value: unknown) => {
  if (!Array.isArray(value)) throw new Error('not a list');
  return value as number[];
};

describe('JSON files of the settings folder', () => {
  it('writes indented JSON and reads it back through its check', async () => {
    const file = path.join(dir, 'a.json');
    await writeJsonFile(file, [1, 2]);
    expect(await readFile(file, 'utf8')).toBe('[\n  1,\n  2\n]\n');
    expect(await readJsonFile(file, list)).toEqual({ status: 'read', value: [1, 2] });
  });

  it('says a file is missing without touching anything', async () => {
    expect(await readJsonFile(path.join(dir, 'none.json'), list)).toEqual({ status: 'missing' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('sets aside a file that is not JSON, or not what it should hold, and says why', async () => {
    await writeFile(path.join(dir, 'b.json'), '{"x": ');
    await writeFile(path.join(dir, 'c.json'), '{"x": 1}');
    expect(await readJsonFile(path.join(dir, 'b.json'), list)).toMatchObject({ status: 'set-aside', reason: expect.stringMatching(/JSON/) });
    expect(await readJsonFile(path.join(dir, 'c.json'), list)).toEqual({ status: 'set-aside', reason: 'not a list' });
    expect((await readdir(dir)).sort()).toEqual(['b.json.corrupt', 'c.json.corrupt']);
  });
});
