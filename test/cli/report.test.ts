import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/netcheck.ts';
import { loadResultDocument } from '../../shared/results/load-result-document.ts';
import { startWalkthrough } from '../../shared/walkthroughs/walkthrough-run.ts';
import { DP_CONTENT } from '../../shared/walkthroughs/flows/dp-content.ts';
import { demoPlan, demoResultDocument, resultForCheck } from '../support/result-fixtures.ts';

let dir: string;
const plan = demoPlan();
const check = (id: string) => plan.checks.find((candidate) => candidate.id === id)!;
const DP = 'p01dp01.corp.contoso.example';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, cwd: dir });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-report-cli-'));
  const failing = resultForCheck(check(`smb:tcp/445@${DP}`), 'fail', 'TCP 445 filtered on 10.1.20.31: no answer within 3000 ms');
  const before = demoResultDocument({ startedAt: '2026-11-20T09:00:00.000Z', links: plan.links, results: [resultForCheck(check(`smb:tcp/445@${DP}`), 'pass', 'SMB 3.1.1')] });
  const after = demoResultDocument({
    startedAt: '2026-11-22T09:00:00.000Z',
    links: plan.links,
    results: [failing],
    walkthroughs: [startWalkthrough(DP_CONTENT, 'w1', '2026-11-22T09:05:00.000Z', 'Contoso')],
  });
  await writeFile(path.join(dir, 'before.json'), JSON.stringify(before));
  await writeFile(path.join(dir, 'after.json'), JSON.stringify(after));
  await writeFile(path.join(dir, 'broken.json'), '{"tool":');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('netcheck report', () => {
  it('writes the offline HTML report with the failure, its fix, the diagram and the transcript', async () => {
    const { code, stdout } = await cli(['report', 'after.json', '--html', 'report.html']);
    expect(code).toBe(0);
    expect(stdout).toBe(`Wrote ${path.join(dir, 'report.html')}\n`);
    const html = await readFile(path.join(dir, 'report.html'), 'utf8');
    expect(html).toContain('What failed and why');
    expect(html).toContain('Allow TCP 445 from p01ss01.corp.contoso.example to p01dp01.corp.contoso.example');
    expect(html).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*role="img"/);
    expect(html).toContain('class="link edge-status-fail"');
    expect(html).toContain('Content does not reach a distribution point');
    expect(html).not.toMatch(/<script|src=|href="http/);
  });

  it('puts the log\'s findings and download attempts in the report', async () => {
    const logs = await cli(['logs', '--sample', '--json']);
    const document = JSON.parse(await readFile(path.join(dir, 'after.json'), 'utf8'));
    await writeFile(path.join(dir, 'with-log.json'), JSON.stringify({ ...document, logs: JSON.parse(logs.stdout) }));
    expect((await cli(['report', 'with-log.json', '--html', 'with-log.html'])).code).toBe(0);
    const html = await readFile(path.join(dir, 'with-log.html'), 'utf8');
    expect(html).toContain('Log findings');
    expect(html).toContain('Download attempts');
    expect(html).toMatch(/Dmpdownloader\.(log|lo_)/i);
    expect(html).toContain('configmgrbits.azureedge.net');
  });

  it('redacts on request, in HTML and JSON', async () => {
    expect((await cli(['report', 'after.json', '--html', 'redacted.html', '--out', 'redacted.json', '--redact'])).code).toBe(0);
    const html = await readFile(path.join(dir, 'redacted.html'), 'utf8');
    const json = await readFile(path.join(dir, 'redacted.json'), 'utf8');
    for (const text of [html, json]) {
      expect(text).not.toContain('contoso.example');
      expect(text).not.toContain('10.1.20.31');
    }
    expect(html).toContain('Host names, addresses and user names in this report are replaced by tokens.');
    const reopened = loadResultDocument(json);
    expect(reopened.ok && reopened.value.redacted).toBe(true);
  });

  it('writes the firewall change request as CSV and PowerShell', async () => {
    expect((await cli(['report', 'after.json', '--firewall-csv', 'rules.csv', '--firewall-ps1', 'rules.ps1'])).code).toBe(0);
    expect(await readFile(path.join(dir, 'rules.csv'), 'utf8')).toContain(`p01ss01.corp.contoso.example,,${DP},,tcp,445,one-way`);
    expect(await readFile(path.join(dir, 'rules.ps1'), 'utf8')).toContain('-Protocol TCP -LocalPort 445');
  });

  it('says what changed since a baseline, exiting 1 when something broke', async () => {
    const { code, stdout } = await cli(['report', '--diff', 'before.json', 'after.json']);
    expect(code).toBe(1);
    expect(stdout).toContain(`BROKE    smb TCP 445 → ${DP}: Pass → Fail`);
    const back = await cli(['report', '--diff', 'after.json', 'before.json', '--json']);
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout).changes[0]).toMatchObject({ kind: 'fixed', before: 'fail', after: 'pass' });
  });

  it('refuses bad input with exit 2, naming the file', async () => {
    expect(await cli(['report', 'broken.json', '--html', 'x.html'])).toMatchObject({ code: 2, stderr: expect.stringContaining('broken.json') });
    expect(await cli(['report', 'after.json'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--html FILE') });
    expect(await cli(['report', '--diff', 'after.json'])).toMatchObject({ code: 2 });
  });
});

describe('netcheck walkthrough list', () => {
  it('lists the six walkthroughs, checked as they load', async () => {
    const { code, stdout } = await cli(['walkthrough', 'list']);
    expect(code).toBe(0);
    expect(stdout).toContain('Walkthroughs (6):');
    expect(stdout).toContain('  pxe-boot  A device does not PXE boot');
    const json = await cli(['walkthrough', 'list', '--json']);
    expect(JSON.parse(json.stdout).map((entry: { id: string }) => entry.id)).toEqual(['scp-downloads', 'pxe-boot', 'cmg-clients', 'replication', 'console-provider', 'dp-content']);
  });
});
