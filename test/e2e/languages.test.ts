import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlannedCheck } from '../../shared/plan/build-plan.ts';
import type { CheckResult, LocalizableMessage } from '../../shared/results/result-document.ts';
import type { Status } from '../../shared/results/status.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { renderReportFile } from '../../src-main/core/report/report-files.ts';
import { openAppInBrowser, SHOTS, type AppInBrowser } from '../support/app-in-browser.ts';
import { demoPlan, demoResultDocument, resultForCheck } from '../support/result-fixtures.ts';

/** A result whose summary is a real message, so each language words it itself. */
function worded(check: PlannedCheck, status: Status): CheckResult {
  const port = check.target.port ?? 0;
  const address = `10.0.0.${(port % 200) + 1}`;
  const message: LocalizableMessage =
    status === 'pass' ? { key: 'probe.tcp.open', params: { port, address, ms: 3 } }
    : status === 'fail' ? { key: 'probe.tcp.filtered', params: { port, address, timeout: 3000 } }
    : status === 'warn' ? { key: 'probe.smb.smb1Only', params: { dialect: 'NT LM 0.12', address, port } }
    : status === 'unknown' ? { key: 'probe.udp.silent', params: { port, address, attempts: 2 } }
    : { key: 'probe.notTested.wakeOnLan', params: { port } };
  return { ...resultForCheck(check, status, ''), message };
}

/**
 * Elements whose text is cut: they hide what overflows and what they hold is wider or taller than
 * they are. Two cut on purpose are left out: the screen-reader-only label, and the log grid's message
 * cells (one line each, as CMTrace shows them; the selected entry is shown whole beside the grid).
 */
const CLIPPED = `[...document.querySelectorAll('body *:not(.visually-hidden):not([role="gridcell"].log-message)')].filter((el) => {
  const style = getComputedStyle(el);
  const hides = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY) || style.textOverflow === 'ellipsis';
  return hides && el.getClientRects().length > 0 && el.textContent.trim() !== '' && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
}).map((el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '') + ': ' + el.textContent.trim().slice(0, 60))`;

/** Text that is a translation key shown as is (a key missing in the language). */
const RAW_KEYS = /\b(?:app|ui|probe|endpoint|endpoints|logs|fix|walkthrough|knowledge|service|status|verdict|roles|format)\.[a-zA-Z-]+\.[\w.-]+/;

/**
 * The app in French and in Dutch, in Chromium: every view with content (a run with every status,
 * the sample log, a walkthrough, the diagram), screenshotted for a person to look at, and checked for
 * what a person would notice — text cut off, a page wider than the window, a key shown instead of
 * words, English left in the navigation. The French start comes from the system's language; Dutch is
 * chosen in the header at runtime. The offline report is rendered in both languages and opened too.
 */
