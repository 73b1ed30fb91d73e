import { X509Certificate } from 'node:crypto';
import { buildEndpointPlan } from '../shared/endpoints/build-endpoint-plan.ts';
import { DEMO_HIERARCHY } from '../shared/hierarchy/demo-hierarchy.ts';
import { createTranslator } from '../shared/i18n/translator.ts';
import type { Hierarchy } from '../shared/hierarchy/model.ts';
import { runPlan } from '../src-main/core/checks/run-plan.ts';
import { createDnsServerResolver } from '../src-main/core/net/resolver.ts';
import { createProbeRegistry } from '../src-main/core/probes/registry.ts';
import { createRouteResolver } from '../src-main/core/proxy/route-resolver.ts';
import { createCa, issueIntermediate, issueServerCert } from '../test/support/certs.ts';
import { createNetnsLab } from '../test/support/netns-lab.ts';
import { startDnsPeer } from '../test/support/peers/dnsmasq-dns.ts';
import { startWebOrigins } from '../test/support/peers/web-origins.ts';
import { startSquid } from '../test/support/peers/web-proxies.ts';

/**
 * Benchmark: every internet endpoint of the catalogue (the demo hierarchy with its placeholders
 * filled) against stand-in origins in a namespace lab, one name in five dropped by a firewall.
 * Measured directly at several concurrency levels, and through a real Squid. With bounded
 * parallelism the run should take about one endpoint timeout, whatever the number of endpoints.
 *
 *   npx tsx bench/endpoints-local.ts [--timeout MS]
 */
const args = process.argv.slice(2);
const timeoutMs = Number(args[args.indexOf('--timeout') + 1] ?? 0) || 3000;

const hierarchy: Hierarchy = { ...DEMO_HIERARCHY, tenant: { id: 'contoso.onmicrosoft.com' }, cloud: [{ type: 'cmg', name: 'cmg.contoso.example', instances: 2, azureName: 'contosocmg' }] };
const plan = buildEndpointPlan(hierarchy, { timeoutMs });
const testable = plan.checks.filter((check) => !check.notTestable);
const hosts = [...new Set(testable.map((check) => check.target.host))].sort();

const lab = await createNetnsLab();
const stops: (() => Promise<void>)[] = [];
try {
  const good = `${lab.prefix}10`;
  const dropped = `${lab.prefix}11`;
  const proxyAddress = `${lab.prefix}3`;
  for (const address of [good, dropped, proxyAddress]) await lab.addAddress(address);
  const root = createCa('Bench Public Root');
  const issuing = issueIntermediate(root, 'Bench Issuing CA');
  const leaf = issueServerCert(issuing, hosts);
  const tls = { cert: `${leaf.certPem}${issuing.certPem}`, key: leaf.keyPem };
  const origins = await startWebOrigins(
    [
      { address: good, port: 443, tls },
      { address: good, port: 80 },
      { address: good, port: 5223, tls },
      { address: good, port: 8530 },
      { address: good, port: 8531, tls },
    ],
    lab,
  );
  stops.push(origins.stop);
  await lab.firewall([`ip daddr ${dropped} drop`]);
  const addressOf = Object.fromEntries(hosts.map((host, i) => [host, i % 5 === 4 ? dropped : good]));
  const dns = await startDnsPeer({ hosts: addressOf });
  stops.push(dns.stop);
  const squid = await startSquid({ lab, address: proxyAddress, port: 3128, hosts: addressOf });
  stops.push(squid.stop);

  const t = createTranslator('en');
  const ca = [root.certPem];
  const acceptedRoots = [new X509Certificate(root.certPem).fingerprint256];
  const measure = async (concurrency: number, route = createRouteResolver({ mode: 'direct' })) => {
    const started = performance.now();
    const memoryBefore = process.memoryUsage().rss;
    const document = await runPlan(plan, {
      hierarchy,
      settings: { timeoutMs, concurrency, perHostConcurrency: 16 },
      probes: createProbeRegistry(),
      resolver: createDnsServerResolver(dns.server),
      translate: t,
      route,
      ca,
      acceptedRoots,
    });
    const wall = performance.now() - started;
    const counts = new Map<string, number>();
    for (const result of document.results) counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
    return { wall, counts: [...counts].map(([status, n]) => `${n} ${status}`).join(', '), rssMb: (process.memoryUsage().rss - memoryBefore) / 1e6 };
  };

  const lines = [
    `every catalogue endpoint of the demo hierarchy (placeholders filled): ${plan.checks.length} checks, ${testable.length} testable, ${hosts.length} hosts (1 in 5 dropped); timeout ${timeoutMs} ms per endpoint`,
  ];
  await measure(128); // warm-up: module loading, the first TLS contexts
  for (const concurrency of [8, 32, 128, 256]) {
    const { wall, counts } = await measure(concurrency);
    lines.push(`  direct, concurrency ${String(concurrency).padStart(3)}: ${(wall / 1000).toFixed(2)} s = ${(wall / timeoutMs).toFixed(2)} × the timeout (${counts})`);
  }
  const viaSquid = await measure(128, createRouteResolver({ mode: 'proxy', proxy: { host: proxyAddress, port: 3128 } }));
  lines.push(`  through Squid, concurrency 128: ${(viaSquid.wall / 1000).toFixed(2)} s (${viaSquid.counts}); RSS growth ${viaSquid.rssMb.toFixed(0)} MB`);
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  await lab.teardown();
}
