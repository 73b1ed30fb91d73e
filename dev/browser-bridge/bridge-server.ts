import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { EventContract, EventName, InvokeHandlers } from '../../shared/ipc/contract.ts';
import { dispatchCall, isInvokeName } from '../../src-main/core/app/dispatch-call.ts';
import { RENDERER_CSP } from '../../src-main/security/csp.ts';
import { bridgeClientScript } from './bridge-client.ts';

/** A running bridge. `url` includes the token fragment the page needs. */
export interface Bridge {
  url: string;
  origin: string;
  token: string;
  emit<K extends EventName>(name: K, payload: EventContract[K]): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};
const MAX_BODY = 64 * 1024 * 1024;

/**
 * Serves the built renderer on 127.0.0.1 and answers its `window.api` calls with the same services
 * and the same validation as Electron's IPC (`dispatchCall`).
 *
 * This is a local web server that can make the machine probe its network, so it defends itself
 * against other web pages the user has open: it binds loopback only, rejects any `Host` other than
 * its own address (DNS rebinding), rejects a foreign `Origin`, and requires a random per-launch
 * token on every API request (a custom header, so a cross-site form or image cannot send it).
 */
export async function startBridge(options: { rendererDir: string; handlers: InvokeHandlers; port?: number }): Promise<Bridge> {
  const token = randomBytes(24).toString('base64url');
  const streams = new Set<http.ServerResponse>();
  const server = http.createServer((request, response) => {
    void handle(request, response).catch((err: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(err instanceof Error ? err.message : String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (!allowedHosts.has(request.headers.host ?? '')) return deny(response, 421, 'unexpected Host');
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin && requestOrigin !== `http://localhost:${port}`) return deny(response, 403, 'foreign Origin');
    const url = new URL(request.url ?? '/', origin);

    if (url.pathname.startsWith('/__bridge/invoke/')) {
      if (request.method !== 'POST') return deny(response, 405, 'POST only');
      if (request.headers['x-bridge-token'] !== token) return deny(response, 401, 'bad token');
      const name = url.pathname.slice('/__bridge/invoke/'.length);
      if (!isInvokeName(name)) return deny(response, 404, 'unknown call');
      const body = await readBody(request);
      let args: unknown;
      try {
        args = body === '' ? null : JSON.parse(body);
      } catch {
        return json(response, { ok: false, error: { code: 'invalid-payload', message: 'body is not JSON' } });
      }
      return json(response, await dispatchCall(options.handlers, name, args));
    }
    if (url.pathname === '/__bridge/events') {
      if (url.searchParams.get('token') !== token) return deny(response, 401, 'bad token');
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': connected\n\n');
      streams.add(response);
      request.on('close', () => streams.delete(response));
      return;
    }
    if (url.pathname === '/__bridge/client.js') {
      return send(response, 200, 'text/javascript; charset=utf-8', bridgeClientScript());
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return deny(response, 405, 'GET only');
    return serveStatic(url.pathname, response);
  }

  async function serveStatic(pathname: string, response: http.ServerResponse): Promise<void> {
    const root = path.resolve(options.rendererDir);
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep)) return deny(response, 403, 'outside the app');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return deny(response, 404, 'not found');
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (path.basename(file) === 'index.html') {
      const html = content.toString('utf8').replace('<head>', '<head>\n    <script src="/__bridge/client.js"></script>');
      return send(response, 200, type, html);
    }
    return send(response, 200, type, content);
  }

  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    emit: (name, payload) => {
      const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const stream of streams) stream.write(frame);
    },
    close: async () => {
      for (const stream of streams) stream.end();
      streams.clear();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function send(response: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': RENDERER_CSP,
    'referrer-policy': 'no-referrer',
  });
  response.end(body);
}

function json(response: http.ServerResponse, value: unknown): void {
  send(response, 200, 'application/json', JSON.stringify(value));
}

function deny(response: http.ServerResponse, status: number, reason: string): void {
  send(response, status, 'text/plain; charset=utf-8', reason);
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
