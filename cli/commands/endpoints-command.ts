import { buildEndpointPlan } from '../../shared/endpoints/build-endpoint-plan.ts';
import type { Translate } from '../../shared/i18n/translator.ts';
import type { Plan } from '../../shared/plan/build-plan.ts';
import { runPlan } from '../../src-main/core/checks/run-plan.ts';
import { createDnsServerResolver, createSystemResolver } from '../../src-main/core/net/resolver.ts';
import { createProbeRegistry } from '../../src-main/core/probes/registry.ts';
import { EXIT, type CliIo } from '../cli-io.ts';
import { acceptedRootsOption, endpointPlanOptions, routeOption, trustedRootsOption } from '../endpoint-options.ts';
import { loadHierarchySource } from '../hierarchy-source.ts';
import type { CommonOptions } from '../options.ts';
import { describeEndpointContext, describeEndpointPlan } from '../output/endpoint-output.ts';
import { createProgressBar } from '../output/progress-bar.ts';
import { report, runSettings } from './run-command.ts';

/**
 * `netcheck endpoints`: the internet endpoints the hierarchy's roles need (seeds 000, 001, 002,
 * 004), each checked DNS → TCP → TLS → HTTP, directly or through the proxy this machine uses. With
 * `--list`, only shows what would be checked.
 */
export async function endpointsCommand(options: CommonOptions, io: CliIo, t: Translate): Promise<number> {
  const hierarchy = await loadHierarchySource(options, io, t);
  const planOptions = endpointPlanOptions(options);
  const plan = buildEndpointPlan(hierarchy, planOptions);
  if (options.list) {
    io.stdout.write(options.json ? `${JSON.stringify({ hierarchy: hierarchy.name, links: plan.links, checks: plan.checks }, null, 2)}\n` : `${describeEndpointPlan(hierarchy.name, plan, t)}\n`);
    return EXIT.ok;
  }
  return runEndpointPlan(plan, options, io, t, hierarchy);
}

/** Runs a plan holding endpoint checks (alone, or with the site checks of `run --endpoints`). */
export async function runEndpointPlan(plan: Plan, options: CommonOptions, io: CliIo, t: Translate, hierarchy: Parameters<typeof runPlan>[1]['hierarchy']): Promise<number> {
  const planOptions = endpointPlanOptions(options);
  const settings = runSettings(options);
  const resolver = settings.dnsServer ? createDnsServerResolver(settings.dnsServer) : createSystemResolver();
  const route = await routeOption(options, io, hierarchy, resolver);
  const ca = await trustedRootsOption(options, io);
  const acceptedRoots = await acceptedRootsOption(options, io);
  const withEndpoints = {
    ...settings,
    endpoints: {
      timeoutMs: planOptions.timeoutMs,
      ...(planOptions.roles ? { roles: [...planOptions.roles] } : {}),
      ...(planOptions.features ? { features: [...planOptions.features] } : {}),
      cloud: planOptions.cloud ?? hierarchy?.tenant?.cloud ?? 'public',
      route: route.summary,
    },
  };
  let failed = 0;
  const progress = createProgressBar(io, (done, total) => t('cli.progress', { done, total, failed }));
  const document = await runPlan(plan, {
    ...(hierarchy ? { hierarchy } : {}),
    settings: withEndpoints,
    probes: createProbeRegistry(),
    resolver,
    translate: t,
    route,
    ...(ca ? { ca } : {}),
    ...(acceptedRoots ? { acceptedRoots } : {}),
    ...(io.signal ? { signal: io.signal } : {}),
    onEvent: (event) => {
      if (event.type !== 'check-finished') return;
      if (event.result.status === 'fail') failed += 1;
      progress.update(event.done, event.total);
    },
  });
  progress.finish();
  if (!options.json) io.stdout.write(`${describeEndpointContext(route.summary, document.trustStore, t)}\n\n`);
  return report(document, options, io, t);
}
