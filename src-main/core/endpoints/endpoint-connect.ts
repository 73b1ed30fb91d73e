import type net from 'node:net';
import type { ProxyStage, TcpStage } from '../../../shared/endpoints/endpoint-details.ts';
import { challengeSchemes, headerValue, headerValues, proxyErrorOf, type HttpRequest } from '../../../shared/protocols/http1.ts';
import { describeProxy, type ProxyServer } from '../../../shared/proxy/proxy-server.ts';
import type { Resolution } from '../../../shared/results/result-document.ts';
import type { Verdict } from '../../../shared/results/status.ts';
import { APP_VERSION } from '../../../shared/version.ts';
import type { ExchangeLog } from '../net/exchange-log.ts';
import { exchangeHttp } from '../net/http-exchange.ts';
import { connectTcpAdaptive } from '../net/tcp-connect.ts';
import { resolveTarget } from '../net/target-address.ts';
import type { ProbeContext } from '../probes/probe.ts';
import { verdictForError } from '../probes/tcp-probe.ts';

/** The User-Agent every endpoint request sends, so proxy logs show what the traffic was. */
export const USER_AGENT = `ConfigMgr-Netcheck/${APP_VERSION}`;

/** A connection attempt's stages, and the open stream when it succeeded. */
export interface ConnectResult {
  tcp: TcpStage;
  proxy?: ProxyStage;
  socket?: net.Socket;
  /** The verdict of the check when this step ended it. */
  verdict?: Verdict;
  /** How the proxy's own name resolved (direct connections resolve in the DNS stage). */
  proxyResolution?: Resolution;
}

/** Opens TCP to `address:port` (the endpoint, or the proxy), as the TCP stage. */
export async function connectStage(address: string, port: number, to: TcpStage['to'], context: ProbeContext): Promise<ConnectResult> {
  const outcome = await connectTcpAdaptive(address, port, context.signal, context.timing);
  const params = { address, port, to: to === 'proxy' ? 'proxy' : 'endpoint' };
  if (outcome.kind === 'connected') {
    return {
      socket: outcome.socket,
      tcp: { to, outcome: 'pass', durationMs: outcome.durationMs, remote: outcome.remote, local: outcome.local, message: { key: 'endpoint.tcp.connected', params: { ...params, ms: outcome.durationMs } } },
    };
  }
  const local = outcome.local ? { local: outcome.local } : {};
  if (outcome.kind === 'aborted') {
    return {
      verdict: 'filtered',
      tcp: { to, outcome: 'fail', durationMs: outcome.durationMs, remote: { address, port }, ...local, message: { key: 'endpoint.tcp.filtered', params: { ...params, ms: outcome.durationMs } } },
    };
  }
  const verdict = verdictForError(outcome.code);
  const key = verdict === 'closed' ? 'endpoint.tcp.refused' : verdict === 'unreachable' ? 'endpoint.tcp.unreachable' : 'endpoint.tcp.error';
  return { verdict, tcp: { to, outcome: 'fail', durationMs: outcome.durationMs, remote: { address, port }, ...local, message: { key, params: { ...params, code: outcome.code } } } };
}

/** Resolves the proxy's name (with the run's resolver) and connects to it. */
export async function connectToProxy(proxy: ProxyServer, context: ProbeContext): Promise<ConnectResult> {
  const proxyResolution = await resolveTarget({ host: proxy.host, port: proxy.port, portLabel: String(proxy.port), transport: 'tcp' }, context.resolver, context.signal);
  const address = proxyResolution.addresses[0];
  if (!address) {
    const code = proxyResolution.error?.code ?? 'ENODATA';
    return {
      verdict: 'dns-failed',
      proxyResolution,
      tcp: { to: 'proxy', outcome: 'fail', durationMs: proxyResolution.durationMs, message: { key: 'endpoint.tcp.proxyUnresolved', params: { proxy: describeProxy(proxy), code } } },
    };
  }
  return { ...(await connectStage(address, proxy.port, 'proxy', context)), proxyResolution };
}

/** `Proxy-Authorization: Basic …` for a proxy with credentials. */
export function proxyAuthorization(proxy: ProxyServer): [string, string][] {
  if (proxy.username === undefined) return [];
  return [['Proxy-Authorization', `Basic ${Buffer.from(`${proxy.username}:${proxy.password ?? ''}`).toString('base64')}`]];
}

