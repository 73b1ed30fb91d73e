import type { EndpointFeatureId } from '../endpoints/endpoint-types.ts';
import type { Finding } from '../logs/log-types.ts';
import { formatPort, type PlannedLink } from '../plan/link.ts';
import { resultForLink, resultsByLink } from '../results/merge-vantages.ts';
import type { CheckResult } from '../results/result-document.ts';
import type { Status } from '../results/status.ts';
import type { CheckOutcome, CheckSelector, EndpointStage } from './walkthrough-types.ts';
import type { EndpointDetails } from '../endpoints/endpoint-details.ts';

/** What a check step has to go on: the run's links and results, and the open log's findings (null: no log open, `none`). */
export interface StepInputs {
  links: readonly PlannedLink[];
  results: readonly CheckResult[];
  /** The machine results without a `measuredFrom` were measured on. */
  vantage?: string;
  logFindings: readonly Finding[] | null;
  /** A result's summary in the reader's language (the one it was written in by default). */
  summarize?: (result: CheckResult) => string;
  /** What a log finding means in the reader's language (its English by default). */
  explain?: (finding: Finding) => string;
}

/** One piece of evidence a step decided on, kept in the transcript as it was then. */
export interface StepEvidence {
  /** A result id, or `log:<category>` for log findings. */
  id: string;
  status: Status | 'untested';
  /** Who talks to whom and how (`p01ss01 → p01dp01 TCP 445`), or the log finding's message. */
  what: string;
  summary: string;
  measuredFrom?: string;
}

/** What the checks a step needs would be: the run to start when some are not measured yet. */
export interface StepRunRequest {
  /** `--only` filters of the site-system ports (`tcp/445`), when the step checks ports. */
  only?: string[];
  /** Endpoint features, when the step checks internet endpoints. */
  features?: EndpointFeatureId[];
}

/** A step's evaluation: its outcome, or `waiting` for checks not measured yet (with the run that measures them). */
export type StepEvaluation = { outcome: CheckOutcome; evidence: StepEvidence[] } | { outcome: 'waiting'; evidence: StepEvidence[]; run: StepRunRequest };

/**
 * Evaluates what a check step selects against the run and the open log. A step waits while any of
 * its links has no result and nothing has failed yet (one failure is enough to decide); it never
 * takes "not measured" for a pass.
 */
export function evaluateStep(selector: CheckSelector, inputs: StepInputs): StepEvaluation {
  switch (selector.kind) {
    case 'ports':
      return evaluatePorts(selector, inputs);
    case 'endpoints':
      return selector.stage ? evaluateStage(selector.features, selector.stage, inputs) : evaluateEndpoints(selector.features, inputs);
    case 'logs':
      return evaluateLogs(selector.categories, inputs.logFindings, inputs.explain);
  }
}

function evaluatePorts(selector: Extract<CheckSelector, { kind: 'ports' }>, inputs: StepInputs): StepEvaluation {
  const links = inputs.links.filter(
    (link) =>
      link.catalogue !== 'endpoints' &&
      (!selector.services || selector.services.includes(link.service)) &&
      (!selector.from || selector.from.includes(link.sourceRole)) &&
      (!selector.to || selector.to.includes(link.destinationRole)),
  );
  if (links.length === 0) return { outcome: 'none', evidence: [] };
  const candidates = resultsByLink(inputs.results);
  const evidence = new Map<string, StepEvidence>();
  const unmeasured = new Set<string>();
  for (const link of links) {
    const port = `${link.transport}/${formatPort(link.port)}`;
    const result = resultForLink(link, candidates.get(link.id) ?? [], inputs.vantage);
    const what = `${link.source} → ${link.destination} ${link.transport.toUpperCase()} ${formatPort(link.port)}`;
    if (!result) {
      unmeasured.add(port);
      evidence.set(`untested:${link.id}`, { id: link.id, status: 'untested', what, summary: '' });
      continue;
    }
    const measuredFrom = result.measuredFrom ?? inputs.vantage;
    evidence.set(`${result.id}|${link.source}`, { id: result.id, status: result.status, what, summary: summaryIn(inputs, result), ...(measuredFrom ? { measuredFrom } : {}) });
  }
  return decide([...evidence.values()], unmeasured.size > 0 ? { only: [...unmeasured].sort() } : undefined);
}

