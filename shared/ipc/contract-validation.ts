import { ENDPOINT_FEATURES } from '../endpoints/endpoint-catalogue.ts';
import { isLanguage, isLanguageSetting, LANGUAGES } from '../i18n/languages.ts';
import { ENDPOINT_ROLES } from '../endpoints/endpoint-types.ts';
import { validateHierarchy } from '../hierarchy/load-hierarchy.ts';
import { parseProxyServer } from '../proxy/proxy-server.ts';
import { parsePortFilter } from '../plan/port-filter.ts';
import { validateWalkthroughRun } from '../walkthroughs/validate-run.ts';
import { validateResultDocument } from '../results/load-result-document.ts';
import { RUN_SETTING_LIMITS } from '../results/run-defaults.ts';
import { formatIssue } from '../validation/issue.ts';

/**
 * Payload validators for the IPC contract, run in main before any handler.
 *
 * The renderer is treated as untrusted: a compromised or buggy page must not be able to make main
 * probe with absurd settings or crash on a malformed object. Each validator returns a message, or
 * null when the payload is acceptable.
 */

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Calls without arguments accept `null` or `undefined` only. */
export function validateNoArgs(args: unknown): string | null {
  return args === null || args === undefined ? null : 'this call takes no arguments';
}

function checkInteger(value: unknown, name: keyof typeof RUN_SETTING_LIMITS): string | null {
  if (value === undefined) return null;
  const { min, max } = RUN_SETTING_LIMITS[name];
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? null : `options.${name}: expected integer ${min}-${max}`;
}

/** A run request: a valid hierarchy and bounded options. */
export function validateRunRequest(args: unknown): string | null {
  if (!isObject(args) || !isObject(args.options)) return 'expected { hierarchy, options }';
  const hierarchy = validateHierarchy(args.hierarchy);
  if (!hierarchy.ok) return `hierarchy: ${hierarchy.errors.slice(0, 3).map((issue) => formatIssue(issue)).join('; ')}`;
  const options = args.options;
  const allowed = new Set(['timeoutMs', 'concurrency', 'perHostConcurrency', 'from', 'only', 'sites', 'endpoints']);
  const unknown = Object.keys(options).find((key) => !allowed.has(key));
  if (unknown) return `options.${unknown}: unknown option`;
  for (const name of ['timeoutMs', 'concurrency', 'perHostConcurrency'] as const) {
    const problem = checkInteger(options[name], name);
    if (problem) return problem;
  }
  if (options.from !== undefined && (typeof options.from !== 'string' || options.from.length > 253)) return 'options.from: expected a host name';
  if (options.only !== undefined) {
    if (!Array.isArray(options.only) || options.only.length > 100) return 'options.only: expected a list of PROTO/PORT filters';
    for (const filter of options.only) {
      const parsed = typeof filter === 'string' ? parsePortFilter(filter) : { error: 'expected a string' };
      if ('error' in parsed) return `options.only: ${parsed.error}`;
    }
  }
  if (options.sites !== undefined && typeof options.sites !== 'boolean') return 'options.sites: expected true or false';
  if (options.endpoints !== undefined) {
    const problem = validateEndpointRequest(options.endpoints);
    if (problem) return `options.endpoints.${problem}`;
  }
  if (options.sites === false && options.endpoints === undefined) return 'options: nothing to run (no site checks and no endpoints)';
  return null;
}

const ROUTE_MODES = new Set(['auto', 'direct', 'system', 'environment', 'pac', 'proxy']);

function validateEndpointRequest(request: unknown): string | null {
  if (!isObject(request)) return 'expected an object';
  const allowed = new Set(['roles', 'features', 'cloud', 'timeoutMs', 'route', 'proxyUrl', 'bypass', 'hosts']);
  const unknown = Object.keys(request).find((key) => !allowed.has(key));
  if (unknown) return `${unknown}: unknown option`;
  const known = (values: unknown, ids: readonly string[]) => Array.isArray(values) && values.length <= ids.length && values.every((value) => typeof value === 'string' && ids.includes(value));
  if (request.roles !== undefined && !known(request.roles, ENDPOINT_ROLES)) return `roles: expected some of ${ENDPOINT_ROLES.join(', ')}`;
  if (request.features !== undefined && !known(request.features, ENDPOINT_FEATURES.map((feature) => feature.id))) return 'features: expected feature ids of the catalogue';
  if (request.cloud !== undefined && request.cloud !== 'public' && request.cloud !== 'us-government') return 'cloud: expected public or us-government';
  const timeout = checkInteger(request.timeoutMs, 'timeoutMs');
  if (timeout) return timeout.replace('options.', '');
  if (request.route !== undefined && (typeof request.route !== 'string' || !ROUTE_MODES.has(request.route))) return `route: expected one of ${[...ROUTE_MODES].join(', ')}`;
  if (request.route === 'proxy') {
    if (typeof request.proxyUrl !== 'string' || request.proxyUrl.length > 300) return 'proxyUrl: expected a proxy address';
    const parsed = parseProxyServer(request.proxyUrl);
    if (!parsed.ok) return `proxyUrl: ${parsed.errors.join('; ')}`;
    if (parsed.value.username !== undefined) return 'proxyUrl: give credentials with setProxyCredentials, not in the address';
  } else if (request.proxyUrl !== undefined) return 'proxyUrl: only with route "proxy"';
  if (request.bypass !== undefined && (typeof request.bypass !== 'string' || request.bypass.length > 2000)) return 'bypass: expected a list of hosts';
  if (request.hosts !== undefined && (!Array.isArray(request.hosts) || request.hosts.length < 1 || request.hosts.length > 20 || !request.hosts.every((host) => typeof host === 'string' && HOST_NAME.test(host)))) return 'hosts: expected 1-20 host names';
  return null;
}