/**
 * Asks the proxy for a tunnel (`CONNECT host:port`) on an open connection to it, as the proxy
 * stage. 407 — and 401, which tinyproxy sends for wrong credentials — are proxy authentication,
 * with the schemes offered; 403 is a denial; 502–504 mean the proxy could not reach the endpoint.
 */
export async function openTunnel(socket: net.Socket, proxy: ProxyServer, host: string, port: number, context: ProbeContext, log: ExchangeLog): Promise<{ stage: ProxyStage; verdict?: Verdict }> {
  const authority = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  const request: HttpRequest = { method: 'CONNECT', target: authority, headers: [['Host', authority], ['User-Agent', USER_AGENT], ...proxyAuthorization(proxy)] };
  const shown = describeProxy(proxy);
  const requestText = `CONNECT ${authority} HTTP/1.1`;
  const exchanged = await exchangeHttp(socket, request, context.signal, log, `CONNECT to ${shown}`);
  const base = { request: requestText, durationMs: exchanged.durationMs };
  switch (exchanged.kind) {
    case 'response': {
      const { head } = exchanged;
      const status = head.status;
      const proxyError = proxyErrorOf(head, true);
      const facts = { ...base, status, ...(proxyError ? { proxyError } : {}) };
      if (status >= 200 && status < 300) return { stage: { ...facts, outcome: 'pass', message: { key: 'endpoint.proxy.tunnel', params: { proxy: shown, target: authority, status } } } };
      if (status === 407 || status === 401) {
        const schemes = challengeSchemes([...headerValues(head, 'proxy-authenticate'), ...headerValues(head, 'www-authenticate')]);
        return {
          verdict: 'rejected',
          stage: {
            ...facts,
            schemes,
            outcome: 'fail',
            message: { key: proxy.username !== undefined ? 'endpoint.proxy.authRefused' : 'endpoint.proxy.authRequired', params: { proxy: shown, status, schemes: schemes.join(', ') || 'none named' } },
          },
        };
      }
      const detail = proxyError?.detail ?? (`${status} ${head.reason}`.trim() + (headerValue(head, 'server') ? ` (${headerValue(head, 'server')})` : ''));
      const key = status === 403 ? 'endpoint.proxy.denied' : status >= 502 && status <= 504 ? 'endpoint.proxy.upstream' : 'endpoint.proxy.refused';
      return { verdict: 'rejected', stage: { ...facts, outcome: 'fail', message: { key, params: { proxy: shown, status, detail, target: authority } } } };
    }
    case 'invalid':
      return { verdict: 'wrong-protocol', stage: { ...base, outcome: 'fail', message: { key: 'endpoint.proxy.notHttp', params: { proxy: shown, reason: exchanged.reason } } } };
    case 'closed':
      return { verdict: 'rejected', stage: { ...base, outcome: 'fail', message: { key: 'endpoint.proxy.closed', params: { proxy: shown } } } };
    case 'failed':
      return { verdict: 'closed', stage: { ...base, outcome: 'fail', message: { key: 'endpoint.proxy.closed', params: { proxy: shown } } } };
    case 'aborted':
      return { verdict: 'no-response', stage: { ...base, outcome: 'fail', message: { key: 'endpoint.proxy.noAnswer', params: { proxy: shown, ms: exchanged.durationMs, timeout: context.timeoutMs } } } };
  }
}

/**
 * For hosts Intune needs reachable without proxy authentication: asks the proxy for the same tunnel
 * without credentials, on a new connection, and says whether it is refused.
 */
export async function tunnelWithoutCredentials(proxy: ProxyServer, host: string, port: number, context: ProbeContext, log: ExchangeLog): Promise<'allowed' | 'auth-required' | 'unknown'> {
  const anonymous: ProxyServer = { host: proxy.host, port: proxy.port };
  const connected = await connectToProxy(anonymous, context);
  if (!connected.socket) return 'unknown';
  try {
    const tunnel = await openTunnel(connected.socket, anonymous, host, port, context, log);
    if (tunnel.stage.outcome === 'pass') return 'allowed';
    return tunnel.stage.status === 407 || tunnel.stage.status === 401 ? 'auth-required' : 'unknown';
  } finally {
    connected.socket.destroy();
  }
}
