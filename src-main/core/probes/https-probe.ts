import type net from 'node:net';
import { STAGE_ORDER, type EndpointDetails, type StageBase } from '../../../shared/endpoints/endpoint-details.ts';
import type { CheckTarget } from '../../../shared/plan/build-plan.ts';
import type { Resolution } from '../../../shared/results/result-document.ts';
import type { Status, Verdict } from '../../../shared/results/status.ts';
import { connectStage, connectToProxy, openTunnel, tunnelWithoutCredentials } from '../endpoints/endpoint-connect.ts';
import { dnsByProxyStage, dnsStage } from '../endpoints/endpoint-dns.ts';
import { httpStage } from '../endpoints/endpoint-http.ts';
import { tlsStage } from '../endpoints/endpoint-tls.ts';
import { ExchangeLog } from '../net/exchange-log.ts';
import type { RouteChoice } from '../proxy/route-resolver.ts';
import type { Probe, ProbeContext, ProbeOutcome } from './probe.ts';

/** The URL a target asks for: its own, or `https://host:port/` for a bare `netcheck probe https host`. */
export function targetUrl(target: CheckTarget): URL | undefined {
  try {
    return new URL(target.url ?? `https://${target.host.includes(':') ? `[${target.host}]` : target.host}:${target.port ?? 443}/`);
  } catch {
    return undefined;
  }
}

/** The port a URL connects to. */
function urlPort(url: URL): number {
  if (url.port) return Number(url.port);
  return url.protocol === 'http:' ? 80 : 443;
}

const DIRECT_ROUTE: RouteChoice = { ok: true, description: { kind: 'direct', source: 'default' } };

/** What the run collects while the stages run, to build the outcome from. */
interface Progress {
  details: EndpointDetails;
  log: ExchangeLog;
  sent: string[];
  received: string[];
  resolution?: Resolution;
  local?: { address: string; port: number };
  remote?: { address: string; port: number };
  sockets: net.Socket[];
}

/**
 * `https`: one internet endpoint, stage by stage — DNS (here, or by the proxy), TCP (to the endpoint
 * or the proxy), the proxy's CONNECT, TLS with the endpoint's name, then one HTTP request — each with
 * its own outcome, so a failure names the stage, and so the device, that broke the path. Also runs
 * `http://` URLs (no TLS) and `tls://host:port` (no HTTP: Apple's push service on 5223). The route
 * comes from the run (`--proxy`, `--pac`, the environment, the system, the hierarchy).
 */
export const httpsProbe: Probe = {
  id: 'https',
  transport: 'tcp',
  defaultPort: 443,
  defaultTimeoutMs: 10_000,
  async run(target, context): Promise<ProbeOutcome> {
    const url = targetUrl(target);
    const log = new ExchangeLog();
    if (!url || !['https:', 'http:', 'tls:'].includes(url.protocol)) {
      return { verdict: 'error', message: { key: 'endpoint.badUrl', params: { url: target.url ?? target.host } }, details: {}, evidence: {} };
    }
    const route = target.address ? DIRECT_ROUTE : ((await context.route?.routeFor(url, context.signal)) ?? DIRECT_ROUTE);
    const progress: Progress = {
      details: {
        url: url.href,
        route: route.description,
        ...(target.endpoint?.standsInFor ? { standsInFor: target.endpoint.standsInFor } : {}),
        dns: { resolvedBy: 'this-machine', name: url.hostname, outcome: 'skipped', message: { key: 'endpoint.stage.notReached', params: {} }, a: [], aaaa: [], cnames: [] },
      },
      log,
      sent: [],
      received: [],
      sockets: [],
    };
    try {
      return await runStages(target, url, route, context, progress);
    } finally {
      for (const socket of progress.sockets) socket.destroy();
    }
  },
};

