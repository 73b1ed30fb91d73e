import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LogSession } from '../src-main/core/logs/log-session.ts';
import { writeDmpLog } from './support/dmp-log-file.ts';

/**
 * Benchmark: opening a 1 GB Dmpdownloader.log in the viewer, as the Electron main process does it.
 * Reports when the first rows can be shown, how long row requests take while the file is still
 * being read (the viewer scrolling meanwhile), the longest stall of the event loop (what would
 * freeze IPC), the whole read, a word filter over the file, and peak RSS.
 *
 *   npx tsx bench/logs-session.ts [--mb 1024]
 */
const args = process.argv.slice(2);
const targetMb = Number(args[args.indexOf('--mb') + 1] ?? 0) || 1024;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-session-bench-'));
try {
  const file = path.join(dir, 'Dmpdownloader.log');
  await writeDmpLog(file, targetMb);
  const size = (await stat(file)).size;
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const started = performance.now();
  let firstRowsMs = Number.NaN;
  const session = new LogSession([{ path: file }], [size]);
  const latencies: number[] = [];
  let reading = true;
  void session.done.then(() => (reading = false));
  // The viewer: a page of rows every 100 ms somewhere in what has been read so far.
  while (reading) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const entries = session.info().entries;
    if (entries < 200) continue;
    const asked = performance.now();
    const { rows } = await session.rows(Math.floor(Math.random() * (entries - 200)), 200, false);
    latencies.push(performance.now() - asked);
    if (Number.isNaN(firstRowsMs) && rows.length > 0) firstRowsMs = performance.now() - started;
  }
  const readMs = performance.now() - started;
  loop.disable();
  const info = session.info();
  const filterStarted = performance.now();
  const filtered = await session.filter({ text: 'azureedge' });
  const filterMs = performance.now() - filterStarted;
  clearInterval(sampler);
  process.stdout.write(
    [
      `Viewer on a Dmpdownloader.log of ${(size / 1024 / 1024).toFixed(0)} MB (${info.entries} entries, ${info.analysis.findings.length} distinct findings, ${info.analysis.attempts.length} attempts kept):`,
      `  first rows shown after ${firstRowsMs.toFixed(0)} ms`,
      `  row pages while reading: ${latencies.length} requests, median ${percentile(latencies, 0.5).toFixed(1)} ms, p95 ${percentile(latencies, 0.95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`,
      `  longest event-loop stall while reading: ${(loop.max / 1e6).toFixed(1)} ms (p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms)`,
      `  whole file read and analysed in ${(readMs / 1000).toFixed(1)} s (${(size / 1024 / 1024 / (readMs / 1000)).toFixed(0)} MB/s)`,
      `  word filter over the file: ${filtered.matches} matches in ${(filterMs / 1000).toFixed(1)} s`,
      `  peak RSS ${(peak / 1e6).toFixed(0)} MB`,
      '',
    ].join('\n'),
  );
  session.close();
} finally {
  await rm(dir, { recursive: true, force: true });
}
