import { describe, expect, it } from 'vitest';
import { buildEndpointPlan } from '../../../shared/endpoints/build-endpoint-plan.ts';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import { buildPlan } from '../../../shared/plan/build-plan.ts';
import { isEndpointLink, isEndpointResult, mergeRunDocuments, sameHierarchy } from '../../../shared/results/merge-run-documents.ts';
import { demoResultDocument, resultForCheck } from '../../support/result-fixtures.ts';

const sites = (() => {
  const plan = buildPlan(DEMO_HIERARCHY, { only: [{ transport: 'tcp', port: 445 }] });
  if (!plan.ok) throw new Error('plan');
  return plan.value;
})();
const endpoints = buildEndpointPlan(DEMO_HIERARCHY, { features: ['url-forwarding'] });

describe('mergeRunDocuments', () => {
  const siteRun = demoResultDocument({
    startedAt: '2026-11-22T10:00:00.000Z',
    finishedAt: '2026-11-22T10:00:03.000Z',
    links: sites.links,
    results: sites.checks.map((check) => resultForCheck(check, 'pass')),
  });
  const endpointRun = demoResultDocument({
    startedAt: '2026-11-22T10:05:00.000Z',
    finishedAt: '2026-11-22T10:05:10.000Z',
    settings: { timeoutMs: 3000, concurrency: 128, perHostConcurrency: 16, endpoints: { timeoutMs: 10_000, cloud: 'public', route: 'proxy http://proxy:3128' } },
    links: endpoints.links,
    results: endpoints.checks.map((check) => resultForCheck(check, 'fail')),
    trustStore: [{ name: 'DigiCert Global Root G2', sha256: 'CB:3C', bundled: true, system: null, expired: false }],
  });

  it('tells the parts apart', () => {
    expect(endpointRun.results.every(isEndpointResult)).toBe(true);
    expect(siteRun.results.some(isEndpointResult)).toBe(false);
    expect(endpointRun.links.every(isEndpointLink)).toBe(true);
    expect(sameHierarchy(siteRun, endpointRun)).toBe(true);
    expect(sameHierarchy(siteRun, { ...endpointRun, hierarchy: { ...DEMO_HIERARCHY, name: 'other' } })).toBe(false);
  });

  it('adds the endpoint part to the site part, spanning both runs', () => {
    const merged = mergeRunDocuments(siteRun, endpointRun, { sites: false, endpoints: true });
    expect(merged.results).toHaveLength(siteRun.results.length + endpointRun.results.length);
    expect(merged.links).toHaveLength(siteRun.links.length + endpointRun.links.length);
    expect([merged.startedAt, merged.finishedAt]).toEqual(['2026-11-22T10:00:00.000Z', '2026-11-22T10:05:10.000Z']);
    expect(merged.settings.endpoints?.route).toBe('proxy http://proxy:3128');
    expect(merged.trustStore).toEqual(endpointRun.trustStore);
  });

  it('replaces only the part a new run measured', () => {
    const both = mergeRunDocuments(siteRun, endpointRun, { sites: false, endpoints: true });
    const again = demoResultDocument({ links: endpoints.links, results: endpoints.checks.map((check) => resultForCheck(check, 'pass')), settings: { ...endpointRun.settings, endpoints: { timeoutMs: 5000, cloud: 'public', route: 'direct' } }, trustStore: endpointRun.trustStore });
    const merged = mergeRunDocuments(both, again, { sites: false, endpoints: true });
    expect(merged.results.filter(isEndpointResult).map((r) => r.status)).toEqual(endpoints.checks.map(() => 'pass'));
    expect(merged.results.filter((r) => !isEndpointResult(r))).toEqual(siteRun.results);
    expect(merged.settings.endpoints?.route).toBe('direct');
    const sitesAgain = mergeRunDocuments(merged, siteRun, { sites: true, endpoints: false });
    expect(sitesAgain.settings.endpoints?.route).toBe('direct');
    expect(sitesAgain.trustStore).toEqual(endpointRun.trustStore);
  });

  it('replaces only the ports a walkthrough step measured, keeping the other site results', () => {
    const all = buildPlan(DEMO_HIERARCHY);
    if (!all.ok) throw new Error('plan');
    const everything = demoResultDocument({ links: all.value.links, results: all.value.checks.map((check) => resultForCheck(check, 'pass')) });
    const smbAgain = demoResultDocument({ links: sites.links, results: sites.checks.map((check) => resultForCheck(check, 'fail')) });
    const merged = mergeRunDocuments(everything, smbAgain, { sites: true, endpoints: false, ports: ['tcp/445'] });
    expect(merged.results).toHaveLength(everything.results.length);
    expect(merged.links).toHaveLength(everything.links.length);
    expect(merged.results.filter((result) => result.status === 'fail').map((result) => result.target.portLabel)).toEqual(sites.checks.map(() => '445'));
    expect(merged.results.filter((result) => result.target.portLabel === '1433').every((result) => result.status === 'pass')).toBe(true);
  });

  it('replaces only the hosts a log finding tested, keeping the other endpoints and their settings', () => {
    const both = mergeRunDocuments(siteRun, endpointRun, { sites: false, endpoints: true });
    const host = endpointRun.results[0]!.target.host;
    const hostPlan = buildEndpointPlan(DEMO_HIERARCHY, { hosts: [host] });
    const retest = demoResultDocument({ links: hostPlan.links, results: hostPlan.checks.map((check) => resultForCheck(check, 'pass')), settings: { ...endpointRun.settings, endpoints: { timeoutMs: 10_000, cloud: 'public', route: 'direct', hosts: [host] } } });
    const merged = mergeRunDocuments(both, retest, { sites: false, endpoints: true, hosts: [host] });
    expect(merged.results.filter((result) => result.target.host === host).map((result) => result.status)).toEqual(hostPlan.checks.map(() => 'pass'));
    expect(merged.results.filter((result) => isEndpointResult(result) && result.target.host !== host).every((result) => result.status === 'fail')).toBe(true);
    expect(merged.results.filter((result) => !isEndpointResult(result))).toHaveLength(siteRun.results.length);
    expect(merged.settings.endpoints?.route).toBe('proxy http://proxy:3128');
    expect(new Set(merged.links.map((link) => link.id)).size).toBe(merged.links.length);
  });
});

