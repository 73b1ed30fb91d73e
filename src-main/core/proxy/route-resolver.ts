import type { RouteDescription, RouteSource } from '../../../shared/endpoints/endpoint-details.ts';
import { bypassesProxy } from '../../../shared/proxy/bypass-list.ts';
import { parsePacResult } from '../../../shared/proxy/pac-result.ts';
import { describeProxy, parseProxyServer, redactInText, type ProxyServer } from '../../../shared/proxy/proxy-server.ts';
import type { PacScript } from './pac-script.ts';

/**
 * Choosing, per URL, how an endpoint check goes out: directly or through which proxy, and saying
 * why. The sources, as the issue and Windows have them: an explicit proxy, a PAC file, the
 * environment (`HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY`), the system proxy as Electron resolves it
 * (the logged-on user's Internet settings), and the proxy configured on this site system in the
 * hierarchy (what the service connection point and the other roles of this server use).
 */

/** Credentials for whichever proxy a route picks (main process only). */
export interface ProxyCredentials {
  username: string;
  password: string;
}

/** How routes are chosen for a run. */
export type RouteConfig =
  | { mode: 'direct' }
  | { mode: 'proxy'; proxy: ProxyServer; bypass?: string }
  | { mode: 'pac'; script: PacScript; name: string; credentials?: ProxyCredentials }
  | { mode: 'environment'; env: Readonly<Record<string, string | undefined>>; credentials?: ProxyCredentials }
  | { mode: 'system'; resolveProxy: (url: string) => Promise<string>; credentials?: ProxyCredentials }
  | {
      mode: 'auto';
      env: Readonly<Record<string, string | undefined>>;
      /** The proxy the hierarchy configures on this machine's site system, when this machine is one. */
      siteSystem?: { proxy: ProxyServer; system: string };
      resolveProxy?: (url: string) => Promise<string>;
      credentials?: ProxyCredentials;
    };

/** The route of one check: what to connect to, and the description results keep. */
export type RouteChoice =
  | { ok: true; proxy?: ProxyServer; description: RouteDescription }
  | { ok: false; description: RouteDescription; reason: string };

/** Chooses routes. */
export interface RouteResolver {
  /** The run's routing, for the result document's settings. */
  readonly summary: string;
  routeFor(url: URL, signal: AbortSignal): Promise<RouteChoice>;
}

const DIRECT = (source: RouteSource, detail?: string): RouteChoice => ({ ok: true, description: { kind: 'direct', source, ...(detail ? { detail } : {}) } });

function viaProxy(source: RouteSource, proxy: ProxyServer, detail?: string): RouteChoice {
  return {
    ok: true,
    proxy,
    description: { kind: 'proxy', source, proxy: describeProxy({ host: proxy.host, port: proxy.port }), credentials: proxy.username !== undefined, ...(detail ? { detail } : {}) },
  };
}

function withCredentials(proxy: ProxyServer, credentials: ProxyCredentials | undefined): ProxyServer {
  return proxy.username !== undefined || !credentials ? proxy : { ...proxy, ...credentials };
}

/** The port a URL connects to, for bypass rules with ports. */
function portOf(url: URL): number {
  if (url.port) return Number(url.port);
  return url.protocol === 'http:' ? 80 : 443;
}

/** A route from the environment's variables, or undefined when they name no proxy for this URL. */
function environmentRoute(env: Readonly<Record<string, string | undefined>>, url: URL, credentials: ProxyCredentials | undefined): RouteChoice | undefined {
  const pick = (...names: string[]) => names.map((name) => [name, env[name]] as const).find(([, value]) => value !== undefined && value.trim() !== '');
  const variable = url.protocol === 'http:' ? pick('HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy') : pick('HTTPS_PROXY', 'https_proxy', 'ALL_PROXY', 'all_proxy');
  if (!variable) return undefined;
  const noProxy = pick('NO_PROXY', 'no_proxy');
  if (noProxy && bypassesProxy(noProxy[1] ?? '', url.hostname, portOf(url))) return DIRECT('environment', `${noProxy[0]} lists ${url.hostname}`);
  const parsed = parseProxyServer(variable[1] ?? '');
  if (!parsed.ok) return { ok: false, description: { kind: 'proxy', source: 'environment', detail: `${variable[0]}=${redactInText(variable[1] ?? '')}` }, reason: `${variable[0]}: ${parsed.errors.join('; ')}` };
  return viaProxy('environment', withCredentials(parsed.value, credentials), `from ${variable[0]}`);
}

