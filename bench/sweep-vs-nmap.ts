import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { serializeHierarchy } from '../shared/hierarchy/load-hierarchy.ts';
import type { Hierarchy } from '../shared/hierarchy/model.ts';
import type { ResultDocument } from '../shared/results/result-document.ts';
import { createNetnsLab } from '../test/support/netns-lab.ts';

/**
 * Benchmark: a sweep of many site systems in a test namespace by `netcheck run`, against
 * `nmap -sT -Pn` over the same host/port set in the same run. Every system is a management point,
 * software update point and reporting point (TCP 80, 443, 8530, 10123 are tested on each); a third of
 * the host/port pairs listen, a third are closed, a third are dropped by the namespace's firewall.
 * Reports wall time of both and the agreement of their verdicts.
 *
 *   npx tsx bench/sweep-vs-nmap.ts [--systems N] [--timeout MS] [--concurrency N] [--per-host N]
 */
const run = promisify(execFile);
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const systems = Math.min(option('systems', 100), 240); // the lab is one /24
const timeoutMs = option('timeout', 3000);
const concurrency = option('concurrency', 128);
const perHost = option('per-host', 16);
const PORTS = [80, 443, 8530, 10123];

const lab = await createNetnsLab();
try {
  const addresses = Array.from({ length: systems }, (_, i) => `${lab.prefix}${10 + i}`);
  for (const address of addresses) await lab.addAddress(address);
  // Deterministic thirds: open, closed (nothing listens, the kernel answers RST), dropped (nft).
  const fate = (host: number, port: number) => (['open', 'closed', 'filtered'] as const)[(host * 7 + PORTS.indexOf(port)) % 3];
  const pairs = addresses.flatMap((address, host) => PORTS.map((port) => ({ address, port, expected: fate(host, port) })));
  await lab.listenTcp(pairs.filter((p) => p.expected === 'open').map(({ address, port }) => ({ address, port })));
  await lab.firewall(pairs.filter((p) => p.expected === 'filtered').map(({ address, port }) => `ip daddr ${address} tcp dport ${port} drop`));

  const hierarchy: Hierarchy = {
    formatVersion: 1,
    name: `sweep of ${systems} systems`,
    sites: [{ code: 'P01', name: 'Sweep', type: 'primary' }],
    systems: [
      { fqdn: 'console.sweep.example', site: 'P01', roles: [{ role: 'console' }] },
      { fqdn: 'clients.sweep.example', site: 'P01', roles: [{ role: 'client-subnet', cidr: '10.0.0.0/8' }] },
      ...addresses.map((address, i) => ({
        fqdn: `sys${String(i).padStart(4, '0')}.sweep.example`,
        address,
        site: 'P01',
        roles: [{ role: 'management-point' as const }, { role: 'software-update-point' as const }, { role: 'reporting-point' as const }],
      })),
    ],
  };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-sweep-'));
  const file = path.join(dir, 'sweep.json');
  await writeFile(file, serializeHierarchy(hierarchy));

  const cli = path.resolve('out/cli/netcheck.mjs');
  const only = PORTS.map((port) => `tcp/${port}`).join(',');
  const netcheckStart = performance.now();
  const { stdout } = await run(process.execPath, [cli, 'run', '--hierarchy', file, '--only', only, '--json', '--timeout', String(timeoutMs), '--concurrency', String(concurrency), '--per-host', String(perHost)], {
    maxBuffer: 256 * 1024 * 1024,
  }).catch((err: { stdout: string }) => err);
  const netcheckMs = performance.now() - netcheckStart;
  const document = JSON.parse(stdout) as ResultDocument;
  const ours = new Map(document.results.map((r) => [`${r.target.address}:${r.target.port}`, r.verdict]));

  const nmapStart = performance.now();
  const { stdout: xml } = await run('nmap', ['-sT', '-Pn', '-n', '-p', PORTS.join(','), '-oX', '-', ...addresses], { maxBuffer: 64 * 1024 * 1024 });
  const nmapMs = performance.now() - nmapStart;
  const theirs = new Map<string, string>();
  for (const host of xml.matchAll(/<host\b[\s\S]*?<\/host>/g)) {
    const address = /<address addr="([^"]+)"/.exec(host[0])?.[1];
    for (const port of host[0].matchAll(/<port protocol="tcp" portid="(\d+)"><state state="([a-z|]+)"/g)) theirs.set(`${address}:${port[1]}`, port[2] as string);
  }

  let agree = 0;
  let againstExpected = 0;
  const disagreements: string[] = [];
  for (const pair of pairs) {
    const key = `${pair.address}:${pair.port}`;
    const mine = ours.get(key);
    if (mine === theirs.get(key)) agree += 1;
    else disagreements.push(`${key}: netcheck ${mine}, nmap ${theirs.get(key)}`);
    if (mine === pair.expected) againstExpected += 1;
  }
  process.stdout.write(
    [
      `sweep of ${systems} systems × ${PORTS.length} TCP ports = ${pairs.length} checks (a third open, closed, dropped)`,
      `  netcheck run: ${(netcheckMs / 1000).toFixed(2)} s wall (timeout ${timeoutMs} ms, ${concurrency} at once, ${perHost} per host); ${ours.size} results`,
      `  nmap -sT -Pn: ${(nmapMs / 1000).toFixed(2)} s wall`,
      `  verdicts identical to nmap: ${agree}/${pairs.length}; netcheck matches the lab's ground truth: ${againstExpected}/${pairs.length}`,
      ...disagreements.slice(0, 10).map((d) => `  differs: ${d}`),
      '',
    ].join('\n'),
  );
} finally {
  await lab.teardown();
}
