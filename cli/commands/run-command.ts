import path from 'node:path';
import type { Translate } from '../../shared/i18n/translator.ts';
import { buildEndpointPlan } from '../../shared/endpoints/build-endpoint-plan.ts';
import { buildPlan } from '../../shared/plan/build-plan.ts';
import type { ResultDocument, RunSettings } from '../../shared/results/result-document.ts';
import { DEFAULT_RUN_SETTINGS, RUN_SETTING_LIMITS } from '../../shared/results/run-defaults.ts';
import { STATUS_SEVERITY_ORDER, countByStatus } from '../../shared/results/status.ts';
import { runPlan } from '../../src-main/core/checks/run-plan.ts';
import { collectVantage } from '../../src-main/core/vantage.ts';
import { whereAmI } from '../../shared/hierarchy/where-am-i.ts';
import { writeFileAtomic } from '../../src-main/core/files/atomic-write.ts';
import { createDnsServerResolver, createSystemResolver } from '../../src-main/core/net/resolver.ts';
import { createProbeRegistry } from '../../src-main/core/probes/registry.ts';
import { BadInput, EXIT, type CliIo } from '../cli-io.ts';
import { endpointPlanOptions } from '../endpoint-options.ts';
import { loadHierarchySource } from '../hierarchy-source.ts';
import { runEndpointPlan } from './endpoints-command.ts';
import { dnsServerOption, filterTexts, integerOption, parseFilters, type CommonOptions } from '../options.ts';
import { createProgressBar } from '../output/progress-bar.ts';
import { summaryOf } from '../../shared/results/result-text.ts';
import { formatTable } from '../output/table.ts';

/** `netcheck run`: run the plan from this machine and report, as a table or as the JSON document. */
export async function runCommand(options: CommonOptions, io: CliIo, t: Translate): Promise<number> {
  const hierarchy = await loadHierarchySource(options, io, t);
  const settings = runSettings(options);
  const planned = buildPlan(hierarchy, { from: options.from, only: parseFilters(options.only), includeInstall: options.installPorts });
  if (!planned.ok) throw new BadInput(planned.errors.join('\n'));
  // On a site server of the hierarchy, say so: the checks that start here are the ones it can measure as its own.
  if (!options.from) {
    const here = whereAmI(hierarchy, io.vantage ?? collectVantage());
    if (here.kind === 'found') io.stderr.write(`${t('cli.hereFound', { system: here.system })}\n`);
  }
  if (options.endpoints) {
    const endpoints = buildEndpointPlan(hierarchy, endpointPlanOptions(options));
    return runEndpointPlan({ links: [...planned.value.links, ...endpoints.links], checks: [...planned.value.checks, ...endpoints.checks] }, options, io, t, hierarchy);
  }
  let failedSoFar = 0;
  const progress = createProgressBar(io, (done, total) => t('cli.progress', { done, total, failed: failedSoFar }));
  const document = await runPlan(planned.value, {
    hierarchy,
    settings,
    probes: createProbeRegistry(),
    resolver: settings.dnsServer ? createDnsServerResolver(settings.dnsServer) : createSystemResolver(),
    translate: t,
    ...(io.signal ? { signal: io.signal } : {}),
    onEvent: (event) => {
      if (event.type !== 'check-finished') return;
      if (event.result.status === 'fail') failedSoFar += 1;
      progress.update(event.done, event.total);
    },
  });
  progress.finish();
  return report(document, options, io, t);
}

/** Writes the document (`--out`, `--json`) or the human table, and chooses the exit code. */
export async function report(document: ResultDocument, options: CommonOptions, io: CliIo, t: Translate): Promise<number> {
  const json = `${JSON.stringify(document, null, 2)}\n`;
  if (options.out) {
    const file = path.resolve(io.cwd, options.out);
    await writeFileAtomic(file, json);
    io.stderr.write(`${t('cli.savedTo', { file })}\n`);
  }
  if (options.json) io.stdout.write(json);
  else io.stdout.write(`${describeResults(document, t)}\n`);
  if (document.cancelled) {
    io.stderr.write(`${t('cli.interrupted')}\n`);
    return EXIT.interrupted;
  }
  return document.results.some((result) => result.status === 'fail') ? EXIT.checkFailed : EXIT.ok;
}

/** The human table, worst first, and a totals line. */
export function describeResults(document: ResultDocument, t: Translate): string {
  const rank = (status: string) => STATUS_SEVERITY_ORDER.indexOf(status as (typeof STATUS_SEVERITY_ORDER)[number]);
  const rows = [...document.results]
    .sort((a, b) => rank(a.status) - rank(b.status) || a.id.localeCompare(b.id))
    .map((result) => [t(`status.${result.status}`).toUpperCase(), result.target.url ?? result.target.host, `${result.target.transport}/${result.target.portLabel}`, summaryOf(t, result)]);
  const counts = countByStatus(document.results.map((result) => result.status));
  const seconds = (Date.parse(document.finishedAt) - Date.parse(document.startedAt)) / 1000;
  const c = (key: string) => t(`cli.columns.${key}`);
  return [
    formatTable([c('status'), c('destination'), c('port'), c('summary')], rows),
    '',
    t('cli.runTotals', { count: document.results.length, seconds, ...counts }),
  ].join('\n');
}

/** Reads the run settings shared by `run` and `probe` from the command line. */
export function runSettings(options: CommonOptions): RunSettings {
  const limits = RUN_SETTING_LIMITS;
  const dnsServer = dnsServerOption(options.dns);
  const only = filterTexts(options.only);
  return {
    timeoutMs: integerOption('timeout', options.timeout, DEFAULT_RUN_SETTINGS.timeoutMs, limits.timeoutMs.min, limits.timeoutMs.max),
    concurrency: integerOption('concurrency', options.concurrency, DEFAULT_RUN_SETTINGS.concurrency, limits.concurrency.min, limits.concurrency.max),
    perHostConcurrency: integerOption('per-host', options.perHost, DEFAULT_RUN_SETTINGS.perHostConcurrency, limits.perHostConcurrency.min, limits.perHostConcurrency.max),
    ...(options.from ? { from: options.from } : {}),
    ...(only.length > 0 ? { only } : {}),
    ...(dnsServer ? { dnsServer } : {}),
  };
}