/** A route from a PAC-format answer (a PAC file's, or Electron's `resolveProxy`). */
function pacAnswerRoute(source: RouteSource, answer: string, credentials: ProxyCredentials | undefined): RouteChoice {
  const directives = parsePacResult(answer);
  const usable = directives.find((directive) => directive.kind !== 'unsupported');
  const detail = `${source === 'pac' ? 'PAC file' : 'system proxy'} returned "${answer.trim() || 'DIRECT'}"`;
  if (!usable) return { ok: false, description: { kind: 'proxy', source, detail }, reason: `${detail}: only proxies this tool cannot speak (SOCKS or HTTPS)` };
  if (usable.kind === 'direct') return DIRECT(source, detail);
  return viaProxy(source, withCredentials({ host: usable.host, port: usable.port }, credentials), detail);
}

/** PAC scripts see `https://` URLs without path or query, as Chromium sanitizes them. */
function pacUrl(url: URL): string {
  return url.protocol === 'https:' ? `${url.protocol}//${url.host}/` : url.href;
}

/** Creates the resolver for a configuration. */
export function createRouteResolver(config: RouteConfig): RouteResolver {
  switch (config.mode) {
    case 'direct':
      return { summary: 'direct', routeFor: async () => DIRECT('explicit') };
    case 'proxy':
      return {
        summary: `proxy ${describeProxy(config.proxy)}`,
        routeFor: async (url) =>
          config.bypass && bypassesProxy(config.bypass, url.hostname, portOf(url)) ? DIRECT('explicit', `bypass list matches ${url.hostname}`) : viaProxy('explicit', config.proxy),
      };
    case 'pac':
      return {
        summary: `PAC file ${config.name}`,
        routeFor: async (url, signal) => {
          try {
            return pacAnswerRoute('pac', await config.script.findProxy(pacUrl(url), signal), config.credentials);
          } catch (err) {
            return { ok: false, description: { kind: 'proxy', source: 'pac', detail: `PAC file ${config.name}` }, reason: `the PAC file failed: ${err instanceof Error ? err.message : String(err)}` };
          }
        },
      };
    case 'environment':
      return { summary: 'environment variables', routeFor: async (url) => environmentRoute(config.env, url, config.credentials) ?? DIRECT('environment', 'no proxy variable is set') };
    case 'system':
      return { summary: 'system proxy', routeFor: (url) => systemRoute(config.resolveProxy, url, config.credentials) };
    case 'auto':
      return {
        summary: config.siteSystem ? `site-system proxy of ${config.siteSystem.system}` : 'automatic (environment, system, else direct)',
        routeFor: async (url) => {
          if (config.siteSystem) return viaProxy('site-system', withCredentials(config.siteSystem.proxy, config.credentials), `configured on ${config.siteSystem.system} in the hierarchy`);
          const fromEnvironment = environmentRoute(config.env, url, config.credentials);
          if (fromEnvironment) return fromEnvironment;
          if (config.resolveProxy) return systemRoute(config.resolveProxy, url, config.credentials);
          return DIRECT('default', 'no proxy is configured for this machine');
        },
      };
  }
}

async function systemRoute(resolveProxy: (url: string) => Promise<string>, url: URL, credentials: ProxyCredentials | undefined): Promise<RouteChoice> {
  try {
    return pacAnswerRoute('system', await resolveProxy(url.href), credentials);
  } catch (err) {
    return { ok: false, description: { kind: 'proxy', source: 'system' }, reason: `the system proxy could not be resolved: ${err instanceof Error ? err.message : String(err)}` };
  }
}
