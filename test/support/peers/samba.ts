import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { NetnsLab } from '../netns-lab.ts';

/** A running Samba daemon. */
export interface SambaPeer {
  address: string;
  port: number;
  stop(): Promise<void>;
}

/** Variants of smbd used by the tests. */
export type SmbVariant = 'default' | 'signing-mandatory' | 'smb1-only';

async function sambaDirectory(prefix: string): Promise<{ dir: string; dirs: Record<string, string> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  const dirs: Record<string, string> = {};
  for (const name of ['private', 'lock', 'state', 'cache', 'pid', 'ncalrpc', 'log']) {
    dirs[name] = path.join(dir, name);
    await mkdir(dirs[name], { recursive: true });
  }
  return { dir, dirs };
}

function globalSection(dirs: Record<string, string>, extra: string[]): string {
  return [
    '[global]',
    '  disable netbios = yes',
    `  private dir = ${dirs.private}`,
    `  lock directory = ${dirs.lock}`,
    `  state directory = ${dirs.state}`,
    `  cache directory = ${dirs.cache}`,
    `  pid directory = ${dirs.pid}`,
    `  ncalrpc dir = ${dirs.ncalrpc}`,
    `  log file = ${dirs.log}/log.%m`,
    `  passdb backend = tdbsam:${dirs.private}/passdb.tdb`,
    ...extra.map((line) => `  ${line}`),
    '',
  ].join('\n');
}

/**
 * Starts smbd on 127.0.0.1 at a free high port (no root needed), in one of three configurations:
 * the default (SMB2/3, signing offered), `server signing = mandatory`, or SMB1 only (NT1).
 * smbd puts itself in a new session (it calls setsid, which fails if Node already detached it), and
 * is never given --no-process-group (stopping its group would then stop the test runner's too).
 */
export async function startSmbd(variant: SmbVariant): Promise<SambaPeer> {
  const { dir, dirs } = await sambaDirectory('netcheck-smbd-');
  const port = await freePort();
  const extra = ['interfaces = 127.0.0.1', 'bind interfaces only = yes', `smb ports = ${port}`];
  if (variant === 'signing-mandatory') extra.push('server signing = mandatory');
  if (variant === 'smb1-only') extra.push('server min protocol = NT1', 'server max protocol = NT1');
  const config = path.join(dir, 'smb.conf');
  await writeFile(config, globalSection(dirs, extra));
  const child = spawn('smbd', ['--foreground', '--debug-stdout', '-d1', `--configfile=${config}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  await waitForPort('127.0.0.1', port, child);
  return { address: '127.0.0.1', port, stop: () => stopGroup(child, dir) };
}

/**
 * Starts samba-dcerpcd (the RPC endpoint mapper on its fixed port 135 and a few dynamic ports from
 * 49152) inside a namespace, bound to the given addresses of the lab (its first address by default).
 */
export async function startEndpointMapper(lab: NetnsLab, addresses: string[] = [lab.address]): Promise<SambaPeer> {
  const { dir, dirs } = await sambaDirectory('netcheck-dcerpcd-');
  const config = path.join(dir, 'smb.conf');
  await writeFile(
    config,
    globalSection(dirs, [`interfaces = ${addresses.join(' ')}`, 'bind interfaces only = yes', 'rpc start on demand helpers = no', 'rpc server dynamic port range = 49152-49170']),
  );
  const child = lab.spawn('/usr/libexec/samba/samba-dcerpcd', ['--foreground', '--debug-stdout', '-d1', `--configfile=${config}`, '--libexec-rpcds']);
  const first = addresses[0] ?? lab.address;
  await waitForPort(first, 135, child);
  // The RPC helpers register their endpoints a moment after the mapper listens.
  await waitForPort(first, 49152, child);
  return { address: first, port: 135, stop: () => stopGroup(child, dir) };
}

/**
 * Starts smbd inside a namespace on the real SMB port 445 of the given addresses (port 445 is fixed
 * in Windows, hence the namespace), the file server every ConfigMgr site system runs.
 */
export async function startSmbdInNamespace(lab: NetnsLab, addresses: string[]): Promise<SambaPeer> {
  const { dir, dirs } = await sambaDirectory('netcheck-smbd-');
  const config = path.join(dir, 'smb.conf');
  await writeFile(config, globalSection(dirs, [`interfaces = ${addresses.join(' ')}`, 'bind interfaces only = yes', 'smb ports = 445', 'rpc start on demand helpers = no']));
  const child = lab.spawn('smbd', ['--foreground', '--debug-stdout', '-d1', `--configfile=${config}`], { detached: false });
  await waitForPort(addresses[0] ?? lab.address, 445, child);
  return { address: addresses[0] ?? lab.address, port: 445, stop: () => stopGroup(child, dir) };
}

async function stopGroup(child: ChildProcess, dir: string): Promise<void> {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  await rm(dir, { recursive: true, force: true });
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Waits until a TCP port accepts connections, or the process exits. */
export async function waitForPort(host: string, port: number, child?: ChildProcess, timeoutMs = 15_000): Promise<void> {
  let output = '';
  child?.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child?.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`peer exited (${child.exitCode}): ${output}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host, port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${host}:${port} did not open within ${timeoutMs} ms: ${output}`);
}
