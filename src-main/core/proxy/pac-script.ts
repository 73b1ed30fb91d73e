import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { isIP } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPacResolver } from 'pac-resolver';
import { QuickJS } from 'quickjs-wasi';
import type { Resolver } from '../net/resolver.ts';

/**
 * Evaluating a proxy auto-configuration (PAC) file with `pac-resolver`, in a QuickJS sandbox
 * compiled to WebAssembly (the script cannot reach Node). The network helpers a PAC file calls are
 * replaced by ours: `dnsResolve`, `isResolvable` and `isInNet` ask the run's resolver (so `--dns`
 * applies), and `myIpAddress` reads this machine's interfaces instead of the library's default,
 * which opens a connection to a public DNS server to learn it.
 */

/** A compiled PAC file. */
export interface PacScript {
  /** Calls `FindProxyForURL` for a URL; rejects when the script fails or runs too long. */
  findProxy(url: string, signal: AbortSignal): Promise<string>;
}

/** Milliseconds a single `FindProxyForURL` call may run before it is interrupted. */
const SCRIPT_BUDGET_MS = 2000;

/** Where the QuickJS engine is: beside the bundle (packaged app, CLI) or in node_modules (sources). */
async function loadEngine(): Promise<Uint8Array> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, 'quickjs.wasm')];
  try {
    candidates.push(path.join(path.dirname(createRequire(import.meta.url).resolve('quickjs-wasi/package.json')), 'quickjs.wasm'));
  } catch {
    // Not installed as a package: only the copy beside the bundle can exist.
  }
  for (const candidate of candidates) {
    const bytes = await readFile(candidate).catch(() => undefined);
    if (bytes) return bytes;
  }
  throw new Error(`the PAC engine (quickjs.wasm) is missing: looked in ${candidates.join(', ')}`);
}

/** This machine's first non-internal IPv4 address, as `myIpAddress()` answers. */
function localIpv4(): string {
  for (const addresses of Object.values(os.networkInterfaces())) {
    for (const address of addresses ?? []) if (address.family === 'IPv4' && !address.internal) return address.address;
  }
  return '127.0.0.1';
}

/** Whether a dotted IPv4 address is in a network given by pattern and mask (PAC's `isInNet`). */
function ipv4InNet(address: string, pattern: string, mask: string): boolean {
  const toNumber = (text: string) => text.split('.').reduce((acc, part) => ((acc << 8) | Number(part)) >>> 0, 0);
  if (isIP(address) !== 4 || isIP(pattern) !== 4 || isIP(mask) !== 4) return false;
  const m = toNumber(mask);
  return (toNumber(address) & m) >>> 0 === (toNumber(pattern) & m) >>> 0;
}

/**
 * Compiles a PAC file. Rejects with the script's own error when it does not compile or defines no
 * `FindProxyForURL`. Calls are serialized: the sandbox is one interpreter.
 */
export async function compilePacScript(text: string, resolver: Resolver, messages: string[] = []): Promise<PacScript> {
  let deadline = Number.POSITIVE_INFINITY;
  const qjs = await QuickJS.create({ wasm: await loadEngine(), interruptHandler: () => Date.now() > deadline });
  const lookupSignal = () => AbortSignal.timeout(SCRIPT_BUDGET_MS);
  const firstIpv4 = async (host: string): Promise<string | null> => {
    if (isIP(host) === 4) return host;
    const resolution = await resolver.lookup(host, lookupSignal());
    return resolution.addresses.find((address) => isIP(address) === 4) ?? null;
  };
  const findProxyForURL = createPacResolver(qjs, text, {
    filename: 'proxy.pac',
    sandbox: {
      alert: (message = '') => {
        if (messages.length < 20) messages.push(String(message));
      },
      dnsResolve: async (host: string) => firstIpv4(host),
      isResolvable: async (host: string) => (await firstIpv4(host)) !== null,
      isInNet: async (host: string, pattern: string, mask: string) => {
        const address = await firstIpv4(host);
        return address !== null && ipv4InNet(address, pattern, mask);
      },
      myIpAddress: async () => localIpv4(),
    },
  });
  let queue: Promise<unknown> = Promise.resolve();
  return {
    findProxy: (url, signal) => {
      const run = queue.then(async () => {
        if (signal.aborted) throw new Error('cancelled before the PAC file ran');
        deadline = Date.now() + SCRIPT_BUDGET_MS;
        try {
          return String(await findProxyForURL(url));
        } finally {
          deadline = Number.POSITIVE_INFINITY;
        }
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
