import { isIP } from 'node:net';
import type { Translate } from '../../shared/i18n/translator.ts';
import type { EndpointExpectation } from '../../shared/endpoints/endpoint-expectation.ts';
import { flagsForHost, trustFamilyOf } from '../../shared/endpoints/endpoint-rules.ts';
import type { CheckTarget, PlannedCheck } from '../../shared/plan/build-plan.ts';
import type { ProbeId } from '../../shared/plan/probe-selection.ts';
import { runPlan } from '../../src-main/core/checks/run-plan.ts';
import { createDnsServerResolver, createSystemResolver } from '../../src-main/core/net/resolver.ts';
import type { Probe } from '../../src-main/core/probes/probe.ts';
import { createProbeRegistry } from '../../src-main/core/probes/registry.ts';
import { BadInput, type CliIo } from '../cli-io.ts';
import { acceptedRootsOption, routeOption, trustedRootsOption } from '../endpoint-options.ts';
import type { CommonOptions } from '../options.ts';
import { describeEndpointContext } from '../output/endpoint-output.ts';
import { report, runSettings } from './run-command.ts';

/**
 * `netcheck probe ID HOST[:PORT]`: one probe against one destination, same document as `run`. The
 * port defaults to the probe's own (445 for `smb`, 69 for `tftp`…); `tcp`, `udp` and `cmg` need one.
 * `https` takes a URL (`https://…`, `http://…`, `tls://host:port`) or a host, and goes out by the
 * same route choices as `endpoints` (`--proxy`, `--pac`, the environment).
 */
export async function probeCommand(positionals: readonly string[], options: CommonOptions, io: CliIo, t: Translate): Promise<number> {
  const [id, destination, ...extra] = positionals;
  const probes = createProbeRegistry();
  if (!id || !destination || extra.length > 0) throw BadInput.of('probeUsage');
  const probe = probes.get(id);
  if (!probe) throw BadInput.of('unknownProbe', { id, available: [...probes.keys()].join(', ') });
  const target = probe.id === 'https' ? urlTarget(destination) : hostTarget(probe, destination);
  const settings = runSettings(options.timeout === undefined && probe.defaultTimeoutMs ? { ...options, timeout: String(probe.defaultTimeoutMs) } : options);
  const resolver = settings.dnsServer ? createDnsServerResolver(settings.dnsServer) : createSystemResolver();
  const route = probe.id === 'https' ? await routeOption(options, io, undefined, resolver) : undefined;
  const ca = await trustedRootsOption(options, io);
  const acceptedRoots = await acceptedRootsOption(options, io);
  const check: PlannedCheck = {
    id: `${probe.id}:${target.url ?? `${probe.transport}/${target.port}@${target.host}`}`,
    probe: probe.id as ProbeId,
    services: [],
    target,
    linkIds: [],
  };
  const document = await runPlan(
    { links: [], checks: [check] },
    {
      settings,
      probes,
      resolver,
      translate: t,
      ...(route ? { route } : {}),
      ...(ca ? { ca } : {}),
      ...(acceptedRoots ? { acceptedRoots } : {}),
      ...(io.signal ? { signal: io.signal } : {}),
    },
  );
  if (route && !options.json) io.stdout.write(`${describeEndpointContext(route.summary, document.trustStore, t)}\n\n`);
  return report(document, options, io, t);
}

/** A host target for the protocol probes. */
function hostTarget(probe: Probe, destination: string): CheckTarget {
  const parsed = parseDestination(destination);
  const port = parsed.port ?? probe.defaultPort;
  if (port === undefined) throw BadInput.of('portRequired', { probe: probe.id, destination });
  const host = parsed.host.toLowerCase();
  const endpoint = probe.id === 'ntp' ? { endpoint: expectationFor(host) } : {};
  return { host, port, portLabel: String(port), transport: probe.transport, ...endpoint };
}

/** A URL target for `https`: a bare host becomes `https://host/`. */
function urlTarget(destination: string): CheckTarget {
  const text = /^[a-z]+:\/\//i.test(destination) ? destination : `https://${destination}/`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw BadInput.of('notUrl', { destination });
  }
  if (!['https:', 'http:', 'tls:'].includes(url.protocol)) throw BadInput.of('unsupportedScheme', { scheme: url.protocol });
  if (url.protocol === 'tls:' && !url.port) throw BadInput.of('tlsNeedsPort');
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port ? Number(url.port) : url.protocol === 'http:' ? 80 : 443;
  return { host, port, portLabel: String(port), transport: 'tcp', url: url.href, endpoint: expectationFor(host) };
}

/** What the catalogue's rules say of a host tested on its own. */
function expectationFor(host: string): EndpointExpectation {
  return { entries: [], features: [], flags: flagsForHost(host), trust: trustFamilyOf(host) };
}

/** Splits `host:port`, `[v6]:port`, a bare IPv6 address or a bare host name. */
export function parseDestination(text: string): { host: string; port?: number } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  const [host, portText] = bracketed ? [bracketed[1] ?? '', bracketed[2]] : isIP(text) === 6 ? [text, undefined] : splitLast(text);
  if (!host || (bracketed && isIP(host) !== 6)) throw BadInput.of('hostPort', { text });
  if (portText === undefined) return { host };
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw BadInput.of('portRange', { text });
  return { host, port };
}

function splitLast(text: string): [string, string | undefined] {
  const index = text.lastIndexOf(':');
  return index < 0 ? [text, undefined] : [text.slice(0, index), text.slice(index + 1)];
}
