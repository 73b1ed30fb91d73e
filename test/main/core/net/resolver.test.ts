import dgram from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsServerResolver, createSystemResolver } from '../../../../src-main/core/net/resolver.ts';
import { startDnsPeer, type DnsPeer } from '../../../support/peers/dnsmasq-dns.ts';

const never = new AbortController().signal;

describe('DNS server resolver against dnsmasq', () => {
  let dns: DnsPeer;
  beforeAll(async () => {
    dns = await startDnsPeer({ hosts: { 'sql01.corp.contoso.example': '10.1.2.3' }, nxdomain: ['blocked.example'] });
  });
  afterAll(() => dns?.stop());

  it('returns the addresses the server gives, and says which server answered', async () => {
    const resolution = await createDnsServerResolver(dns.server).lookup('sql01.corp.contoso.example', never);
    expect(resolution).toMatchObject({ name: 'sql01.corp.contoso.example', via: `dns ${dns.server}`, addresses: ['10.1.2.3'] });
    expect(resolution.error).toBeUndefined();
  });

  it('reports NXDOMAIN as an error with its code', async () => {
    const resolution = await createDnsServerResolver(dns.server).lookup('www.blocked.example', never);
    expect(resolution).toMatchObject({ addresses: [], error: { code: 'ENOTFOUND' } });
  });

  it('asks once per name however many checks need it', async () => {
    const resolver = createDnsServerResolver(dns.server);
    const before = dns.queries().filter((q) => q === 'query[A] shared.corp.contoso.example').length;
    await Promise.all([...Array(10).keys()].map(() => resolver.lookup('shared.corp.contoso.example', never)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(dns.queries().filter((q) => q === 'query[A] shared.corp.contoso.example').length - before).toBe(1);
  });

  it('stops waiting when the check is aborted, with a timeout error', async () => {
    const silent = dgram.createSocket('udp4'); // receives queries and never answers
    await new Promise<void>((resolve) => silent.bind(0, '127.0.0.1', resolve));
    const resolver = createDnsServerResolver(`127.0.0.1:${silent.address().port}`);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const resolution = await resolver.lookup('slow.example', controller.signal);
    silent.close();
    expect(resolution).toMatchObject({ addresses: [], error: { code: 'ETIMEOUT' } });
  });
});

describe('system resolver', () => {
  it('reads the hosts file through getaddrinfo', async () => {
    const resolution = await createSystemResolver().lookup('localhost', never);
    expect(resolution.via).toBe('system');
    expect(resolution.addresses.some((a) => a === '127.0.0.1' || a === '::1')).toBe(true);
  });
});
