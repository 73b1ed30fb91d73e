import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
let counter = 0;

/** A network namespace joined to this one by a veth pair: a remote host the tests fully control. */
export interface NetnsLab {
  name: string;
  /** This side's address (in the root namespace). */
  hostAddress: string;
  /** The namespace's first address; `addAddress` adds more in the same /24. */
  address: string;
  /** `10.x.y.` — the /24 prefix, for extra addresses. */
  prefix: string;
  /** The namespace's end of the veth pair (for servers that bind an interface, like dnsmasq). */
  interfaceName: string;
  /** This side's end of the veth pair. */
  hostInterfaceName: string;
  addAddress(address: string): Promise<void>;
  /** Replaces the namespace's nft ruleset with these input rules (an empty list clears it). */
  firewall(inputRules: string[]): Promise<void>;
  /**
   * Starts a process inside the namespace in a process group of its own (killed at teardown).
   * `detached: false` is for daemons that create their own session (smbd refuses to start if it is
   * already a session leader).
   */
  spawn(command: string, args: string[], options?: { env?: NodeJS.ProcessEnv; detached?: boolean }): ChildProcess;
  /** Starts TCP listeners inside the namespace and waits until they accept. */
  listenTcp(endpoints: { address: string; port: number }[]): Promise<void>;
  /**
   * Writes a file that processes of the namespace see in place of `/etc/<file>` (`hosts`,
   * `resolv.conf`): `ip netns exec` bind-mounts `/etc/netns/<name>/`. Removed at teardown.
   */
  writeEtc(file: string, content: string): Promise<void>;
  teardown(): Promise<void>;
}

/**
 * Creates a namespace lab. Needs root (CI runs as root). Names are unique per process and call, and
 * the /24 is chosen at random among those no interface uses, so test files running in parallel
 * never share a route; `teardown` deletes everything. Labs left by a process that died are removed.
 */
export async function createNetnsLab(): Promise<NetnsLab> {
  counter += 1;
  await removeAbandonedLabs();
  const id = `${process.pid}x${counter}`;
  const name = `ncl${id}`;
  const hostIf = `vh${id}`.slice(0, 15);
  const nsIf = `vn${id}`.slice(0, 15);
  const prefix = await freeSubnetPrefix();
  const hostAddress = `${prefix}1`;
  const address = `${prefix}2`;
  const children: ChildProcess[] = [];
  const exec = (...args: string[]) => run('ip', ['netns', 'exec', name, ...args]);

  await run('ip', ['netns', 'add', name]);
  try {
    await run('ip', ['link', 'add', hostIf, 'type', 'veth', 'peer', 'name', nsIf]);
    await run('ip', ['link', 'set', nsIf, 'netns', name]);
    await run('ip', ['addr', 'add', `${hostAddress}/24`, 'dev', hostIf]);
    await run('ip', ['link', 'set', hostIf, 'up']);
    await exec('ip', 'addr', 'add', `${address}/24`, 'dev', nsIf);
    await exec('ip', 'link', 'set', nsIf, 'up');
    await exec('ip', 'link', 'set', 'lo', 'up');
    // Only the limited broadcast goes out of the namespace's link (a DHCP client's DISCOVER); there is
    // deliberately no default route, so nothing sent inside can leave for another network.
    await exec('ip', 'route', 'add', '255.255.255.255/32', 'dev', nsIf);
  } catch (err) {
    await run('ip', ['netns', 'del', name]).catch(() => undefined);
    await run('ip', ['link', 'del', hostIf]).catch(() => undefined);
    throw err;
  }

  const lab: NetnsLab = {
    name,
    hostAddress,
    address,
    prefix,
    interfaceName: nsIf,
    hostInterfaceName: hostIf,
    addAddress: async (extra) => {
      await exec('ip', 'addr', 'add', `${extra}/24`, 'dev', nsIf);
    },
    firewall: async (inputRules) => {
      const ruleset = ['flush ruleset', 'table inet netcheck_lab {', '  chain input {', '    type filter hook input priority 0; policy accept;', ...inputRules.map((r) => `    ${r}`), '  }', '}', ''].join('\n');
      const child = spawn('ip', ['netns', 'exec', name, 'nft', '-f', '-'], { stdio: ['pipe', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdin.end(ruleset);
      const [code] = (await once(child, 'exit')) as [number];
      if (code !== 0) throw new Error(`nft failed: ${stderr}`);
    },
    spawn: (command, args, options) => {
      const child = spawn('ip', ['netns', 'exec', name, command, ...args], { stdio: ['ignore', 'pipe', 'pipe'], detached: options?.detached ?? true, env: options?.env ?? process.env });
      children.push(child);
      return child;
    },
    writeEtc: async (file, content) => {
      await mkdir(path.join('/etc/netns', name), { recursive: true });
      await writeFile(path.join('/etc/netns', name, file), content);
    },
    listenTcp: async (endpoints) => {
      const script = path.join(import.meta.dirname, 'tcp-listeners.mjs');
      const child = lab.spawn(process.execPath, [script, ...endpoints.map((e) => `${e.address}:${e.port}`)]);
      await waitForLine(child, 'ready');
    },
    teardown: async () => {
      for (const child of children) {
        if (child.exitCode === null && child.pid) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
      }
      await run('ip', ['netns', 'del', name]).catch(() => undefined);
      await run('ip', ['link', 'del', hostIf]).catch(() => undefined);
      await rm(path.join('/etc/netns', name), { recursive: true, force: true });
    },
  };
  return lab;
}

/** A random 10.x.y.0/24 (x from 100) that no interface of this machine has an address in. */
async function freeSubnetPrefix(): Promise<string> {
  const { stdout } = await run('ip', ['-4', '-o', 'addr', 'show']);
  const used = new Set([...stdout.matchAll(/inet (\d+\.\d+\.\d+)\.\d+\//g)].map((m) => m[1]));
  for (let attempt = 0; attempt < 100; attempt++) {
    const prefix = `10.${100 + Math.floor(Math.random() * 155)}.${Math.floor(Math.random() * 256)}`;
    if (!used.has(prefix)) return `${prefix}.`;
  }
  throw new Error('no free 10.x.y.0/24 for a test lab');
}

/** Deletes labs (`ncl<pid>x<n>`) whose creating process no longer runs. */
async function removeAbandonedLabs(): Promise<void> {
  const { stdout } = await run('ip', ['netns', 'list']);
  for (const match of stdout.matchAll(/^ncl(\d+)x(\d+)/gm)) {
    const pid = Number(match[1]);
    let alive = true;
    try {
      process.kill(pid, 0);
    } catch {
      alive = false;
    }
    if (alive) continue;
    await run('ip', ['netns', 'del', match[0]]).catch(() => undefined);
    await run('ip', ['link', 'del', `vh${match[1]}x${match[2]}`.slice(0, 15)]).catch(() => undefined);
    await rm(path.join('/etc/netns', match[0]), { recursive: true, force: true });
  }
}

/** Resolves when a child prints (on stdout or stderr) a line containing `marker`; rejects if it exits first. */
export function waitForLine(child: ChildProcess, marker: string, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for "${marker}": ${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(marker)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before "${marker}": ${output}`));
    });
  });
}
