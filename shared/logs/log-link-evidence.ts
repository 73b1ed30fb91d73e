import type { Finding, FindingCategory } from './log-types.ts';

/**
 * What a service connection point's log says about its way to the internet: the network failures
 * among its findings. The topology marks the SCP → Internet link with it (and colours the link by
 * it until a live check has run).
 */
export interface LogLinkEvidence {
  status: 'fail' | 'warn';
  categories: FindingCategory[];
  hosts: string[];
  findings: number;
}

/** The categories that speak of the path to the internet. */
export const NETWORK_CATEGORIES: ReadonlySet<FindingCategory> = new Set(['dns', 'tcp', 'timeout', 'tls-trust', 'tls-protocol', 'proxy', 'http']);

export function logLinkEvidence(findings: readonly Finding[]): LogLinkEvidence | undefined {
  const network = findings.filter((finding) => NETWORK_CATEGORIES.has(finding.category) && finding.severity !== 'info');
  if (network.length === 0) return undefined;
  return {
    status: network.some((finding) => finding.severity === 'error') ? 'fail' : 'warn',
    categories: [...new Set(network.map((finding) => finding.category))],
    hosts: [...new Set(network.flatMap((finding) => (finding.host ? [finding.host] : [])))],
    findings: network.reduce((sum, finding) => sum + finding.occurrences, 0),
  };
}
