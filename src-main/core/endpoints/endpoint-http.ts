import type { Duplex } from 'node:stream';
import type { HttpStage, ProxyStage } from '../../../shared/endpoints/endpoint-details.ts';
import { challengeSchemes, describeRequest, headerValue, headerValues, proxyErrorOf, type HttpRequest, type HttpResponseHead } from '../../../shared/protocols/http1.ts';
import { describeProxy, type ProxyServer } from '../../../shared/proxy/proxy-server.ts';
import type { LocalizableMessage } from '../../../shared/results/result-document.ts';
import type { Verdict } from '../../../shared/results/status.ts';
import type { ExchangeLog } from '../net/exchange-log.ts';
import { exchangeHttp } from '../net/http-exchange.ts';
import type { ProbeContext } from '../probes/probe.ts';
import { proxyAuthorization, USER_AGENT } from './endpoint-connect.ts';

/** Response headers kept in the evidence: enough to tell who answered. */
const KEPT_HEADERS = ['server', 'via', 'location', 'content-type', 'x-squid-error', 'proxy-status', 'x-cache'];

function keptHeaders(head: HttpResponseHead): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = headerValue(head, name);
    if (value !== undefined) kept[name] = value;
  }
  return kept;
}

/** The HTTP stage, and for plain HTTP through a proxy, the proxy stage read from the same answer. */
export interface HttpStageResult {
  stage: HttpStage;
  proxy?: ProxyStage;
  verdict?: Verdict;
}

/**
 * Sends one GET for the endpoint's path and judges the answer. Any answer from the endpoint passes
 * (a 404 or 403 from Microsoft's front door still proves the path works) except a 5xx, which warns;
 * an answer the proxy wrote (Squid's `X-Squid-Error`, an RFC 9209 `Proxy-Status` error, a proxy
 * product's error page) fails even when CONNECT said 200: that is how a TLS-inspecting proxy reports
 * what it refused inside the tunnel. `proxy` is set for plain HTTP sent to a proxy (absolute URL).
 */
export async function httpStage(stream: Duplex, url: URL, context: ProbeContext, log: ExchangeLog, proxy?: ProxyServer): Promise<HttpStageResult> {
  const request: HttpRequest = {
    method: 'GET',
    target: proxy ? url.href : `${url.pathname}${url.search}`,
    headers: [['Host', url.host], ['User-Agent', USER_AGENT], ['Accept', '*/*'], ['Connection', 'close'], ...(proxy ? proxyAuthorization(proxy) : [])],
  };
  const requestText = describeRequest(request).split('\n')[0] ?? '';
  const exchanged = await exchangeHttp(stream, request, context.signal, log, proxy ? `GET through ${describeProxy(proxy)}` : 'GET');
  const base = { request: requestText, durationMs: exchanged.durationMs };
  if (proxy && exchanged.kind !== 'response') return proxySilence(exchanged.kind, base, proxy, context);
  switch (exchanged.kind) {
    case 'response':
      return judgeResponse(exchanged.head, base, proxy);
    case 'invalid':
      return { verdict: 'wrong-protocol', stage: { ...base, outcome: 'fail', message: { key: 'endpoint.http.notHttp', params: { reason: exchanged.reason } } } };
    case 'closed':
    case 'failed':
      return { verdict: 'rejected', stage: { ...base, outcome: 'fail', message: { key: 'endpoint.http.closed', params: {} } } };
    case 'aborted':
      return { verdict: 'no-response', stage: { ...base, outcome: 'fail', message: { key: 'endpoint.http.noAnswer', params: { ms: exchanged.durationMs, timeout: context.timeoutMs } } } };
  }
}

/** Plain HTTP sent to a proxy that did not answer as HTTP: the proxy stage failed, the endpoint was never reached. */
function proxySilence(kind: 'invalid' | 'closed' | 'failed' | 'aborted', base: { request: string; durationMs: number }, proxy: ProxyServer, context: ProbeContext): HttpStageResult {
  const shown = describeProxy(proxy);
  const message: LocalizableMessage =
    kind === 'aborted'
      ? { key: 'endpoint.proxy.noAnswer', params: { proxy: shown, ms: base.durationMs, timeout: context.timeoutMs } }
      : kind === 'invalid'
        ? { key: 'endpoint.proxy.notHttp', params: { proxy: shown, reason: 'not an HTTP answer' } }
        : { key: 'endpoint.proxy.closed', params: { proxy: shown } };
  return {
    verdict: kind === 'aborted' ? 'no-response' : kind === 'invalid' ? 'wrong-protocol' : 'rejected',
    proxy: { request: base.request, outcome: 'fail', durationMs: base.durationMs, message },
    stage: { ...base, outcome: 'skipped', message: { key: 'endpoint.stage.notReached', params: {} } },
  };
}

function judgeResponse(head: HttpResponseHead, base: { request: string; durationMs: number }, proxy: ProxyServer | undefined): HttpStageResult {
  const status = head.status;
  const facts = { ...base, status, reason: head.reason, headers: keptHeaders(head) };
  const proxyError = proxyErrorOf(head, proxy !== undefined || headerValue(head, 'x-squid-error') !== undefined);
  const shown = proxy ? describeProxy(proxy) : '';
  if (proxy && (status === 407 || (status === 401 && (headerValues(head, 'proxy-authenticate').length > 0 || proxyError)))) {
    const schemes = challengeSchemes([...headerValues(head, 'proxy-authenticate'), ...headerValues(head, 'www-authenticate')]);
    const key = proxy.username !== undefined ? 'endpoint.proxy.authRefused' : 'endpoint.proxy.authRequired';
    return {
      verdict: 'rejected',
      proxy: { request: base.request, status, schemes, outcome: 'fail', durationMs: base.durationMs, message: { key, params: { proxy: shown, status, schemes: schemes.join(', ') || 'none named' } } },
      stage: { ...facts, outcome: 'skipped', message: { key: 'endpoint.stage.notReached', params: {} } },
    };
  }
  if (proxyError) {
    const message = { key: 'endpoint.http.proxyError', params: { status, detail: proxyError.detail } };
    if (proxy) {
      return {
        verdict: 'rejected',
        proxy: { request: base.request, status, proxyError, outcome: 'fail', durationMs: base.durationMs, message },
        stage: { ...facts, outcome: 'skipped', message: { key: 'endpoint.stage.notReached', params: {} } },
      };
    }
    return { verdict: 'rejected', stage: { ...facts, proxyError, outcome: 'fail', message } };
  }
  const forwarded: ProxyStage | undefined = proxy ? { request: base.request, status, outcome: 'pass', durationMs: base.durationMs, message: { key: 'endpoint.proxy.forwarded', params: { proxy: shown, status } } } : undefined;
  const outcome = status >= 500 ? 'warn' : 'pass';
  const key = status >= 500 ? 'endpoint.http.serverError' : 'endpoint.http.answered';
  return { ...(forwarded ? { proxy: forwarded } : {}), stage: { ...facts, outcome, message: { key, params: { status, reason: head.reason } } } };
}
