import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bridge } from '../../dev/browser-bridge/bridge-server.ts';
import { SAMPLE_LOGS } from '../../shared/logs/sample-logs.ts';
import { openAppInBrowser, SHOTS, type AppInBrowser } from '../support/app-in-browser.ts';
import { startEndpointLab, type EndpointLab } from '../support/endpoint-lab.ts';

/**
 * The Logs view in Chromium: a Dmpdownloader.log and its .lo_ picked in the page (browser mode has
 * no native dialog), the failed download with its DNS finding, the live test of the failing host
 * (against the endpoint lab, where that name now resolves), and the mark on the topology.
 */
describe('logs, end to end in Chromium', () => {
  let lab: EndpointLab;
  let app: AppInBrowser;
  let bridge: Bridge;
  let page: Page;
  let problems: string[];
  let dir: string;

  beforeAll(async () => {
    lab = await startEndpointLab();
    app = await openAppInBrowser('logs', { dnsServer: lab.dns.server, ca: lab.ca, acceptedRoots: lab.acceptedRoots });
    ({ bridge, page, problems, saveDir: dir } = app);
    for (const sample of SAMPLE_LOGS) await writeFile(path.join(dir, sample.name), sample.text);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await lab?.teardown();
  });

  it('reads the log pair picked in the page: where the download stopped, and why', async () => {
    await page.goto(bridge.url);
    await page.getByRole('button', { name: 'Logs', exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open log files…' }).click();
    await (await chooser).setFiles(SAMPLE_LOGS.map((sample) => path.join(dir, sample.name)));
    await page.getByText('Dmpdownloader.log: sms, utf-8, 36 entries').waitFor();
    const grid = page.getByRole('grid', { name: 'Logs' });
    await expect.poll(() => grid.getByRole('row').count()).toBeGreaterThan(20);
    const timeline = page.getByRole('region', { name: 'Download attempts' });
    expect(await timeline.getByText('FAILED').count()).toBe(3);
    const failedPackage = timeline.locator('.attempt-failed', { hasText: 'package 3b7d84fa' });
    expect(await failedPackage.locator('.stage-stopped').textContent()).toBe('10');
    expect(await failedPackage.textContent()).toContain('retried at the next polling cycle');
    const card = page.getByRole('article', { name: /^DNS/ });
    expect(await card.textContent()).toContain("The remote name could not be resolved: 'configmgrbits.azureedge.net'");
    expect(await card.textContent()).toContain('Version 2107 update fails to download');
  });

  it('shows the failing line in context, in UTC on request', async () => {
    await page.getByRole('article', { name: /^DNS/ }).getByRole('button', { name: 'Show the line' }).click();
    const selected = page.locator('.log-row.log-selected');
    await expect.poll(() => selected.textContent()).toContain('EasySetupDownloadSinglePackage Failed');
    expect(await selected.getAttribute('class')).toContain('log-warning');
    await page.getByLabel('Times').selectOption('utc');
    // Written at 09:00:12 local with a bias of -60: 08:00:12 UTC.
    await expect.poll(() => selected.textContent()).toContain('2024-12-17 08:00:12.000Z');
    await page.getByLabel('Times').selectOption('local');
  });

  it('tests the failing host now, from this machine, and shows the result on the finding', async () => {
    // The route is the Endpoints view's: here, direct (the demo's site-system proxy does not exist in the lab).
    await page.getByRole('button', { name: 'Endpoints', exact: true }).click();
    await page.getByLabel('Direct (no proxy)').check();
    await page.getByRole('button', { name: 'Logs', exact: true }).click();
    const card = page.getByRole('article', { name: /^DNS/ });
    await card.getByRole('button', { name: 'Test configmgrbits.azureedge.net now' }).click();
    await card.locator('.finding-test .status-badge').waitFor({ timeout: 60_000 });
    // In the lab the name resolves and the origin answers: the DNS failure in the log is gone now.
    expect(await card.locator('.finding-test .status-badge').first().textContent()).toBe('Pass');
    await page.locator('.log-row.log-selected').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'e2e-logs.png'), fullPage: false });
  });

  it('filters the table to errors and warnings, highlighting a word', async () => {
    await page.getByLabel('Information').uncheck();
    await page.getByText(/^6 of 75 entries$/).waitFor();
    await page.getByLabel('Highlight').fill('azureedge');
    const grid = page.getByRole('grid', { name: 'Logs' });
    await expect.poll(() => grid.locator('.log-scroller .log-row').count()).toBe(6);
    expect(await grid.locator('mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'e2e-logs-filtered.png'), fullPage: false });
    await page.getByLabel('Information').check();
  });

  it('marks the service connection point\'s link to the internet on the topology', async () => {
    await page.getByRole('button', { name: 'Topology', exact: true }).click();
    await page.locator('[data-laid-out="true"]').waitFor();
    const labels = await page.locator('.react-flow__edge').evaluateAll((edges) => edges.map((edge) => edge.getAttribute('aria-label') ?? ''));
    expect(labels.some((label) => label.startsWith('cas01.corp.contoso.example → cloud:internet'))).toBe(true);
    expect(await page.getByText(/log/).count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'e2e-topology-logs.png'), fullPage: false });
    expect(problems).toEqual([]);
  });
});
