import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
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
  addAddress(address: string): Promise<void>;
  /** Loads an nft ruleset inside the namespace (an `inet filter` table is created for you). */
  firewall(inputRules: string[]): Promise<void>;
  /** Starts a process inside the namespace; it is killed at teardown. */
  spawn(command: string, args: string[], options?: { env?: NodeJS.ProcessEnv }): ChildProcess;
  /** Starts TCP listeners inside the namespace and waits until they accept. */
  listenTcp(endpoints: { address: string; port: number }[]): Promise<void>;
  teardown(): Promise<void>;
}

/**
 * Creates a namespace lab. Needs root (CI runs as root). Names and subnets are unique per process
 * and call, so test files running in parallel never collide; `teardown` deletes everything.
 */
export async function createNetnsLab(): Promise<NetnsLab> {
  counter += 1;
  const id = `${process.pid % 100000}x${counter}`;
  const name = `ncl${id}`;
  const hostIf = `vh${id}`.slice(0, 15);
  const nsIf = `vn${id}`.slice(0, 15);
  const prefix = `10.${200 + (process.pid % 50)}.${(counter * 7) % 250}.`;
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
    addAddress: async (extra) => {
      await exec('ip', 'addr', 'add', `${extra}/24`, 'dev', nsIf);
    },
    firewall: async (inputRules) => {
      const ruleset = ['table inet netcheck_lab {', '  chain input {', '    type filter hook input priority 0; policy accept;', ...inputRules.map((r) => `    ${r}`), '  }', '}', ''].join('\n');
      const child = spawn('ip', ['netns', 'exec', name, 'nft', '-f', '-'], { stdio: ['pipe', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdin.end(ruleset);
      const [code] = (await once(child, 'exit')) as [number];
      if (code !== 0) throw new Error(`nft failed: ${stderr}`);
    },
    spawn: (command, args, options) => {
      const child = spawn('ip', ['netns', 'exec', name, command, ...args], { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: options?.env ?? process.env });
      children.push(child);
      return child;
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
    },
  };
  return lab;
}

/** Resolves when a child prints a line containing `marker`; rejects if it exits first. */
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
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before "${marker}": ${output}`));
    });
  });
}
