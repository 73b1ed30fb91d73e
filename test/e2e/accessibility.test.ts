import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bridge } from '../../dev/browser-bridge/bridge-server.ts';
import { openAppInBrowser, type AppInBrowser } from '../support/app-in-browser.ts';
import { demoPlan, demoResultDocument, resultForCheck } from '../support/result-fixtures.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) over every view of the app in Chromium, each with content
 * in it: a run with every status, the sample log, a walkthrough, the diagram. axe is evaluated
 * through the browser's debugging protocol, so the page's content security policy stays as strict as
 * it ships.
 */
describe('accessibility of every view (axe-core, WCAG 2.1 AA)', () => {
  let app: AppInBrowser;
  let bridge: Bridge;
  let page: Page;
  let dir: string;
  let axeSource: string;

  beforeAll(async () => {
    const plan = demoPlan();
    const statuses = ['pass', 'fail', 'warn', 'unknown', 'skipped'] as const;
    axeSource = await readFile(AXE, 'utf8');
    app = await openAppInBrowser('a11y');
    ({ bridge, page, saveDir: dir } = app);
    await writeFile(path.join(dir, 'run.json'), JSON.stringify(demoResultDocument({ links: plan.links, results: plan.checks.map((check, i) => resultForCheck(check, statuses[i % statuses.length]!, `summary ${i}`)) })));
    await page.goto(bridge.url);
    await page.getByRole('button', { name: 'Report', exact: true }).click();
    await page.locator('input[type="file"]').setInputFiles(path.join(dir, 'run.json'));
    await page.getByText(/Results/).first().waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  async function audit(): Promise<Violation[]> {
    await page.evaluate(axeSource);
    const result = await page.evaluate<{ violations: Violation[] }>(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })`);
    return result.violations;
  }
  const describeViolations = (violations: Violation[]) => violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);

  const views: [string, (page: Page) => Promise<void>][] = [
    ['Hierarchy', async () => undefined],
    ['Checks', async () => undefined],
    ['Endpoints', async () => undefined],
    ['Logs', async (p) => {
      await p.getByRole('button', { name: 'Open the sample log' }).click();
      await p.getByText(/Dmpdownloader\.log: sms, utf-8, \d+ entries/).waitFor();
    }],
    ['Topology', async (p) => {
      await p.locator('[data-laid-out="true"]').waitFor();
      await p.locator('.react-flow__edge').first().waitFor({ state: 'attached' });
    }],
    ['Walkthroughs', async (p) => {
      await p.getByRole('listitem').filter({ hasText: 'Content does not reach a distribution point' }).getByRole('button', { name: 'Start' }).click();
      await p.getByRole('heading', { name: 'SMB from the site server' }).waitFor();
    }],
    ['Report', async () => undefined],
  ];

  it.each(views)('%s has no WCAG 2.1 A/AA violation', async (name, prepare) => {
    await page.getByRole('button', { name, exact: true }).click();
    await prepare(page);
    expect(describeViolations(await audit())).toEqual([]);
  });

  it.each(views.map(([name]) => name))('%s has no WCAG 2.1 A/AA violation in the dark theme', async (name) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name, exact: true }).click();
    if (name === 'Topology') await page.locator('[data-laid-out="true"]').waitFor();
    const background = await page.evaluate<string>("getComputedStyle(document.documentElement).backgroundColor");
    expect(background).toBe('rgb(15, 20, 26)');
    expect(describeViolations(await audit())).toEqual([]);
    await page.screenshot({ path: path.join('test-results', `e2e-dark-${name.toLowerCase()}.png`) });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('support-call mode has no WCAG 2.1 A/AA violation, and every control shows its keyboard focus', async () => {
    await page.getByRole('button', { name: 'Walkthroughs', exact: true }).click();
    await page.getByRole('button', { name: 'Support-call mode' }).click();
    await page.getByRole('timer').waitFor();
    expect(describeViolations(await audit())).toEqual([]);
    await page.keyboard.press('Tab');
    const outline = await page.evaluate<string>('getComputedStyle(document.activeElement).outlineStyle');
    expect(outline).not.toBe('none');
    await page.keyboard.press('Escape');
  });
});
