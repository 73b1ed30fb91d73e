import type { EndpointFeatureId } from '../../../shared/endpoints/endpoint-types.ts';
import type { Finding } from '../../../shared/logs/log-types.ts';
import type { CheckResult } from '../../../shared/results/result-document.ts';
import type { Status } from '../../../shared/results/status.ts';
import type { StepInputs } from '../../../shared/walkthroughs/evaluate-step.ts';
import type { CheckOutcome, CheckSelector, EndpointStage } from '../../../shared/walkthroughs/walkthrough-types.ts';
import { demoPlan, resultForCheck } from '../../support/result-fixtures.ts';

/**
 * Recorded inputs that make a check step find a given outcome, as a support call would record them:
 * the demo plan's results with the step's checks passing, failing or undecided, an endpoint run
 * whose stages went a given way, or a log with or without failures. Undefined when that outcome
 * cannot happen for the selector (an endpoint check is never "none" until it ran).
 */
const plan = demoPlan();
const STATUS: Record<Exclude<CheckOutcome, 'none'>, Status> = { pass: 'pass', fail: 'fail', unsure: 'unknown' };

export function inputsFor(selector: CheckSelector, outcome: CheckOutcome): StepInputs | undefined {
  switch (selector.kind) {
    case 'ports': {
      if (outcome === 'none') return { links: [], results: [], logFindings: null };
      const status = STATUS[outcome];
      return { links: plan.links, results: plan.checks.map((check) => resultForCheck(check, status)), logFindings: null };
    }
    case 'endpoints': {
      const stage = selector.stage;
      if (!stage) {
        if (outcome === 'none') return undefined;
        return { links: [], results: [endpointResult(selector.features, { dns: 'pass', tcp: outcome === 'fail' ? 'fail' : 'pass' }, STATUS[outcome])], logFindings: null };
      }
      // Every endpoint check resolves the name first: its DNS stage always ran.
      if (outcome === 'unsure' || (outcome === 'none' && stage === 'dns')) return undefined;
      // "none": an earlier stage stopped every endpoint before this one.
      const stages = outcome === 'none' ? { dns: 'fail' as const } : { dns: 'pass' as const, tcp: 'pass' as const, [stage === 'inspection' ? 'tls' : stage]: outcome };
      return { links: [], results: [endpointResult(selector.features, stages, outcome === 'pass' ? 'pass' : 'fail', stage === 'inspection' && outcome === 'fail')], logFindings: null };
    }
    case 'logs': {
      if (outcome === 'none') return { links: [], results: [], logFindings: null };
      const category = selector.categories[0] ?? 'dns';
      const findings: Finding[] = outcome === 'pass' ? [] : [finding(category, outcome === 'fail' ? 'error' : 'warning')];
      return { links: [], results: [], logFindings: findings };
    }
  }
}

/** An internet endpoint result whose stages went as given (the rest skipped). */
export function endpointResult(features: readonly EndpointFeatureId[], stages: Partial<Record<Exclude<EndpointStage, 'inspection'>, 'pass' | 'fail'>>, status: Status, inspected = false): CheckResult {
  const stage = (name: Exclude<EndpointStage, 'inspection'>) => (stages[name] ? { outcome: stages[name], message: { key: 'x', params: {} } } : undefined);
  const tls = stage('tls');
  return {
    id: `https:https://${features[0]}.example/`,
    probe: 'https',
    target: {
      host: `${features[0]}.example`,
      port: 443,
      portLabel: '443',
      transport: 'tcp',
      url: `https://${features[0]}.example/`,
      endpoint: { entries: [], features: [...features], flags: [], trust: 'microsoft' } as never,
    },
    verdict: status === 'pass' ? 'open' : 'filtered',
    status,
    durationMs: 10,
    summary: `stages ${JSON.stringify(stages)}`,
    message: { key: 'x', params: {} },
    details: {
      url: `https://${features[0]}.example/`,
      ...Object.fromEntries((['dns', 'tcp', 'proxy', 'http'] as const).flatMap((name) => (stage(name) ? [[name, stage(name)]] : []))),
      ...(tls ? { tls: { ...tls, serverName: 'x', chain: [], trusted: !inspected && tls.outcome === 'pass', hostnameMatch: true, expired: false, inspection: { suspected: inspected, finding: inspected ? 'private-root' : 'expected-root', ...(inspected ? { issuer: 'Contoso Inspection CA' } : {}) } } } : {}),
    },
    evidence: { startedAt: '2026-11-22T10:00:00.000Z', durationMs: 10, timeoutMs: 3000 },
    links: [],
  };
}

function finding(category: Finding['category'], severity: Finding['severity']): Finding {
  return { category, severity, message: `a ${category} failure`, occurrences: 2, explanation: `why ${category}`, fix: 'fix it', file: 0, line: 1, entry: 1 } as Finding;
}
