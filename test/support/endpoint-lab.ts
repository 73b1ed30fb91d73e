import { X509Certificate } from 'node:crypto';
import { createCa, issueEcServerCert, issueIntermediate, issueServerCert, type Issued } from './certs.ts';
import { createNetnsLab, type NetnsLab } from './netns-lab.ts';
import { startDnsPeer, type DnsPeer } from './peers/dnsmasq-dns.ts';
import { startWebOrigins } from './peers/web-origins.ts';
import { startSquid, startTinyproxy, type ProxyPeer } from './peers/web-proxies.ts';

/**
 * A small internet for the endpoint tests, in one network namespace: Microsoft's names resolve
 * (through a real dnsmasq on loopback) to stand-in origins whose certificates were made here, and
 * three real proxies sit in front of them: Squid with Basic auth, Squid doing TLS inspection
 * (ssl-bump), and tinyproxy with Basic auth. Nothing in it can reach any other network.
 *
 * | name                              | stands for                                                    |
 * |-----------------------------------|---------------------------------------------------------------|
 * | go.microsoft.com, aka.ms, …       | a public-like chain: test root → issuing CA → leaf (`good`)     |
 * | download.microsoft.com            | an expired leaf                                                |
 * | login.microsoftonline.com         | a leaf for another name                                        |
 * | graph.microsoft.com               | an EC P-256 leaf                                               |
 * | management.azure.com              | TCP 443 dropped by a firewall                                   |
 * | sccmconnected-a01.cloudapp.net    | TCP 443 reset                                                   |
 * | management.core.windows.net       | an origin answering 503                                         |
 * | raw.githubusercontent.com         | an origin answering garbage                                     |
 * | communityhub.microsoft.com        | a loopback answer (127.77.x.y) with a good origin there         |
 * | maps.bing.com                     | a sinkhole (0.0.0.0)                                            |
 * | contentstorage.osi.office.net     | NXDOMAIN                                                        |
 * | download.windowsupdate.com        | a CNAME to a CDN-like name                                      |
 */
export interface EndpointLab {
  lab: NetnsLab;
  dns: DnsPeer;
  /** Squid requiring Basic auth (`netcheck` / `s3cret-pass`). */
  squid: ProxyPeer;
  /** Squid re-signing every TLS session with the inspection CA ("Contoso Inspection CA"). */
  bump: ProxyPeer;
  /** tinyproxy requiring Basic auth (`netcheck` / `s3cret-pass`). */
  tinyproxy: ProxyPeer;
  /** The public-like root every good chain ends in (trusted with `ca`, accepted with `acceptedRoots`). */
  publicRoot: Issued;
  inspectionCa: Issued;
  /** `--ca` and `--expected-root` equivalents for the public-like root. */
  ca: string[];
  acceptedRoots: string[];
  /** The address each name resolves to. */
  addresses: Record<string, string>;
  teardown(): Promise<void>;
}

export const PROXY_USER = 'netcheck';
export const PROXY_PASSWORD = 's3cret-pass';

/** Names served by the good origin. */
export const GOOD_NAMES = ['go.microsoft.com', 'aka.ms', 'manage.microsoft.com', 'enterpriseenrollment.manage.microsoft.com', 'configmgrbits.azureedge.net', 'github.com', 'dl.delivery.mp.microsoft.com', 'cdn-edge.akamaiedge.test'];

