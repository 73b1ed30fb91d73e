import { chromium } from 'playwright-core';

/**
 * The browser bridge's PDF printer: the same Chromium print engine as the desktop app, through
 * Debian's Chromium (`CHROMIUM_PATH`, default /usr/bin/chromium), with JavaScript off and every
 * request refused, A4 with backgrounds. Dev and tests only; the desktop app prints with Electron.
 */
export async function printHtmlToPdfWithChromium(html: string): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
  } finally {
    await browser.close();
  }
}
