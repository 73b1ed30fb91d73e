import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startDemoLab } from '../test/support/demo-lab.ts';

/**
 * Benchmark: the whole demo plan when every destination drops packets (a firewall in front of
 * everything), run through the real CLI (`npx netcheck run --demo`) against a namespace lab whose
 * DNS (dnsmasq) names every demo system. With bounded parallelism the run should take about one
 * timeout, not the sum of 40-odd timeouts.
 *
 *   npx tsx bench/demo-all-dropped.ts [--timeout MS] [--repeat N]
 */
const run = promisify(execFile);
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const timeoutMs = option('timeout', 3000);
const repeat = option('repeat', 3);

const lab = await startDemoLab({ dropEverything: true });
try {
  const walls: number[] = [];
  const runs: number[] = [];
  let summary = '';
  let waited = 0;
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    const { stdout } = await run('npx', ['--no-install', 'netcheck', 'run', '--demo', '--json', '--dns', lab.dns.server, '--timeout', String(timeoutMs)], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((err: { stdout: string }) => err);
    walls.push(performance.now() - started);
    const document = JSON.parse(stdout) as { startedAt: string; finishedAt: string; results: { probe: string; verdict: string; durationMs: number }[] };
    runs.push(Date.parse(document.finishedAt) - Date.parse(document.startedAt));
    const byVerdict = new Map<string, number>();
    for (const result of document.results) byVerdict.set(result.verdict, (byVerdict.get(result.verdict) ?? 0) + 1);
    waited = document.results.filter((r) => r.durationMs >= timeoutMs * 0.9).length;
    summary = `${document.results.length} checks: ${[...byVerdict].map(([verdict, count]) => `${count} ${verdict}`).join(', ')}`;
  }
  const best = Math.min(...walls);
  const median = [...walls].sort((a, b) => a - b)[Math.floor(walls.length / 2)] ?? best;
  const runMedian = [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? 0;
  process.stdout.write(
    [
      'demo plan, every target dropped, through `npx netcheck run --demo`',
      `  ${summary}`,
      `  timeout per check: ${timeoutMs} ms; runs: ${repeat}`,
      `  run (startedAt → finishedAt in the document): median ${(runMedian / 1000).toFixed(2)} s = ${(runMedian / timeoutMs).toFixed(2)} × the timeout`,
      `  command wall time incl. npx and Node start: best ${(best / 1000).toFixed(2)} s, median ${(median / 1000).toFixed(2)} s`,
      `  (${waited} checks waited out their timeout; one after another that would be ${((timeoutMs * waited) / 1000).toFixed(0)} s)`,
      '',
    ].join('\n'),
  );
} finally {
  await lab.teardown();
}
