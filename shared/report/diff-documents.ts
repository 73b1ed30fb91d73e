import type { CheckResult, ResultDocument } from '../results/result-document.ts';
import { STATUS_SEVERITY_ORDER, type Status } from '../results/status.ts';

/** How one check moved between the baseline and the current run. */
export interface ResultChange {
  id: string;
  /** What it checks, for people: `SMB TCP 445 → p01dp01…`. */
  what: string;
  kind: 'fixed' | 'broke' | 'changed' | 'new' | 'gone';
  before?: Status;
  after?: Status;
  beforeSummary?: string;
  afterSummary?: string;
}

/** What changed since a baseline, worst news first, and what stayed as it was (counted). */
export interface DocumentDiff {
  baseline: { startedAt: string; hierarchy?: string };
  current: { startedAt: string; hierarchy?: string };
  sameHierarchy: boolean;
  changes: ResultChange[];
  unchanged: Record<Status, number>;
}

const KIND_ORDER: ResultChange['kind'][] = ['broke', 'changed', 'new', 'gone', 'fixed'];

/**
 * Compares two result documents check by check (a check is identified by its id: probe, port and
 * host, plus the machine it was measured from when documents of several machines were merged).
 * "Fixed" is a check that failed and now passes; "broke" the reverse; any other move of status is
 * "changed". Checks only in one document are "new" or "gone".
 */
export function diffDocuments(baseline: ResultDocument, current: ResultDocument): DocumentDiff {
  const before = new Map(baseline.results.map((result) => [result.id, result]));
  const after = new Map(current.results.map((result) => [result.id, result]));
  const changes: ResultChange[] = [];
  const unchanged: Record<Status, number> = { pass: 0, warn: 0, fail: 0, unknown: 0, skipped: 0 };
  for (const [id, now] of after) {
    const was = before.get(id);
    if (!was) {
      changes.push({ id, what: describe(now), kind: 'new', after: now.status, afterSummary: now.summary });
      continue;
    }
    if (was.status === now.status) {
      unchanged[now.status] += 1;
      continue;
    }
    changes.push({ id, what: describe(now), kind: kindOf(was.status, now.status), before: was.status, after: now.status, beforeSummary: was.summary, afterSummary: now.summary });
  }
  for (const [id, was] of before) if (!after.has(id)) changes.push({ id, what: describe(was), kind: 'gone', before: was.status, beforeSummary: was.summary });
  const rank = (status: Status | undefined) => (status ? STATUS_SEVERITY_ORDER.indexOf(status) : STATUS_SEVERITY_ORDER.length);
  changes.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || rank(a.after) - rank(b.after) || a.id.localeCompare(b.id));
  return {
    baseline: { startedAt: baseline.startedAt, ...(baseline.hierarchy ? { hierarchy: baseline.hierarchy.name } : {}) },
    current: { startedAt: current.startedAt, ...(current.hierarchy ? { hierarchy: current.hierarchy.name } : {}) },
    sameHierarchy: JSON.stringify(baseline.hierarchy) === JSON.stringify(current.hierarchy),
    changes,
    unchanged,
  };
}

function kindOf(before: Status, after: Status): ResultChange['kind'] {
  if (after === 'pass' && before !== 'pass') return before === 'fail' ? 'fixed' : 'changed';
  if (after === 'fail') return 'broke';
  return 'changed';
}

function describe(result: CheckResult): string {
  return `${result.probe} ${result.target.transport.toUpperCase()} ${result.target.portLabel} → ${result.target.url ?? result.target.host}${result.measuredFrom ? ` (from ${result.measuredFrom})` : ''}`;
}
