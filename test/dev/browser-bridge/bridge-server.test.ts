import { mkdtemp, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bridgeClientScript } from '../../../dev/browser-bridge/bridge-client.ts';
import { startBridge, type Bridge } from '../../../dev/browser-bridge/bridge-server.ts';
import { EVENT_NAMES, INVOKE_NAMES, eventMethodName } from '../../../shared/ipc/contract.ts';
import { createAppServices } from '../../../src-main/core/app/app-services.ts';
import { createProbeRegistry } from '../../../src-main/core/probes/registry.ts';

let bridge: Bridge;
let root: string;

/** A raw HTTP request, so tests can send the headers a hostile page or DNS rebinding would. */
function request(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string }> {
  const { port } = new URL(bridge.origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: options.path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'netcheck-bridge-'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>');
  await writeFile(path.join(os.tmpdir(), 'netcheck-secret.txt'), 'secret');
  const handlers = createAppServices({
    shell: 'browser-bridge',
    dialogs: { chooseFileToOpen: async () => null, chooseFilesToOpen: async () => null, chooseFileToSave: async () => null },
    emit: () => undefined,
    probes: createProbeRegistry(),
    systemLanguage: 'en',
  });
  bridge = await startBridge({ rendererDir: root, handlers });
});
afterAll(() => bridge?.close());

describe('browser bridge', () => {
  it('binds loopback only and hands out a URL whose token is in the fragment', () => {
    expect(bridge.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(bridge.url).toBe(`${bridge.origin}/#token=${bridge.token}`);
    expect(bridge.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a call with the token, through the same validation as IPC', async () => {
    const host = new URL(bridge.origin).host;
    const ok = await request({ path: '/__bridge/invoke/getAppInfo', method: 'POST', headers: { host, 'x-bridge-token': bridge.token }, body: 'null' });
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { shell: 'browser-bridge' } });
    const bad = await request({ path: '/__bridge/invoke/cancelRun', method: 'POST', headers: { host, 'x-bridge-token': bridge.token }, body: '{"runId": 5}' });
    expect(JSON.parse(bad.body)).toEqual({ ok: false, error: { code: 'invalid-payload', message: 'cancelRun: expected { runId }' } });
  });

  it.each([
    ['no token', { 'x-bridge-token': '' }, 401],
    ['a wrong token', { 'x-bridge-token': 'guess' }, 401],
    ['a rebound Host', { host: 'attacker.example', 'x-bridge-token': 'TOKEN' }, 421],
    ['a foreign Origin', { origin: 'https://attacker.example', 'x-bridge-token': 'TOKEN' }, 403],
  ])('refuses a call with %s', async (_name, headers, status) => {
    const host = new URL(bridge.origin).host;
    const resolved = Object.fromEntries(Object.entries({ host, ...headers }).map(([k, v]) => [k, v === 'TOKEN' ? bridge.token : v]));
    const answer = await request({ path: '/__bridge/invoke/getAppInfo', method: 'POST', headers: resolved, body: 'null' });
    expect(answer.status).toBe(status);
  });

  it('refuses unknown calls, GET calls, and event streams without the token', async () => {
    const host = new URL(bridge.origin).host;
    expect((await request({ path: '/__bridge/invoke/readSecrets', method: 'POST', headers: { host, 'x-bridge-token': bridge.token } })).status).toBe(404);
    expect((await request({ path: '/__bridge/invoke/getAppInfo', headers: { host, 'x-bridge-token': bridge.token } })).status).toBe(405);
    expect((await request({ path: '/__bridge/events?token=nope', headers: { host } })).status).toBe(401);
  });

  it('serves the app, with the client script injected, and nothing outside it', async () => {
    const host = new URL(bridge.origin).host;
    expect((await request({ path: '/', headers: { host } })).body).toContain('<script src="/__bridge/client.js"></script>');
    for (const attempt of ['/../netcheck-secret.txt', '/%2e%2e/netcheck-secret.txt']) {
      const answer = await request({ path: attempt, headers: { host } });
      expect([answer.status, answer.body]).not.toEqual([200, 'secret']);
    }
    expect((await request({ path: '/..%2fnetcheck-secret.txt', headers: { host } })).status).toBe(403);
  });

  it('gives the page exactly the preload API, and the token never appears in the script', () => {
    const script = bridgeClientScript();
    expect(script).not.toContain(bridge.token);
    const window: Record<string, unknown> = {};
    const sessionStorage = new Map<string, string>();
    vm.runInNewContext(script, {
      window,
      location: { hash: '#token=abc', pathname: '/', search: '' },
      history: { replaceState: () => undefined },
      sessionStorage: { getItem: (k: string) => sessionStorage.get(k) ?? null, setItem: (k: string, v: string) => sessionStorage.set(k, v) },
      EventSource: class {
        addEventListener() {}
      },
      fetch: () => Promise.resolve({ json: () => ({}) }),
    });
    expect(Object.keys(window.api as object).sort()).toEqual([...INVOKE_NAMES, ...EVENT_NAMES.map(eventMethodName)].sort());
    expect(sessionStorage.get('netcheck-bridge-token')).toBe('abc');
  });
});
