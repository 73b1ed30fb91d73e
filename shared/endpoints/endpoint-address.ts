/**
 * Reading the addresses the documents write: hosts, wildcards (`*.manage.microsoft.com`,
 * `*manage.microsoft.com`), URLs (`https://go.microsoft.com/fwlink/?LinkID=619849`) and patterns
 * with placeholders (`<name>.cloudapp.net`, `{TenantID}`).
 */

/** An address split into the parts a check needs. `host` may still hold a wildcard or placeholder. */
export interface AddressParts {
  scheme?: 'http' | 'https';
  host: string;
  /** The path and query, `/` when the address has none. */
  path: string;
}

/** Splits an address into scheme, host and path, without validating the host. */
export function splitAddress(address: string): AddressParts {
  const match = /^(?:(https?):\/\/)?([^/]+)(\/.*)?$/i.exec(address.trim());
  if (!match) return { host: address.trim(), path: '/' };
  const scheme = match[1]?.toLowerCase() as 'http' | 'https' | undefined;
  return { ...(scheme ? { scheme } : {}), host: (match[2] ?? '').toLowerCase(), path: match[3] ?? '/' };
}

/** Whether a host is a wildcard pattern. */
export function isWildcard(host: string): boolean {
  return host.includes('*');
}

/** The placeholders an address holds: `<name>`, `<FQDN for …>`, `{TenantID}`. */
export function placeholdersOf(address: string): string[] {
  return [...address.matchAll(/<[^<>]+>|\{[^{}]+\}/g)].map((m) => m[0]);
}

/**
 * Whether a concrete host matches a pattern where `*` stands for any run of name characters
 * (possibly empty, possibly several labels): `*.manage.microsoft.com` matches
 * `enterpriseenrollment.manage.microsoft.com`, `*manage.microsoft.com` also matches
 * `manage.microsoft.com`. Case-insensitive; a trailing dot is ignored.
 */
export function matchesHostPattern(pattern: string, host: string): boolean {
  const normalize = (text: string) => text.toLowerCase().replace(/\.$/, '');
  const source = normalize(pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[a-z0-9.-]*');
  return new RegExp(`^${source}$`).test(normalize(host));
}

/**
 * A host that stands for a pattern when the pattern is tested against host rules: `*.d` becomes
 * `sample.d`, `*d` becomes `d`. Used to decide which document flags a wildcard entry carries.
 */
export function sampleHostOf(pattern: string): string {
  if (pattern.startsWith('*.')) return `sample.${pattern.slice(2)}`;
  return pattern.replace(/\*/g, '');
}
