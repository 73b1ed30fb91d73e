import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bridge } from '../../dev/browser-bridge/bridge-server.ts';
import { openAppInBrowser, SHOTS, type AppInBrowser } from '../support/app-in-browser.ts';
import { PROXY_PASSWORD, PROXY_USER, startEndpointLab, type EndpointLab } from '../support/endpoint-lab.ts';

/**
 * The Endpoints view in Chromium, against the endpoint lab: the demo hierarchy's service connection
 * point endpoints checked through the authenticating Squid (one dropped, one with an expired
 * certificate, Intune hosts refused without credentials), then through the TLS-inspecting Squid.
 */
describe('internet endpoints, end to end in Chromium', () => {
  let lab: EndpointLab;
  let app: AppInBrowser;
  let bridge: Bridge;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let saveDir: string;

  beforeAll(async () => {
    lab = await startEndpointLab();
    app = await openAppInBrowser('endpoints', { dnsServer: lab.dns.server, ca: [...lab.ca, lab.inspectionCa.certPem], acceptedRoots: lab.acceptedRoots });
    ({ bridge, browser, page, problems, saveDir } = app);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await lab?.teardown();
  });

  const row = (url: string) => page.locator('tr[data-check-id]', { has: page.locator('code', { hasText: new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`) }) }).first();
  const chips = (url: string) => row(url).locator('.stage-chip').evaluateAll((nodes) => nodes.map((n) => `${n.getAttribute('data-stage')}:${n.getAttribute('data-outcome')}`));

  it('checks the service connection point\'s endpoints through the authenticating proxy, stage by stage', async () => {
    await page.goto(bridge.url);
    await page.getByRole('button', { name: 'Endpoints', exact: true }).click();
    await page.getByText(/endpoints planned/).waitFor();
    await page.getByText(/^Roles:/).click();
    await page.getByLabel('Service connection point', { exact: true }).check();
    await page.getByLabel('This proxy').check();
    await page.getByLabel('Proxy address').fill(lab.squid.url);
    await page.getByLabel('User', { exact: true }).fill(PROXY_USER);
    await page.getByLabel('Password').fill(PROXY_PASSWORD);
    await page.getByRole('button', { name: 'Use these credentials' }).click();
    await page.getByText(`Credentials for ${PROXY_USER} are held by the app’s main process`, { exact: false }).waitFor();
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    await page.getByLabel('Timeout per endpoint (ms)').fill('4000');
    await page.getByRole('button', { name: 'Run endpoint checks' }).click();
    await page.getByRole('button', { name: 'Run endpoint checks' }).waitFor({ timeout: 60_000 });

    expect(await chips('https://go.microsoft.com/')).toEqual(['dns:skipped', 'tcp:pass', 'proxy:pass', 'tls:pass', 'http:pass']);
    expect(await row('https://go.microsoft.com/').textContent()).toMatch(/^Pass/);
    expect(await chips('https://management.azure.com/')).toEqual(['dns:skipped', 'tcp:pass', 'proxy:fail']);
    expect(await row('https://management.azure.com/').textContent()).toMatch(/could not reach management\.azure\.com:443: ERR_CONNECT_FAIL 110/);
    expect(await chips('https://download.microsoft.com/')).toEqual(['dns:skipped', 'tcp:pass', 'proxy:pass', 'tls:fail']);
    expect(await row('https://manage.microsoft.com/').textContent()).toMatch(/Intune needs it reachable without proxy authentication/);
    expect(await page.getByText(`Route of these results: proxy ${lab.squid.url} (as ${PROXY_USER})`).count()).toBe(1);

    await row('https://download.microsoft.com/').getByText('Stages and evidence').click();
    await row('https://download.microsoft.com/').getByText(/^The certificate download\.microsoft\.com is not valid now/).first().waitFor();
    await page.getByRole('region', { name: 'Service connection point: updates and servicing' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'e2e-endpoints.png'), fullPage: false });
    expect(JSON.stringify(await page.evaluate(() => document.documentElement.outerHTML))).not.toContain(PROXY_PASSWORD);
  });

  it('names the TLS-inspecting proxy and fails where Microsoft does not support inspection', async () => {
    await page.getByRole('button', { name: 'Forget credentials' }).click();
    await page.getByLabel('Proxy address').fill(lab.bump.url);
    await page.getByRole('button', { name: 'Run endpoint checks' }).click();
    await page.getByRole('button', { name: 'Run endpoint checks' }).waitFor({ timeout: 60_000 });
    await page.getByLabel('TLS inspection only').check();
    expect(await chips('https://go.microsoft.com/')).toEqual(['dns:skipped', 'tcp:pass', 'proxy:pass', 'tls:warn', 'http:pass']);
    expect(await row('https://go.microsoft.com/').textContent()).toContain('TLS inspection by Contoso Inspection CA / Contoso Proxy');
    expect(await row('https://manage.microsoft.com/').textContent()).toMatch(/^Fail.*Microsoft does not support SSL inspection of this endpoint/);
    await row('https://manage.microsoft.com/').getByText('Stages and evidence').click();
    await row('https://manage.microsoft.com/').getByText(/TLS inspection: suspected, by Contoso Inspection CA \/ Contoso Proxy/).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'e2e-endpoints-inspection.png'), fullPage: false });
  });

  it('colours the service connection point\'s links to the internet and to Azure on the topology', async () => {
    await page.getByRole('button', { name: 'Topology', exact: true }).click();
    await page.locator('[data-laid-out="true"]').waitFor();
    const labels = await page.locator('.react-flow__edge').evaluateAll((edges) => edges.map((edge) => edge.getAttribute('aria-label')));
    expect(labels).toContain('cas01.corp.contoso.example → cloud:internet: Fail');
    expect(labels).toContain('cas01.corp.contoso.example → cloud:azure: Fail');
    await page.locator('.react-flow__edge[aria-label="cas01.corp.contoso.example → cloud:internet: Fail"]').click({ force: true });
    await page.getByText('go.microsoft.com').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'e2e-topology-endpoints.png'), fullPage: false });
  });

  it('puts the endpoints in the offline report', async () => {
    await page.getByRole('button', { name: 'Report', exact: true }).click();
    await page.getByRole('button', { name: 'Save report (HTML)' }).click();
    await page.getByText(/^Saved to .*\.html$/).waitFor();
    const htmlFile = path.join(saveDir, (await readdir(saveDir)).find((f) => f.endsWith('.html'))!);
    const html = await readFile(htmlFile, 'utf8');
    expect(html).toContain('Internet endpoints');
    expect(html).toContain('TLS inspection by Contoso Inspection CA / Contoso Proxy');
    expect(html).not.toContain(PROXY_PASSWORD);
    const reportPage = await browser.newPage({ viewport: { width: 1300, height: 1100 } });
    await reportPage.route('**/*', (route) => (route.request().url().startsWith('file://') ? route.continue() : route.abort()));
    await reportPage.goto(`file://${htmlFile}`);
    await reportPage.getByRole('heading', { name: 'Internet endpoints' }).scrollIntoViewIfNeeded();
    await reportPage.screenshot({ path: path.join(SHOTS, 'e2e-report-endpoints.png'), fullPage: false });
    await reportPage.close();
  });

  it('ran without console errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
