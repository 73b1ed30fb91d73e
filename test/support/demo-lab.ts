import { DEMO_HIERARCHY } from '../../shared/hierarchy/demo-hierarchy.ts';
import { buildPlan } from '../../shared/plan/build-plan.ts';
import { createNetnsLab, type NetnsLab } from './netns-lab.ts';
import { startDnsPeer, type DnsPeer } from './peers/dnsmasq-dns.ts';

/** The demo hierarchy, alive: every system and the CMG at an address of a namespace, named by a real DNS server. */
export interface DemoLab {
  lab: NetnsLab;
  dns: DnsPeer;
  addressOf: Record<string, string>;
  teardown(): Promise<void>;
}

/**
 * Builds a lab where the demo hierarchy's names resolve (through dnsmasq) to addresses inside one
 * network namespace, with a real TCP listener on every TCP port the demo plan tests, except the
 * ports in `drop` (silently dropped by nft: `filtered`) and `reset` (answered with a TCP reset by
 * nft: `closed`). Ports are given as `host:port`. `dropEverything` drops every TCP and UDP packet
 * to the lab instead (no listeners): the worst case of a run.
 */
export async function startDemoLab(options: { drop?: string[]; reset?: string[]; dropEverything?: boolean } = {}): Promise<DemoLab> {
  const plan = buildPlan(DEMO_HIERARCHY);
  if (!plan.ok) throw new Error('demo plan');
  const hosts = [...DEMO_HIERARCHY.systems.map((s) => s.fqdn), ...(DEMO_HIERARCHY.cloud ?? []).map((c) => c.name)];
  const lab = await createNetnsLab();
  const addressOf: Record<string, string> = {};
  for (const [index, host] of hosts.entries()) {
    addressOf[host] = `${lab.prefix}${10 + index}`;
    await lab.addAddress(addressOf[host]);
  }
  const blocked = new Set([...(options.drop ?? []), ...(options.reset ?? [])]);
  const endpoints = plan.value.checks
    .filter((check) => check.target.transport === 'tcp' && check.target.port !== null)
    .filter((check) => !blocked.has(`${check.target.host}:${check.target.port}`))
    .map((check) => ({ address: addressOf[check.target.host] as string, port: check.target.port as number }));
  if (options.dropEverything) {
    await lab.firewall(['meta l4proto { tcp, udp } drop']);
  } else {
    await lab.listenTcp(endpoints);
  }
  const rule = (spec: string, action: string) => {
    const [host, port] = spec.split(':');
    return `ip daddr ${addressOf[host as string]} tcp dport ${port} ${action}`;
  };
  if (!options.dropEverything) {
    await lab.firewall([...(options.drop ?? []).map((spec) => rule(spec, 'drop')), ...(options.reset ?? []).map((spec) => rule(spec, 'reject with tcp reset'))]);
  }
  const dns = await startDnsPeer({ hosts: addressOf });
  return {
    lab,
    dns,
    addressOf,
    teardown: async () => {
      await dns.stop();
      await lab.teardown();
    },
  };
}
