import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/netcheck.ts';
import type { EndpointDetails } from '../../shared/endpoints/endpoint-details.ts';
import { DEMO_HIERARCHY } from '../../shared/hierarchy/demo-hierarchy.ts';
import { serializeHierarchy } from '../../shared/hierarchy/load-hierarchy.ts';
import { validateResultDocument } from '../../shared/results/load-result-document.ts';
import type { ResultDocument } from '../../shared/results/result-document.ts';
import { PROXY_PASSWORD, PROXY_USER, startEndpointLab, type EndpointLab } from '../support/endpoint-lab.ts';

/** Runs the CLI in-process with an environment, capturing its streams. */
async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, cwd: dir, env });
  return { code, stdout, stderr };
}

let dir: string;
let lab: EndpointLab;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-endpoints-cli-'));
  lab = await startEndpointLab();
  await writeFile(path.join(dir, 'roots.pem'), [lab.publicRoot.certPem, lab.inspectionCa.certPem].join('\n'));
  await writeFile(path.join(dir, 'public-root.pem'), lab.publicRoot.certPem);
  await writeFile(path.join(dir, 'hierarchy.json'), serializeHierarchy({ ...DEMO_HIERARCHY, name: 'Endpoint lab', tenant: { id: 'contoso.onmicrosoft.com' } }));
  await writeFile(path.join(dir, 'broken.pac'), 'function FindProxyForURL(url, host) { return "DIRECT"; ');
  await writeFile(path.join(dir, 'not-a-cert.pem'), 'hello\n');
  await writeFile(path.join(dir, 'squid.pac'), `function FindProxyForURL(url, host) { return dnsDomainIs(host, ".microsoft.com") ? "PROXY ${lab.squid.address}:${lab.squid.port}" : "DIRECT"; }`);
}, 60_000);
afterAll(async () => {
  await lab?.teardown();
});

describe('netcheck endpoints --list', () => {
  it('lists the demo\'s internet endpoints without sending anything', async () => {
    const { code, stdout } = await cli(['endpoints', '--demo', '--list']);
    expect(code).toBe(0);
    expect(stdout).toContain('Internet endpoints for "Contoso demo hierarchy": 168 checks, 12 not testable');
    expect(stdout).toMatch(/https:\/\/go\.microsoft\.com\/\s+url-forwarding, scp-updates\s+cas01, p01cmg01, cassup01, p01sup01, admin01\s+always allow/);
    expect(stdout).toMatch(/https:\/\/\*\.dm\.microsoft\.com\/.*Not testable: no host under \*\.dm\.microsoft\.com is named in the documents/);
  });

  it('fills what the hierarchy knows and filters by role', async () => {
    const { code, stdout } = await cli(['endpoints', '--hierarchy', 'hierarchy.json', '--list', '--json', '--role', 'service-connection-point']);
    expect(code).toBe(0);
    const listed = JSON.parse(stdout) as { checks: { target: { url: string } }[] };
    expect(listed.checks.map((c) => c.target.url)).toContain('https://login.microsoftonline.com/contoso.onmicrosoft.com');
    expect(listed.checks.some((c) => c.target.url.includes('apple'))).toBe(false);
  });
});