/** A DNS host name (no wildcard: "Test now" tests a host a log named). */
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** Proxy credentials: a user name and a password, or a request to forget them. */
export function validateProxyCredentials(args: unknown): string | null {
  if (!isObject(args)) return 'expected { username, password } or { clear: true }';
  if (args.clear === true && Object.keys(args).length === 1) return null;
  if (typeof args.username !== 'string' || args.username.length < 1 || args.username.length > 256) return 'username: expected 1-256 characters';
  if (typeof args.password !== 'string' || args.password.length > 1024) return 'password: expected at most 1024 characters';
  return Object.keys(args).length === 2 ? null : 'expected only { username, password }';
}

/** A hierarchy to save must be one the app could load again, in a known format. */
export function validateSaveHierarchy(args: unknown): string | null {
  if (!isObject(args)) return 'expected { hierarchy, format }';
  if (args.format !== 'json' && args.format !== 'csv') return 'format: expected "json" or "csv"';
  const checked = validateHierarchy(args.hierarchy);
  return checked.ok ? null : `hierarchy: ${checked.errors.slice(0, 3).map((issue) => formatIssue(issue)).join('; ')}`;
}

/** The largest diagram accepted: a 2,000-system hierarchy's SVG is a few MB; its PNG, more. */
const MAX_DIAGRAM_CHARS = 64 * 1024 * 1024;

/**
 * A diagram is an SVG document or a PNG in base64 (checked by its signature), with a plain file
 * name to propose: no folders, so the renderer cannot steer where the dialog opens.
 */
export function validateSaveDiagram(args: unknown): string | null {
  if (!isObject(args)) return 'expected { format, content, suggestedName }';
  if (args.format !== 'svg' && args.format !== 'png') return 'format: expected "svg" or "png"';
  if (typeof args.content !== 'string' || args.content.length === 0 || args.content.length > MAX_DIAGRAM_CHARS) return 'content: expected a non-empty string';
  if (args.format === 'svg' && !/^(<\?xml[^>]*>\s*)?<svg[\s>]/.test(args.content)) return 'content: expected an SVG document';
  if (args.format === 'png' && !(args.content.startsWith('iVBORw0KGgo') && /^[A-Za-z0-9+/]+=*$/.test(args.content))) return 'content: expected a PNG in base64';
  if (typeof args.suggestedName !== 'string' || !/^[^\\/:*?"<>|]{1,120}$/.test(args.suggestedName)) return 'suggestedName: expected a file name';
  return Object.keys(args).length === 3 ? null : 'expected only { format, content, suggestedName }';
}

/** A hierarchy to keep for the next start must be one the app could load; or `{ clear: true }`. */
export function validateRememberHierarchy(args: unknown): string | null {
  if (!isObject(args)) return 'expected { hierarchy, from } or { clear: true }';
  if (args.clear === true) return Object.keys(args).length === 1 ? null : 'expected only { clear: true }';
  if (typeof args.from !== 'string' || args.from.length > 4096) return 'from: expected a label';
  const checked = validateHierarchy(args.hierarchy);
  return checked.ok ? (Object.keys(args).length === 2 ? null : 'expected only { hierarchy, from }') : `hierarchy: ${checked.errors.slice(0, 3).map((issue) => formatIssue(issue)).join('; ')}`;
}

/** A language setting: a language the app ships, or `system`. */
export function validateSetLanguage(args: unknown): string | null {
  if (!isObject(args) || Object.keys(args).length !== 1) return 'expected { language }';
  return isLanguageSetting(args.language) ? null : `language: expected system, ${LANGUAGES.join(', ')}`;
}

/** A walkthrough run to keep, as the engine writes it. */
export function validateSaveWalkthroughRun(args: unknown): string | null {
  if (!isObject(args) || Object.keys(args).length !== 1) return 'expected { run }';
  const problem = validateWalkthroughRun(args.run);
  return problem ? `run: ${problem}` : null;
}

/** A walkthrough run to forget, by id. */
export function validateDeleteWalkthroughRun(args: unknown): string | null {
  return isObject(args) && typeof args.id === 'string' && args.id.length > 0 && args.id.length <= 200 && Object.keys(args).length === 1 ? null : 'expected { id }';
}

/** A recent file is named by its path (main checks it is one it remembers). */
export function validateRecentPath(args: unknown): string | null {
  return isObject(args) && typeof args.path === 'string' && args.path.length > 0 && args.path.length <= 4096 && Object.keys(args).length === 1 ? null : 'expected { path }';
}

/** A cancel request names a run. */
export function validateCancelRequest(args: unknown): string | null {
  return isObject(args) && typeof args.runId === 'string' && args.runId.length <= 100 ? null : 'expected { runId }';
}

/** A save request carries a valid result document and a known format. */
export function validateSaveRequest(args: unknown): string | null {
  if (!isObject(args)) return 'expected { document, format }';
  if (!['json', 'html', 'pdf', 'firewall-csv', 'firewall-ps1'].includes(args.format as string)) return 'format: expected "json", "html", "pdf", "firewall-csv" or "firewall-ps1"';
  if (args.redact !== undefined && typeof args.redact !== 'boolean') return 'redact: expected true or false';
  if (args.language !== undefined && !isLanguage(args.language)) return `language: expected ${LANGUAGES.join(', ')}`;
  const document = validateResultDocument(args.document);
  return document.ok ? null : `document: ${document.errors.slice(0, 3).map((issue) => formatIssue(issue)).join('; ')}`;
}
