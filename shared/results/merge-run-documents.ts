import { formatPort, type PlannedLink } from '../plan/link.ts';
import type { CheckResult, ResultDocument } from './result-document.ts';

/**
 * Runs measure two things: the site-system ports and the internet endpoints. An engineer often runs
 * one, then the other (or re-runs the endpoints through another proxy); the report should hold both.
 * These helpers tell the parts apart and put a fresh part in place of the old one.
 */

/** Which parts a run measured. */
export interface RunScope {
  sites: boolean;
  endpoints: boolean;
  /** With `endpoints`: only the endpoints of these hosts (a log finding's "Test now"); the others stay. */
  hosts?: readonly string[];
  /** With `sites`: only these ports (`tcp/445`, `tcp/dynamic`: a walkthrough step's checks); the others stay. */
  ports?: readonly string[];
}

/** Whether a result belongs to the internet endpoint part. */
export function isEndpointResult(result: Pick<CheckResult, 'target'>): boolean {
  return result.target.url !== undefined;
}

/** Whether a link belongs to the internet endpoint part. */
export function isEndpointLink(link: Pick<PlannedLink, 'catalogue'>): boolean {
  return link.catalogue === 'endpoints';
}

/** Whether two documents describe the same hierarchy, so their parts may be combined. */
export function sameHierarchy(a: ResultDocument, b: ResultDocument): boolean {
  return a.hierarchy !== undefined && b.hierarchy !== undefined && JSON.stringify(a.hierarchy) === JSON.stringify(b.hierarchy);
}

/** Whether a run of this scope measures a result again (so the earlier one gives way). */
export function remeasuresResult(result: Pick<CheckResult, 'target'>, scope: RunScope): boolean {
  if (!isEndpointResult(result)) return scope.sites && (!scope.ports || scope.ports.includes(`${result.target.transport}/${result.target.portLabel}`));
  return scope.endpoints && (!scope.hosts || scope.hosts.includes(result.target.host.toLowerCase()));
}

/** Whether a run of this scope plans a link again. */
export function remeasuresLink(link: Pick<PlannedLink, 'catalogue' | 'destination' | 'transport' | 'port'>, scope: RunScope): boolean {
  if (!isEndpointLink(link)) return scope.sites && (!scope.ports || scope.ports.includes(`${link.transport}/${formatPort(link.port)}`));
  return scope.endpoints && (!scope.hosts || scope.hosts.includes(link.destination.toLowerCase()));
}

/**
 * `kept` with the parts `fresh` measured replaced by `fresh`'s: results, links and settings of the
 * re-measured part come from `fresh`, the rest stays. The times span both runs; the machine is
 * `fresh`'s (the report says where each part was measured only through the settings it keeps).
 */
export function mergeRunDocuments(kept: ResultDocument, fresh: ResultDocument, scope: RunScope): ResultDocument {
  const keepResult = (result: CheckResult) => !remeasuresResult(result, scope);
  const keepLink = (link: PlannedLink) => !remeasuresLink(link, scope);
  const siteSettings = scope.sites ? fresh.settings : kept.settings;
  // A test of a few hosts keeps the settings of the endpoint run it adds to.
  const endpointSettings = scope.endpoints && !(scope.hosts && kept.settings.endpoints) ? fresh.settings.endpoints : kept.settings.endpoints;
  const { endpoints: _ignored, ...siteOnly } = siteSettings;
  return {
    ...fresh,
    startedAt: kept.startedAt < fresh.startedAt ? kept.startedAt : fresh.startedAt,
    finishedAt: kept.finishedAt > fresh.finishedAt ? kept.finishedAt : fresh.finishedAt,
    cancelled: kept.cancelled || fresh.cancelled,
    settings: { ...siteOnly, ...(endpointSettings ? { endpoints: endpointSettings } : {}) },
    links: [...kept.links.filter(keepLink), ...fresh.links],
    results: [...kept.results.filter(keepResult), ...fresh.results],
    ...(scope.endpoints ? (fresh.trustStore ? { trustStore: fresh.trustStore } : kept.trustStore ? { trustStore: kept.trustStore } : {}) : kept.trustStore ? { trustStore: kept.trustStore } : {}),
  };
}
