import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/netcheck.ts';
import type { LogDocument } from '../../shared/logs/log-document.ts';
import { LogClock, smsLine } from '../../shared/logs/log-writer.ts';
import { SAMPLE_LOGS } from '../../shared/logs/sample-logs.ts';

let dir: string;

async function cli(args: string[], signal?: AbortSignal) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, cwd: dir, ...(signal ? { signal } : {}) });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-logs-cli-'));
  for (const sample of SAMPLE_LOGS) await writeFile(path.join(dir, sample.name), sample.text);
  await writeFile(path.join(dir, 'garbage.log'), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('netcheck logs', () => {
  it('explains where the downloads stopped and why, with the command to test the host', async () => {
    const { code, stdout } = await cli(['logs', 'Dmpdownloader.log']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/Read 2 files:\n {2}.*Dmpdownloader\.lo_: sms, utf-8, 39 entries\n {2}.*Dmpdownloader\.log: sms, utf-8, 36 entries/);
    expect(stdout).toMatch(/package 3b7d84fa-eccc-4ea0-b8ab-abbda1e88e0e {2}FAILED {2}last stage 9: payload not local: download in progress {2}3\.0 s {2}\(retried at the next polling cycle\)/);
    expect(stdout).toContain('WARNING DNS  ' + path.join(dir, 'Dmpdownloader.log') + ' line 25');
    expect(stdout).toContain('Test it now: netcheck probe https https://configmgrbits.azureedge.net/');
    expect(stdout).toContain('Test it now: netcheck endpoints --role service-connection-point');
  });

  it('analyses only what was written since a time, in the log\'s own clock', async () => {
    const { code, stdout } = await cli(['logs', 'Dmpdownloader.log', '--since', '2024-12-17T09:10', '--json', '--out', 'since.json']);
    expect(code).toBe(1);
    const document = JSON.parse(stdout) as LogDocument;
    expect(document.since).toBe('2024-12-17T09:10');
    expect(document.findings.map((finding) => finding.category)).toEqual(['tls-trust', 'tls-protocol', 'internal']);
    expect(document.attempts.every((attempt) => (attempt.start ?? '') >= '2024-12-17T08:10')).toBe(true);
    expect(JSON.parse(await readFile(path.join(dir, 'since.json'), 'utf8'))).toEqual(document);
  });

  it('exits 0 when nothing failed', async () => {
    const { code, stdout } = await cli(['logs', 'Dmpdownloader.lo_']);
    expect(code).toBe(0);
    expect(stdout).toContain('No failures found.');
  });

  it('reads binary garbage without failing and says what it could not read', async () => {
    const { code, stdout } = await cli(['logs', 'garbage.log']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/garbage\.log: unframed, windows-1252, \d+ entries \(\d+ lines? without a frame\)/);
  });

  it('refuses a missing file and a bad --since with exit code 2', async () => {
    expect(await cli(['logs', 'nope.log'])).toMatchObject({ code: 2, stderr: expect.stringContaining('nope.log: no such file') });
    expect(await cli(['logs', 'Dmpdownloader.log', '--since', 'yesterday'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--since "yesterday"') });
    expect(await cli(['logs'])).toMatchObject({ code: 2 });
  });

  it('follows a growing log until interrupted', async () => {
    const file = path.join(dir, 'live.log');
    const clock = new LogClock('2024-12-17T10:00:00.000');
    await writeFile(file, `${smsLine('Download manifest.cab', clock)}\r\n`);
    const controller = new AbortController();
    const running = cli(['logs', 'live.log', '--follow'], controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await appendFile(file, `${smsLine("WARNING: EasySetupDownloadSinglePackage Failed with exception: The remote name could not be resolved: 'configmgrbits.azureedge.net'", clock)}\r\n`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    controller.abort();
    const { code, stdout, stderr } = await running;
    expect(stderr).toContain('Following');
    expect(stdout).toMatch(/2024-12-17 10:00:00\.250 \(UTC-08:00\) {2}SMS_DMP_DOWNLOADER {2}WARNING WARNING: EasySetupDownloadSinglePackage Failed/);
    expect(code).toBe(0);
  });
});

describe('netcheck lookup', () => {
  it('explains a code in any form, and says when it knows nothing', async () => {
    expect((await cli(['lookup', '-2147012894'])).stdout).toContain('0x80072EE2 ERROR_WINHTTP_TIMEOUT: the request timed out (category timeout)');
    expect((await cli(['lookup', '12175'])).stdout).toContain('12175 ERROR_WINHTTP_SECURE_FAILURE');
    expect((await cli(['lookup', 'Could', 'not', 'establish', 'trust', 'relationship', 'for', 'the', 'SSL/TLS', 'secure', 'channel'])).stdout).toContain('TLS trust:');
    expect(await cli(['lookup', 'banana'])).toMatchObject({ code: 1, stdout: expect.stringContaining('"banana" is neither') });
  });
});
