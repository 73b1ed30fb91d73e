import { readdir, readFile, stat } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startBrowserMode } from '../dev/browser-mode.ts';
import { launchChromium } from '../test/support/chromium.ts';

/**
 * Benchmark: what the renderer makes the first view wait for. Lists the built chunks (raw and gzip
 * sizes; which load at start and which on demand), then opens the app in Debian's Chromium ten times
 * from a fresh page and reports first contentful paint and the time until the hierarchy view is on
 * screen (median and worst), with the bytes of script loaded before it — once with an English
 * browser and once with a French one (its table is a chunk loaded before the first render).
 *
 *   npm run build && npx tsx bench/startup.ts
 */
const RENDERER = path.resolve('out/renderer');
const html = await readFile(path.join(RENDERER, 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((match) => match[1]));
const assets = await readdir(path.join(RENDERER, 'assets'));
let startBytes = 0;
for (const file of assets.sort()) {
  const bytes = await readFile(path.join(RENDERER, 'assets', file));
  const atStart = initial.has(`assets/${file}`);
  if (atStart) startBytes += bytes.length;
  console.log(`${atStart ? 'start    ' : 'on demand'} ${file.padEnd(36)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KB  gzip ${(gzipSync(bytes).length / 1024).toFixed(1).padStart(7)} KB`);
}
console.log(`loaded at start: ${(startBytes / 1024).toFixed(1)} KB (${(await stat(path.join(RENDERER, 'index.html'))).size} B of HTML)`);

const dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-bench-startup-'));
const bridge = await startBrowserMode({ rendererDir: RENDERER, saveDir: dir });
const { browser } = await launchChromium();
const FIRST_PAINT = `new Promise((resolve) => new PerformanceObserver((list) => {
  const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
  if (entry) resolve(entry.startTime);
}).observe({ type: 'paint', buffered: true }))`;
const runs: { locale: string; paints: number[]; ready: number[] }[] = [];
try {
  for (const [locale, heading] of [['en-US', 'Contoso demo hierarchy'], ['fr-FR', 'Contoso demo hierarchy']] as const) {
    const paints: number[] = [];
    const ready: number[] = [];
    for (let i = 0; i < 10; i++) {
      const page = await browser.newPage({ viewport: { width: 1500, height: 950 }, locale });
      const started = Date.now();
      await page.goto(bridge.url);
      await page.getByRole('heading', { name: heading }).waitFor();
      ready.push(Date.now() - started);
      // The paint entry can land just after the heading is in the DOM: wait for it rather than read too early.
      paints.push(await page.evaluate<number>(FIRST_PAINT));
      await page.close();
    }
    runs.push({ locale, paints, ready });
  }
} finally {
  await browser.close();
  await bridge.close();
  await rm(dir, { recursive: true, force: true });
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
for (const { locale, paints, ready } of runs) {
  console.log(`${locale}: first contentful paint median ${median(paints).toFixed(0)} ms, worst ${Math.max(...paints).toFixed(0)} ms; hierarchy view on screen (navigation → heading): median ${median(ready)} ms, worst ${Math.max(...ready)} ms (10 fresh pages, local bridge)`);
}
