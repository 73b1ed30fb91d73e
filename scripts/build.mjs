// Builds what the project runs from: `--cli` builds only the CLI (run by `npm install` through the
// `prepare` script, so `npx netcheck` works right after installing); no flag builds the CLI and the
// desktop app (main, preload, renderer) with electron-vite.
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

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

// The PAC file engine (QuickJS compiled to WebAssembly) is read at run time from beside the bundle
// that evaluates PAC files, so the CLI and the packaged app work without node_modules.
const wasm = path.join(path.dirname(createRequire(import.meta.url).resolve('quickjs-wasi/package.json')), 'quickjs.wasm');
for (const dir of cliOnly ? ['out/cli'] : ['out/cli', 'out/main']) copyFileSync(wasm, path.join(dir, 'quickjs.wasm'));
