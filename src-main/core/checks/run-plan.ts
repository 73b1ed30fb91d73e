import type { Hierarchy } from '../../../shared/hierarchy/model.ts';
import type { Plan } from '../../../shared/plan/build-plan.ts';
import type { Translate } from '../../../shared/i18n/translator.ts';
import type { ResultDocument, RunSettings } from '../../../shared/results/result-document.ts';
import { APP_VERSION } from '../../../shared/version.ts';
import type { Resolver } from '../net/resolver.ts';
import type { RouteResolver } from '../proxy/route-resolver.ts';
import { requiredRootsStatus } from '../tls/trust-anchors.ts';
import type { Probe } from '../probes/probe.ts';
import { runChecks, type RunEvent } from '../runner/run-checks.ts';
import { collectVantage } from '../vantage.ts';
import { decideCmgChannels } from '../../../shared/results/cmg-channel.ts';
import type { CheckResult } from '../../../shared/results/result-document.ts';
import { translateMessage } from '../runner/run-checks.ts';

/** Everything a run needs besides the plan. */
export interface RunPlanOptions {
  hierarchy?: Hierarchy;
  settings: RunSettings;
  probes: ReadonlyMap<string, Probe>;
  resolver: Resolver;
  translate: Translate;
  /** Extra trusted roots for TLS probes. */
  ca?: readonly string[];
  /** How internet endpoint checks go out. */
  route?: RouteResolver;
  /** Roots accepted as Microsoft's (`--expected-root`). */
  acceptedRoots?: readonly string[];
  signal?: AbortSignal;
  onEvent?: (event: RunEvent) => void;
}

/**
 * Runs a plan and wraps the results in the result document (the CLI's JSON, the app's saved run).
 *
 * The document carries the hierarchy and the planned links so that a report, a topology or a diff
 * can be rebuilt from the file alone, on another machine, with no network.
 */
export async function runPlan(plan: Plan, options: RunPlanOptions): Promise<ResultDocument> {
  const startedAt = new Date().toISOString();
  const raw = await runChecks(plan.checks, {
    probes: options.probes,
    resolver: options.resolver,
    translate: options.translate,
    concurrency: options.settings.concurrency,
    perHostConcurrency: options.settings.perHostConcurrency,
    timeoutMs: options.settings.timeoutMs,
    ...(options.ca ? { ca: options.ca } : {}),
    ...(options.route ? { route: options.route } : {}),
    ...(options.acceptedRoots ? { acceptedRoots: options.acceptedRoots } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
  });
  const results = explainCmgChannels(raw, plan.links, options.translate);
  return {
    tool: 'configmgr-netcheck',
    formatVersion: 1,
    version: APP_VERSION,
    startedAt,
    finishedAt: new Date().toISOString(),
    cancelled: options.signal?.aborted ?? false,
    vantage: collectVantage(options.settings.from),
    settings: options.settings,
    ...(options.hierarchy ? { hierarchy: options.hierarchy } : {}),
    links: plan.links,
    results,
    ...(plan.checks.some((check) => check.target.url !== undefined) ? { trustStore: requiredRootsStatus() } : {}),
  };
}

/**
 * Adds to each CMG result which channel its connection point will use, and turns a blocked port
 * that has a working alternative into a warning (see `decideCmgChannels`).
 */
function explainCmgChannels(results: CheckResult[], links: RunPlanLinks, translate: Translate): CheckResult[] {
  const decisions = decideCmgChannels(results, links);
  if (decisions.length === 0) return results;
  return results.map((result) => {
    const decision = decisions.find((d) => result.links.some((id) => links.find((l) => l.id === id)?.alternativeGroup === d.group));
    if (!decision) return result;
    const status = decision.statusOverrides.get(result.id) ?? result.status;
    const channel = { uses: decision.uses, summary: translateMessage(translate, decision.message), message: decision.message };
    return { ...result, status, details: { ...result.details, channel } };
  });
}

type RunPlanLinks = Plan['links'];
