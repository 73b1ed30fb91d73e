import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../../shared/logs/log-types.ts';
import { SAMPLE_LOGS } from '../../../../shared/logs/sample-logs.ts';
import { readLogSource, readLogSources, withRolloverFiles, type ReadCheckpoint } from '../../../../src-main/core/logs/read-log-files.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-read-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('reading log files', () => {
  it('puts the rolled-over .lo_ before its .log, found beside it or given in any order', async () => {
    for (const sample of SAMPLE_LOGS) await writeFile(path.join(dir, sample.name), sample.text);
    await writeFile(path.join(dir, 'Dmpuploader.log'), '');
    const log = path.join(dir, 'Dmpdownloader.log');
    const lo = path.join(dir, 'Dmpdownloader.lo_');
    const up = path.join(dir, 'Dmpuploader.log');
    expect(await withRolloverFiles([log])).toEqual([lo, log]);
    expect(await withRolloverFiles([log, lo])).toEqual([lo, log]);
    expect(await withRolloverFiles([up, log])).toEqual([up, lo, log]);
  });

  it('reads the pair as one chronological stream', async () => {
    const entries: LogEntry[] = [];
    const files = await readLogSources(
      SAMPLE_LOGS.map((sample) => ({ name: sample.name, bytes: Buffer.from(sample.text) })),
      (entry) => entries.push(entry),
    );
    expect(files.map((file) => [file.path, file.format, file.encoding])).toEqual([
      ['Dmpdownloader.lo_', 'sms', 'utf-8'],
      ['Dmpdownloader.log', 'sms', 'utf-8'],
    ]);
    const times = entries.filter((entry) => !Number.isNaN(entry.utcMs)).map((entry) => entry.utcMs);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(entries.map((entry) => entry.index)).toEqual(entries.map((_, i) => i));
  });

  it('resumes from any checkpoint with the entries a full read gives', async () => {
    const text = SAMPLE_LOGS[1]!.text.repeat(4000);
    const file = path.join(dir, 'Dmpdownloader.log');
    await writeFile(file, text);
    const all: LogEntry[] = [];
    const checkpoints: ReadCheckpoint[] = [];
    await readLogSource({ path: file }, 0, 0, (entry) => all.push(entry), { onCheckpoint: (checkpoint) => checkpoints.push(checkpoint) });
    expect(checkpoints.length).toBeGreaterThan(3);
    for (const checkpoint of checkpoints.slice(1)) {
      const resumed: LogEntry[] = [];
      await readLogSource({ path: file }, 0, 0, (entry) => resumed.push(entry), { resume: checkpoint, stopWhen: () => resumed.length > 20 });
      expect(resumed.slice(0, 20)).toEqual(all.slice(checkpoint.entryIndex, checkpoint.entryIndex + 20));
    }
  });

  it('reports a file that cannot be read as an error, not as an empty log', async () => {
    await expect(readLogSources([{ path: path.join(dir, 'missing.log') }], () => undefined)).rejects.toThrow(/ENOENT/);
  });
});