describe('the app in French and Dutch', () => {
  let app: AppInBrowser;
  let page: Page;

  beforeAll(async () => {
    const plan = demoPlan();
    const statuses = ['pass', 'fail', 'warn', 'unknown', 'skipped'] as const;
    app = await openAppInBrowser('i18n', { systemLanguage: 'fr' });
    page = app.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    const document = demoResultDocument({ links: plan.links, results: plan.checks.map((check, i) => worded(check, statuses[i % statuses.length]!)) });
    await writeFile(path.join(app.saveDir, 'run.json'), JSON.stringify(document));
    for (const language of ['fr', 'nl'] as const) await writeFile(path.join(SHOTS, `e2e-report-${language}.html`), await renderReportFile(document, 'html', createTranslator(language)));
    await page.goto(app.bridge.url);
    await page.getByRole('button', { name: 'Rapport', exact: true }).click();
    await page.locator('input[type="file"]').setInputFiles(path.join(app.saveDir, 'run.json'));
    await page.getByText('Résultats').first().waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  const views = (language: 'fr' | 'nl'): [string, string, (page: Page) => Promise<void>][] => {
    const fr = language === 'fr';
    return [
      ['hierarchy', fr ? 'Hiérarchie' : 'Hiërarchie', async () => undefined],
      ['checks', fr ? 'Contrôles' : 'Controles', async () => undefined],
      ['endpoints', fr ? 'Points de terminaison' : 'Eindpunten', async () => undefined],
      ['logs', fr ? 'Journaux' : 'Logboeken', async (p) => {
        if (fr) await p.getByRole('button', { name: 'Ouvrir le journal d’exemple' }).click();
        await p.getByText(fr ? /Dmpdownloader\.log : sms, utf-8, \d+ entrées/ : /Dmpdownloader\.log: sms, utf-8, \d+ vermeldingen/).waitFor();
      }],
      ['topology', 'Topologie', async (p) => {
        await p.locator('[data-laid-out="true"]').waitFor();
        await p.locator('.react-flow__edge').first().waitFor({ state: 'attached' });
      }],
      ['walkthroughs', fr ? 'Procédures guidées' : 'Begeleide procedures', async (p) => {
        if (fr) await p.getByRole('listitem').filter({ hasText: 'Le contenu n’arrive pas sur un point de distribution' }).getByRole('button', { name: 'Démarrer' }).click();
        // In Dutch, the run started in French is taken up again from the list of runs.
        else await p.getByRole('listitem').filter({ hasText: 'Inhoud komt niet aan op een distributiepunt' }).getByRole('button', { name: 'Hervatten' }).first().click();
        await p.getByRole('heading', { name: fr ? 'SMB depuis le serveur de site' : 'SMB vanaf de siteserver' }).waitFor();
      }],
      ['report', 'Rapport', async () => undefined],
    ];
  };

  /** Two screens that are not views of their own: the hierarchy editor and support-call mode. */
  const screens = (language: 'fr' | 'nl'): [string, string, (page: Page) => Promise<void>, (page: Page) => Promise<void>][] => {
    const fr = language === 'fr';
    return [
      ['editor', fr ? 'Hiérarchie' : 'Hiërarchie', async (p) => {
        await p.getByRole('button', { name: fr ? 'Modifier' : 'Bewerken', exact: true }).click();
        await p.getByLabel('FQDN').first().fill('pas un nom');
        await p.getByText(fr ? /à corriger avant de pouvoir appliquer/ : /op te lossen voordat de wijzigingen/).waitFor();
      }, async (p) => {
        await p.getByRole('button', { name: fr ? 'Abandonner les modifications' : 'Wijzigingen verwerpen' }).click();
      }],
      ['support', fr ? 'Procédures guidées' : 'Begeleide procedures', async (p) => {
        if (await p.getByRole('button', { name: fr ? 'Retour à la liste' : 'Terug naar de lijst' }).isVisible()) await p.getByRole('button', { name: fr ? 'Retour à la liste' : 'Terug naar de lijst' }).click();
        await p.getByRole('listitem').filter({ hasText: fr ? 'Un appareil ne démarre pas en PXE' : 'Een apparaat start niet op via PXE' }).getByRole('button', { name: fr ? 'Démarrer' : 'Starten' }).click();
        await p.getByRole('button', { name: fr ? 'Mode appel d’assistance' : 'Modus ondersteuningsgesprek' }).click();
        await p.getByRole('timer').waitFor();
      }, async (p) => {
        await p.keyboard.press('Escape');
        await p.getByRole('button', { name: fr ? 'Retour à la liste' : 'Terug naar de lijst' }).click();
      }],
    ];
  };

  async function look(language: 'fr' | 'nl', id: string): Promise<{ clipped: string[]; wider: boolean; rawKey: string | null; lang: string }> {
    await page.screenshot({ path: path.join(SHOTS, `e2e-${language}-${id}.png`), fullPage: true });
    const text = await page.evaluate<string>('document.body.innerText');
    const seen = {
      clipped: await page.evaluate<string[]>(CLIPPED),
      wider: await page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth'),
      rawKey: RAW_KEYS.exec(text)?.[0] ?? null,
      lang: await page.evaluate<string>('document.documentElement.lang'),
    };
    if (id === 'topology') {
      // The whole hierarchy fits the window; its words are read zoomed in on the central site.
      await page.getByPlaceholder(language === 'fr' ? 'nom ou partie du nom' : 'naam of een deel ervan').fill('cas01');
      await page.getByRole('button', { name: language === 'fr' ? 'Zoomer dessus' : 'Erop inzoomen' }).click();
      await page.waitForTimeout(800);
      await page.locator('.react-flow').screenshot({ path: path.join(SHOTS, `e2e-${language}-topology-zoomed.png`) });
    }
    return seen;
  }

  it.each(views('fr').map(([id, name, prepare]) => [id, name, prepare] as const))('French (the system language): %s reads whole, nothing cut off', async (id, name, prepare) => {
    await page.getByRole('button', { name, exact: true }).click();
    await prepare(page);
    expect(await look('fr', id)).toEqual({ clipped: [], wider: false, rawKey: null, lang: 'fr' });
  });

  it.each(['fr', 'nl'] as const)('%s: the hierarchy editor and support-call mode read whole, nothing cut off', async (language) => {
    if (language === 'nl') await page.getByRole('combobox', { name: 'Langue', exact: true }).selectOption('nl');
    for (const [id, view, open, close] of screens(language)) {
      await page.getByRole('button', { name: view, exact: true }).click();
      await open(page);
      expect(await look(language, id), id).toEqual({ clipped: [], wider: false, rawKey: null, lang: language });
      await close(page);
    }
    if (language === 'nl') await page.getByRole('combobox', { name: 'Taal', exact: true }).selectOption('fr');
  });

  it('switches to Dutch in the header, everywhere at once', async () => {
    await page.getByRole('combobox', { name: 'Langue', exact: true }).selectOption('nl');
    await page.getByRole('navigation', { name: 'Weergaven' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Weergaven' }).innerText()).toBe('Hiërarchie\nControles\nEindpunten\nLogboeken\nTopologie\nBegeleide procedures\nRapport');
  });

  it.each(views('nl').map(([id, name, prepare]) => [id, name, prepare] as const))('Dutch (chosen at runtime): %s reads whole, nothing cut off', async (id, name, prepare) => {
    await page.getByRole('button', { name, exact: true }).click();
    await prepare(page);
    expect(await look('nl', id)).toEqual({ clipped: [], wider: false, rawKey: null, lang: 'nl' });
  });

  it.each(['fr', 'nl'] as const)('the offline report reads in %s', async (language) => {
    const report = await app.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await report.goto(pathToFileURL(path.join(SHOTS, `e2e-report-${language}.html`)).href);
    await report.screenshot({ path: path.join(SHOTS, `e2e-report-${language}.png`) });
    expect(await report.evaluate<string>('document.documentElement.lang')).toBe(language);
    expect(await report.locator('h1').innerText()).toBe(language === 'fr' ? 'Rapport de contrôle réseau — Contoso demo hierarchy' : 'Rapport van de netwerkcontrole — Contoso demo hierarchy');
    expect(RAW_KEYS.exec(await report.evaluate<string>('document.body.innerText'))).toBeNull();
    await report.close();
  });
});
