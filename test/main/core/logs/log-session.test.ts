import { appendFile, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failedPayloadDownload, successfulDownload } from '../../../../shared/logs/dmp-sequences.ts';
import type { LogSessionInfo } from '../../../../shared/logs/log-session-types.ts';
import { LogClock, smsLine } from '../../../../shared/logs/log-writer.ts';
import { SAMPLE_LOGS } from '../../../../shared/logs/sample-logs.ts';
import { LogSession } from '../../../../src-main/core/logs/log-session.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-logs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A log of `cycles` sync cycles, big enough for many checkpoints. */
function bigLog(cycles: number): string {
  const clock = new LogClock('2024-12-17T09:00:00.000', 10);
  const lines: string[] = [];
  for (let cycle = 0; cycle < cycles; cycle++) for (const message of [...successfulDownload(), ...failedPayloadDownload()]) lines.push(smsLine(`${message} #${cycle}`, clock));
  return `${lines.join('\r\n')}\r\n`;
}

describe('LogSession', () => {
  it('reads the sample pair and reports files, entries and analysis', async () => {
    const files = await Promise.all(SAMPLE_LOGS.map(async (sample) => (await writeFile(path.join(dir, sample.name), sample.text), path.join(dir, sample.name))));
    const session = new LogSession(
      files.map((file) => ({ path: file })),
      SAMPLE_LOGS.map((sample) => sample.text.length),
    );
    await session.done;
    const info = session.info();
    expect(info.state).toBe('ready');
    expect(info.files.map((file) => path.basename(file.path))).toEqual(['Dmpdownloader.lo_', 'Dmpdownloader.log']);
    expect(info.entries).toBe(info.files[0]!.entries + info.files[1]!.entries);
    expect(info.analysis.findings.map((finding) => finding.category)).toEqual(['dns', 'tls-trust', 'tls-protocol', 'internal']);
    expect(info.bytesRead).toBe(info.bytesTotal);
    const { rows, total } = await session.rows(info.files[0]!.entries - 1, 2, false);
    expect(total).toBe(info.entries);
    expect(rows.map((row) => [row.file, row.line])).toEqual([
      [0, info.files[0]!.entries],
      [1, 1],
    ]);
    expect(rows[0]?.rollover).toBe(true);
  });

  it('pages through a large file from its checkpoints, row for row', async () => {
    const file = path.join(dir, 'Dmpdownloader.log');
    const text = bigLog(900);
    await writeFile(file, text);
    const session = new LogSession([{ path: file }], [text.length]);
    await session.done;
    const lines = text.split('\r\n');
    for (const start of [0, 12_345, session.info().entries - 5]) {
      const { rows } = await session.rows(start, 50, false);
      expect(rows.map((row) => row.index)).toEqual(Array.from({ length: rows.length }, (_, i) => start + i));
      expect(rows[0]?.line).toBe(start + 1);
      expect(lines[start]?.startsWith(rows[0]?.message ?? '?')).toBe(true);
    }
  });

  it('filters by severity from memory and by words from the files', async () => {
    const file = path.join(dir, 'Dmpdownloader.log');
    const text = bigLog(300);
    await writeFile(file, text);
    const session = new LogSession([{ path: file }], [text.length]);
    await session.done;
    expect(await session.filter({ severities: ['warning'] })).toEqual({ matches: 600, capped: false });
    const warnings = await session.rows(0, 3, true);
    expect(warnings.rows.every((row) => row.severity === 'warning')).toBe(true);
    expect(warnings.total).toBe(600);
    expect(await session.filter({ text: 'AZUREEDGE.NET', severities: ['warning'] })).toEqual({ matches: 300, capped: false });
    const last = await session.rows(299, 5, true);
    expect(last.rows).toHaveLength(1);
    expect(last.rows[0]?.message).toMatch(/configmgrbits\.azureedge\.net.*#299$/);
  });

  it('follows a growing file, then its rollover to .lo_', async () => {
    const file = path.join(dir, 'Dmpdownloader.log');
    const clock = new LogClock('2024-12-17T09:00:00.000');
    const second = smsLine('second', clock);
    await writeFile(file, `${smsLine('first', clock)}\r\n${second.slice(0, 10)}`);
    const updates: LogSessionInfo[] = [];
    const session = new LogSession([{ path: file }], [0], { onUpdate: (info) => updates.push(info) });
    await session.done;
    expect(session.info().entries).toBe(2);
    expect(session.follow(true, 30)).toBe(true);
    // The unfinished line is completed, then more lines come.
    await appendFile(file, `${second.slice(10)}\r\n${smsLine("WARNING: EasySetupDownloadSinglePackage Failed with exception: The remote name could not be resolved: 'configmgrbits.azureedge.net'", clock)}\r\n`);
    await until(() => session.info().entries === 3);
    const rows = (await session.rows(0, 10, false)).rows;
    expect(rows.map((row) => row.message)).toEqual(['first', 'second', expect.stringContaining('could not be resolved')]);
    expect(rows[1]?.incomplete).toBeUndefined();
    expect(session.info().analysis.findings[0]?.category).toBe('dns');
    // ConfigMgr renames the full log to .lo_ (after one last line) and starts a new .log.
    await appendFile(file, `${smsLine('last line before rollover', clock)}\r\n`);
    await rename(file, path.join(dir, 'Dmpdownloader.lo_'));
    await writeFile(file, `${smsLine('new file', clock)}\r\n`);
    await until(() => session.info().entries === 5);
    const info = session.info();
    expect(info.files.map((entry) => path.basename(entry.path))).toEqual(['Dmpdownloader.lo_', 'Dmpdownloader.log']);
    expect((await session.rows(3, 2, false)).rows.map((row) => [row.file, row.message])).toEqual([
      [0, 'last line before rollover'],
      [1, 'new file'],
    ]);
    session.close();
    expect(session.info().following).toBe(false);
    expect(updates.length).toBeGreaterThan(2);
  });
});