function evaluateEndpoints(features: readonly EndpointFeatureId[], inputs: StepInputs): StepEvaluation {
  const results = inputs.results.filter((result) => result.target.endpoint?.features.some((feature) => features.includes(feature)));
  if (results.length === 0) return { outcome: 'waiting', evidence: [], run: { features: [...features] } };
  const evidence = results.map((result): StepEvidence => {
    const measuredFrom = result.measuredFrom ?? inputs.vantage;
    return { id: result.id, status: result.status, what: result.target.url ?? result.target.host, summary: summaryIn(inputs, result), ...(measuredFrom ? { measuredFrom } : {}) };
  });
  return decide(evidence, undefined);
}

/**
 * One stage of the endpoint checks: fail when it failed on any endpoint that got that far, pass when
 * it passed on all of them, `none` when no endpoint reached it (an earlier stage stopped them all).
 */
function evaluateStage(features: readonly EndpointFeatureId[], stage: EndpointStage, inputs: StepInputs): StepEvaluation {
  const results = inputs.results.filter((result) => result.target.endpoint?.features.some((feature) => features.includes(feature)));
  if (results.length === 0) return { outcome: 'waiting', evidence: [], run: { features: [...features] } };
  const evidence: StepEvidence[] = [];
  for (const result of results) {
    const outcome = stageOutcome(result.details as Partial<EndpointDetails>, stage);
    if (outcome === undefined) continue;
    const measuredFrom = result.measuredFrom ?? inputs.vantage;
    evidence.push({ id: result.id, status: outcome, what: result.target.url ?? result.target.host, summary: summaryIn(inputs, result), ...(measuredFrom ? { measuredFrom } : {}) });
  }
  if (evidence.length === 0) return { outcome: 'none', evidence };
  return { outcome: evidence.some((item) => item.status === 'fail') ? 'fail' : 'pass', evidence };
}

/** How one stage went for one endpoint, or undefined when the check did not get that far. */
function stageOutcome(details: Partial<EndpointDetails>, stage: EndpointStage): 'pass' | 'fail' | undefined {
  if (stage === 'inspection') return details.tls && details.tls.outcome !== 'skipped' ? (details.tls.inspection.suspected ? 'fail' : 'pass') : undefined;
  const ran = details[stage];
  if (!ran || ran.outcome === 'skipped') return undefined;
  // A TLS failure caused by an inspecting device is the inspection's, not the roots'.
  if (stage === 'tls' && details.tls?.inspection.suspected) return 'pass';
  return ran.outcome === 'fail' ? 'fail' : 'pass';
}

/** The summary the reader sees now (and the transcript keeps). */
function summaryIn(inputs: StepInputs, result: CheckResult): string {
  return inputs.summarize ? inputs.summarize(result) : result.summary;
}

function evaluateLogs(categories: readonly string[], findings: readonly Finding[] | null, explain: (finding: Finding) => string = (finding) => finding.explanation): StepEvaluation {
  if (findings === null) return { outcome: 'none', evidence: [] };
  const matching = findings.filter((finding) => categories.includes(finding.category) && finding.severity !== 'info');
  const evidence = matching.map((finding): StepEvidence => ({
    id: `log:${finding.category}`,
    status: finding.severity === 'error' ? 'fail' : 'warn',
    what: finding.message,
    summary: `${explain(finding)}${finding.host ? ` (${finding.host})` : ''} × ${finding.occurrences}`,
  }));
  return { outcome: evidence.some((item) => item.status === 'fail') ? 'fail' : evidence.length > 0 ? 'unsure' : 'pass', evidence };
}

/** Fail as soon as one fails; wait while some are unmeasured; then unsure for unknown or not run; else pass (warnings included). */
function decide(evidence: StepEvidence[], run: StepRunRequest | undefined): StepEvaluation {
  if (evidence.some((item) => item.status === 'fail')) return { outcome: 'fail', evidence };
  if (run) return { outcome: 'waiting', evidence, run };
  if (evidence.some((item) => item.status === 'unknown' || item.status === 'skipped')) return { outcome: 'unsure', evidence };
  return { outcome: 'pass', evidence };
}
