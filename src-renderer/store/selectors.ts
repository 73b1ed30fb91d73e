import { logLinkEvidence } from '../../shared/logs/log-link-evidence.ts';
import type { Finding } from '../../shared/logs/log-types.ts';
import type { Hierarchy } from '../../shared/hierarchy/model.ts';
import { buildPlan } from '../../shared/plan/build-plan.ts';
import type { PlannedLink } from '../../shared/plan/link.ts';
import type { CheckResult, Vantage } from '../../shared/results/result-document.ts';
import { vantageName } from '../../shared/results/merge-vantages.ts';
import { countByStatus, STATUS_SEVERITY_ORDER, type Status } from '../../shared/results/status.ts';
import { buildTopologyModel, type TopologyModel } from '../../shared/topology/topology-model.ts';
import type { RunState } from './run-slice.ts';

/**
 * Derivations from state. They take the stable pieces (`hierarchy`, `run`) so components can select
 * those and memoise the derived value, instead of selecting a fresh object on every store change.
 */

/** Results of a run in plan order (document order for an opened file). */
export function resultsOf(run: RunState | null): CheckResult[] {
  if (!run) return [];
  if (run.plan.checks.length === 0) return Object.values(run.results);
  return run.plan.checks.map((check) => run.results[check.id]).filter((result): result is CheckResult => result !== undefined);
}

/** Counts of a run's results per status. */
export function statusCountsOf(run: RunState | null): Record<Status, number> {
  return countByStatus(resultsOf(run).map((result) => result.status));
}

/** Results ordered worst first. */
export function resultsWorstFirst(run: RunState | null): CheckResult[] {
  const rank = (status: Status) => STATUS_SEVERITY_ORDER.indexOf(status);
  return [...resultsOf(run)].sort((a, b) => rank(a.status) - rank(b.status) || a.id.localeCompare(b.id));
}

/** The run's links, or the links the hierarchy would plan when nothing has run yet. */
export function linksFor(hierarchy: Hierarchy, run: RunState | null): PlannedLink[] {
  if (run) return run.plan.links;
  const plan = buildPlan(hierarchy);
  return plan.ok ? plan.value.links : [];
}

/**
 * The diagram model: planned links grey until tested, then coloured by the run's results. Results
 * that do not say where they were measured were measured from the run's machine: the opened
 * document's, else this one (`here`).
 */
export function topologyFor(hierarchy: Hierarchy, run: RunState | null, logFindings: readonly Finding[] = [], here?: Vantage): TopologyModel {
  const vantage = run?.document?.vantage ?? here;
  return buildTopologyModel(hierarchy, linksFor(hierarchy, run), resultsOf(run), logLinkEvidence(logFindings), vantage ? { vantage: vantageName(vantage) } : {});
}
