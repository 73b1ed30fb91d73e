import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Launches Debian's Chromium headless with the flags this sandbox needs (no background networking:
 * its connections are refused here) and a fresh profile (Playwright gives every launch a new
 * temporary user-data directory). Console errors and page errors are
 * collected so a test can assert the page ran clean (no CSP violation, no exception).
 */
export async function launchChromium(): Promise<{ browser: Browser; page: Page; problems: string[] }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return { browser, page, problems };
}
