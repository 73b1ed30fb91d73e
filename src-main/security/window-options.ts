import type { BrowserWindowConstructorOptions, WebContents } from 'electron';

/**
 * The window's security settings, from Electron's security checklist: context isolation, the
 * sandbox, no Node integration anywhere, web security on, no `<webview>`, and the preload as the
 * only bridge.
 */
export function secureWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'ConfigMgr Netcheck',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      // A middle click must not open links in a new window (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  };
}

/** The part of WebContents the guards use (so tests can drive them with a plain emitter). */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler' | 'session' | 'getURL'>;

/**
 * Blocks every way out of the app's page: navigation to any other URL, new windows (`window.open`,
 * `target=_blank`), `<webview>` attachment, and every permission request (camera, notifications…).
 */
export function applyNavigationGuards(contents: GuardedContents): void {
  contents.on('will-navigate', (event, url) => {
    if (url !== contents.getURL()) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}
