import { ascii, latin1 } from './bytes.ts';

/**
 * The little of HTTP/1.1 (RFC 9112) the endpoint checks speak: one request written by hand (so it
 * can go down a socket, a CONNECT tunnel or a TLS session alike, and be shown byte for byte), and
 * the head of the response, parsed defensively: a proxy or a middlebox may answer anything.
 */

/** A parsed response head. Header names keep their case; look-ups ignore it. */
export interface HttpResponseHead {
  version: string;
  status: number;
  reason: string;
  headers: [string, string][];
}

/** What the bytes received so far hold. `length` is the size of the head including its blank line. */
export type HeadParse = { kind: 'incomplete' } | { kind: 'invalid'; reason: string } | { kind: 'head'; head: HttpResponseHead; length: number };

/** Heads larger than this are refused: no legitimate proxy or endpoint sends one. */
export const MAX_HEAD_BYTES = 65_536;

/** Parses a response head from the start of `bytes`. */
export function parseResponseHead(bytes: Uint8Array): HeadParse {
  const end = findHeadEnd(bytes);
  if (end < 0) {
    if (bytes.length > MAX_HEAD_BYTES) return { kind: 'invalid', reason: `no end of headers within ${MAX_HEAD_BYTES} bytes` };
    if (bytes.length >= 5 && !startsWithHttp(bytes)) return { kind: 'invalid', reason: 'the answer does not start with an HTTP status line' };
    return { kind: 'incomplete' };
  }
  const text = latin1(bytes.subarray(0, end));
  const [statusLine = '', ...lines] = text.split(/\r?\n/);
  const match = /^(HTTP\/\d(?:\.\d)?) (\d{3})(?: (.*))?$/.exec(statusLine);
  if (!match) return { kind: 'invalid', reason: `not an HTTP status line: ${JSON.stringify(statusLine.slice(0, 80))}` };
  const headers: [string, string][] = [];
  for (const line of lines) {
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) return { kind: 'invalid', reason: `malformed header line: ${JSON.stringify(line.slice(0, 80))}` };
    headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  const length = end + (bytes[end] === 0x0d ? 4 : 2);
  return { kind: 'head', head: { version: match[1] ?? 'HTTP/1.1', status: Number(match[2]), reason: match[3] ?? '', headers }, length };
}

function startsWithHttp(bytes: Uint8Array): boolean {
  return latin1(bytes.subarray(0, 5)) === 'HTTP/';
}

/** Index of the blank line ending the head (`\r\n\r\n`, or a bare `\n\n` from lax servers), or -1. */
function findHeadEnd(bytes: Uint8Array): number {
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a && bytes[i + 2] === 0x0d && bytes[i + 3] === 0x0a) return i;
    if (bytes[i] === 0x0a && bytes[i + 1] === 0x0a) return i;
  }
  return -1;
}

/** Every value of a header, in order (case-insensitive name). */
export function headerValues(head: HttpResponseHead, name: string): string[] {
  const wanted = name.toLowerCase();
  return head.headers.filter(([key]) => key.toLowerCase() === wanted).map(([, value]) => value);
}

/** The first value of a header. */
export function headerValue(head: HttpResponseHead, name: string): string | undefined {
  return headerValues(head, name)[0];
}

/**
 * The authentication schemes offered by challenge headers (`Proxy-Authenticate`,
 * `WWW-Authenticate`): `Basic realm="x", NTLM` offers Basic and NTLM. Parameters (`realm=…`) are
 * told apart from schemes by their `=`.
 */
export function challengeSchemes(values: readonly string[]): string[] {
  const schemes: string[] = [];
  for (const value of values) {
    for (const piece of splitOutsideQuotes(value)) {
      const match = /^([A-Za-z0-9!#$%&'*+.^_`|~-]+)(?:\s+|$)/.exec(piece.trim());
      if (!match?.[1] || /^[^\s=]+\s*=/.test(piece.trim())) continue;
      if (!schemes.some((s) => s.toLowerCase() === match[1]?.toLowerCase())) schemes.push(match[1]);
    }
  }
  return schemes;
}

function splitOutsideQuotes(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === ',' && !quoted) {
      pieces.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  pieces.push(current);
  return pieces;
}

/** A request to write: `target` is a path (`/`), an absolute URL (through a proxy) or `host:port` (CONNECT). */
export interface HttpRequest {
  method: 'GET' | 'HEAD' | 'CONNECT';
  target: string;
  headers: [string, string][];
}

/** Serializes a request head. */
export function serializeRequest(request: HttpRequest): Uint8Array {
  const lines = [`${request.method} ${request.target} HTTP/1.1`, ...request.headers.map(([name, value]) => `${name}: ${value}`), '', ''];
  return ascii(lines.join('\r\n'));
}

/** Header names whose values are secrets: shown as `<redacted>` in every log, result and report. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie']);

/** A request head as text for evidence, with credentials replaced. */
export function describeRequest(request: HttpRequest): string {
  const headers = request.headers.map(([name, value]) => `${name}: ${SECRET_HEADERS.has(name.toLowerCase()) ? `${value.split(' ')[0]} <redacted>` : value}`);
  return [`${request.method} ${request.target} HTTP/1.1`, ...headers].join('\n');
}

/** The same request with secret header values replaced, for byte-level evidence. */
export function redactedRequest(request: HttpRequest): HttpRequest {
  return { ...request, headers: request.headers.map(([name, value]) => [name, SECRET_HEADERS.has(name.toLowerCase()) ? `${value.split(' ')[0]} <redacted>` : value]) };
}

/** A response head as text for evidence. */
export function describeResponse(head: HttpResponseHead): string {
  return [`${head.version} ${head.status} ${head.reason}`.trimEnd(), ...head.headers.map(([name, value]) => `${name}: ${value}`)].join('\n');
}

/** Why a response is the proxy's, not the endpoint's. */
export interface ProxyErrorSign {
  source: 'x-squid-error' | 'proxy-status' | 'proxy-server';
  detail: string;
}

/** `Server` values of web proxies and secure web gateways that write their own error pages. */
const PROXY_PRODUCTS = /squid|tinyproxy|privoxy|zscaler|fortigate|fortiproxy|bluecoat|proxysg|mcafee web gateway|skyhigh|forcepoint|websense|sophos|netskope|umbrella|forefront|isa server|traffic ?server|wingate|ccproxy|kerio|untangle|cloudflare-warp/i;

/**
 * Whether an error response came from a proxy rather than the endpoint: Squid's `X-Squid-Error`
 * (also inside a bumped TLS tunnel, where CONNECT said 200), an RFC 9209 `Proxy-Status` carrying an
 * error, or, on a proxied connection, an error status served by a known proxy product.
 */
export function proxyErrorOf(head: HttpResponseHead, viaProxy: boolean): ProxyErrorSign | undefined {
  const squid = headerValue(head, 'x-squid-error');
  if (squid) return { source: 'x-squid-error', detail: squid };
  const proxyStatus = headerValue(head, 'proxy-status');
  if (proxyStatus && /error\s*=/.test(proxyStatus)) return { source: 'proxy-status', detail: proxyStatus };
  const server = headerValue(head, 'server');
  if (viaProxy && head.status >= 400 && server && PROXY_PRODUCTS.test(server)) return { source: 'proxy-server', detail: `${head.status} ${head.reason} from ${server}` };
  return undefined;
}
