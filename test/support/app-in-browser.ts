import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startBrowserMode } from '../../dev/browser-mode.ts';
import type { Bridge } from '../../dev/browser-bridge/bridge-server.ts';
import { launchChromium } from './chromium.ts';
import { startDemoLab, type DemoLab, type DemoLabOptions } from './demo-lab.ts';

/** The built renderer the end-to-end tests drive, and where they put their screenshots. */
export const RENDERER = path.resolve('out/renderer');
export const SHOTS = path.resolve('test-results');

/** The app open in Chromium: the bridge to main's services, the page, its console problems, its save folder. */
export interface AppInBrowser {
  bridge: Bridge;
  browser: Browser;
  page: Page;
  problems: string[];
  saveDir: string;
  close(): Promise<void>;
}

/**
 * Starts the browser bridge over the built renderer with a fresh save folder (named after the test)
 * and opens Debian's Chromium on it; `close` stops both and removes the folder. The bridge options
 * point main's services at a lab (its DNS server, its CAs).
 */
export async function openAppInBrowser(name: string, options: Omit<Parameters<typeof startBrowserMode>[0], 'rendererDir' | 'saveDir'> = {}): Promise<AppInBrowser> {
  if (!existsSync(path.join(RENDERER, 'index.html'))) throw new Error('out/renderer is missing: run "npm run build" first');
  await mkdir(SHOTS, { recursive: true });
  const saveDir = await mkdtemp(path.join(os.tmpdir(), `netcheck-e2e-${name}-`));
  const bridge = await startBrowserMode({ rendererDir: RENDERER, saveDir, systemLanguage: 'en', ...options });
  const { browser, page, problems } = await launchChromium();
  return {
    bridge,
    browser,
    page,
    problems,
    saveDir,
    close: async () => {
      await browser.close();
      await bridge.close();
      await rm(saveDir, { recursive: true, force: true });
    },
  };
}

/** The app open in Chromium against the demo lab, and the lab. */
export interface AppOnDemoLab extends AppInBrowser {
  lab: DemoLab;
}

/**
 * Starts the demo lab (real peers in a namespace, some ports dropped or reset) and opens the app on
 * it: main's services resolve through the lab's DNS server and trust the root of its CMG. `close`
 * closes the app, then tears the lab down.
 */
export async function openAppOnDemoLab(name: string, labOptions: DemoLabOptions): Promise<AppOnDemoLab> {
  const lab = await startDemoLab(labOptions);
  try {
    const app = await openAppInBrowser(name, { dnsServer: lab.dns.server, ...(lab.cmgCaPem ? { ca: [lab.cmgCaPem] } : {}) });
    return {
      ...app,
      lab,
      close: async () => {
        await app.close();
        await lab.teardown();
      },
    };
  } catch (err) {
    await lab.teardown();
    throw err;
  }
}
