import { describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../../shared/hierarchy/demo-hierarchy.ts';
import type { Resolver } from '../../../../src-main/core/net/resolver.ts';
import { compilePacScript } from '../../../../src-main/core/proxy/pac-script.ts';
import { createRouteResolver } from '../../../../src-main/core/proxy/route-resolver.ts';
import { createRouteFromRequest, siteSystemProxy } from '../../../../src-main/core/proxy/route-setup.ts';

/** A resolver that knows a few names and never touches the network. */
const resolver: Resolver = {
  via: 'stub',
  lookup: async (name) => {
    const known: Record<string, string> = { 'intranet.corp.example': '10.1.2.3', 'go.microsoft.com': '13.107.4.52' };
    const address = known[name];
    return address ? { name, via: 'stub', addresses: [address], durationMs: 0 } : { name, via: 'stub', addresses: [], durationMs: 0, error: { code: 'ENOTFOUND', message: 'no' } };
  },
  cnameChain: async () => [],
};
const signal = () => AbortSignal.timeout(5000);
const url = (text: string) => new URL(text);

describe('route choice', () => {
  it('uses an explicit proxy, except for its bypass list', async () => {
    const route = createRouteResolver({ mode: 'proxy', proxy: { host: 'proxy', port: 8080, username: 'svc', password: 'x' }, bypass: '*.corp.example' });
    expect(await route.routeFor(url('https://go.microsoft.com/'), signal())).toMatchObject({ ok: true, proxy: { host: 'proxy', port: 8080 }, description: { kind: 'proxy', source: 'explicit', proxy: 'http://proxy:8080', credentials: true } });
    expect(await route.routeFor(url('https://sup01.corp.example:8531/'), signal())).toMatchObject({ ok: true, description: { kind: 'direct', source: 'explicit' } });
    expect(route.summary).toBe('proxy http://proxy:8080 (as svc)');
  });

  it('reads HTTPS_PROXY, HTTP_PROXY and NO_PROXY, and reports a bad variable without its password', async () => {
    const env = { HTTPS_PROXY: 'http://svc:hunter2@proxy.corp:3128', http_proxy: 'proxy.corp:80', NO_PROXY: '.corp.example,localhost' };
    const route = createRouteResolver({ mode: 'environment', env });
    expect(await route.routeFor(url('https://go.microsoft.com/'), signal())).toMatchObject({ proxy: { host: 'proxy.corp', port: 3128, username: 'svc', password: 'hunter2' }, description: { source: 'environment', detail: 'from HTTPS_PROXY', credentials: true } });
    expect(await route.routeFor(url('http://go.microsoft.com/'), signal())).toMatchObject({ proxy: { host: 'proxy.corp', port: 80 }, description: { detail: 'from http_proxy' } });
    expect(await route.routeFor(url('https://sup01.corp.example/'), signal())).toMatchObject({ description: { kind: 'direct', detail: 'NO_PROXY lists sup01.corp.example' } });
    const bad = await createRouteResolver({ mode: 'environment', env: { HTTPS_PROXY: 'socks5://svc:hunter2@s:1080' } }).routeFor(url('https://go.microsoft.com/'), signal());
    expect(bad).toMatchObject({ ok: false, reason: expect.stringMatching(/^HTTPS_PROXY: SOCKS5 proxies are not supported/) });
    expect(JSON.stringify(bad)).not.toContain('hunter2');
    expect(await createRouteResolver({ mode: 'environment', env: {} }).routeFor(url('https://go.microsoft.com/'), signal())).toMatchObject({ description: { kind: 'direct', detail: 'no proxy variable is set' } });
  });

  it('asks a PAC file per URL, with https URLs stripped to the origin, and the run\'s resolver in the sandbox', async () => {
    const script = await compilePacScript(
      `function FindProxyForURL(url, host) {
         if (isInNet(dnsResolve(host), "10.0.0.0", "255.0.0.0")) return "DIRECT";
         if (url.indexOf("secret") >= 0) return "PROXY leaked:1";
         if (shExpMatch(host, "*.microsoft.com")) return "SOCKS5 socks:1080; PROXY proxy.corp:8080; DIRECT";
         return "DIRECT";
       }`,
      resolver,
    );
    const route = createRouteResolver({ mode: 'pac', script, name: 'proxy.pac', credentials: { username: 'svc', password: 'x' } });
    expect(await route.routeFor(url('https://go.microsoft.com/path?secret=1'), signal())).toMatchObject({
      proxy: { host: 'proxy.corp', port: 8080, username: 'svc' },
      description: { source: 'pac', detail: 'PAC file returned "SOCKS5 socks:1080; PROXY proxy.corp:8080; DIRECT"' },
    });
    expect(await route.routeFor(url('https://intranet.corp.example/'), signal())).toMatchObject({ description: { kind: 'direct', source: 'pac' } });
  });

  it('reports a PAC file that fails, loops, or offers only proxies it cannot speak', async () => {
    const throwing = createRouteResolver({ mode: 'pac', script: await compilePacScript('function FindProxyForURL(u, h) { throw new Error("broken pac"); }', resolver), name: 'broken.pac' });
    expect(await throwing.routeFor(url('https://go.microsoft.com/'), signal())).toMatchObject({ ok: false, reason: expect.stringMatching(/^the PAC file failed: .*broken pac/) });
    const looping = createRouteResolver({ mode: 'pac', script: await compilePacScript('function FindProxyForURL(u, h) { while (true) {} }', resolver), name: 'loop.pac' });
    expect(await looping.routeFor(url('https://go.microsoft.com/'), signal())).toMatchObject({ ok: false, reason: expect.stringMatching(/interrupted/) });
    const socks = createRouteResolver({ mode: 'pac', script: await compilePacScript('function FindProxyForURL(u, h) { return "SOCKS5 s:1080"; }', resolver), name: 's.pac' });
    expect(await socks.routeFor(url('https://go.microsoft.com/'), signal())).toMatchObject({ ok: false, reason: expect.stringMatching(/only proxies this tool cannot speak/) });
    await expect(compilePacScript('function FindProxyForURL(', resolver)).rejects.toThrow();
  });

  it('uses the site-system proxy of the hierarchy when this machine is that system', async () => {
    expect(siteSystemProxy({ hierarchy: DEMO_HIERARCHY, hostname: 'CAS01' })).toEqual({ proxy: { host: 'proxy.corp.contoso.example', port: 8080 }, system: 'cas01.corp.contoso.example' });
    expect(siteSystemProxy({ hierarchy: DEMO_HIERARCHY, hostname: 'admin01' })).toBeUndefined();
    const created = await createRouteFromRequest({}, { env: { HTTPS_PROXY: 'http://other:1' }, hierarchy: DEMO_HIERARCHY, from: 'cas01.corp.contoso.example', hostname: 'laptop', resolver });
    if (!created.ok) throw new Error(created.errors.join());
    expect(await created.value.routeFor(url('https://go.microsoft.com/'), signal())).toMatchObject({ description: { source: 'site-system', proxy: 'http://proxy.corp.contoso.example:8080', detail: 'configured on cas01.corp.contoso.example in the hierarchy' } });
  });

  it('asks the desktop app for the system proxy, and refuses it elsewhere', async () => {
    const asked: string[] = [];
    const created = await createRouteFromRequest({ proxy: 'system' }, { env: {}, hostname: 'h', resolver, resolveProxy: async (target) => (asked.push(target), 'PROXY winproxy:8080; DIRECT') });
    if (!created.ok) throw new Error(created.errors.join());
    expect(await created.value.routeFor(url('https://go.microsoft.com/x'), signal())).toMatchObject({ proxy: { host: 'winproxy', port: 8080 }, description: { source: 'system' } });
    expect(asked).toEqual(['https://go.microsoft.com/x']);
    expect(await createRouteFromRequest({ proxy: 'system' }, { env: {}, hostname: 'h', resolver })).toMatchObject({ ok: false, errors: [expect.stringMatching(/only known to the desktop app/)] });
    expect(await createRouteFromRequest({ proxy: 'ftp://x' }, { env: {}, hostname: 'h', resolver })).toMatchObject({ ok: false });
    expect(await createRouteFromRequest({ proxy: 'http://p:1', pac: { name: 'a.pac', text: '' } }, { env: {}, hostname: 'h', resolver })).toMatchObject({ ok: false, errors: ['give a proxy or a PAC file, not both'] });
  });
});
