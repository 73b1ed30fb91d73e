import type { ResultDocument } from '../results/result-document.ts';

/** What redaction replaced: identifier → token, for the engineer who keeps the unredacted copy. */
export interface RedactionMap {
  hosts: Record<string, string>;
  addresses: Record<string, string>;
  users: Record<string, string>;
}

const IPV4 = /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b/g;
// Full and compressed IPv6 literals (at least two groups and a "::" or eight groups).
const IPV6 = /(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w:])|(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?(?![\w:])|(?<![\w:])::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)(?![\w:])/gi;
/** `DOMAIN\user`, and `user` in `(as user)` of a described proxy route. */
const DOMAIN_USER = /\b[A-Za-z][\w.-]{0,30}\\[A-Za-z][\w.$-]{0,63}\b/g;
const AS_USER = /\(as ([^)\s]+)\)/g;

/**
 * Replaces the customer's identifiers in a result document by stable tokens, so a report can leave
 * the company: the hierarchy's host names (and any name under its domains, such as the proxy), the
 * names of machines the checks ran on, every IP address, and user names. The same identifier always
 * becomes the same token (`host-3.redacted.invalid`, `192.0.2.2`, `user-1`), so the report still
 * reads "host-3 → host-5 TCP 445 filtered". Addresses become addresses of the ranges reserved for
 * documentation (RFC 5737, RFC 3849), so a redacted document is still a valid one (a client
 * subnet stays a CIDR) and can never point at a real machine. Microsoft's public endpoints stay as they are: they are what
 * the reader needs to see. Tokens are numbered in order of first appearance in the document.
 */
export function redactDocument(document: ResultDocument): { document: ResultDocument; map: RedactionMap } {
  const map: RedactionMap = { hosts: {}, addresses: {}, users: {} };
  const hosts = customerHosts(document);
  const fqdns = hosts.filter((host) => host.includes('.'));
  const domains = customerDomains(fqdns);
  const hostToken = (name: string): string => {
    const key = name.toLowerCase().replace(/\.$/, '');
    if (!key.includes('.')) {
      // A bare host name (`P01SS01`) is the first label of its FQDN's token (`host-9`).
      const fqdn = fqdns.find((host) => host.startsWith(`${key}.`));
      if (fqdn) return hostToken(fqdn).split('.')[0] as string;
      map.hosts[key] ??= `host-${Object.keys(map.hosts).length + 1}`;
      return map.hosts[key];
    }
    map.hosts[key] ??= `host-${Object.keys(map.hosts).length + 1}.redacted.invalid`;
    return map.hosts[key];
  };
  const token = (table: Record<string, string>, prefix: string, value: string) => (table[value] ??= `${prefix}-${Object.keys(table).length + 1}`);
  const hostPattern = domains.length > 0 ? new RegExp(`\\b[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:${domains.map(escapeRegExp).join('|')})\\b\\.?`, 'gi') : null;
  // Bare names are replaced only when they cannot be a word of the vocabulary (`cmg`, `console`):
  // names with a digit, or of eight characters or more.
  const bareNames = [...new Set([...hosts.filter((host) => !host.includes('.')), ...fqdns.map((host) => host.split('.')[0] as string)])].filter((name) => /\d/.test(name) || name.length >= 8);
  const barePattern = bareNames.length > 0 ? new RegExp(`(?<![\\w.-])(?:${bareNames.map(escapeRegExp).join('|')})(?![\\w-]|\\.\\w)`, 'gi') : null;

  const redactText = (text: string): string => {
    let out = scrubSecrets(text);
    out = out.replace(URL_USER, (_all, scheme: string, user: string) => `${scheme}${token(map.users, 'user', user.toLowerCase())}@`);
    out = out.replace(AS_USER, (_all, user: string) => `(as ${token(map.users, 'user', user.toLowerCase())})`);
    out = out.replace(DOMAIN_USER, (user) => token(map.users, 'user', user.toLowerCase()));
    if (hostPattern) out = out.replace(hostPattern, (name) => hostToken(name));
    for (const host of fqdns) out = out.replace(new RegExp(`\\b${escapeRegExp(host)}\\b\\.?`, 'gi'), () => hostToken(host));
    if (barePattern) out = out.replace(barePattern, (name) => hostToken(name));
    out = out.replace(IPV4, (address) => (map.addresses[address] ??= documentationAddress(Object.keys(map.addresses).length, 4)));
    out = out.replace(IPV6, (address) => (map.addresses[address.toLowerCase()] ??= documentationAddress(Object.keys(map.addresses).length, 6)));
    return out;
  };
  const walk = (value: unknown, key = ''): unknown => {
    if (typeof value === 'string') return VOCABULARY_KEYS.has(key) ? value : redactText(value);
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([inner, item]) => [redactKey(inner, redactText), walk(item, inner)]));
    return value;
  };
  return { document: walk(document) as ResultDocument, map };
}

