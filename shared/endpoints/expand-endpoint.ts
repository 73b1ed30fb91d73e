import { findRole, type Hierarchy, type SiteSystem } from '../hierarchy/model.ts';
import type { LocalizableMessage } from '../results/result-document.ts';
import { isWildcard, matchesHostPattern, placeholdersOf, splitAddress } from './endpoint-address.ts';
import type { EndpointAccess, EndpointEntry } from './endpoint-types.ts';

/**
 * Turning a catalogue entry into the concrete URLs a check can request: placeholders filled from
 * the hierarchy, wildcards replaced by a concrete host the documents name under them. What cannot
 * be made concrete is returned with the reason, so it is reported as not testable, never dropped.
 */

/** A concrete URL to test for an entry, and how it was obtained. */
export interface ConcreteEndpoint {
  kind: 'concrete';
  url: string;
  host: string;
  port: number;
  path: string;
  standIn?: { pattern: string; host: string };
  filled?: { placeholder: string; value: string; from: string }[];
  /** For intranet software update point URLs: the systems on either side of the firewall. */
  between?: { source: string; destination: string };
  /** The destination system's `address` override, tested instead of resolving its name. */
  address?: string;
}

/** An entry (or one of its instances) that cannot be tested, and why. */
export interface UntestableEndpoint {
  kind: 'not-testable';
  /** A key distinguishing several untestable instances of one entry (one per CMG). */
  instance: string;
  reason: LocalizableMessage;
}

export type ExpandedEndpoint = ConcreteEndpoint | UntestableEndpoint;

/** The default port of a scheme, left out of URLs. */
const DEFAULT_PORTS: Record<EndpointAccess['scheme'], number> = { https: 443, http: 80, tls: 443, ntp: 123 };

/** The URL of a concrete endpoint: `https://host/path`, with the port when it is not the default. */
export function endpointUrl(scheme: EndpointAccess['scheme'], host: string, port: number, path: string): string {
  const portText = port === DEFAULT_PORTS[scheme] ? '' : `:${port}`;
  return `${scheme}://${host}${portText}${scheme === 'https' || scheme === 'http' ? path : ''}`;
}

/**
 * A concrete host for a wildcard: the first host of the catalogue that the pattern matches,
 * preferring the pattern's own domain (`manage.microsoft.com` for `*manage.microsoft.com`), then
 * the entry's own feature, then its own document, then any. Deterministic, so two runs test the
 * same stand-in.
 */
export function standInFor(pattern: string, entry: EndpointEntry, catalogue: readonly EndpointEntry[]): string | undefined {
  const document = entry.citations[0]?.document;
  const candidates = catalogue
    .map((other) => ({ other, host: splitAddress(other.address).host }))
    .filter(({ host }) => !isWildcard(host) && placeholdersOf(host).length === 0 && matchesHostPattern(pattern, host));
  const bare = pattern.replace(/\*/g, '');
  const pick =
    candidates.find(({ host }) => host === bare) ??
    candidates.find(({ other }) => other.feature === entry.feature) ??
    candidates.find(({ other }) => other.citations.some((citation) => citation.document === document)) ??
    candidates[0];
  return pick?.host;
}

/** Expands one entry for one of its ways in (`access`). */
export function expandEntry(entry: EndpointEntry, access: EndpointAccess, hierarchy: Hierarchy, catalogue: readonly EndpointEntry[]): ExpandedEndpoint[] {
  const parts = splitAddress(entry.address);
  const placeholders = placeholdersOf(entry.address);
  if (placeholders.some((p) => p.startsWith('<FQDN for software update point'))) return expandIntranetSup(entry, access, hierarchy);
  if (placeholders.includes('<name>')) return expandCloudServiceName(entry, access, hierarchy);
  if (placeholders.includes('{TenantID}')) {
    const tenant = hierarchy.tenant?.id;
    if (!tenant) return [untestable('tenant', 'endpoint.notTestable.noTenant', { address: entry.address })];
    const path = parts.path.replace('{TenantID}', encodeURIComponent(tenant));
    return [concrete(access, parts.host, path, { filled: [{ placeholder: '{TenantID}', value: tenant, from: 'tenant.id' }] })];
  }
  if (isWildcard(parts.host)) {
    const host = standInFor(parts.host, entry, catalogue);
    if (!host) return [untestable('wildcard', 'endpoint.notTestable.wildcard', { pattern: parts.host })];
    return [concrete(access, host, parts.path, { standIn: { pattern: parts.host, host } })];
  }
  return [concrete(access, parts.host, parts.path, {})];
}

