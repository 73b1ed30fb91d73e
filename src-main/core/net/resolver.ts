import dns from 'node:dns';
import { isIP } from 'node:net';
import type { Resolution } from '../../../shared/results/result-document.ts';

/** Turns a host name into addresses, or says why it could not. */
export interface Resolver {
  /** Describes where lookups go, for evidence: `system` or `dns 127.0.0.1:5353`. */
  readonly via: string;
  lookup(name: string, signal: AbortSignal): Promise<Resolution>;
  /**
   * The CNAME chain from `name` (aliases followed until a name with no CNAME), for evidence. Best
   * effort: an empty list when the server gives none or cannot be asked.
   */
  cnameChain(name: string, signal: AbortSignal): Promise<string[]>;
}

/**
 * Resolves through the operating system (getaddrinfo), like Windows services and browsers do, so
 * hosts files, search suffixes and split DNS count. getaddrinfo cannot be cancelled: an abort only
 * stops waiting for it.
 *
 * Create one resolver per run: it asks once per name and every check of that name shares the
 * answer. getaddrinfo runs on libuv's four-thread pool, so sixty checks each doing their own slow
 * lookup would queue behind each other and time out for no network reason.
 */
export function createSystemResolver(): Resolver {
  return sharedLookups(
    'system',
    async (name) => {
      const entries = await dns.promises.lookup(name, { all: true, order: 'verbatim' });
      return entries.map((entry) => entry.address);
    },
    // getaddrinfo hides aliases: ask the system's configured DNS servers for them.
    new dns.promises.Resolver({ timeout: 2000, tries: 1 }),
  );
}

/**
 * Resolves by asking one DNS server directly (`--dns HOST:PORT`), IPv4 then IPv6 records.
 *
 * Used to test what a given DNS server answers, and by tests with a local dnsmasq.
 */
export function createDnsServerResolver(server: string): Resolver {
  const resolver = new dns.promises.Resolver({ timeout: 2000, tries: 2 });
  resolver.setServers([server]);
  return sharedLookups(
    `dns ${server}`,
    async (name) => {
      const [v4, v6] = await Promise.allSettled([resolver.resolve4(name), resolver.resolve6(name)]);
      const addresses = [...(v4.status === 'fulfilled' ? v4.value : []), ...(v6.status === 'fulfilled' ? v6.value : [])];
      if (addresses.length > 0) return addresses;
      const reason = v4.status === 'rejected' ? v4.reason : v6.status === 'rejected' ? v6.reason : undefined;
      throw reason ?? Object.assign(new Error(`no address for ${name}`), { code: 'ENODATA' });
    },
    resolver,
  );
}

/**
 * Wraps a lookup so each name is asked once; every caller waits on the same answer for as long as
 * its own signal allows. A caller's abort never cancels the shared lookup for the others.
 */
function sharedLookups(via: string, lookup: (name: string) => Promise<string[]>, aliases: dns.promises.Resolver): Resolver {
  const answers = new Map<string, Promise<string[]>>();
  const chains = new Map<string, Promise<string[]>>();
  return {
    via,
    cnameChain: (name, signal) => {
      const key = name.toLowerCase();
      let chain = chains.get(key);
      if (!chain) {
        chain = followCnames(aliases, name);
        chains.set(key, chain);
      }
      return Promise.race([chain, new Promise<string[]>((resolve) => signal.addEventListener('abort', () => resolve([]), { once: true }))]);
    },
    lookup: (name, signal) =>
      timed(name, via, signal, () => {
        const key = name.toLowerCase();
        let answer = answers.get(key);
        if (!answer) {
          answer = lookup(name);
          answers.set(key, answer);
        }
        return answer;
      }),
  };
}

/** Follows CNAME records from `name`, at most 8 hops (a loop or a long chain ends the walk). */
async function followCnames(resolver: dns.promises.Resolver, name: string): Promise<string[]> {
  const chain: string[] = [];
  let current = name;
  for (let hop = 0; hop < 8; hop++) {
    const next = await resolver.resolveCname(current).then(
      (names) => names[0],
      () => undefined,
    );
    if (!next || chain.includes(next.toLowerCase())) break;
    chain.push(next.toLowerCase());
    current = next;
  }
  return chain;
}

/** A resolution that needed no lookup: an address override or an IP literal. */
export function directResolution(name: string, address: string, via: 'address-override' | 'literal'): Resolution {
  return { name, via, addresses: [address], durationMs: 0 };
}

/** Whether a host string is already an IP address. */
export function isIpLiteral(host: string): boolean {
  return isIP(host) !== 0;
}

async function timed(name: string, via: string, signal: AbortSignal, work: () => Promise<string[]>): Promise<Resolution> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  if (signal.aborted) return { name, via, addresses: [], durationMs: 0, error: { code: 'ETIMEOUT', message: 'aborted before the lookup' } };
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<Resolution>((resolve) => {
    onAbort = () => resolve({ name, via, addresses: [], durationMs: elapsed(), error: { code: 'ETIMEOUT', message: 'no answer before the timeout' } });
    signal.addEventListener('abort', onAbort, { once: true });
  });
  const lookedUp = work().then(
    (addresses): Resolution => ({ name, via, addresses, durationMs: elapsed() }),
    (err: unknown): Resolution => ({ name, via, addresses: [], durationMs: elapsed(), error: errorInfo(err) }),
  );
  try {
    return await Promise.race([lookedUp, aborted]);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

/** Extracts `{ code, message }` from a Node error. */
export function errorInfo(err: unknown): { code: string; message: string } {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    return { code: typeof code === 'string' ? code : err.name, message: err.message };
  }
  return { code: 'UNKNOWN', message: String(err) };
}
