import { describe, expect, it } from 'vitest';
import { ascii } from '../../../shared/protocols/bytes.ts';
import { challengeSchemes, describeRequest, parseResponseHead, proxyErrorOf, redactedRequest, serializeRequest, type HttpResponseHead } from '../../../shared/protocols/http1.ts';

const head = (text: string) => {
  const parsed = parseResponseHead(ascii(text));
  if (parsed.kind !== 'head') throw new Error(`not a head: ${JSON.stringify(parsed)}`);
  return parsed;
};

describe('HTTP/1.1 heads', () => {
  it('parses the status line and headers, and where the head ends', () => {
    const parsed = head('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="x"\r\nContent-Length: 5\r\n\r\nhello');
    expect(parsed.head).toEqual({ version: 'HTTP/1.1', status: 407, reason: 'Proxy Authentication Required', headers: [['Proxy-Authenticate', 'Basic realm="x"'], ['Content-Length', '5']] });
    expect(new TextDecoder().decode(ascii('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="x"\r\nContent-Length: 5\r\n\r\nhello').subarray(parsed.length))).toBe('hello');
    expect(head('HTTP/1.0 200\n\n').head).toMatchObject({ version: 'HTTP/1.0', status: 200, reason: '' });
  });

  it('waits for more bytes, and refuses what is not HTTP or never ends', () => {
    expect(parseResponseHead(ascii('HTTP/1.1 200 OK\r\nServer: x'))).toEqual({ kind: 'incomplete' });
    expect(parseResponseHead(ascii('HTT'))).toEqual({ kind: 'incomplete' });
    expect(parseResponseHead(ascii('SSH-2.0-OpenSSH_9.2\r\n')).kind).toBe('invalid');
    expect(parseResponseHead(ascii('HTTP/1.1 abc\r\n\r\n'))).toMatchObject({ kind: 'invalid' });
    expect(parseResponseHead(ascii('HTTP/1.1 200 OK\r\nno colon here\r\n\r\n'))).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/malformed header/) });
    expect(parseResponseHead(ascii(`HTTP/1.1 200 OK\r\nX: ${'a'.repeat(70_000)}`))).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/no end of headers/) });
  });

  it('lists the authentication schemes offered, not their parameters', () => {
    expect(challengeSchemes(['Basic realm="Squid, proxy"', 'NTLM', 'Negotiate'])).toEqual(['Basic', 'NTLM', 'Negotiate']);
    expect(challengeSchemes(['Digest realm="x", nonce="abc", qop="auth", Basic realm="y"'])).toEqual(['Digest', 'Basic']);
    expect(challengeSchemes(['Negotiate YII=', 'negotiate'])).toEqual(['Negotiate']);
    expect(challengeSchemes([])).toEqual([]);
  });

  it('tells the proxy\'s own error answers from the endpoint\'s', () => {
    const answer = (status: number, headers: [string, string][]): HttpResponseHead => ({ version: 'HTTP/1.1', status, reason: '', headers });
    expect(proxyErrorOf(answer(503, [['X-Squid-Error', 'ERR_CONNECT_FAIL 111']]), false)).toEqual({ source: 'x-squid-error', detail: 'ERR_CONNECT_FAIL 111' });
    expect(proxyErrorOf(answer(502, [['Proxy-Status', 'ExampleProxy; error=dns_timeout']]), true)?.source).toBe('proxy-status');
    expect(proxyErrorOf(answer(403, [['Server', 'tinyproxy/1.11.1']]), true)?.source).toBe('proxy-server');
    expect(proxyErrorOf(answer(403, [['Server', 'tinyproxy/1.11.1']]), false)).toBeUndefined();
    expect(proxyErrorOf(answer(404, [['Server', 'Microsoft-IIS/10.0']]), true)).toBeUndefined();
    expect(proxyErrorOf(answer(200, [['Server', 'squid']]), true)).toBeUndefined();
  });

  it('writes requests, and never puts credentials in what it shows', () => {
    const request = { method: 'CONNECT' as const, target: 'go.microsoft.com:443', headers: [['Host', 'go.microsoft.com:443'], ['Proxy-Authorization', 'Basic dXNlcjpwYXNz']] as [string, string][] };
    expect(new TextDecoder().decode(serializeRequest(request))).toBe('CONNECT go.microsoft.com:443 HTTP/1.1\r\nHost: go.microsoft.com:443\r\nProxy-Authorization: Basic dXNlcjpwYXNz\r\n\r\n');
    expect(describeRequest(request)).toBe('CONNECT go.microsoft.com:443 HTTP/1.1\nHost: go.microsoft.com:443\nProxy-Authorization: Basic <redacted>');
    expect(new TextDecoder().decode(serializeRequest(redactedRequest(request)))).not.toContain('dXNlcjpwYXNz');
  });
});
