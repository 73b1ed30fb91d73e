import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEMO_HIERARCHY } from '../../shared/hierarchy/demo-hierarchy.ts';
import { buildPlan, type PlannedCheck } from '../../shared/plan/build-plan.ts';
import { createCa, issueServerCert } from './certs.ts';
import { createNetnsLab, waitForLine, type NetnsLab } from './netns-lab.ts';
import { startDnsPeer, type DnsPeer } from './peers/dnsmasq-dns.ts';
import { startDnsmasqPxe } from './peers/dnsmasq-pxe.ts';
import { startEndpointMapper, startSmbdInNamespace } from './peers/samba.ts';
import { startTdspool } from './peers/tdspool.ts';

/** The demo hierarchy, alive: every system and the CMG at an address of a namespace, named by a real DNS server. */
export interface DemoLab {
  lab: NetnsLab;
  dns: DnsPeer;
  addressOf: Record<string, string>;
  /** The root that issued the CMG's certificate (trust it to see the gateway pass). */
  cmgCaPem?: string;
  teardown(): Promise<void>;
}

/** What the lab's servers do. */
export interface DemoLabOptions {
  /** `host:port` pairs silently dropped by the namespace's firewall (`filtered`). */
  drop?: string[];
  /** `host:port` pairs answered with a TCP reset by the firewall (`closed`). */
  reset?: string[];
  /** Drop every TCP and UDP packet, with no servers at all: the worst case of a run. */
  dropEverything?: boolean;
  /**
   * Real servers for each protocol (smbd, samba-dcerpcd, tdspool, TLS, dnsmasq PXE) instead of
   * plain TCP listeners everywhere.
   */
  realPeers?: boolean;
}

/**
 * Builds a lab where the demo hierarchy's names resolve (through dnsmasq) to addresses inside one
 * network namespace. With `realPeers`, each planned check meets the kind of server it expects: SMB,
 * the RPC endpoint mapper and its dynamic ports, SQL Server's PRELOGIN on the configured ports, TLS
 * on the CMG's instance ports, ProxyDHCP/PXE/TFTP on the PXE-enabled DP, and plain listeners for
 * the HTTP-style ports. Without it, plain listeners answer every TCP port.
 */
export async function startDemoLab(options: DemoLabOptions = {}): Promise<DemoLab> {
  const plan = buildPlan(DEMO_HIERARCHY);
  if (!plan.ok) throw new Error('demo plan');
  const hosts = [...DEMO_HIERARCHY.systems.map((s) => s.fqdn), ...(DEMO_HIERARCHY.cloud ?? []).map((c) => c.name)];
  const lab = await createNetnsLab();
  const stops: (() => Promise<void>)[] = [];
  const addressOf: Record<string, string> = {};
  for (const [index, host] of hosts.entries()) {
    addressOf[host] = `${lab.prefix}${10 + index}`;
    await lab.addAddress(addressOf[host]);
  }
  const address = (check: PlannedCheck) => addressOf[check.target.host] as string;
  const hostsWith = (probes: string[]) => [...new Set(plan.value.checks.filter((c) => probes.includes(c.probe)).map(address))];
  let cmgCaPem: string | undefined;

  if (options.dropEverything) {
    await lab.firewall(['meta l4proto { tcp, udp } drop']);
  } else {
    const plainProbes = options.realPeers ? ['tcp', 'broker'] : ['tcp', 'broker', 'smb', 'rpc-epm', 'tds', 'cmg'];
    const plain = plan.value.checks.filter((c) => c.target.transport === 'tcp' && c.target.port !== null && plainProbes.includes(c.probe));
    await lab.listenTcp(plain.map((c) => ({ address: address(c), port: c.target.port as number })));
    if (options.realPeers) {
      stops.push((await startSmbdInNamespace(lab, hostsWith(['smb']))).stop);
      stops.push((await startEndpointMapper(lab, hostsWith(['rpc-epm', 'rpc-dynamic']))).stop);
      for (const port of new Set(plan.value.checks.filter((c) => c.probe === 'tds').map((c) => c.target.port as number))) stops.push((await startTdspool(lab, port)).stop);
      cmgCaPem = await startCmgListeners(lab, plan.value.checks.filter((c) => c.probe === 'cmg'), address);
      stops.push((await startDnsmasqPxe(lab, 'proxy')).stop);
    }
    const rule = (spec: string, action: string) => {
      const [host, port] = spec.split(':');
      return `ip daddr ${addressOf[host as string]} tcp dport ${port} ${action}`;
    };
    await lab.firewall([...(options.drop ?? []).map((spec) => rule(spec, 'drop')), ...(options.reset ?? []).map((spec) => rule(spec, 'reject with tcp reset'))]);
  }
  const dns = await startDnsPeer({ hosts: addressOf });
  return {
    lab,
    dns,
    addressOf,
    ...(cmgCaPem ? { cmgCaPem } : {}),
    teardown: async () => {
      await dns.stop();
      for (const stop of stops) await stop().catch(() => undefined);
      await lab.teardown();
    },
  };
}

/** TLS on every CMG port of the plan, with a certificate for the CMG's name from a test root. */
async function startCmgListeners(lab: NetnsLab, checks: PlannedCheck[], address: (check: PlannedCheck) => string): Promise<string> {
  const ca = createCa('Contoso Test Root CA', 'Contoso');
  const names = [...new Set(checks.map((c) => c.target.host))];
  const leaf = issueServerCert(ca, names);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-cmg-'));
  await writeFile(path.join(dir, 'cert.pem'), `${leaf.certPem}${ca.certPem}`);
  await writeFile(path.join(dir, 'key.pem'), leaf.keyPem);
  const child = lab.spawn(process.execPath, [path.join(import.meta.dirname, 'tls-listeners.mjs'), path.join(dir, 'cert.pem'), path.join(dir, 'key.pem'), ...checks.map((c) => `${address(c)}:${c.target.port}`)]);
  await waitForLine(child, 'ready');
  return ca.certPem;
}