export async function startEndpointLab(): Promise<EndpointLab> {
  const lab = await createNetnsLab();
  const stops: (() => Promise<void>)[] = [];
  try {
    const at = (n: number) => `${lab.prefix}${n}`;
    for (const n of [3, 4, 5, 10, 11, 12, 13, 14, 15, 16, 17]) await lab.addAddress(at(n));

    const publicRoot = createCa('Netcheck Test Public Root', 'Netcheck Test Trust Services');
    const issuing = issueIntermediate(publicRoot, 'Netcheck Test TLS Issuing CA 01', 'Netcheck Test Trust Services');
    const inspectionCa = createCa('Contoso Inspection CA', 'Contoso Proxy');
    const chain = (leaf: Issued) => ({ cert: `${leaf.certPem}${issuing.certPem}`, key: leaf.keyPem });
    const good = issueServerCert(issuing, [...GOOD_NAMES, 'download.windowsupdate.com']);
    const expired = issueServerCert(issuing, ['download.microsoft.com'], { notBefore: new Date(Date.now() - 400 * 86_400_000), notAfter: new Date(Date.now() - 30 * 86_400_000) });
    const wrongName = issueServerCert(issuing, ['some-other-name.example']);
    const ec = issueEcServerCert(issuing, ['graph.microsoft.com']);
    const sameChain = (n: number, tls: { cert: string; key: string }, answer: 'ok' | 'status-503' | 'garbage' = 'ok') => ({ address: at(n), port: 443, tls, answer });

    const addresses: Record<string, string> = {
      ...Object.fromEntries(GOOD_NAMES.map((name) => [name, at(10)])),
      'download.microsoft.com': at(11),
      'login.microsoftonline.com': at(12),
      'graph.microsoft.com': at(13),
      'management.azure.com': at(14),
      'sccmconnected-a01.cloudapp.net': at(15),
      'management.core.windows.net': at(16),
      'raw.githubusercontent.com': at(17),
      'communityhub.microsoft.com': `127.77.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`,
      'maps.bing.com': '0.0.0.0',
    };
    const origins = await startWebOrigins(
      [
        sameChain(10, chain(good)),
        { address: at(10), port: 80 },
        sameChain(11, chain(expired)),
        sameChain(12, chain(wrongName)),
        sameChain(13, { cert: `${ec.certPem}${issuing.certPem}`, key: ec.keyPem }),
        sameChain(16, chain(issueServerCert(issuing, ['management.core.windows.net'])), 'status-503'),
        sameChain(17, chain(issueServerCert(issuing, ['raw.githubusercontent.com'])), 'garbage'),
      ],
      lab,
    );
    stops.push(origins.stop);
    const loopbackOrigin = await startWebOrigins([{ address: addresses['communityhub.microsoft.com'] as string, port: 443, tls: chain(issueServerCert(issuing, ['communityhub.microsoft.com'])) }]);
    stops.push(loopbackOrigin.stop);
    await lab.firewall([`ip daddr ${at(14)} tcp dport 443 drop`, `ip daddr ${at(15)} tcp dport 443 reject with tcp reset`]);

    const dns = await startDnsPeer({ hosts: { ...addresses }, cnames: { 'download.windowsupdate.com': 'cdn-edge.akamaiedge.test' }, nxdomain: ['contentstorage.osi.office.net'] });
    stops.push(dns.stop);
    const proxyHosts = Object.fromEntries(Object.entries(addresses).filter(([, address]) => address.startsWith(lab.prefix)));
    const users = { [PROXY_USER]: PROXY_PASSWORD };
    const squid = await startSquid({ lab, address: at(3), port: 3128, hosts: proxyHosts, users });
    stops.push(squid.stop);
    const bump = await startSquid({ lab, address: at(4), port: 3129, hosts: proxyHosts, bump: { caCertPem: inspectionCa.certPem, caKeyPem: inspectionCa.keyPem, upstreamRootPem: publicRoot.certPem } });
    stops.push(bump.stop);
    const tinyproxy = await startTinyproxy({ lab, address: at(5), port: 8888, user: PROXY_USER, password: PROXY_PASSWORD, hosts: proxyHosts });
    stops.push(tinyproxy.stop);

    return {
      lab,
      dns,
      squid,
      bump,
      tinyproxy,
      publicRoot,
      inspectionCa,
      ca: [publicRoot.certPem],
      acceptedRoots: [new X509Certificate(publicRoot.certPem).fingerprint256],
      addresses,
      teardown: async () => {
        for (const stop of stops.reverse()) await stop().catch(() => undefined);
        await lab.teardown();
      },
    };
  } catch (err) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await lab.teardown();
    throw err;
  }
}
