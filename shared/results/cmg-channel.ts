import type { PlannedLink } from '../plan/link.ts';
import type { CheckResult, LocalizableMessage } from './result-document.ts';
import type { Status } from './status.ts';

/** Which channel a CMG connection point will use, from the results of its gateway's ports. */
export interface ChannelDecision {
  group: string;
  uses: 'tcp-tls' | 'https' | 'none';
  message: LocalizableMessage;
  /** New statuses for results whose meaning changes in context (a blocked port with a working alternative). */
  statusOverrides: Map<string, Status>;
}

/**
 * Decides, per CMG (links of one `alternativeGroup`), which channel the connection point will build:
 * TCP-TLS on 10140+ when all of those ports work; otherwise the HTTPS fallback (443, or 10124+ with
 * several instances) when all of those work; otherwise none (seed 003, bkmk_cmgcp-cmg).
 *
 * A blocked TCP-TLS port with a working fallback is a warning, not a failure: the gateway works, more
 * slowly. A failing fallback is only a warning while TCP-TLS works. A gateway with neither keeps its
 * failures. Results that did not run are left alone.
 */
export function decideCmgChannels(results: readonly CheckResult[], links: readonly PlannedLink[]): ChannelDecision[] {
  const linkById = new Map(links.map((link) => [link.id, link]));
  const groups = new Map<string, { primary: CheckResult[]; fallback: CheckResult[] }>();
  for (const result of results) {
    for (const linkId of result.links) {
      const link = linkById.get(linkId);
      if (!link?.alternativeGroup) continue;
      const group = groups.get(link.alternativeGroup) ?? { primary: [], fallback: [] };
      const side = link.service === 'cmg-tcp-tls' ? group.primary : group.fallback;
      if (!side.includes(result)) side.push(result);
      groups.set(link.alternativeGroup, group);
    }
  }
  const decisions: ChannelDecision[] = [];
  for (const [group, { primary, fallback }] of groups) {
    const works = (list: CheckResult[]) => list.length > 0 && list.every((r) => r.status === 'pass' || r.status === 'warn');
    const ports = (list: CheckResult[]) => list.map((r) => r.target.portLabel).join(', ');
    const failed = (list: CheckResult[]) => list.filter((r) => r.status === 'fail');
    const statusOverrides = new Map<string, Status>();
    if (works(primary)) {
      for (const result of failed(fallback)) statusOverrides.set(result.id, 'warn');
      decisions.push({ group, uses: 'tcp-tls', message: { key: 'probe.cmg.usesTcpTls', params: { ports: ports(primary) } }, statusOverrides });
    } else if (works(fallback)) {
      for (const result of failed(primary)) statusOverrides.set(result.id, 'warn');
      decisions.push({ group, uses: 'https', message: { key: 'probe.cmg.usesHttps', params: { blocked: ports(failed(primary)) || ports(primary), ports: ports(fallback) } }, statusOverrides });
    } else {
      decisions.push({ group, uses: 'none', message: { key: 'probe.cmg.usesNone', params: { primary: ports(primary) || '-', fallback: ports(fallback) || '-' } }, statusOverrides });
    }
  }
  return decisions;
}
