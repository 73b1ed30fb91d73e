import type { Translate } from '../../shared/i18n/translator.ts';
import { buildPlan, planTotals, type Plan } from '../../shared/plan/build-plan.ts';
import type { PlannedLink } from '../../shared/plan/link.ts';
import { BadInput, EXIT, type CliIo } from '../cli-io.ts';
import { loadHierarchySource } from '../hierarchy-source.ts';
import { parseFilters, type CommonOptions } from '../options.ts';
import { formatTable } from '../output/table.ts';
import { createProbeRegistry } from '../../src-main/core/probes/registry.ts';

/** `netcheck plan`: derive and list the checks, without sending a packet. */
export async function planCommand(options: CommonOptions, io: CliIo, t: Translate): Promise<number> {
  const hierarchy = await loadHierarchySource(options, io, t);
  const planned = buildPlan(hierarchy, { from: options.from, only: parseFilters(options.only), includeInstall: options.installPorts });
  if (!planned.ok) throw new BadInput(planned.errors.join('\n'));
  const plan = planned.value;
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ hierarchy: hierarchy.name, totals: planTotals(plan), links: plan.links, checks: plan.checks }, null, 2)}\n`);
    return EXIT.ok;
  }
  io.stdout.write(`${describePlan(hierarchy.name, plan, t)}\n`);
  return EXIT.ok;
}

/** The human listing: totals, then one row per check with the systems that need it. */
export function describePlan(name: string, plan: Plan, t: Translate): string {
  const totals = planTotals(plan);
  const linksById = new Map(plan.links.map((link) => [link.id, link]));
  const byProbe = Object.entries(totals.byProbe)
    .map(([probe, count]) => `${probe} ${count}`)
    .join(', ');
  const probes = createProbeRegistry();
  const untested = plan.checks.filter((check) => !probes.has(check.probe) || (check.target.port === null && check.probe !== 'rpc-dynamic')).length;
  const rows = plan.checks.map((check) => [
    check.target.host,
    `${check.target.transport}/${check.target.portLabel}`,
    check.probe,
    neededBy(check.linkIds.map((id) => linksById.get(id)).filter((link): link is PlannedLink => link !== undefined), t),
  ]);
  const c = (key: string) => t(`cli.columns.${key}`);
  return [
    t('cli.planHeader', { name, links: totals.links, checks: totals.checks, destinations: totals.destinations }),
    t('cli.planProbes', { list: byProbe || '-' }),
    ...(untested > 0 ? [t('cli.planNotTested', { count: untested })] : []),
    '',
    formatTable([c('destination'), c('port'), c('probe'), c('neededBy')], rows),
  ].join('\n');
}

function neededBy(links: PlannedLink[], t: Translate): string {
  const sources = [...new Set(links.map((link) => `${link.source.split('.')[0]} (${t(`roles.${link.sourceRole}`)})`))];
  return sources.join(', ');
}
