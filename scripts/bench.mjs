// Runs every benchmark in bench/ (or those named on the command line) and prints their figures.
// Benchmarks measure; they never fail a build. Needs root for the namespace labs.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const wanted = process.argv.slice(2);
const files = readdirSync('bench').filter((f) => f.endsWith('.ts') && (wanted.length === 0 || wanted.some((w) => f.includes(w))));
for (const file of files) {
  process.stdout.write(`\n== bench/${file} ==\n`);
  spawnSync('npx', ['--no-install', 'tsx', `bench/${file}`], { stdio: 'inherit' });
}
