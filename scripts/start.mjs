// `npm start`: builds the app, then opens it on the demo hierarchy. The desktop app (Electron) is
// used when it can run: a display is present and the Electron binary is installed or can be
// downloaded (Electron fetches it on first use). Otherwise the same renderer and core services run
// in browser mode, served on 127.0.0.1 with a per-launch token, and the address is printed.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const forceBrowser = process.argv.includes('--browser');
let electronBinary = null;
if (hasDisplay && !forceBrowser) {
  try {
    electronBinary = createRequire(import.meta.url)('electron');
  } catch (err) {
    process.stderr.write(`The Electron runtime is not available (${err.message.split('\n')[0]}).\n`);
  }
}

if (electronBinary) {
  const child = spawn(electronBinary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!hasDisplay) process.stderr.write('No display found: starting in browser mode.\n');
  else if (!forceBrowser) process.stderr.write('Starting in browser mode instead.\n');
  const child = spawn('npx', ['--no-install', 'tsx', 'dev/browser-mode.ts', ...process.argv.slice(2).filter((a) => a !== '--browser')], { stdio: 'inherit' });
  process.on('SIGINT', () => child.kill('SIGINT'));
  child.on('exit', (code) => process.exit(code ?? 0));
}
