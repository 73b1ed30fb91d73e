import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { LogDocument } from '../../shared/logs/log-document.ts';
import { SAMPLE_LOGS } from '../../shared/logs/sample-logs.ts';
import { validateResultDocument } from '../../shared/results/load-result-document.ts';

const run = promisify(execFile);

/**
 * The README's promise, through the real entry point: `npx netcheck …` from the repository root
 * runs the built CLI (bin/netcheck.mjs → out/cli/netcheck.mjs).
 */
describe('npx netcheck', () => {
  it('plans the demo', async () => {
    const { stdout } = await run('npx', ['--no-install', 'netcheck', 'plan', '--demo']);
    expect(stdout).toContain('Plan for "Contoso demo hierarchy": 94 links, 60 checks to 15 destinations');
  });

  it('prints one valid result document for a probe, and exits 1 when the port is closed', async () => {
    const failure = await run('npx', ['--no-install', 'netcheck', 'probe', 'tcp', '127.0.0.1:9', '--json']).catch((err: { code: number; stdout: string }) => err);
    expect('code' in failure && failure.code).toBe(1);
    const document = JSON.parse(failure.stdout) as unknown;
    expect(validateResultDocument(document).ok).toBe(true);
  });

  it('exits 2 with a message on bad input', async () => {
    const failure = await run('npx', ['--no-install', 'netcheck', 'run', '--only', 'nope']).catch((err: { code: number; stderr: string }) => err);
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringContaining('--only "nope": expected PROTO/PORT') });
  });

  it('prints the log document for a Dmpdownloader.log and its .lo_, exiting 1 on an error finding', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-npx-logs-'));
    try {
      for (const sample of SAMPLE_LOGS) await writeFile(path.join(dir, sample.name), sample.text);
      const failure = await run('npx', ['--no-install', 'netcheck', 'logs', path.join(dir, 'Dmpdownloader.log'), '--json']).catch((err: { code: number; stdout: string }) => err);
      expect('code' in failure && failure.code).toBe(1);
      const document = JSON.parse(failure.stdout) as LogDocument;
      expect(document.files.map((file) => [path.basename(file.path), file.format, file.encoding])).toEqual([
        ['Dmpdownloader.lo_', 'sms', 'utf-8'],
        ['Dmpdownloader.log', 'sms', 'utf-8'],
      ]);
      expect(document.attempts.find((attempt) => attempt.outcome === 'failed')).toMatchObject({ kind: 'package', lastStage: { state: 9 }, retry: true });
      expect(document.findings[0]).toMatchObject({ category: 'dns', host: 'configmgrbits.azureedge.net', file: path.join(dir, 'Dmpdownloader.log'), line: 25 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
