import { ENDPOINT_ENTRIES, ENDPOINT_FEATURES } from '../../shared/endpoints/endpoint-catalogue.ts';
import type { EndpointDetails } from '../../shared/endpoints/endpoint-details.ts';
import { ENDPOINT_ROLES, type EndpointFeatureId, type EndpointRole } from '../../shared/endpoints/endpoint-types.ts';
import type { PlannedCheck } from '../../shared/plan/build-plan.ts';
import type { CheckResult } from '../../shared/results/result-document.ts';
import type { EndpointFilters } from '../store/endpoint-slice.ts';

/**
 * The Endpoints view's rows and groups, from the planned endpoint checks and their results. Pure,
 * so grouping and filtering are tested without rendering.
 */

/** One endpoint check, planned or done. */
export interface EndpointRow {
  id: string;
  check: PlannedCheck;
  result?: CheckResult;
  features: EndpointFeatureId[];
  roles: EndpointRole[];
}

/** A group of rows: a feature (possibly with no hosts, then its `reference`), or a role. */
export interface EndpointGroup {
  key: string;
  kind: 'feature' | 'role';
  rows: EndpointRow[];
  reference?: string;
}

const ENTRY_ROLES = new Map(ENDPOINT_ENTRIES.map((entry) => [entry.id, entry.roles]));

/** Rows for the endpoint checks of a plan (site-system checks are left out), with their results. */
export function endpointRows(checks: readonly PlannedCheck[], results: Readonly<Record<string, CheckResult>>): EndpointRow[] {
  return checks
    .filter((check) => check.target.url !== undefined)
    .map((check) => {
      const expectation = check.target.endpoint;
      const roles = ENDPOINT_ROLES.filter((role) => (expectation?.entries ?? []).some((entry) => ENTRY_ROLES.get(entry)?.includes(role)));
      const result = results[check.id];
      return { id: check.id, check, ...(result ? { result } : {}), features: expectation?.features ?? [], roles };
    });
}

/** Whether a row passes the filters: failures only, TLS inspection only. */
function visible(row: EndpointRow, filters: EndpointFilters): boolean {
  if (filters.failuresOnly && row.result?.status !== 'fail') return false;
  if (filters.inspectedOnly && !(row.result?.details as Partial<EndpointDetails> | undefined)?.tls?.inspection.suspected) return false;
  return true;
}

/**
 * Groups rows by feature (in the documents' order, with the features that list no host shown with
 * their pointer while no filter hides rows) or by role. A row belongs to every feature or role of
 * the entries it tests.
 */
export function groupRows(rows: readonly EndpointRow[], filters: EndpointFilters, selectedFeatures: readonly EndpointFeatureId[] = []): EndpointGroup[] {
  const shown = rows.filter((row) => visible(row, filters));
  const filtering = filters.failuresOnly || filters.inspectedOnly;
  if (filters.groupBy === 'role') {
    return ENDPOINT_ROLES.map((role) => ({ key: role, kind: 'role' as const, rows: shown.filter((row) => row.roles.includes(role)) })).filter((group) => group.rows.length > 0);
  }
  return ENDPOINT_FEATURES.filter((feature) => selectedFeatures.length === 0 || selectedFeatures.includes(feature.id))
    .map((feature) => ({
      key: feature.id,
      kind: 'feature' as const,
      rows: shown.filter((row) => row.features.includes(feature.id)),
      ...(feature.reference ? { reference: feature.reference } : {}),
    }))
    .filter((group) => group.rows.length > 0 || (!filtering && group.reference !== undefined && !rows.some((row) => row.features.includes(group.key as EndpointFeatureId))));
}
