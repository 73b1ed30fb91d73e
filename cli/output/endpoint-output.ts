import { describeRequiredRoot } from '../../shared/endpoints/describe-root.ts';
import type { EndpointExpectation } from '../../shared/endpoints/endpoint-expectation.ts';
import type { RequiredRootStatus } from '../../shared/endpoints/known-roots.ts';
import type { Translate } from '../../shared/i18n/translator.ts';
import type { Plan } from '../../shared/plan/build-plan.ts';
import type { PlannedLink } from '../../shared/plan/link.ts';
import { translateMessage } from '../../src-main/core/runner/run-checks.ts';
import { formatTable } from './table.ts';

/**
 * The human listings of `netcheck endpoints`: the planned endpoints (`--list`), and the lines that
 * head a run's table (how routes were chosen, and the roots the documents name).
 */

/** One row per planned endpoint: URL, features, who needs it, the documents' flags, or why it cannot be tested. */
export function describeEndpointPlan(name: string, plan: Plan, t: Translate): string {
  const linksById = new Map(plan.links.map((link) => [link.id, link]));
  const rows = plan.checks.map((check) => {
    const expectation = check.target.endpoint as EndpointExpectation;
    const sources = [...new Set(check.linkIds.map((id) => linksById.get(id)).filter((link): link is PlannedLink => link !== undefined).map((link) => link.source.split('.')[0] ?? link.source))];
    const flags = expectation.flags.map((flag) => t(`endpoints.flag.${flag}`)).join(', ');
    const note = check.notTestable ? translateMessage(t, check.notTestable) : expectation.standsInFor ? t('cli.endpoints.standsIn', { patterns: expectation.standsInFor.join(', ') }) : '';
    return [check.target.url ?? check.target.host, expectation.features.join(', '), sources.join(', ') || '-', flags || '-', note];
  });
  const untestable = plan.checks.filter((check) => check.notTestable).length;
  const c = (key: string) => t(`cli.columns.${key}`);
  return [
    t('cli.endpoints.planHeader', { name, checks: plan.checks.length, untestable }),
    '',
    formatTable([c('url'), c('features'), c('neededBy'), c('flags'), c('note')], rows),
  ].join('\n');
}

/** How routes were chosen, and whether the roots the documents name are trusted here. */
export function describeEndpointContext(route: string, roots: readonly RequiredRootStatus[] | undefined, t: Translate): string {
  const lines = [t('cli.endpoints.route', { route })];
  for (const root of roots ?? []) lines.push(`  ${describeRequiredRoot(root, t)}`);
  return lines.join('\n');
}
