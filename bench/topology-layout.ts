import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startBrowserMode } from '../dev/browser-mode.ts';
import { DEMO_HIERARCHY } from '../shared/hierarchy/demo-hierarchy.ts';
import { generateHierarchy, LARGE_HIERARCHY } from '../shared/hierarchy/generate-hierarchy.ts';
import type { Hierarchy } from '../shared/hierarchy/model.ts';
import { buildPlan } from '../shared/plan/build-plan.ts';
import type { Status } from '../shared/results/status.ts';
import { layoutTopology } from '../shared/topology/layout-topology.ts';
import { pairEdges } from '../shared/topology/pair-edges.ts';
import { buildTopologyModel } from '../shared/topology/topology-model.ts';
import { launchChromium } from '../test/support/chromium.ts';
import { elkEngine } from '../test/support/elk-engine.ts';
import { demoResultDocument, resultForCheck } from '../test/support/result-fixtures.ts';

/**
 * Benchmark: the topology of the demo hierarchy and of a generated large one (1 CAS, 25 primaries,
 * 100 secondaries, 2,000 site systems), each with a result for every check (one in ten failing),
 * opened in Debian's Chromium from the built renderer. Measures the layout alone in Node, the time
 * from clicking "Topology" to a laid-out diagram with its links in the page, and frames per second
 * while dragging the diagram for two seconds. Targets: under 2 s and 60 fps for the large one.
 *
 *   npm run build && npx tsx bench/topology-layout.ts
 */
const STATUSES: Status[] = ['pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'warn', 'pass', 'unknown', 'fail'];

function resultDocumentFor(hierarchy: Hierarchy) {
  const plan = buildPlan(hierarchy);
  if (!plan.ok) throw new Error('plan');
  const results = plan.value.checks.map((check, i) => resultForCheck(check, STATUSES[i % STATUSES.length] as Status));
  return { document: demoResultDocument({ hierarchy, links: plan.value.links, results }), links: plan.value.links, results };
}

async function measurePan(page: Page): Promise<{ fps: number; p95: number; worst: number }> {
  const box = await page.locator('.topology-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  // A string, not a function: tsx would wrap a named function with a helper the page does not have.
  await page.evaluate(`(() => {
    window.frames_ = [];
    window.stop_ = false;
    const tick = (time) => { window.frames_.push(time); if (!window.stop_) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const started = Date.now();
  for (let step = 0; Date.now() - started < 2000; step++) {
    const angle = step / 12;
    await page.mouse.move(cx + Math.cos(angle) * 200, cy + Math.sin(angle) * 120);
  }
  await page.mouse.up();
  const frames = await page.evaluate<number[]>('(() => { window.stop_ = true; return window.frames_; })()');
  const gaps = frames.slice(1).map((time, i) => time - (frames[i] as number)).sort((a, b) => a - b);
  const span = (frames.at(-1) as number) - (frames[0] as number);
  return { fps: (frames.length - 1) / (span / 1000), p95: gaps[Math.floor(gaps.length * 0.95)] ?? 0, worst: gaps.at(-1) ?? 0 };
}

await mkdir(path.resolve('test-results'), { recursive: true });
const dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-bench-topology-'));
const bridge = await startBrowserMode({ rendererDir: path.resolve('out/renderer'), saveDir: dir });
const { browser, page } = await launchChromium();
try {
  for (const [label, hierarchy] of [
    ['demo', DEMO_HIERARCHY],
    ['large', generateHierarchy(LARGE_HIERARCHY)],
  ] as const) {
    const { document, links, results } = resultDocumentFor(hierarchy);
    const model = buildTopologyModel(hierarchy, links, results);
    const nodeStarted = performance.now();
    await layoutTopology(model, elkEngine);
    const nodeLayoutMs = performance.now() - nodeStarted;

    const file = path.join(dir, `${label}.json`);
    await writeFile(file, JSON.stringify(document));
    await page.goto(bridge.url);
    await page.getByRole('button', { name: 'Report', exact: true }).click();
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByText(/Results/).first().waitFor();
    const clicked = Date.now();
    await page.getByRole('button', { name: 'Topology', exact: true }).click();
    await page.locator('[data-laid-out="true"]').waitFor({ timeout: 120_000 });
    const laidOutMs = Date.now() - clicked;
    await page.locator('.react-flow__edge').first().waitFor({ state: 'attached', timeout: 120_000 });
    const pageMs = Date.now() - clicked;
    const drawn = await page.locator('.react-flow__edge').count();
    const pan = await measurePan(page);
    await page.screenshot({ path: path.resolve('test-results', `bench-topology-${label}.png`) });
    const heap = await page.evaluate<number>('performance.memory ? performance.memory.usedJSHeapSize : 0');
    // Then the whole hierarchy in view ("fit view"): every system and line drawn at once.
    const fitStarted = Date.now();
    await page.locator('.react-flow__controls-fitview').click();
    await page.waitForFunction(`document.querySelectorAll('.react-flow__edge').length >= ${pairEdges(model.edges).length}`, undefined, { timeout: 120_000 });
    const fitMs = Date.now() - fitStarted;
    const panAll = await measurePan(page);
    await page.locator('.react-flow__controls-fitview').click();
    await page.screenshot({ path: path.resolve('test-results', `bench-topology-${label}-whole.png`) });
    console.log(
      `${label.padEnd(5)} ${hierarchy.sites.length} sites, ${model.nodes.length} systems, ${pairEdges(model.edges).length} lines (${links.length} links, ${results.length} results): ` +
        `layout in Node ${nodeLayoutMs.toFixed(0)} ms; click → laid out ${laidOutMs} ms → links drawn ${pageMs} ms in Chromium (${drawn} lines in view); ` +
        `panning ${pan.fps.toFixed(1)} fps (p95 frame ${pan.p95.toFixed(1)} ms, worst ${pan.worst.toFixed(1)} ms); JS heap ${(heap / 1048576).toFixed(0)} MB; ` +
        `whole diagram in view: drawn in ${fitMs} ms, panning ${panAll.fps.toFixed(1)} fps (p95 ${panAll.p95.toFixed(1)} ms, worst ${panAll.worst.toFixed(1)} ms)`,
    );
  }
} finally {
  await browser.close();
  await bridge.close();
  await rm(dir, { recursive: true, force: true });
}
