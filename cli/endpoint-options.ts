import { X509Certificate } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { ENDPOINT_FEATURES } from '../shared/endpoints/endpoint-catalogue.ts';
import type { EndpointPlanOptions } from '../shared/endpoints/build-endpoint-plan.ts';
import { ENDPOINT_ROLES, type EndpointFeatureId, type EndpointRole } from '../shared/endpoints/endpoint-types.ts';
import type { AzureCloud, Hierarchy } from '../shared/hierarchy/model.ts';
import { DEFAULT_RUN_SETTINGS, RUN_SETTING_LIMITS } from '../shared/results/run-defaults.ts';
import { readTextFile } from '../src-main/core/app/read-text-file.ts';
import type { Resolver } from '../src-main/core/net/resolver.ts';
import type { RouteResolver } from '../src-main/core/proxy/route-resolver.ts';
import { createRouteFromRequest, type RouteRequest } from '../src-main/core/proxy/route-setup.ts';
import { BadInput, type CliIo } from './cli-io.ts';
import { integerOption, type CommonOptions } from './options.ts';

/** The environment variable a proxy password is read from when `--proxy-user` gives none. */
export const PROXY_PASSWORD_VARIABLE = 'NETCHECK_PROXY_PASSWORD';

/** `--role a,b --role c` → role ids, each checked against the catalogue's. */
function listOption<T extends string>(name: string, values: readonly string[] | undefined, allowed: readonly T[]): T[] | undefined {
  const items = (values ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== '');
  if (items.length === 0) return undefined;
  const unknown = items.filter((item) => !allowed.includes(item as T));
  if (unknown.length > 0) throw BadInput.of('unknownValues', { name, unknown: unknown.map((u) => `"${u}"`).join(', '), known: allowed.join(', ') });
  return items as T[];
}

/** Which endpoints to plan, from `--role`, `--feature`, `--cloud` and `--timeout`. */
export function endpointPlanOptions(options: CommonOptions): EndpointPlanOptions & { timeoutMs: number } {
  const roles = listOption<EndpointRole>('role', options.role, ENDPOINT_ROLES);
  const features = listOption<EndpointFeatureId>('feature', options.feature, ENDPOINT_FEATURES.map((feature) => feature.id));
  if (options.cloud !== undefined && options.cloud !== 'public' && options.cloud !== 'us-government') throw BadInput.of('cloud', { value: options.cloud });
  const limits = RUN_SETTING_LIMITS.timeoutMs;
  return {
    ...(roles ? { roles } : {}),
    ...(features ? { features } : {}),
    ...(options.cloud ? { cloud: options.cloud as AzureCloud } : {}),
    timeoutMs: integerOption('timeout', options.timeout, DEFAULT_RUN_SETTINGS.endpointTimeoutMs, limits.min, limits.max),
  };
}

/** Reads PEM files (`--ca`, `--expected-root`): every certificate in them, or a clear error. */
async function readCertificates(option: string, files: readonly string[] | undefined, cwd: string): Promise<string[]> {
  const pems: string[] = [];
  for (const file of files ?? []) {
    const read = await readTextFile(path.resolve(cwd, file));
    if (!read.ok) throw new BadInput(`--${option} ${file}: ${read.message}`);
    const blocks = read.text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    if (blocks.length === 0) throw BadInput.of('noPem', { option, file });
    for (const block of blocks) {
      try {
        new X509Certificate(block);
      } catch (err) {
        throw BadInput.of('badCertificate', { option, file, reason: err instanceof Error ? err.message : String(err) });
      }
      pems.push(block);
    }
  }
  return pems;
}

/** `--ca FILE…`: extra trusted roots for every TLS check. */
export async function trustedRootsOption(options: CommonOptions, io: CliIo): Promise<string[] | undefined> {
  const pems = await readCertificates('ca', options.ca, io.cwd);
  return pems.length > 0 ? pems : undefined;
}

/** `--expected-root FILE…`: SHA-256 fingerprints of roots to accept as Microsoft's. */
export async function acceptedRootsOption(options: CommonOptions, io: CliIo): Promise<string[] | undefined> {
  const pems = await readCertificates('expected-root', options.expectedRoot, io.cwd);
  return pems.length > 0 ? pems.map((pem) => new X509Certificate(pem).fingerprint256) : undefined;
}

/**
 * The route of the run, from `--proxy`, `--pac`, `--proxy-user` and `--bypass`. A password is read
 * from `NETCHECK_PROXY_PASSWORD` when `--proxy-user` (or the user in `--proxy http://user@host`)
 * has none, so it need not appear in the process list or the shell history.
 */
export async function routeOption(options: CommonOptions, io: CliIo, hierarchy: Hierarchy | undefined, resolver: Resolver): Promise<RouteResolver> {
  const env = io.env ?? {};
  const request: RouteRequest = {};
  if (options.proxy !== undefined) request.proxy = options.proxy;
  if (options.bypass !== undefined) request.bypass = options.bypass;
  const userInProxy = /^[a-z]+:\/\/([^:@/]+)@/i.exec(options.proxy ?? '')?.[1];
  if (userInProxy !== undefined && options.proxyUser === undefined) {
    const password = env[PROXY_PASSWORD_VARIABLE];
    if (password === undefined) throw BadInput.of('proxyNoPassword', { user: decodeURIComponent(userInProxy), variable: PROXY_PASSWORD_VARIABLE });
    request.credentials = { username: decodeURIComponent(userInProxy), password };
  }
  if (options.proxyUser !== undefined) {
    const colon = options.proxyUser.indexOf(':');
    const username = colon < 0 ? options.proxyUser : options.proxyUser.slice(0, colon);
    const password = colon < 0 ? env[PROXY_PASSWORD_VARIABLE] : options.proxyUser.slice(colon + 1);
    if (!username) throw BadInput.of('proxyUser');
    if (password === undefined) throw BadInput.of('proxyUserNoPassword', { user: username, variable: PROXY_PASSWORD_VARIABLE });
    request.credentials = { username, password };
  }
  if (options.pac !== undefined) {
    const read = await readTextFile(path.resolve(io.cwd, options.pac));
    if (!read.ok) throw new BadInput(`--pac ${options.pac}: ${read.message}`);
    request.pac = { name: path.basename(options.pac), text: read.text };
  }
  const created = await createRouteFromRequest(request, { env, ...(hierarchy ? { hierarchy } : {}), ...(options.from ? { from: options.from } : {}), hostname: os.hostname(), resolver });
  if (!created.ok) throw new BadInput(created.errors.join('; '));
  return created.value;
}
