import { app, BrowserWindow, ipcMain, session } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pickLanguage } from '../shared/i18n/languages.ts';
import type { EventContract, EventName } from '../shared/ipc/contract.ts';
import { EVENT_CHANNELS } from '../shared/ipc/channels.ts';
import { createAppServices } from './core/app/app-services.ts';
import { createProbeRegistry } from './core/probes/registry.ts';
import { registerIpcHandlers } from './ipc/ipc-router.ts';
import { createElectronDialogs } from './platform/electron-dialogs.ts';
import { printHtmlToPdf } from './platform/electron-pdf.ts';
import { electronSecrets } from './platform/electron-secrets.ts';
import { RENDERER_CSP } from './security/csp.ts';
import { createSenderCheck } from './security/trusted-sender.ts';
import { applyNavigationGuards, secureWindowOptions } from './security/window-options.ts';
import { cliArguments, runCli } from './cli-mode.ts';

/**
 * Electron entry: app lifecycle, the one window, IPC wiring. Everything else lives in `core`.
 *
 * The renderer comes from the electron-vite dev server in development (`ELECTRON_RENDERER_URL`) and
 * from `out/renderer/index.html` when built.
 */
let mainWindow: BrowserWindow | undefined;
const rendererUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(path.join(import.meta.dirname, '../renderer/index.html')).href;

app.enableSandbox();

function emit<K extends EventName>(name: K, payload: EventContract[K]): void {
  mainWindow?.webContents.send(EVENT_CHANNELS[name], payload);
}

function createWindow(): void {
  mainWindow = new BrowserWindow(secureWindowOptions(path.join(import.meta.dirname, '../preload/index.cjs')));
  applyNavigationGuards(mainWindow.webContents);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = undefined));
  void mainWindow.loadURL(rendererUrl);
}

const cliArgs = cliArguments(process.argv);
if (cliArgs) {
  // The command line: no window, no IPC; the exit code is the CLI's.
  void app.whenReady().then(async () => app.exit(await runCli(cliArgs)));
} else {
  startDesktop();
}

/** The desktop app: guards on every web contents, the services behind IPC, and the one window. */
function startDesktop(): void {
  app.on('web-contents-created', (_event, contents) => applyNavigationGuards(contents));

  void app.whenReady().then(() => {
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [RENDERER_CSP] } });
    });
    const services = createAppServices({
      shell: 'electron',
      // The dialogs word their file types in the language the services hold (the user's choice).
      dialogs: createElectronDialogs(() => mainWindow, () => services.currentTranslator()),
      settingsDir: app.getPath('userData'),
      emit,
      probes: createProbeRegistry(),
      systemLanguage: pickLanguage(app.getPreferredSystemLanguages()),
      // The logged-on user's proxy settings, as Chromium resolves them (WinINet, PAC, WPAD).
      resolveProxy: (url) => session.defaultSession.resolveProxy(url),
      printToPdf: printHtmlToPdf,
      secrets: electronSecrets,
    });
    registerIpcHandlers(ipcMain, services, createSenderCheck(rendererUrl));
    // Followed logs poll their files: stop them with the app.
    app.on('before-quit', () => services.closeAll());
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
