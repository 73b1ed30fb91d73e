import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bridge } from '../../dev/browser-bridge/bridge-server.ts';
import { openAppOnDemoLab, SHOTS, type AppOnDemoLab } from '../support/app-in-browser.ts';

/**
 * The end-to-end slice: the built renderer in Debian's Chromium loads the demo hierarchy and runs
 * its checks against a namespace where real servers answer as each demo system (Samba for SMB and
 * the RPC endpoint mapper, tdspool for SQL, TLS for the CMG, dnsmasq for PXE and TFTP), except
 * p01sql01's SQL port (dropped by a firewall) and p02ss01's SMB port (reset). The diagram shows
 * those links red and the others coloured by what was measured.
 */
describe('demo hierarchy, end to end in Chromium', () => {
  let app: AppOnDemoLab;
  let bridge: Bridge;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let saveDir: string;

  beforeAll(async () => {
    app = await openAppOnDemoLab('demo', { realPeers: true, drop: ['p01sql01.corp.contoso.example:1433'], reset: ['p02ss01.corp.contoso.example:445'] });
    ({ bridge, browser, page, problems, saveDir } = app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('loads the demo hierarchy by default', async () => {
    await page.goto(bridge.url);
    await expect.poll(() => page.getByRole('heading', { name: 'Contoso demo hierarchy' }).count()).toBe(1);
    expect(await page.getByText('p02sql01.corp.contoso.example').count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'e2e-hierarchy.png') });
  });

  it('runs the plan with live progress and shows each verdict with its evidence', async () => {
    await page.getByRole('button', { name: 'Checks', exact: true }).click();
    await page.getByLabel('Timeout per check (ms)').fill('1500');
    await page.getByRole('button', { name: 'Run checks' }).click();
    await page.getByText(/^Finished: 60 of 60 checks$/).waitFor({ timeout: 30_000 });
    const row = (id: string) => page.locator(`tr[data-check-id="${id}"]`);
    await expect.poll(() => row('tds:tcp/1433@p01sql01.corp.contoso.example').textContent()).toMatch(/Fail.*TCP 1433 filtered on 10\.\d+\.\d+\.\d+: no answer within 1500 ms/);
    expect(await row('smb:tcp/445@p02ss01.corp.contoso.example').textContent()).toMatch(/Fail.*TCP 445 closed on 10\.\d+\.\d+\.\d+: the host refused the connection/);
    expect(await row('smb:tcp/445@p01ss01.corp.contoso.example').textContent()).toMatch(/Pass.*SMB 3\.1\.1 negotiated/);
    expect(await row('tds:tcp/1500@p02sql01.corp.contoso.example').textContent()).toMatch(/Pass.*SQL Server 10\.0\.1600 answered PRELOGIN on 10\.\d+\.\d+\.\d+:1500/);
    expect(await row('rpc-dynamic:tcp/dynamic@p01dp01.corp.contoso.example').textContent()).toMatch(/Pass.*all \d+ dynamic RPC ports/);
    expect(await row('tftp:udp/69@p01dp01.corp.contoso.example').textContent()).toMatch(/Pass.*TFTP server on .* answered from port \d+, not 69/);
    expect(await row('pxe:udp/4011@p01dp01.corp.contoso.example').textContent()).toMatch(/Pass.*offered boot file boot\/x64\/wdsmgfw\.efi/);
    expect(await row('dhcp:udp/67@p01dp01.corp.contoso.example').textContent()).toMatch(/Unknown.*no response/);
    expect(await row('rpc-epm-udp:udp/135@p01dp01.corp.contoso.example').textContent()).toMatch(/Warning.*expected on current Windows/);
    expect(await row('wake-on-lan:udp/9@pc-paris-0001.corp.contoso.example').textContent()).toMatch(/Not run.*not testable/);
    await row('tds:tcp/1500@p02sql01.corp.contoso.example').getByText(/Evidence/).click();
    expect(await row('tds:tcp/1500@p02sql01.corp.contoso.example').textContent()).toContain(`via dns ${app.lab.dns.server}`);
    await page.screenshot({ path: path.join(SHOTS, 'e2e-checks.png'), fullPage: false });
  });

  it('colours the links of the diagram by what was measured', async () => {
    await page.getByRole('button', { name: 'Topology', exact: true }).click();
    await page.locator('[data-laid-out="true"]').waitFor();
    await page.locator('.react-flow__edge').first().waitFor();
    const statuses = await page.locator('.react-flow__edge').evaluateAll((edges) => edges.map((edge) => [...edge.classList].find((c) => c.startsWith('edge-status-'))));
    expect(new Set(statuses)).toEqual(new Set(['edge-status-fail', 'edge-status-pass', 'edge-status-warn', 'edge-status-unknown', 'edge-status-skipped']));
    const failing = await page.locator('.react-flow__edge.edge-status-fail').evaluateAll((edges) => edges.map((edge) => edge.getAttribute('aria-label')));
    // p01sql01:1433 dropped breaks the MP, the site server and SQL replication with the CAS and S01;
    // p02ss01:445 reset breaks the MP's and the CAS's SMB to that site server.
    expect(failing.sort()).toEqual([
      'cas01.corp.contoso.example ⇄ p02ss01.corp.contoso.example: Fail',
      'cassql01.corp.contoso.example ⇄ p01sql01.corp.contoso.example: Fail',
      'p01mp01.corp.contoso.example → p01sql01.corp.contoso.example: Fail',
      'p01sql01.corp.contoso.example ⇄ s01ss01.corp.contoso.example: Fail',
      'p01ss01.corp.contoso.example → p01sql01.corp.contoso.example: Fail',
      'p02mp01.corp.contoso.example ⇄ p02ss01.corp.contoso.example: Fail',
    ]);
    const stroke = await page.locator('.react-flow__edge.edge-status-fail path.react-flow__edge-path').first().evaluate((path) => getComputedStyle(path).stroke);
    expect(stroke).toBe('rgb(198, 40, 40)');
    await page.locator('.react-flow__edge.edge-status-fail').first().click({ force: true });
    await page.screenshot({ path: path.join(SHOTS, 'e2e-topology.png') });
  });

  it('saves the run as a self-contained HTML report and as JSON', async () => {
    await page.getByRole('button', { name: 'Report', exact: true }).click();
    await page.getByRole('button', { name: 'Save report (HTML)' }).click();
    await page.getByText(/^Saved to .*\.html$/).waitFor();
    await page.getByRole('button', { name: 'Save results (JSON)' }).click();
    await page.getByText(/^Saved to .*\.json$/).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'e2e-report-view.png') });
    const files = await readdir(saveDir);
    const htmlFile = path.join(saveDir, files.find((f) => f.endsWith('.html'))!);
    const html = await readFile(htmlFile, 'utf8');
    expect(html).toContain('TCP 1433 filtered on');
    expect(html).toContain('SMB 3.1.1 negotiated');

    // Open the report as another engineer would, from a file, with every network request refused.
    const reportPage = await browser.newPage({ viewport: { width: 1300, height: 1100 } });
    const requests: string[] = [];
    await reportPage.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.request().url().startsWith('file://') ? route.continue() : route.abort();
    });
    await reportPage.goto(`file://${htmlFile}`);
    expect(requests).toEqual([`file://${htmlFile}`]);
    expect(await reportPage.getByRole('heading', { level: 1 }).textContent()).toBe('Network check report — Contoso demo hierarchy');
    await reportPage.screenshot({ path: path.join(SHOTS, 'e2e-report-html.png'), fullPage: false });
    await reportPage.close();
    const json = JSON.parse(await readFile(path.join(saveDir, files.find((f) => f.endsWith('.json'))!), 'utf8')) as { results: unknown[] };
    expect(json.results).toHaveLength(60);
  });

  it('ran without console errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
