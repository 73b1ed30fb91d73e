import { readFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../../../src-main/security/csp.ts';
import { createSenderCheck, isOwnRendererUrl } from '../../../src-main/security/trusted-sender.ts';
import { applyNavigationGuards, secureWindowOptions, type GuardedContents } from '../../../src-main/security/window-options.ts';

describe('window security', () => {
  it('turns on context isolation and the sandbox, and Node integration off everywhere', () => {
    expect(secureWindowOptions('/app/preload.cjs').webPreferences).toEqual({
      preload: '/app/preload.cjs',
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
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('blocks navigation away, redirects, webviews, new windows and permission requests', () => {
    const contents = new EventEmitter() as EventEmitter & GuardedContents;
    let openHandler: (() => { action: string }) | undefined;
    let permission: ((c: unknown, p: string, callback: (granted: boolean) => void) => void) | undefined;
    let permissionCheck: (() => boolean) | undefined;
    Object.assign(contents, {
      getURL: () => 'file:///app/out/renderer/index.html',
      setWindowOpenHandler: (handler: () => { action: string }) => (openHandler = handler),
      session: {
        setPermissionRequestHandler: (handler: typeof permission) => (permission = handler),
        setPermissionCheckHandler: (handler: typeof permissionCheck) => (permissionCheck = handler),
      },
    });
    applyNavigationGuards(contents);
    const fire = (name: string, url = 'https://evil.example/') => {
      let prevented = false;
      contents.emit(name, { preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(fire('will-navigate')).toBe(true);
    expect(fire('will-navigate', 'file:///app/out/renderer/index.html')).toBe(false);
    expect(fire('will-redirect')).toBe(true);
    expect(fire('will-attach-webview')).toBe(true);
    expect(openHandler?.()).toEqual({ action: 'deny' });
    let granted: boolean | undefined;
    permission?.({}, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(permissionCheck?.()).toBe(false);
  });

  it('ships the same strict CSP in index.html as main applies', () => {
    const html = readFileSync('src-renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(RENDERER_CSP);
    expect(RENDERER_CSP).toMatch(/^default-src 'none'/);
    expect(RENDERER_CSP).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
});

describe('IPC sender check', () => {
  const own = 'file:///C:/Program%20Files/Netcheck/resources/app.asar/out/renderer/index.html';
  const frame = (url: string) => ({ url });

  it.each([
    [own, own, true],
    [`${own}#/checks`, own, true],
    ['file:///C:/Users/x/Downloads/evil.html', own, false],
    ['https://evil.example/', own, false],
    ['http://localhost:5173/settings', 'http://localhost:5173/', true],
    ['http://localhost:5174/', 'http://localhost:5173/', false],
    ['not a url', own, false],
  ])('%s against %s → %s', (url, renderer, expected) => {
    expect(isOwnRendererUrl(url, renderer)).toBe(expected);
  });

  it('accepts only the main frame of our page', () => {
    const check = createSenderCheck(own);
    const mainFrame = frame(own);
    const event = (senderFrame: { url: string } | null) => ({ senderFrame, sender: { mainFrame } }) as unknown as IpcMainInvokeEvent;
    expect(check(event(mainFrame))).toBe(true);
    expect(check(event(frame(own)))).toBe(false);
    expect(check(event(null))).toBe(false);
  });
});
