import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bridge } from '../../dev/browser-bridge/bridge-server.ts';
import { openAppOnDemoLab, SHOTS, type AppOnDemoLab } from '../support/app-in-browser.ts';

const DP = 'p01dp01.corp.contoso.example';
const run = promisify(execFile);

/**
 * A support call end to end: the engineer follows "content does not reach a distribution point"
 * against the demo lab where SMB to the DP is dropped (the step runs only the checks it needs, then
 * branches to the conclusion), shows a question in support-call mode, runs every check, and saves
 * the report as HTML (opened with every request refused), PDF (looked at as PNG pages), redacted
 * HTML and the firewall change request.
 */
describe('walkthrough and offline report, end to end in Chromium', () => {
  let app: AppOnDemoLab;
  let bridge: Bridge;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let saveDir: string;

  beforeAll(async () => {
    app = await openAppOnDemoLab('walkthrough', { realPeers: true, drop: [`${DP}:445`] });
    ({ bridge, browser, page, problems, saveDir } = app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('follows a walkthrough: runs the step\'s checks, branches on the blocked port, ends in the fix', async () => {
    await page.goto(bridge.url);
    await page.getByRole('button', { name: 'Walkthroughs', exact: true }).click();
    await page.screenshot({ path: path.join(SHOTS, 'e2e-walkthroughs.png') });
    await page.getByRole('listitem').filter({ hasText: 'Content does not reach a distribution point' }).getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { name: 'SMB from the site server' }).waitFor();
    await page.getByRole('button', { name: 'Run these checks' }).click();
    await page.getByRole('status').filter({ hasText: 'Failed' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('.step-evidence').textContent()).toMatch(new RegExp(`p01ss01\\.corp\\.contoso\\.example → ${DP.replace(/\./g, '\\.')} TCP 445.*filtered`));
    await page.getByLabel('Notes for the transcript').fill('Customer: a firewall change on Monday.');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'SMB to the DP fails' }).waitFor();
    expect(await page.locator('.conclusion').textContent()).toContain('Allow SMB 445 from the site server to the DP');
    await page.screenshot({ path: path.join(SHOTS, 'e2e-walkthrough.png') });
    // The run is kept by main: it survives a reload of the app.
    await page.reload();
    await page.getByRole('button', { name: 'Walkthroughs', exact: true }).click();
    await page.getByText(/Content does not reach a distribution point.*finished/).waitFor();
  });

  it('shows a question in support-call mode: large type, timer, what to read to the customer', async () => {
    await page.getByRole('listitem').filter({ hasText: 'A device does not PXE boot' }).getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Support-call mode' }).click();
    await page.getByRole('timer').waitFor();
    expect(await page.locator('.say').textContent()).toContain('Is the computer that fails to boot on the same network segment');
    expect(await page.locator('.app-nav').isHidden()).toBe(true);
    const size = await page.locator('.walkthrough-step h3').evaluate((heading) => getComputedStyle(heading).fontSize);
    expect(Number.parseFloat(size)).toBeGreaterThanOrEqual(30);
    await page.screenshot({ path: path.join(SHOTS, 'e2e-walkthrough-support.png') });
    await page.keyboard.press('2');
    await page.getByRole('heading', { name: 'IP helpers on the router' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Back to the list' }).click();
  });

  it('saves the report with the run, the transcript and the diagram: HTML offline, PDF, redacted, firewall request', async () => {
    await page.getByRole('button', { name: 'Checks', exact: true }).click();
    await page.getByLabel('Timeout per check (ms)').fill('1500');
    await page.getByRole('button', { name: 'Run checks' }).click();
    await page.getByText(/^Finished: 60 of 60 checks$/).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Report', exact: true }).click();
    for (const [name, extension] of [['Save report (HTML)', 'html'], ['Save report (PDF)', 'pdf'], ['Firewall change request (CSV)…', 'csv'], ['Firewall rules (PowerShell)…', 'ps1']] as const) {
      await page.getByRole('button', { name }).click();
      await page.getByRole('status').filter({ hasText: new RegExp(`^Saved to .*\\.${extension}$`) }).waitFor({ timeout: 30_000 });
    }
    await page.screenshot({ path: path.join(SHOTS, 'e2e-report-exports.png') });
    const files = await readdir(saveDir);
    const htmlFile = path.join(saveDir, files.find((file) => file.endsWith('.html'))!);
    const html = await readFile(htmlFile, 'utf8');
    expect(html).toContain('What failed and why');
    expect(html).toContain(`Allow TCP 445 from p01ss01.corp.contoso.example to ${DP}`);
    expect(html).toContain('SMB to the DP fails');
    expect(html).toContain('Customer: a firewall change on Monday.');
    expect(html).toMatch(/<g class="link edge-status-fail"/);

    const reportPage = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    const requests: string[] = [];
    await reportPage.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.request().url().startsWith('file://') ? route.continue() : route.abort();
    });
    await reportPage.goto(`file://${htmlFile}`);
    expect(requests).toEqual([`file://${htmlFile}`]);
    await reportPage.screenshot({ path: path.join(SHOTS, 'e2e-report-full.png') });
    await reportPage.locator('section.topology').screenshot({ path: path.join(SHOTS, 'e2e-report-topology.png') });
    await reportPage.locator('section', { has: reportPage.getByRole('heading', { name: 'Walkthroughs' }) }).screenshot({ path: path.join(SHOTS, 'e2e-report-transcript.png') });
    await reportPage.close();

    const pdf = path.join(saveDir, files.find((file) => file.endsWith('.pdf'))!);
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
    await run('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '3', pdf, path.join(SHOTS, 'e2e-report-pdf')]);
    const pages = (await readdir(SHOTS)).filter((file) => file.startsWith('e2e-report-pdf') && file.endsWith('.png'));
    expect(pages.length).toBeGreaterThanOrEqual(2);

    const csv = await readFile(path.join(saveDir, files.find((file) => file.endsWith('.csv'))!), 'utf8');
    expect(csv).toContain(`${DP},,tcp,445`);
    const ps1 = await readFile(path.join(saveDir, files.find((file) => file.endsWith('.ps1'))!), 'utf8');
    expect(ps1).toContain(`# ---- On ${DP} ----`);
  });

  it('saves a redacted report with none of the customer\'s names or addresses', async () => {
    await page.getByLabel('Redact host names, addresses and user names').check();
    await page.getByRole('button', { name: 'Save report (PDF)' }).click();
    await page.getByRole('status').filter({ hasText: /^Saved to .*\.pdf$/ }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Save report (HTML)' }).click();
    await page.getByRole('status').filter({ hasText: /^Saved to .*\.html$/ }).waitFor();
    // Same suggested name: the redacted report replaced the first one in the save folder.
    const html = await readFile(path.join(saveDir, (await readdir(saveDir)).find((file) => file.endsWith('.html'))!), 'utf8');
    expect(html).toContain('replaced by tokens');
    expect(html).not.toContain('contoso.example');
    expect(html).not.toMatch(/\b10\.\d+\.\d+\.\d+\b/);
  });

  it('ran without console errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
