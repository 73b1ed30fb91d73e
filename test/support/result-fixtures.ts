import { DEMO_HIERARCHY } from '../../shared/hierarchy/demo-hierarchy.ts';
import { buildPlan, type Plan, type PlannedCheck } from '../../shared/plan/build-plan.ts';
import type { CheckResult, ResultDocument } from '../../shared/results/result-document.ts';
import type { Status } from '../../shared/results/status.ts';

/** A result for a planned check, with the status given and plausible evidence. */
export function resultForCheck(check: PlannedCheck, status: Status, summary = ''): CheckResult {
  return {
    id: check.id,
    probe: check.probe,
    target: check.target,
    verdict: status === 'pass' ? 'open' : status === 'skipped' ? 'not-tested' : 'filtered',
    status,
    durationMs: 12,
    summary,
    // A key no table has: the written summary shows, as for a document from a newer version.
    message: { key: 'fixture.summary', params: {} },
    details: {},
    evidence: { startedAt: '2026-11-22T10:00:00.000Z', durationMs: 12, timeoutMs: 3000 },
    links: check.linkIds,
  };
}

/** A finished run of the demo hierarchy measured from `admin01`, with the results given. */
export function demoResultDocument(overrides: Partial<ResultDocument> = {}): ResultDocument {
  return {
    tool: 'configmgr-netcheck',
    formatVersion: 1,
    version: '0.1.0',
    startedAt: '2026-11-22T10:00:00.000Z',
    finishedAt: '2026-11-22T10:00:03.000Z',
    cancelled: false,
    vantage: { hostname: 'admin01', addresses: ['10.0.0.9'], platform: 'win32 10.0.20348' },
    settings: { timeoutMs: 3000, concurrency: 64, perHostConcurrency: 16 },
    hierarchy: DEMO_HIERARCHY,
    links: [],
    results: [],
    ...overrides,
  };
}

/** The demo hierarchy's plan (links and checks), which every topology and result test starts from. */
export function demoPlan(): Plan {
  const plan = buildPlan(DEMO_HIERARCHY);
  if (!plan.ok) throw new Error('the demo hierarchy does not plan');
  return plan.value;
}
