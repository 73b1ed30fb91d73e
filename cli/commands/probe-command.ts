import { isIP } from 'node:net';
import type { Translate } from '../../shared/i18n/translator.ts';
import type { PlannedCheck } from '../../shared/plan/build-plan.ts';
import type { ProbeId } from '../../shared/plan/probe-selection.ts';
import { runPlan } from '../../src-main/core/checks/run-plan.ts';
import { createDnsServerResolver, createSystemResolver } from '../../src-main/core/net/resolver.ts';
import { createProbeRegistry } from '../../src-main/core/probes/registry.ts';
import { BadInput, type CliIo } from '../cli-io.ts';
import type { CommonOptions } from '../options.ts';
import { report, runSettings } from './run-command.ts';

/**
 * `netcheck probe ID HOST[:PORT]`: one probe against one destination, same document as `run`. The
 * port defaults to the probe's own (445 for `smb`, 69 for `tftp`…); `tcp`, `udp` and `cmg` need one.
 */
export async function probeCommand(positionals: readonly string[], options: CommonOptions, io: CliIo, t: Translate): Promise<number> {
  const [id, destination, ...extra] = positionals;
  const probes = createProbeRegistry();
  if (!id || !destination || extra.length > 0) throw new BadInput('probe: expected a probe id and HOST[:PORT], such as: netcheck probe tcp sql01.corp.example:1433');
  const probe = probes.get(id);
  if (!probe) throw new BadInput(`probe: unknown probe "${id}"; available: ${[...probes.keys()].join(', ')}`);
  const parsed = parseDestination(destination);
  const port = parsed.port ?? probe.defaultPort;
  if (port === undefined) throw new BadInput(`probe ${id}: a port is required (${destination})`);
  const host = parsed.host.toLowerCase();
  const settings = runSettings(options.timeout === undefined && probe.defaultTimeoutMs ? { ...options, timeout: String(probe.defaultTimeoutMs) } : options);
  const check: PlannedCheck = {
    id: `${probe.id}:${probe.transport}/${port}@${host}`,
    probe: probe.id as ProbeId,
    services: [],
    target: { host, port, portLabel: String(port), transport: probe.transport },
    linkIds: [],
  };
  const document = await runPlan(
    { links: [], checks: [check] },
    {
      settings,
      probes,
      resolver: settings.dnsServer ? createDnsServerResolver(settings.dnsServer) : createSystemResolver(),
      translate: t,
      ...(io.signal ? { signal: io.signal } : {}),
    },
  );
  return report(document, options, io, t);
}

/** Splits `host:port`, `[v6]:port`, a bare IPv6 address or a bare host name. */
export function parseDestination(text: string): { host: string; port?: number } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  const [host, portText] = bracketed ? [bracketed[1] ?? '', bracketed[2]] : isIP(text) === 6 ? [text, undefined] : splitLast(text);
  if (!host || (bracketed && isIP(host) !== 6)) throw new BadInput(`"${text}": expected HOST:PORT`);
  if (portText === undefined) return { host };
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new BadInput(`"${text}": port must be 1-65535`);
  return { host, port };
}

function splitLast(text: string): [string, string | undefined] {
  const index = text.lastIndexOf(':');
  return index < 0 ? [text, undefined] : [text.slice(0, index), text.slice(index + 1)];
}
