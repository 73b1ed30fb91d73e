import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Language } from '../shared/i18n/languages.ts';
import { systemLanguage } from '../src-main/core/system-language.ts';
import { createAppServices } from '../src-main/core/app/app-services.ts';
import { createDnsServerResolver, createSystemResolver } from '../src-main/core/net/resolver.ts';
import { createProbeRegistry } from '../src-main/core/probes/registry.ts';
import { startBridge, type Bridge } from './browser-bridge/bridge-server.ts';
import { printHtmlToPdfWithChromium } from './browser-bridge/chromium-pdf.ts';
import { createFolderDialogs } from './browser-bridge/folder-dialogs.ts';

/**
 * Runs the app in a browser instead of Electron: the built renderer, served on 127.0.0.1 by the
 * browser bridge, talking to the same core services. Used where the Electron binary is not available
 * (this repository's offline build machines) and for end-to-end tests. Saved reports go to
 * `--save-dir` (default `./netcheck-reports`).
 */
export async function startBrowserMode(options: { rendererDir: string; saveDir: string; port?: number; dnsServer?: string; ca?: string[]; acceptedRoots?: string[]; systemLanguage?: Language }): Promise<Bridge> {
  await mkdir(options.saveDir, { recursive: true });
  // The services need the bridge's emit, and the bridge needs the services: connect them late.
  const events: { target?: Bridge } = {};
  const services = createAppServices({
    shell: 'browser-bridge',
    dialogs: createFolderDialogs(options.saveDir),
    settingsDir: options.saveDir,
    printToPdf: printHtmlToPdfWithChromium,
    emit: (name, payload) => events.target?.emit(name, payload),
    probes: createProbeRegistry(),
    // Tests fix the language; run by hand, the bridge follows the environment like the CLI.
    systemLanguage: options.systemLanguage ?? systemLanguage(process.env),
    createResolver: options.dnsServer ? () => createDnsServerResolver(options.dnsServer as string) : createSystemResolver,
    ...(options.ca ? { ca: options.ca } : {}),
    ...(options.acceptedRoots ? { acceptedRoots: options.acceptedRoots } : {}),
  });
  events.target = await startBridge({ rendererDir: options.rendererDir, handlers: services, ...(options.port ? { port: options.port } : {}) });
  return events.target;
}

const isEntry = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isEntry) {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, 'save-dir': { type: 'string' }, dns: { type: 'string' } },
  });
  const bridge = await startBrowserMode({
    rendererDir: path.resolve('out/renderer'),
    saveDir: path.resolve(values['save-dir'] ?? 'netcheck-reports'),
    ...(values.port ? { port: Number(values.port) } : {}),
    ...(values.dns ? { dnsServer: values.dns } : {}),
  });
  process.stdout.write(`ConfigMgr Netcheck is running in browser mode.\nOpen this address in a browser on this machine (it carries this session's access token):\n\n  ${bridge.url}\n\nPress Ctrl-C to stop.\n`);
  process.once('SIGINT', () => void bridge.close().then(() => process.exit(0)));
}
