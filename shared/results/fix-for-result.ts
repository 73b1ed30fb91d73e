import type { EndpointDetails } from '../endpoints/endpoint-details.ts';
import { formatPort, type PlannedLink } from '../plan/link.ts';
import type { ServiceId } from '../catalogue/port-types.ts';
import type { CheckResult, LocalizableMessage } from './result-document.ts';
import type { Verdict } from './status.ts';
import { isEndpointResult } from './merge-run-documents.ts';

/**
 * What to do about a result that did not pass, as a message key and its parameters (the renderer,
 * the report and the CLI translate it). The advice follows what the probe saw: silence is a firewall
 * dropping the port, a refusal is a service not listening, a name that does not resolve is DNS.
 * Where a service is known, a second key says which service to look at on the destination.
 * Nothing is advised for a pass.
 */
export function fixForResult(result: CheckResult, link: PlannedLink | undefined): LocalizableMessage[] {
  if (result.status === 'pass') return [];
  if (isEndpointResult(result)) return endpointFix(result);
  const params = {
    source: link?.source ?? result.measuredFrom ?? '',
    destination: result.target.host,
    transport: result.target.transport.toUpperCase(),
    port: link ? formatPort(link.port) : result.target.portLabel,
  };
  const key = VERDICT_FIX[result.verdict];
  if (key === 'fix.notRun') return [{ key, params }];
  const fixes: LocalizableMessage[] = [{ key, params }];
  const service = link?.service;
  if (service && SERVICE_HINTS.has(service) && result.verdict !== 'dns-failed' && result.verdict !== 'unreachable') fixes.push({ key: `fix.service.${service}`, params });
  return fixes;
}

/**
 * The advice for each verdict. `open` with a status other than pass: the probe's summary says what
 * was wrong (signing, version, a fallback port).
 */
const VERDICT_FIX: Record<Verdict, string> = {
  filtered: 'fix.filtered',
  closed: 'fix.closed',
  unreachable: 'fix.unreachable',
  'dns-failed': 'fix.dnsFailed',
  'wrong-protocol': 'fix.wrongProtocol',
  rejected: 'fix.rejected',
  'no-response': 'fix.noResponse',
  undetermined: 'fix.undetermined',
  error: 'fix.error',
  'not-tested': 'fix.notRun',
  cancelled: 'fix.notRun',
  open: 'fix.openWithWarning',
};

/** Services for which the fix names what to look at on the destination. */
const SERVICE_HINTS: ReadonlySet<ServiceId> = new Set<ServiceId>(['smb', 'rpc-epm', 'rpc-dynamic', 'sql', 'sql-broker', 'https', 'http', 'admin-service', 'dhcp', 'tftp', 'binl', 'cmg-tcp-tls', 'cmg-https', 'wsus-http', 'wsus-https']);

/** The advice for an internet endpoint: the first stage that did not pass decides it. */
function endpointFix(result: CheckResult): LocalizableMessage[] {
  const details = result.details as Partial<EndpointDetails>;
  const params = { host: result.target.host, from: result.measuredFrom ?? '' };
  if (details.tls?.inspection?.suspected) return [{ key: 'fix.endpoint.inspection', params: { ...params, issuer: details.tls.inspection.issuer ?? '' } }];
  for (const stage of ['dns', 'tcp', 'proxy', 'tls', 'http'] as const) {
    const outcome = details[stage]?.outcome;
    if (outcome === 'fail' || outcome === 'warn') return [{ key: `fix.endpoint.${stage}`, params }];
  }
  return result.verdict === 'not-tested' ? [{ key: 'fix.endpoint.notTested', params }] : [{ key: 'fix.endpoint.other', params }];
}
