import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EndpointDetails } from '../../../../shared/endpoints/endpoint-details.ts';
import { flagsForHost, trustFamilyOf } from '../../../../shared/endpoints/endpoint-rules.ts';
import { createTranslator } from '../../../../shared/i18n/translator.ts';
import { createDnsServerResolver } from '../../../../src-main/core/net/resolver.ts';
import { httpsProbe } from '../../../../src-main/core/probes/https-probe.ts';
import type { ProbeOutcome } from '../../../../src-main/core/probes/probe.ts';
import { createRouteResolver, type RouteResolver } from '../../../../src-main/core/proxy/route-resolver.ts';
import { PROXY_PASSWORD, PROXY_USER, startEndpointLab, type EndpointLab } from '../../../support/endpoint-lab.ts';
import { startFaultInjector } from '../../../support/fault-injector.ts';

const t = createTranslator('en');

/**
 * The `https` probe against a namespace of stand-in Microsoft endpoints, directly and through real
 * proxies: Squid with Basic auth, Squid doing TLS inspection (ssl-bump) and tinyproxy.
 */
describe('https probe: DNS → TCP → proxy → TLS → HTTP', () => {
  let lab: EndpointLab;
  beforeAll(async () => {
    lab = await startEndpointLab();
  }, 60_000);
  afterAll(async () => {
    await lab?.teardown();
  });

  async function probe(url: string, options: { route?: RouteResolver; ca?: string[]; timeoutMs?: number } = {}): Promise<{ outcome: ProbeOutcome; details: EndpointDetails; text: string }> {
    const parsed = new URL(url);
    const host = parsed.hostname;
    const timeoutMs = options.timeoutMs ?? 5000;
    const outcome = await httpsProbe.run(
      { host, port: Number(parsed.port || 443), portLabel: '443', transport: 'tcp', url, endpoint: { entries: [], features: [], flags: flagsForHost(host), trust: trustFamilyOf(host) } },
      { signal: AbortSignal.timeout(timeoutMs), timeoutMs, resolver: createDnsServerResolver(lab.dns.server), ca: options.ca ?? lab.ca, acceptedRoots: lab.acceptedRoots, ...(options.route ? { route: options.route } : {}) },
    );
    return { outcome, details: outcome.details as unknown as EndpointDetails, text: t(outcome.message.key, outcome.message.params) };
  }

  const viaProxy = (peer: { address: string; port: number }, credentials?: { username: string; password: string }) =>
    createRouteResolver({ mode: 'proxy', proxy: { host: peer.address, port: peer.port, ...(credentials ?? {}) } });
  const goodCredentials = { username: PROXY_USER, password: PROXY_PASSWORD };

  describe('direct', () => {
    it('passes every stage for a good public-like chain and keeps the evidence', async () => {
      const { outcome, details } = await probe('https://go.microsoft.com/');
      expect(outcome).toMatchObject({ verdict: 'open', status: 'pass' });
      expect(details.route).toEqual({ kind: 'direct', source: 'default' });
      expect(details.dns).toMatchObject({ outcome: 'pass', resolvedBy: 'this-machine', a: [lab.addresses['go.microsoft.com']] });
      expect(details.tcp).toMatchObject({ outcome: 'pass', to: 'endpoint', remote: { address: lab.addresses['go.microsoft.com'], port: 443 } });
      expect(details.tls).toMatchObject({ outcome: 'pass', hostnameMatch: true, trusted: true, expired: false, inspection: { suspected: false, finding: 'expected', root: 'Netcheck Test Public Root' } });
      expect(details.tls?.chain.map((cert) => cert.subject)).toEqual([
        'CN=go.microsoft.com',
        'CN=Netcheck Test TLS Issuing CA 01, O=Netcheck Test Trust Services',
        'CN=Netcheck Test Public Root, O=Netcheck Test Trust Services',
      ]);
      expect(details.tls?.chain[0]?.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
      expect(details.tls?.chain[0]?.fingerprint1).toMatch(/^([0-9A-F]{2}:){19}[0-9A-F]{2}$/);
      expect(details.http).toMatchObject({ outcome: 'pass', status: 200, request: 'GET / HTTP/1.1' });
      expect(outcome.evidence.exchanges?.map((exchange) => exchange.note)).toEqual(['GET', 'HTTP 200 OK']);
    });

    it('speaks plain HTTP for http:// URLs', async () => {
      const { outcome, details } = await probe('http://go.microsoft.com/');
      expect(outcome.status).toBe('pass');
      expect(details.tls).toBeUndefined();
      expect(details.tcp?.remote?.port).toBe(80);
    });

    it('fails an expired certificate, a certificate for another name, and takes an EC leaf', async () => {
      const expired = await probe('https://download.microsoft.com/');
      expect(expired.outcome).toMatchObject({ verdict: 'open', status: 'fail' });
      expect(expired.details.tls).toMatchObject({ outcome: 'fail', expired: true });
      expect(expired.text).toMatch(/^The certificate download\.microsoft\.com is not valid now/);
      expect(expired.details.http).toBeUndefined();

      const wrongName = await probe('https://login.microsoftonline.com/');
      expect(wrongName.details.tls).toMatchObject({ outcome: 'fail', hostnameMatch: false });
      expect(wrongName.text).toContain('some-other-name.example');

      const ec = await probe('https://graph.microsoft.com/');
      expect(ec.outcome.status).toBe('pass');
      expect(ec.details.tls?.chain[0]?.keyType).toBe('ec');
      expect(ec.details.tls?.chain[1]?.keyType).toBe('rsa');
    });

    it('names the TCP failure: dropped, reset', async () => {
      const dropped = await probe('https://management.azure.com/', { timeoutMs: 1500 });
      expect(dropped.outcome).toMatchObject({ verdict: 'filtered', status: 'fail' });
      expect(dropped.details.tcp?.outcome).toBe('fail');
      const reset = await probe('https://sccmconnected-a01.cloudapp.net/');
      expect(reset.outcome).toMatchObject({ verdict: 'closed', status: 'fail' });
      expect(reset.text).toMatch(/refused the connection/);
    });

    it('warns on a 5xx from the endpoint and fails an answer that is not HTTP', async () => {
      const unavailable = await probe('https://management.core.windows.net/');
      expect(unavailable.outcome).toMatchObject({ verdict: 'open', status: 'warn' });
      expect(unavailable.details.http).toMatchObject({ outcome: 'warn', status: 503 });
      const garbage = await probe('https://raw.githubusercontent.com/');
      expect(garbage.outcome).toMatchObject({ verdict: 'wrong-protocol', status: 'fail' });
      expect(garbage.text).toMatch(/^The answer is not HTTP/);
    });

    it('judges the DNS answer: loopback, sinkhole, NXDOMAIN, and keeps the CNAME chain', async () => {
      const loopback = await probe('https://communityhub.microsoft.com/');
      expect(loopback.outcome.status).toBe('warn');
      expect(loopback.details.dns).toMatchObject({ outcome: 'warn', sinkhole: 'loopback' });
      expect(loopback.details.tls?.outcome).toBe('pass');
      const sinkhole = await probe('https://maps.bing.com/');
      expect(sinkhole.outcome).toMatchObject({ verdict: 'dns-failed', status: 'fail' });
      expect(sinkhole.details.dns).toMatchObject({ sinkhole: 'unspecified', a: ['0.0.0.0'] });
      expect(sinkhole.details.tcp).toBeUndefined();
      const missing = await probe('https://contentstorage.osi.office.net/');
      expect(missing.outcome.verdict).toBe('dns-failed');
      expect(missing.text).toBe('contentstorage.osi.office.net does not resolve (ENOTFOUND)');
      const aliased = await probe('https://download.windowsupdate.com/');
      expect(aliased.details.dns.cnames).toEqual(['cdn-edge.akamaiedge.test']);
    });
  });

  describe('through Squid with Basic authentication', () => {
    it('passes with the right credentials and never shows them', async () => {
      const { outcome, details } = await probe('https://go.microsoft.com/', { route: viaProxy(lab.squid, goodCredentials) });
      expect(outcome.status).toBe('pass');
      expect(details.route).toEqual({ kind: 'proxy', source: 'explicit', proxy: `http://${lab.squid.address}:${lab.squid.port}`, credentials: true });
      expect(details.dns).toMatchObject({ outcome: 'skipped', resolvedBy: 'proxy' });
      expect(details.proxy).toMatchObject({ outcome: 'pass', status: 200, request: 'CONNECT go.microsoft.com:443 HTTP/1.1' });
      const everything = JSON.stringify(outcome);
      const secretHex = Buffer.from(PROXY_PASSWORD).toString('hex');
      const tokenHex = Buffer.from(Buffer.from(`${PROXY_USER}:${PROXY_PASSWORD}`).toString('base64')).toString('hex');
      for (const secret of [PROXY_PASSWORD, Buffer.from(`${PROXY_USER}:${PROXY_PASSWORD}`).toString('base64'), secretHex, tokenHex]) expect(everything).not.toContain(secret);
      expect(outcome.evidence.exchanges?.[0]?.hex).toContain(Buffer.from('Proxy-Authorization: Basic <redacted>').toString('hex'));
    });

    it('reports proxy authentication, with the schemes offered, without or with wrong credentials', async () => {
      const none = await probe('https://go.microsoft.com/', { route: viaProxy(lab.squid) });
      expect(none.outcome).toMatchObject({ verdict: 'rejected', status: 'fail' });
      expect(none.details.proxy).toMatchObject({ status: 407, schemes: ['Basic'] });
      expect(none.text).toMatch(/^Proxy authentication required by .*: Basic$/);
      const wrong = await probe('https://go.microsoft.com/', { route: viaProxy(lab.squid, { username: PROXY_USER, password: 'wrong' }) });
      expect(wrong.text).toMatch(/refused the credentials given \(HTTP 407\)/);
    });

    it('fails an Intune host the proxy only lets through with credentials', async () => {
      const { outcome, text } = await probe('https://manage.microsoft.com/', { route: viaProxy(lab.squid, goodCredentials) });
      expect(outcome.status).toBe('fail');
      expect(text).toMatch(/refuses manage\.microsoft\.com without them; Intune needs it reachable without proxy authentication/);
    });

    it('sends plain HTTP as an absolute URL and reads the proxy\'s error for a dropped endpoint', async () => {
      const plain = await probe('http://go.microsoft.com/', { route: viaProxy(lab.squid, goodCredentials) });
      expect(plain.outcome.status).toBe('pass');
      expect(plain.details.proxy).toMatchObject({ outcome: 'pass', request: 'GET http://go.microsoft.com/ HTTP/1.1' });
      expect(plain.details.http?.headers?.via).toMatch(/squid/);
      const dropped = await probe('https://management.azure.com/', { route: viaProxy(lab.squid, goodCredentials) });
      expect(dropped.details.proxy).toMatchObject({ outcome: 'fail', status: 503, proxyError: { source: 'x-squid-error', detail: 'ERR_CONNECT_FAIL 110' } });
      expect(dropped.text).toMatch(/could not reach management\.azure\.com:443: ERR_CONNECT_FAIL 110/);
    });
  });

  describe('through Squid doing TLS inspection (ssl-bump)', () => {
    const trustingInspection = () => [...lab.ca, lab.inspectionCa.certPem];

    it('names the inspecting issuer, and warns where Microsoft does not forbid it', async () => {
      const { outcome, details, text } = await probe('https://go.microsoft.com/', { route: viaProxy(lab.bump), ca: trustingInspection() });
      expect(outcome.status).toBe('warn');
      expect(details.tls?.inspection).toMatchObject({ suspected: true, finding: 'private-root', issuer: 'Contoso Inspection CA / Contoso Proxy' });
      expect(details.tls?.chain[0]?.issuer).toBe('CN=Contoso Inspection CA, O=Contoso Proxy');
      expect(text).toBe('TLS inspection by Contoso Inspection CA / Contoso Proxy: the chain is not the one Microsoft’s endpoint presents');
      expect(details.http?.status).toBe(200);
    });

    it('fails inspection of an endpoint where Microsoft does not support it, or by a CA this machine does not trust', async () => {
      const intune = await probe('https://manage.microsoft.com/', { route: viaProxy(lab.bump), ca: trustingInspection() });
      expect(intune.outcome.status).toBe('fail');
      expect(intune.text).toMatch(/Microsoft does not support SSL inspection of this endpoint/);
      const untrusted = await probe('https://go.microsoft.com/', { route: viaProxy(lab.bump) });
      expect(untrusted.outcome.status).toBe('fail');
      expect(untrusted.details.tls).toMatchObject({ trusted: false, inspection: { suspected: true, finding: 'private-root', root: 'Contoso Inspection CA' } });
      expect(untrusted.text).toMatch(/whose CA this machine does not trust/);
    });

    it('fails on the error Squid serves inside the tunnel after CONNECT said 200', async () => {
      const { outcome, details, text } = await probe('https://management.azure.com/', { route: viaProxy(lab.bump), ca: trustingInspection() });
      expect(details.proxy).toMatchObject({ outcome: 'pass', status: 200 });
      expect(details.http).toMatchObject({ outcome: 'fail', status: 503, proxyError: { source: 'x-squid-error', detail: 'ERR_CONNECT_FAIL 110' } });
      expect(outcome).toMatchObject({ verdict: 'rejected', status: 'fail' });
      expect(text).toBe('The proxy answered instead of the endpoint: HTTP 503 (ERR_CONNECT_FAIL 110)');
    });
  });

  describe('through a proxy that misbehaves', () => {
    it.each([
      ['silent', 'https://go.microsoft.com/', /^The proxy http:\/\/127\.0\.0\.1:\d+ had not answered after/, 'no-response'],
      ['silent', 'http://go.microsoft.com/', /^The proxy http:\/\/127\.0\.0\.1:\d+ had not answered after/, 'no-response'],
      ['garbage', 'https://go.microsoft.com/', /^Something answered at http:\/\/127\.0\.0\.1:\d+, but not as an HTTP proxy/, 'wrong-protocol'],
      ['close', 'http://go.microsoft.com/', /^The proxy http:\/\/127\.0\.0\.1:\d+ closed the connection without answering/, 'rejected'],
    ] as const)('%s proxy, %s: the proxy stage fails and the endpoint is not reached', async (mode, url, message, verdict) => {
      const proxy = await startFaultInjector(mode);
      try {
        const { outcome, details, text } = await probe(url, { route: viaProxy({ address: '127.0.0.1', port: proxy.port }), timeoutMs: 1500 });
        expect(outcome).toMatchObject({ verdict, status: 'fail' });
        expect(details.proxy?.outcome).toBe('fail');
        expect(details.tls).toBeUndefined();
        expect(details.http?.outcome ?? 'skipped').toBe('skipped');
        expect(text).toMatch(message);
      } finally {
        await proxy.close();
      }
    });
  });

  describe('through tinyproxy', () => {
    it('passes with credentials; 401 for wrong ones and 407 for none are both proxy authentication', async () => {
      expect((await probe('https://go.microsoft.com/', { route: viaProxy(lab.tinyproxy, goodCredentials) })).outcome.status).toBe('pass');
      const wrong = await probe('https://go.microsoft.com/', { route: viaProxy(lab.tinyproxy, { username: PROXY_USER, password: 'wrong' }) });
      expect(wrong.details.proxy).toMatchObject({ status: 401, schemes: ['Basic'], outcome: 'fail' });
      expect(wrong.text).toMatch(/refused the credentials given \(HTTP 401\)/);
      const none = await probe('https://go.microsoft.com/', { route: viaProxy(lab.tinyproxy) });
      expect(none.details.proxy).toMatchObject({ status: 407, outcome: 'fail' });
    });
  });
});
