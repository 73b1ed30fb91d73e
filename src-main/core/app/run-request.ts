import os from 'node:os';
import { buildEndpointPlan } from '../../../shared/endpoints/build-endpoint-plan.ts';
import type { Hierarchy } from '../../../shared/hierarchy/model.ts';
import type { EndpointRunRequest, ProxyState, RunRequest } from '../../../shared/ipc/contract.ts';
import { buildPlan, type Plan } from '../../../shared/plan/build-plan.ts';
import { parsePortFilter, type PortFilter } from '../../../shared/plan/port-filter.ts';
import type { RunSettings } from '../../../shared/results/result-document.ts';
import { DEFAULT_RUN_SETTINGS } from '../../../shared/results/run-defaults.ts';
import { failure, success, type Outcome } from '../../../shared/util/result.ts';
import type { Resolver } from '../net/resolver.ts';
import type { ProxyCredentials, RouteResolver } from '../proxy/route-resolver.ts';
import { createRouteFromRequest, type RouteRequest } from '../proxy/route-setup.ts';

/**
 * What main holds for the endpoint routes between runs: the proxy credentials (a password crosses
 * from the renderer once and is never sent back) and the PAC file the user loaded.
 */
export interface ProxyHolder {
  credentials?: ProxyCredentials;
  pac?: { name: string; text: string };
  systemAvailable: boolean;
  /** Where the credentials are kept: sealed in the settings file, or in memory for this session. */
  kept?: 'encrypted' | 'session';
}

/** What the renderer may know of the holder. */
export function proxyState(holder: ProxyHolder): ProxyState {
  return { systemAvailable: holder.systemAvailable, credentialsFor: holder.credentials?.username ?? null, pac: holder.pac?.name ?? null, ...(holder.credentials && holder.kept ? { credentialsKept: holder.kept } : {}) };
}

/** A run request turned into what `runPlan` needs. */
export interface PreparedRun {
  plan: Plan;
  settings: RunSettings;
  route?: RouteResolver;
}

/** What preparing a run needs from its host. */
export interface RunEnvironment {
  holder: ProxyHolder;
  resolver: Resolver;
  env: Readonly<Record<string, string | undefined>>;
  resolveProxy?: (url: string) => Promise<string>;
}

/**
 * Plans the parts the request asks for (site-system ports unless `sites: false`; internet endpoints
 * when `endpoints` is given) and, for endpoints, builds the route. Anything the user must fix (an
 * unknown `from` system, a PAC route with no PAC file loaded, a proxy that does not parse) is an
 * error message, before anything is sent.
 */
export async function prepareRun(request: RunRequest, environment: RunEnvironment): Promise<Outcome<PreparedRun, string>> {
  const { hierarchy, options } = request;
  const settings: RunSettings = {
    timeoutMs: options.timeoutMs ?? DEFAULT_RUN_SETTINGS.timeoutMs,
    concurrency: options.concurrency ?? DEFAULT_RUN_SETTINGS.concurrency,
    perHostConcurrency: options.perHostConcurrency ?? DEFAULT_RUN_SETTINGS.perHostConcurrency,
    ...(options.from ? { from: options.from } : {}),
    ...(options.only?.length ? { only: options.only } : {}),
  };
  const plan: Plan = { links: [], checks: [] };
  if (options.sites !== false) {
    const only = (options.only ?? []).map((text) => parsePortFilter(text) as PortFilter);
    const planned = buildPlan(hierarchy, { ...(options.from ? { from: options.from } : {}), only });
    if (!planned.ok) return failure(planned.errors);
    plan.links.push(...planned.value.links);
    plan.checks.push(...planned.value.checks);
  }
  if (!options.endpoints) return success({ plan, settings });
  const endpoints = options.endpoints;
  const route = await endpointRoute(endpoints, hierarchy, options.from, environment);
  if (!route.ok) return route;
  const timeoutMs = endpoints.timeoutMs ?? DEFAULT_RUN_SETTINGS.endpointTimeoutMs;
  const endpointPlan = buildEndpointPlan(hierarchy, {
    ...(endpoints.roles ? { roles: endpoints.roles } : {}),
    ...(endpoints.features ? { features: endpoints.features } : {}),
    ...(endpoints.cloud ? { cloud: endpoints.cloud } : {}),
    ...(endpoints.hosts ? { hosts: endpoints.hosts } : {}),
    timeoutMs,
  });
  plan.links.push(...endpointPlan.links);
  plan.checks.push(...endpointPlan.checks);
  settings.endpoints = {
    timeoutMs,
    ...(endpoints.roles ? { roles: [...endpoints.roles] } : {}),
    ...(endpoints.features ? { features: [...endpoints.features] } : {}),
    ...(endpoints.hosts ? { hosts: [...endpoints.hosts] } : {}),
    cloud: endpoints.cloud ?? hierarchy.tenant?.cloud ?? 'public',
    route: route.value.summary,
  };
  return success({ plan, settings, route: route.value });
}

async function endpointRoute(request: EndpointRunRequest, hierarchy: Hierarchy, from: string | undefined, environment: RunEnvironment): Promise<Outcome<RouteResolver, string>> {
  const { holder } = environment;
  const routeRequest: RouteRequest = holder.credentials ? { credentials: holder.credentials } : {};
  switch (request.route ?? 'auto') {
    case 'auto':
      break;
    case 'pac':
      if (!holder.pac) return failure(['no PAC file is loaded: open one first']);
      routeRequest.pac = holder.pac;
      break;
    case 'proxy':
      routeRequest.proxy = request.proxyUrl ?? '';
      if (request.bypass) routeRequest.bypass = request.bypass;
      break;
    case 'direct':
    case 'system':
    case 'environment':
      routeRequest.proxy = request.route ?? 'direct';
      break;
  }
  return createRouteFromRequest(routeRequest, {
    env: environment.env,
    hierarchy,
    ...(from ? { from } : {}),
    hostname: os.hostname(),
    resolver: environment.resolver,
    ...(environment.resolveProxy ? { resolveProxy: environment.resolveProxy } : {}),
  });
}