describe('netcheck endpoints through the lab', () => {
  it('names the inspecting issuer of a run through the ssl-bump proxy', async () => {
    const args = ['endpoints', '--hierarchy', 'hierarchy.json', '--feature', 'url-forwarding', '--dns', lab.dns.server, '--proxy', lab.bump.url, '--ca', 'roots.pem'];
    const human = await cli(args);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain(`Route: proxy ${lab.bump.url}. Roots the documents name:`);
    expect(human.stdout).toMatch(/Baltimore CyberTrust Root: not in this program’s store; it expired on 2025-05-12 anyway/);
    expect(human.stdout).toContain('DigiCert Global Root G2: trusted on this machine');
    expect(human.stdout).toMatch(/WARNING\s+https:\/\/go\.microsoft\.com\/\s+tcp\/443\s+TLS inspection by Contoso Inspection CA \/ Contoso Proxy/);

    const json = await cli([...args, '--json']);
    const document = JSON.parse(json.stdout) as ResultDocument;
    expect(validateResultDocument(document)).toEqual({ ok: true, value: document });
    expect(document.results.map((r) => r.target.url).sort()).toEqual(['https://aka.ms/', 'https://go.microsoft.com/']);
    for (const result of document.results) {
      const details = result.details as unknown as EndpointDetails;
      expect(details.tls?.inspection).toMatchObject({ suspected: true, issuer: 'Contoso Inspection CA / Contoso Proxy' });
    }
    expect(document.settings.endpoints).toEqual({ timeoutMs: 10_000, features: ['url-forwarding'], cloud: 'public', route: `proxy ${lab.bump.url}` });
    expect(document.links.filter((link) => link.destinationKind === 'internet').length).toBeGreaterThan(0);
  });

  it('tests one URL through the authenticating proxy with the password from the environment, and never prints it', async () => {
    const proxy = `http://${PROXY_USER}@${lab.squid.address}:${lab.squid.port}`;
    const { code, stdout } = await cli(['probe', 'https', 'https://go.microsoft.com/', '--proxy', proxy, '--dns', lab.dns.server, '--ca', 'public-root.pem', '--expected-root', 'public-root.pem', '--json'], { NETCHECK_PROXY_PASSWORD: PROXY_PASSWORD });
    expect(code).toBe(0);
    const document = JSON.parse(stdout) as ResultDocument;
    expect(document.results[0]).toMatchObject({ probe: 'https', status: 'pass', target: { url: 'https://go.microsoft.com/', endpoint: { flags: ['always-allow'], trust: 'microsoft' } } });
    expect(stdout).not.toContain(PROXY_PASSWORD);
    expect(stdout).not.toContain(Buffer.from(`${PROXY_USER}:${PROXY_PASSWORD}`).toString('base64'));
  });

  it('chooses the proxy per URL with a PAC file, and reads HTTPS_PROXY when told to', async () => {
    const pac = await cli(['probe', 'https', 'https://go.microsoft.com/', '--pac', 'squid.pac', '--dns', lab.dns.server, '--json']);
    const viaPac = JSON.parse(pac.stdout) as ResultDocument;
    expect(viaPac.results[0]?.details).toMatchObject({ route: { kind: 'proxy', source: 'pac', proxy: `http://${lab.squid.address}:${lab.squid.port}` }, proxy: { status: 407, schemes: ['Basic'] } });
    const env = await cli(['probe', 'https', 'https://go.microsoft.com/', '--proxy', 'environment', '--dns', lab.dns.server, '--ca', 'public-root.pem', '--json'], { HTTPS_PROXY: `http://${PROXY_USER}:${PROXY_PASSWORD}@${lab.tinyproxy.address}:${lab.tinyproxy.port}` });
    expect(env.code).toBe(0);
    expect(JSON.parse(env.stdout).results[0].details.route).toEqual({ kind: 'proxy', source: 'environment', proxy: lab.tinyproxy.url, credentials: true, detail: 'from HTTPS_PROXY' });
    expect(env.stdout).not.toContain(PROXY_PASSWORD);
  });

  it('runs the site checks and the endpoints together with run --endpoints', async () => {
    const { stdout } = await cli(['run', '--demo', '--endpoints', '--feature', 'url-forwarding', '--only', 'tcp/445', '--dns', lab.dns.server, '--proxy', 'direct', '--ca', 'public-root.pem', '--expected-root', 'public-root.pem', '--json']);
    const document = JSON.parse(stdout) as ResultDocument;
    expect(document.results.filter((r) => r.probe === 'smb').length).toBeGreaterThan(0);
    expect(document.results.filter((r) => r.probe === 'https').map((r) => [r.target.url, r.status])).toEqual([
      ['https://aka.ms/', 'pass'],
      ['https://go.microsoft.com/', 'pass'],
    ]);
    expect(document.trustStore?.map((root) => root.name)).toEqual(['Baltimore CyberTrust Root', 'DigiCert Global Root G2']);
  });
});

describe('netcheck endpoints: bad input', () => {
  it.each([
    [['endpoints', '--demo', '--proxy', 'socks5://s:1080'], /SOCKS5 proxies are not supported/],
    [['endpoints', '--demo', '--pac', 'missing.pac'], /--pac missing\.pac: /],
    [['endpoints', '--demo', '--pac', 'broken.pac'], /PAC file broken\.pac: /],
    [['endpoints', '--demo', '--role', 'nope'], /--role: unknown "nope"; known: service-connection-point/],
    [['endpoints', '--demo', '--feature', 'scp-updates,nope'], /--feature: unknown "nope"/],
    [['endpoints', '--demo', '--cloud', 'china'], /--cloud: expected public or us-government/],
    [['endpoints', '--demo', '--ca', 'not-a-cert.pem'], /--ca not-a-cert\.pem: no PEM certificate/],
    [['endpoints', '--demo', '--proxy', 'http://p:1', '--proxy-user', 'bob'], /--proxy-user bob: no password \(give USER:PASSWORD, or set NETCHECK_PROXY_PASSWORD\)/],
    [['endpoints', '--demo', '--proxy', 'http://bob@p:1'], /--proxy: no password for bob \(set NETCHECK_PROXY_PASSWORD, or give USER:PASSWORD\)/],
    [['probe', 'https', 'ftp://example.org/'], /ftp: URLs are not supported/],
    [['probe', 'https', 'tls://5-courier.push.apple.com'], /a tls:\/\/ URL needs a port/],
  ])('%j is refused with a clear message', async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
