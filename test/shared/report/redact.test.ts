import { describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import { redactDocument, scrubSecrets } from '../../../shared/report/redact.ts';
import type { ResultDocument } from '../../../shared/results/result-document.ts';
import { demoPlan, demoResultDocument, resultForCheck } from '../../support/result-fixtures.ts';

const plan = demoPlan();
const DP = 'p01dp01.corp.contoso.example';

/** A document holding every kind of identifier a report can carry. */
function documentWithEverything(): ResultDocument {
  const smb = resultForCheck(plan.checks.find((check) => check.id === `smb:tcp/445@${DP}`)!, 'fail', `TCP 445 filtered on 10.1.20.31: no answer (from P01SS01 as CONTOSO\\svc-sccm)`);
  smb.evidence = {
    ...smb.evidence,
    resolution: { name: DP, via: 'system', addresses: ['10.1.20.31', 'fd00:abcd::31'], durationMs: 2 },
    local: { address: '10.1.20.10', port: 50123 },
    remote: { address: '10.1.20.31', port: 445 },
    sent: 'CONNECT go.microsoft.com:443 HTTP/1.1\r\nProxy-Authorization: Basic c3ZjOnMzY3JldA==\r\n',
  };
  const endpoint = { ...smb, id: 'https:https://go.microsoft.com/', summary: 'go.microsoft.com via proxy http://svc-proxy:Secret123@proxy.corp.contoso.example:8080 (as svc-proxy): 200 OK', target: { host: 'go.microsoft.com', port: 443, portLabel: '443', transport: 'tcp' as const, url: 'https://go.microsoft.com/' }, links: [] };
  return demoResultDocument({
    vantage: { hostname: 'P01SS01', addresses: ['10.1.20.10', 'fe80::1'], platform: 'win32', claimedSystem: 'p01ss01.corp.contoso.example' },
    settings: { timeoutMs: 3000, concurrency: 64, perHostConcurrency: 16, dnsServer: '10.1.0.53:53' } as never,
    links: plan.links,
    results: [smb, endpoint],
  });
}

describe('redactDocument', () => {
  const original = documentWithEverything();
  const { document, map } = redactDocument(original);
  const text = JSON.stringify(document);

  it('leaves none of the customer\'s host names, addresses or user names anywhere', () => {
    for (const system of DEMO_HIERARCHY.systems) {
      expect(text.toLowerCase()).not.toContain(system.fqdn.toLowerCase());
      expect(text.toLowerCase()).not.toMatch(new RegExp(`\\b${system.fqdn.split('.')[0]}\\b`));
    }
    expect(text).not.toContain('Secret123');
    expect(text).not.toContain('c3ZjOnMzY3JldA==');
    expect(text).not.toContain('cmg.contoso.example');
    expect(text).not.toContain('proxy.corp.contoso.example');
    expect(text).not.toMatch(/\b10\.\d+\.\d+\.\d+\b/);
    expect(text).not.toMatch(/fd00:abcd::31|fe80::1/i);
    expect(text).not.toMatch(/svc-sccm|svc-proxy|CONTOSO\\\\/i);
  });

  it('keeps Microsoft\'s endpoints, and gives each identifier one stable token', () => {
    expect(text).toContain('https://go.microsoft.com/');
    const dpToken = map.hosts[DP];
    expect(dpToken).toMatch(/^host-\d+\.redacted\.invalid$/);
    expect(document.results[0]?.target.host).toBe(dpToken);
    expect(document.results[0]?.evidence.remote?.address).toBe(map.addresses['10.1.20.31']);
    expect(document.results[0]?.evidence.resolution?.addresses[0]).toBe(map.addresses['10.1.20.31']);
    expect(document.results[0]?.summary).toBe(`TCP 445 filtered on ${map.addresses['10.1.20.31']}: no answer (from ${map.hosts['p01ss01.corp.contoso.example']!.split('.')[0]} as ${map.users['contoso\\svc-sccm']})`);
    expect(redactDocument(original).document).toEqual(document);
  });

  it('keeps the document a valid result document of the same shape', () => {
    expect(document.results).toHaveLength(original.results.length);
    expect(document.links).toHaveLength(original.links.length);
    expect(document.hierarchy?.systems).toHaveLength(DEMO_HIERARCHY.systems.length);
  });
});

describe('scrubSecrets', () => {
  it('removes passwords from URLs and authorization headers, and nothing else', () => {
    expect(scrubSecrets('via http://svc:Secret123@proxy:8080 ok')).toBe('via http://svc@proxy:8080 ok');
    expect(scrubSecrets('Proxy-Authorization: Basic c3ZjOnMzY3JldA==\r\nHost: x')).toBe('Proxy-Authorization: [removed]\r\nHost: x');
    expect(scrubSecrets('Authorization: Bearer eyJhbGciOi.x.y')).toBe('Authorization: [removed]');
    expect(scrubSecrets('TCP 445 filtered on 10.1.2.3')).toBe('TCP 445 filtered on 10.1.2.3');
  });
});