function concrete(access: EndpointAccess, host: string, path: string, extra: Pick<ConcreteEndpoint, 'standIn' | 'filled' | 'between' | 'address'>): ConcreteEndpoint {
  return { kind: 'concrete', url: endpointUrl(access.scheme, host, access.port, path), host, port: access.port, path, ...extra };
}

function untestable(instance: string, key: string, params: Record<string, string | number>): UntestableEndpoint {
  return { kind: 'not-testable', instance, reason: { key, params } };
}

/**
 * `<name>.cloudapp.net` and friends, once per cloud management gateway: `<name>` is its `azureName`,
 * or the first label of its `name` when that already is a `cloudapp.net` name.
 */
function expandCloudServiceName(entry: EndpointEntry, access: EndpointAccess, hierarchy: Hierarchy): ExpandedEndpoint[] {
  const gateways = hierarchy.cloud ?? [];
  if (gateways.length === 0) return [untestable('cmg', 'endpoint.notTestable.noCmg', { address: entry.address })];
  const parts = splitAddress(entry.address);
  return gateways.map((cmg, index): ExpandedEndpoint => {
    const fromName = /^([a-z0-9-]+)\.(?:usgov)?cloudapp\.net\.?$/i.exec(cmg.name)?.[1];
    const name = cmg.azureName ?? fromName;
    if (!name) return untestable(cmg.name, 'endpoint.notTestable.noAzureName', { address: entry.address, cmg: cmg.name });
    const from = cmg.azureName ? `cloud[${index}].azureName` : `cloud[${index}].name`;
    return concrete(access, parts.host.replace('<name>', name.toLowerCase()), parts.path, { filled: [{ placeholder: '<name>', value: name.toLowerCase(), from }] });
  });
}

/**
 * The intranet firewall rules: each software update point of a child site and each of its parent
 * site's, on their WSUS ports (8530/8531 unless the hierarchy says otherwise, seed 003 note 3).
 * The documents give no direction, so the child's URLs are tested as reached from the parent's
 * software update point and the parent's as reached from the child's.
 */
function expandIntranetSup(entry: EndpointEntry, access: EndpointAccess, hierarchy: Hierarchy): ExpandedEndpoint[] {
  const wantsChild = entry.address.includes('on child site');
  const supsOf = (site: string) => hierarchy.systems.filter((system) => system.site.toUpperCase() === site.toUpperCase() && findRole(system, 'software-update-point'));
  const pairs: { child: SiteSystem; parent: SiteSystem }[] = [];
  for (const site of hierarchy.sites) {
    if (!site.parent) continue;
    for (const child of supsOf(site.code)) for (const parent of supsOf(site.parent)) pairs.push({ child, parent });
  }
  if (pairs.length === 0) return [untestable('sup', 'endpoint.notTestable.noSupChain', { address: entry.address })];
  const seen = new Set<string>();
  const expanded: ExpandedEndpoint[] = [];
  for (const { child, parent } of pairs) {
    const target = wantsChild ? child : parent;
    const role = findRole(target, 'software-update-point');
    const port = access.scheme === 'https' ? (role?.httpsPort ?? 8531) : (role?.httpPort ?? 8530);
    const source = wantsChild ? parent : child;
    const key = `${source.fqdn}>${target.fqdn}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const placeholder = wantsChild ? '<FQDN for software update point on child site>' : '<FQDN for software update point on parent site>';
    const host = target.fqdn.toLowerCase();
    expanded.push(
      concrete({ scheme: access.scheme, port }, host, '/', {
        filled: [{ placeholder, value: host, from: `systems[${hierarchy.systems.indexOf(target)}].fqdn` }],
        between: { source: source.fqdn, destination: target.fqdn },
        ...(target.address ? { address: target.address } : {}),
      }),
    );
  }
  return expanded;
}
