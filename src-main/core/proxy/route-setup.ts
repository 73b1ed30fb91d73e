import { findRole, type Hierarchy } from '../../../shared/hierarchy/model.ts';
import { parseProxyServer, type ProxyServer } from '../../../shared/proxy/proxy-server.ts';
import { failure, success, type Outcome } from '../../../shared/util/result.ts';
import type { Resolver } from '../net/resolver.ts';
import { compilePacScript } from './pac-script.ts';
import { createRouteResolver, type ProxyCredentials, type RouteConfig, type RouteResolver } from './route-resolver.ts';

/** What the user asked for: from the command line, or from the app's Endpoints view. */
export interface RouteRequest {
  /** `direct`, `system`, `environment`, or a proxy URL (which may carry credentials). Absent: automatic. */
  proxy?: string;
  /** A PAC file's text, and its name for messages. */
  pac?: { name: string; text: string };
  /** Credentials for whichever proxy is chosen (PAC, environment, system, site system). */
  credentials?: ProxyCredentials;
  /** Hosts reached directly even with an explicit proxy (Windows' bypass-list syntax). */
  bypass?: string;
}

/** What the machine offers to routing. */
export interface RouteEnvironment {
  env: Readonly<Record<string, string | undefined>>;
  hierarchy?: Hierarchy;
  /** The system this machine stands for (`--from`), else none. */
  from?: string;
  hostname: string;
  /** Electron's `session.resolveProxy`, in the desktop app only. */
  resolveProxy?: (url: string) => Promise<string>;
  resolver: Resolver;
}

/**
 * The proxy the hierarchy configures on the site system this machine is (by `--from`, else by its
 * host name): ConfigMgr's roles on that server use it, whatever the logged-on user's settings say.
 */
export function siteSystemProxy(environment: Pick<RouteEnvironment, 'hierarchy' | 'from' | 'hostname'>): { proxy: ProxyServer; system: string } | undefined {
  const wanted = (environment.from ?? environment.hostname).toLowerCase().replace(/\.$/, '');
  const system = environment.hierarchy?.systems.find((candidate) => {
    const fqdn = candidate.fqdn.toLowerCase().replace(/\.$/, '');
    return fqdn === wanted || fqdn.split('.')[0] === wanted.split('.')[0];
  });
  const configured = system ? findRole(system, 'service-connection-point')?.proxy : undefined;
  if (!system || !configured) return undefined;
  const parsed = parseProxyServer(configured);
  return parsed.ok ? { proxy: parsed.value, system: system.fqdn } : undefined;
}

/**
 * Builds the run's route resolver from the request. A bad proxy address, an unreadable PAC file or
 * asking for the system proxy where there is none is an error for the user, before anything runs.
 */
export async function createRouteFromRequest(request: RouteRequest, environment: RouteEnvironment): Promise<Outcome<RouteResolver, string>> {
  if (request.pac && request.proxy) return failure(['give a proxy or a PAC file, not both']);
  if (request.pac) {
    try {
      const script = await compilePacScript(request.pac.text, environment.resolver);
      return success(createRouteResolver({ mode: 'pac', script, name: request.pac.name, ...(request.credentials ? { credentials: request.credentials } : {}) }));
    } catch (err) {
      return failure([`PAC file ${request.pac.name}: ${err instanceof Error ? err.message : String(err)}`]);
    }
  }
  const credentials = request.credentials ? { credentials: request.credentials } : {};
  const proxy = request.proxy?.trim();
  let config: RouteConfig;
  if (proxy === 'direct') config = { mode: 'direct' };
  else if (proxy === 'environment') config = { mode: 'environment', env: environment.env, ...credentials };
  else if (proxy === 'system') {
    if (!environment.resolveProxy) return failure(['the system proxy is only known to the desktop app; give the proxy or a PAC file here']);
    config = { mode: 'system', resolveProxy: environment.resolveProxy, ...credentials };
  } else if (proxy) {
    const parsed = parseProxyServer(proxy);
    if (!parsed.ok) return failure(parsed.errors);
    const server = parsed.value.password === undefined && request.credentials ? { ...parsed.value, ...request.credentials } : parsed.value;
    config = { mode: 'proxy', proxy: server, ...(request.bypass ? { bypass: request.bypass } : {}) };
  } else {
    const siteSystem = siteSystemProxy(environment);
    config = { mode: 'auto', env: environment.env, ...(siteSystem ? { siteSystem } : {}), ...(environment.resolveProxy ? { resolveProxy: environment.resolveProxy } : {}), ...credentials };
  }
  return success(createRouteResolver(config));
}
