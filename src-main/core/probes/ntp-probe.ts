import type { EndpointDetails, NtpStage } from '../../../shared/endpoints/endpoint-details.ts';
import { buildNtpRequest, parseNtpReply } from '../../../shared/protocols/ntp.ts';
import type { Verdict } from '../../../shared/results/status.ts';
import { dnsStage } from '../endpoints/endpoint-dns.ts';
import { ExchangeLog } from '../net/exchange-log.ts';
import { udpRequest } from '../net/udp-exchange.ts';
import type { Probe, ProbeOutcome } from './probe.ts';
import { icmpVisible, UDP_RESENDS } from './udp-probe.ts';

/** NTP's port. */
export const NTP_PORT = 123;

/**
 * `ntp` (UDP 123): one NTP client request (RFC 5905), as Autopilot's time synchronization needs
 * (seed 001, endpoint set 165). A server reply whose origin echoes ours passes, with its stratum and
 * clock offset; an ICMP port-unreachable is `closed`; silence is `no-response`, never a failure
 * (UDP gives no proof). NTP never goes through a web proxy: the check is always direct.
 */
export const ntpProbe: Probe = {
  id: 'ntp',
  transport: 'udp',
  defaultPort: NTP_PORT,
  async run(target, context): Promise<ProbeOutcome> {
    const port = target.port ?? NTP_PORT;
    const details: EndpointDetails = {
      url: target.url ?? `ntp://${target.host}`,
      route: { kind: 'direct', source: 'default', detail: 'NTP does not go through web proxies' },
      dns: { resolvedBy: 'this-machine', name: target.host, outcome: 'skipped', message: { key: 'endpoint.stage.notReached', params: {} }, a: [], aaaa: [], cnames: [] },
    };
    const looked = await dnsStage(target, context, target.endpoint);
    details.dns = looked.stage;
    const evidenceBase = { resolution: looked.resolution };
    if (!looked.address) return outcome('dns-failed', details, evidenceBase);
    const address = looked.address;
    const log = new ExchangeLog();
    const sentAt = Date.now();
    const request = buildNtpRequest(sentAt);
    const started = performance.now();
    const reply = await udpRequest({
      address,
      port,
      payload: request,
      note: 'NTP client request (version 4, mode 3)',
      signal: context.signal,
      log,
      connected: true,
      resendAfter: UDP_RESENDS,
      accept: (data) => {
        const parsed = parseNtpReply(data);
        return !('error' in parsed) && Math.abs(parsed.originMs - sentAt) <= 1;
      },
    });
    const durationMs = Math.round(performance.now() - started);
    const evidence = { ...evidenceBase, remote: { address, port }, sent: `NTP client request to ${address}:${port}`, exchanges: log.exchanges };
    const params = { address, port };
    let stage: NtpStage;
    let verdict: Verdict;
    if (reply.kind === 'reply') {
      const parsed = parseNtpReply(reply.data);
      if ('error' in parsed) throw new Error(parsed.error);
      const offsetMs = parsed.transmitMs - (sentAt + durationMs / 2);
      stage = { outcome: 'pass', durationMs, stratum: parsed.stratum, referenceId: parsed.referenceId, offsetMs: Math.round(offsetMs), message: { key: 'endpoint.ntp.answered', params: { ...params, stratum: parsed.stratum, offset: Math.round(offsetMs) } } };
      verdict = 'open';
    } else if (reply.kind === 'port-unreachable') {
      stage = { outcome: 'fail', durationMs, message: { key: 'endpoint.ntp.closed', params } };
      verdict = 'closed';
    } else if (reply.kind === 'error') {
      stage = { outcome: 'fail', durationMs, message: { key: 'endpoint.ntp.error', params: { ...params, code: reply.code } } };
      verdict = 'error';
    } else {
      stage = { outcome: 'warn', durationMs, message: { key: icmpVisible() ? 'endpoint.ntp.silent' : 'endpoint.ntp.silentWindows', params: { ...params, attempts: reply.attempts } } };
      verdict = 'no-response';
    }
    details.ntp = stage;
    return outcome(verdict, details, { ...evidence, received: reply.kind === 'reply' ? `NTP reply from ${reply.from.address}:${reply.from.port}` : reply.kind });
  },
};

function outcome(verdict: Verdict, details: EndpointDetails, evidence: ProbeOutcome['evidence']): ProbeOutcome {
  const stages = [details.dns, details.ntp].filter((stage) => stage !== undefined);
  const failing = stages.find((stage) => stage.outcome === 'fail') ?? stages.find((stage) => stage.outcome === 'warn');
  const status = verdict === 'no-response' ? 'unknown' : failing?.outcome === 'fail' ? 'fail' : failing?.outcome === 'warn' ? 'warn' : 'pass';
  return { verdict, status, message: failing?.message ?? details.ntp?.message ?? details.dns.message, details: details as unknown as Record<string, unknown>, evidence };
}