/** Fields holding the app's own vocabulary (role ids, kinds, verdicts), never an identifier. */
const VOCABULARY_KEYS = new Set(['type', 'kind', 'destinationKind', 'sourceRole', 'destinationRole', 'role', 'service', 'probe', 'verdict', 'status', 'transport', 'catalogue', 'severity', 'category', 'tool', 'formatVersion', 'via', 'key']);
/** The user of `scheme://user@host` (passwords are already scrubbed). */
const URL_USER = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:@/]+)@/gi;

/**
 * The n-th reserved address: 192.0.2.1…254, then 198.51.100.x and 203.0.113.x (documentation), then
 * 198.18.0.0/15 (benchmarking, 131,072 more); IPv6 2001:db8::n.
 */
function documentationAddress(index: number, version: 4 | 6): string {
  if (version === 6) return `2001:db8::${(index + 1).toString(16)}`;
  const blocks = ['192.0.2', '198.51.100', '203.0.113'];
  const block = blocks[Math.floor(index / 254)];
  if (block) return `${block}.${(index % 254) + 1}`;
  const rest = index - 3 * 254;
  return `198.${18 + Math.floor(rest / 65536)}.${Math.floor(rest / 256) % 256}.${rest % 256}`;
}

/** Object keys are identifiers too when they hold a name (a map keyed by host). */
function redactKey(key: string, redactText: (text: string) => string): string {
  return /[.:]/.test(key) ? redactText(key) : key;
}

/** Every name of the customer's the document holds: systems, cloud services, machines the checks ran on. */
function customerHosts(document: ResultDocument): string[] {
  const names = new Set<string>();
  const add = (name: string | undefined) => name && names.add(name.toLowerCase().replace(/\.$/, ''));
  for (const system of document.hierarchy?.systems ?? []) add(system.fqdn);
  for (const cloud of document.hierarchy?.cloud ?? []) add(cloud.name);
  for (const vantage of [document.vantage, ...(document.vantages ?? [])]) {
    add(vantage.hostname);
    add(vantage.claimedSystem);
  }
  for (const result of document.results) add(result.measuredFrom);
  // Longest first, so `p01ss01.corp.example` is replaced before `p01ss01`.
  return [...names].sort((a, b) => b.length - a.length);
}

/** Shared domains a customer's CMG or service lives under, which Microsoft's endpoints use too. */
const PUBLIC_DOMAINS = ['cloudapp.net', 'cloudapp.azure.com', 'azureedge.net', 'windows.net', 'core.windows.net', 'blob.core.windows.net', 'microsoft.com', 'microsoftonline.com', 'manage.microsoft.com', 'azure.com', 'trafficmanager.net'];

/**
 * The domains the hierarchy's FQDNs live in (`corp.contoso.example`), so other names there are
 * redacted too; never a shared public domain (a CMG under cloudapp.net must not hide Microsoft's hosts).
 */
function customerDomains(hosts: readonly string[]): string[] {
  const domains = new Set<string>();
  for (const host of hosts) {
    const labels = host.split('.');
    const domain = labels.slice(1).join('.');
    if (labels.length >= 3 && !PUBLIC_DOMAINS.some((shared) => domain === shared || domain.endsWith(`.${shared}`) || shared.endsWith(`.${domain}`))) domains.add(domain);
  }
  return [...domains].sort((a, b) => b.length - a.length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Removes secrets from any text bound for a file: credentials in URLs (`http://user:pw@proxy`
 * becomes `http://user@proxy`) and authorization headers. Main never puts a password in a result,
 * but a report must not depend on that alone.
 */
export function scrubSecrets(text: string): string {
  return text
    .replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+):[^\s@/]*@/gi, '$1@')
    .replace(/\b((?:Proxy-)?Authorization:\s*)([A-Za-z]+\s+)?[^\s"',;]+/gi, '$1[removed]');
}