async function runStages(target: CheckTarget, url: URL, route: RouteChoice, context: ProbeContext, progress: Progress): Promise<ProbeOutcome> {
  const { details, log } = progress;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = urlPort(url);
  if (!route.ok) {
    details.proxy = { request: '', outcome: 'fail', message: { key: 'endpoint.route.failed', params: { reason: route.reason } } };
    return finish(progress, 'error');
  }

  let socket: net.Socket | undefined;
  if (!route.proxy) {
    const looked = await dnsStage({ ...target, host }, context, target.endpoint);
    details.dns = looked.stage;
    progress.resolution = looked.resolution;
    if (!looked.address) return finish(progress, 'dns-failed');
    progress.sent.push(`TCP connect to ${looked.address}:${port}`);
    const connected = await connectStage(looked.address, port, 'endpoint', context);
    details.tcp = connected.tcp;
    noteConnection(progress, connected.tcp);
    if (!connected.socket) return finish(progress, connected.verdict ?? 'error');
    socket = connected.socket;
    progress.sockets.push(socket);
  } else {
    const proxy = route.proxy;
    details.dns = dnsByProxyStage(target, route.description.proxy ?? '');
    progress.sent.push(`TCP connect to proxy ${route.description.proxy}`);
    const connected = await connectToProxy(proxy, context);
    details.tcp = connected.tcp;
    if (connected.proxyResolution) progress.resolution = connected.proxyResolution;
    noteConnection(progress, connected.tcp);
    if (!connected.socket) return finish(progress, connected.verdict ?? 'error');
    socket = connected.socket;
    progress.sockets.push(socket);
    if (url.protocol !== 'http:') {
      progress.sent.push(`CONNECT ${host}:${port}`);
      const tunnel = await openTunnel(socket, proxy, host, port, context, log);
      details.proxy = tunnel.stage;
      progress.received.push(`CONNECT: ${tunnel.stage.status ?? 'no answer'}`);
      if (tunnel.stage.outcome === 'fail') {
        if (target.endpoint?.flags.includes('unauthenticated-proxy') && (tunnel.stage.status === 407 || tunnel.stage.status === 401)) {
          details.proxy = { ...tunnel.stage, message: { key: 'endpoint.proxy.anonymousRequired', params: { proxy: route.description.proxy ?? '', host } } };
        }
        return finish(progress, tunnel.verdict ?? 'rejected');
      }
      if (proxy.username !== undefined && target.endpoint?.flags.includes('unauthenticated-proxy')) {
        const anonymous = await tunnelWithoutCredentials(proxy, host, port, context, log);
        if (anonymous === 'auth-required') {
          details.proxy = { ...tunnel.stage, outcome: 'fail', message: { key: 'endpoint.proxy.anonymousRefused', params: { proxy: route.description.proxy ?? '', host } } };
          return finish(progress, 'rejected');
        }
      }
    }
  }

  let stream: net.Socket = socket;
  if (url.protocol !== 'http:') {
    progress.sent.push(`TLS ClientHello (server name ${host})`);
    const tls = await tlsStage(socket, host, target.endpoint, url.protocol === 'https:', context);
    details.tls = tls.stage;
    progress.received.push(tls.stage.protocol ? `${tls.stage.protocol}, leaf ${tls.stage.chain[0]?.subject ?? 'none'}` : 'no TLS session');
    if (tls.verdict) return finish(progress, tls.verdict);
    if (!tls.session) return finish(progress, 'open');
    progress.sockets.push(tls.session);
    stream = tls.session;
  }
  if (url.protocol === 'tls:') return finish(progress, 'open');

  progress.sent.push(`GET ${route.proxy && url.protocol === 'http:' ? url.href : url.pathname + url.search} HTTP/1.1`);
  const http = await httpStage(stream, url, context, log, route.proxy && url.protocol === 'http:' ? route.proxy : undefined);
  details.http = http.stage;
  if (http.proxy) details.proxy = http.proxy;
  progress.received.push(http.stage.status !== undefined ? `HTTP ${http.stage.status} ${http.stage.reason ?? ''}`.trimEnd() : 'no HTTP answer');
  return finish(progress, http.verdict ?? 'open');
}

function noteConnection(progress: Progress, tcp: { local?: { address: string; port: number }; remote?: { address: string; port: number } }): void {
  if (tcp.local) progress.local = tcp.local;
  if (tcp.remote) progress.remote = tcp.remote;
}

/** The check's status: the worst stage outcome (skipped stages count for nothing). */
function worstOutcome(details: EndpointDetails): { status: Status; stage?: StageBase } {
  const stages = STAGE_ORDER.map((name) => details[name]).filter((stage): stage is NonNullable<typeof stage> => stage !== undefined);
  for (const outcome of ['fail', 'warn'] as const) {
    const stage = stages.find((candidate) => candidate.outcome === outcome);
    if (stage) return { status: outcome, stage };
  }
  return { status: 'pass' };
}

function finish(progress: Progress, verdict: Verdict): ProbeOutcome {
  const { details } = progress;
  const worst = worstOutcome(details);
  const routeText = details.route.kind === 'proxy' ? `through ${details.route.proxy}` : 'direct';
  const stages = STAGE_ORDER.filter((name) => details[name] !== undefined && details[name]?.outcome !== 'skipped')
    .map((name) => name.toUpperCase())
    .join(', ');
  const answer = details.http?.status !== undefined ? ` (HTTP ${details.http.status})` : '';
  const message = worst.stage?.message ?? { key: 'endpoint.passed', params: { url: details.url, stages, route: routeText, answer } };
  return {
    verdict,
    status: verdict === 'error' ? 'unknown' : worst.status,
    message,
    details: details as unknown as Record<string, unknown>,
    evidence: {
      ...(progress.resolution ? { resolution: progress.resolution } : {}),
      ...(progress.local ? { local: progress.local } : {}),
      ...(progress.remote ? { remote: progress.remote } : {}),
      sent: progress.sent.join('; ') || 'nothing',
      received: progress.received.join('; ') || 'nothing',
      exchanges: progress.log.exchanges,
    },
  };
}
