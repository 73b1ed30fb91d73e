// Builds what the project runs from: `--cli` builds only the CLI (run by `npm install` through the
// `prepare` script, so `npx netcheck` works right after installing); no flag builds the CLI and the
// desktop app (main, preload, renderer) with electron-vite.
import { spawnSync } from 'node:child_process';

const cliOnly = process.argv.includes('--cli');
const steps = [['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'warn']];
if (!cliOnly) steps.push(['electron-vite', 'build', '--logLevel', 'warn']);

for (const args of steps) {
  const result = spawnSync('npx', ['--no-install', ...args], { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`build failed: ${args.join(' ')}\n`);
    process.exit(result.status ?? 1);
  }
}
