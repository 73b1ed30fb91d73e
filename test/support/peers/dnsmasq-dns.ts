import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A real DNS server (dnsmasq) on 127.0.0.1, answering only the records a test gives it. */
export interface DnsPeer {
  /** `127.0.0.1:PORT`, for `--dns` or `createDnsServerResolver`. */
  server: string;
  /** Every query dnsmasq logged, as `query[A] name`. */
  queries(): string[];
  stop(): Promise<void>;
}

/**
 * Starts dnsmasq as a DNS-only server on a free loopback port. `hosts` maps names to addresses;
 * `cnames` maps aliases to names of `hosts`; `nxdomain` lists domains answered NXDOMAIN; nothing is
 * forwarded anywhere (`no-resolv`).
 */
export async function startDnsPeer(options: { hosts: Record<string, string>; cnames?: Record<string, string>; nxdomain?: string[] }): Promise<DnsPeer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-dns-'));
  await chmod(dir, 0o755); // dnsmasq drops root and reads the hosts file as an unprivileged user
  const port = await freeUdpAndTcpPort();
  const hostsFile = path.join(dir, 'hosts');
  await writeFile(hostsFile, Object.entries(options.hosts).map(([name, address]) => `${address} ${name}`).join('\n') + '\n');
  const config = [
    `port=${port}`,
    'listen-address=127.0.0.1',
    'bind-interfaces',
    'no-resolv',
    'no-hosts',
    `addn-hosts=${hostsFile}`,
    'log-queries',
    ...(options.nxdomain ?? []).map((domain) => `address=/${domain}/`),
    ...Object.entries(options.cnames ?? {}).map(([alias, target]) => `cname=${alias},${target}`),
  ];
  const configFile = path.join(dir, 'dnsmasq.conf');
  await writeFile(configFile, config.join('\n') + '\n');
  const child: ChildProcess = spawn('dnsmasq', ['--keep-in-foreground', '--log-facility=-', `--conf-file=${configFile}`, `--pid-file=${path.join(dir, 'pid')}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await waitUntil(() => log.includes(`read ${hostsFile}`) || child.exitCode !== null).catch((err: Error) => {
    child.kill('SIGKILL');
    throw new Error(`${err.message}: ${log}`);
  });
  if (child.exitCode !== null) throw new Error(`dnsmasq failed: ${log}`);
  return {
    server: `127.0.0.1:${port}`,
    queries: () => [...log.matchAll(/query\[(\w+)\] (\S+) from/g)].map((m) => `query[${m[1]}] ${m[2]}`),
    stop: async () => {
      child.kill('SIGTERM');
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for peer`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A loopback port free for TCP at the time of the call (dnsmasq also binds UDP on it). */
export function freeUdpAndTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
