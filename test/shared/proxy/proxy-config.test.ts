import { describe, expect, it } from 'vitest';
import { bypassesProxy } from '../../../shared/proxy/bypass-list.ts';
import { parsePacResult } from '../../../shared/proxy/pac-result.ts';
import { describeProxy, parseProxyServer, redactInText } from '../../../shared/proxy/proxy-server.ts';

describe('proxy addresses', () => {
  it('parses the forms users and Windows write', () => {
    expect(parseProxyServer('http://proxy.corp.example:8080')).toEqual({ ok: true, value: { host: 'proxy.corp.example', port: 8080 } });
    expect(parseProxyServer('proxy.corp.example:3128')).toEqual({ ok: true, value: { host: 'proxy.corp.example', port: 3128 } });
    expect(parseProxyServer('proxy.corp.example')).toEqual({ ok: true, value: { host: 'proxy.corp.example', port: 80 } });
    expect(parseProxyServer('http://CORP%5Csvc:p%40ss@[fd00::8]:8080/')).toEqual({ ok: true, value: { host: 'fd00::8', port: 8080, username: 'CORP\\svc', password: 'p@ss' } });
  });

  it('refuses what it cannot speak, without echoing a password', () => {
    const socks = parseProxyServer('socks5://proxy:1080');
    expect(socks).toEqual({ ok: false, errors: [expect.stringMatching(/^SOCKS5 proxies are not supported/)] });
    const bad = parseProxyServer('http://user:hunter2@proxy:99999999');
    expect(bad.ok).toBe(false);
    expect(JSON.stringify(bad)).not.toContain('hunter2');
    expect(parseProxyServer('http://proxy:8080/path').ok).toBe(false);
  });

  it('describes a proxy without its password', () => {
    expect(describeProxy({ host: 'proxy', port: 8080, username: 'svc', password: 'secret' })).toBe('http://proxy:8080 (as svc)');
    expect(describeProxy({ host: 'fd00::8', port: 3128 })).toBe('http://[fd00::8]:3128');
    expect(redactInText('HTTPS_PROXY=http://svc:secret@proxy:8080')).toBe('HTTPS_PROXY=http://svc:***@proxy:8080');
  });
});

describe('bypass lists', () => {
  it('reads NO_PROXY and Windows bypass lists', () => {
    expect(bypassesProxy('localhost,.corp.example', 'sup01.corp.example', 443)).toBe(true);
    expect(bypassesProxy('corp.example', 'corp.example', 443)).toBe(true);
    expect(bypassesProxy('.corp.example', 'notcorp.example', 443)).toBe(false);
    expect(bypassesProxy('*.manage.microsoft.com;<local>', 'enterpriseenrollment.manage.microsoft.com', 443)).toBe(true);
    expect(bypassesProxy('<local>', 'sccmserver', 80)).toBe(true);
    expect(bypassesProxy('<local>', 'sccmserver.corp.example', 80)).toBe(false);
    expect(bypassesProxy('10.0.0.0/8', '10.1.2.3', 443)).toBe(true);
    expect(bypassesProxy('10.0.0.0/8', 'ten.example', 443)).toBe(false);
    expect(bypassesProxy('go.microsoft.com:80', 'go.microsoft.com', 443)).toBe(false);
    expect(bypassesProxy('go.microsoft.com:80', 'go.microsoft.com', 80)).toBe(true);
    expect(bypassesProxy('*', 'anything.example', 443)).toBe(true);
    expect(bypassesProxy('', 'anything.example', 443)).toBe(false);
  });
});

describe('PAC answers', () => {
  it('reads the directives in order, keeping what it cannot use', () => {
    expect(parsePacResult('PROXY proxy1.corp:8080; HTTPS proxy2:443;DIRECT')).toEqual([
      { kind: 'proxy', host: 'proxy1.corp', port: 8080 },
      { kind: 'unsupported', text: 'HTTPS proxy2:443' },
      { kind: 'direct' },
    ]);
    expect(parsePacResult('')).toEqual([{ kind: 'direct' }]);
    expect(parsePacResult('SOCKS5 s:1080')).toEqual([{ kind: 'unsupported', text: 'SOCKS5 s:1080' }]);
    expect(parsePacResult('PROXY [fd00::1]:3128')).toEqual([{ kind: 'proxy', host: 'fd00::1', port: 3128 }]);
    expect(parsePacResult('PROXY nonsense')).toEqual([{ kind: 'unsupported', text: 'PROXY nonsense' }]);
  });
});
