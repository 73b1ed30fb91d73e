import { isIP } from 'node:net';
import type { DnsStage } from '../../../shared/endpoints/endpoint-details.ts';
import type { EndpointExpectation } from '../../../shared/endpoints/endpoint-expectation.ts';
import { INTUNE_CORE_RANGES } from '../../../shared/endpoints/intune-subnets.ts';
import { classifyAddress, inCidr } from '../../../shared/net/ip-address.ts';
import type { CheckTarget } from '../../../shared/plan/build-plan.ts';
import type { Resolution } from '../../../shared/results/result-document.ts';
import { resolveTarget } from '../net/target-address.ts';
import type { ProbeContext } from '../probes/probe.ts';

/** The DNS stage and what the next stage connects to. */
export interface DnsStageResult {
  stage: DnsStage;
  resolution: Resolution;
  /** The address to connect to, when the stage did not fail. */
  address?: string;
}

/**
 * Looks the endpoint's name up as this machine does, with the CNAME chain for evidence, and judges
 * the answer: no address fails; only `0.0.0.0`/`::` is a sinkhole (fail); a loopback answer for an
 * internet name is a hosts-file entry or a sinkhole (warning: whatever answers is on this machine);
 * for Intune's core names, answers outside every published range are a warning.
 */
export async function dnsStage(target: CheckTarget, context: ProbeContext, expectation: EndpointExpectation | undefined): Promise<DnsStageResult> {
  const resolution = await resolveTarget(target, context.resolver, context.signal);
  const name = target.host;
  const base = { resolvedBy: 'this-machine' as const, name, via: resolution.via, durationMs: resolution.durationMs };
  if (resolution.error || resolution.addresses.length === 0) {
    const code = resolution.error?.code ?? 'ENODATA';
    return {
      resolution,
      stage: {
        ...base,
        outcome: 'fail',
        message: code === 'ETIMEOUT' ? { key: 'endpoint.dns.timeout', params: { name } } : { key: 'endpoint.dns.failed', params: { name, code } },
        a: [],
        aaaa: [],
        cnames: [],
      },
    };
  }
  const cnames = resolution.via === 'system' || resolution.via.startsWith('dns ') ? await context.resolver.cnameChain(name, context.signal) : [];
  const a = resolution.addresses.filter((address) => isIP(address) === 4);
  const aaaa = resolution.addresses.filter((address) => isIP(address) === 6);
  const facts = { ...base, a, aaaa, cnames };
  const shown = resolution.addresses.slice(0, 3).join(', ') + (resolution.addresses.length > 3 ? ', …' : '');
  const classes = resolution.addresses.map(classifyAddress);
  const address = resolution.addresses[0];
  if (classes.every((kind) => kind === 'unspecified')) {
    return { resolution, stage: { ...facts, outcome: 'fail', sinkhole: 'unspecified', message: { key: 'endpoint.dns.sinkhole', params: { name, addresses: shown } } } };
  }
  if (resolution.via !== 'address-override' && resolution.via !== 'literal' && classes.includes('loopback')) {
    return { resolution, address, stage: { ...facts, outcome: 'warn', sinkhole: 'loopback', message: { key: 'endpoint.dns.loopback', params: { name, addresses: shown } } } };
  }
  if (expectation?.ranges === 'intune-core') {
    const inside = resolution.addresses.filter((candidate) => INTUNE_CORE_RANGES.some((range) => inCidr(candidate, range.cidr)));
    const outside = resolution.addresses.filter((candidate) => !inside.includes(candidate));
    const ranges = { inside, outside };
    if (inside.length === 0) return { resolution, address, stage: { ...facts, ranges, outcome: 'warn', message: { key: 'endpoint.dns.outsideRanges', params: { name, addresses: shown } } } };
    return { resolution, address, stage: { ...facts, ranges, outcome: 'pass', message: { key: 'endpoint.dns.insideRanges', params: { name, addresses: shown, inside: inside.length, count: resolution.addresses.length } } } };
  }
  return { resolution, address, stage: { ...facts, outcome: 'pass', message: { key: 'endpoint.dns.resolved', params: { name, addresses: shown, count: resolution.addresses.length } } } };
}

/** The DNS stage when a proxy resolves the name: nothing was looked up here. */
export function dnsByProxyStage(target: CheckTarget, proxy: string): DnsStage {
  return { resolvedBy: 'proxy', name: target.host, outcome: 'skipped', message: { key: 'endpoint.dns.byProxy', params: { name: target.host, proxy } }, a: [], aaaa: [], cnames: [] };
}
