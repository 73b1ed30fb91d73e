import { describe, expect, it } from 'vitest';
import { buildEndpointPlan } from '../../../shared/endpoints/build-endpoint-plan.ts';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import type { CheckResult } from '../../../shared/results/result-document.ts';
import type { Status } from '../../../shared/results/status.ts';
import { buildTopologyModel, edgeStatus } from '../../../shared/topology/topology-model.ts';
import { demoPlan, resultForCheck } from '../../support/result-fixtures.ts';

const plan = demoPlan();

function resultFor(checkId: string, status: Status): CheckResult {
  return resultForCheck(plan.checks.find((c) => c.id === checkId)!, status);
}

describe('buildTopologyModel', () => {
  it('groups systems by site and the CMG in the cloud, tiers top to bottom', () => {
    const model = buildTopologyModel(DEMO_HIERARCHY, plan.links, []);
    expect(model.groups.map((g) => [g.id, g.tier])).toEqual([
      ['site:CAS', 0],
      ['site:P01', 1],
      ['site:P02', 1],
      ['site:S01', 2],
      ['cloud', 3],
    ]);
    expect(model.nodes.find((n) => n.id === 'cmg.contoso.example')).toEqual({ id: 'cmg.contoso.example', group: 'cloud', label: 'cmg.contoso.example', roles: ['cmg'] });
    expect(model.edges.every((e) => e.status === 'untested')).toBe(true);
  });

  it('aggregates every link of a pair into one edge coloured by its worst port', () => {
    const sqlEdge = 'p01mp01.corp.contoso.example->p01sql01.corp.contoso.example';
    const ssEdge = 'p01mp01.corp.contoso.example->p01ss01.corp.contoso.example';
    const results = [
      resultFor('tds:tcp/1433@p01sql01.corp.contoso.example', 'pass'),
      resultFor('smb:tcp/445@p01ss01.corp.contoso.example', 'pass'),
      resultFor('rpc-epm:tcp/135@p01ss01.corp.contoso.example', 'fail'),
    ];
    const model = buildTopologyModel(DEMO_HIERARCHY, plan.links, results);
    expect(model.edges.find((e) => e.id === sqlEdge)).toMatchObject({ status: 'pass', ports: [{ transport: 'tcp', port: '1433', status: 'pass' }] });
    expect(model.edges.find((e) => e.id === ssEdge)).toMatchObject({
      status: 'fail',
      ports: [
        { port: '135', status: 'fail' },
        { port: '445', status: 'pass' },
        { port: 'dynamic', status: 'untested' },
      ],
    });
  });
});

describe('edgeStatus', () => {
  it.each([
    [['pass', 'pass'], 'pass'],
    [['pass', 'untested'], 'partial'],
    [['pass', 'skipped'], 'skipped'],
    [['skipped', 'untested'], 'partial'],
    [['partial', 'untested'], 'partial'],
    [['untested', 'untested'], 'untested'],
    [['fail', 'untested'], 'fail'],
    [['warn', 'pass'], 'warn'],
    [['unknown', 'pass'], 'unknown'],
    [[], 'untested'],
  ] as const)('%j → %s', (statuses, expected) => {
    expect(edgeStatus(statuses)).toBe(expected);
  });
});

describe('buildTopologyModel with internet endpoints', () => {
  const endpoints = buildEndpointPlan(DEMO_HIERARCHY, { features: ['scp-updates', 'azure-services', 'cloud-services'] });
  const go = endpoints.checks.find((check) => check.id === 'https:https://go.microsoft.com/')!;
  const azure = endpoints.checks.find((check) => check.id === 'https:https://management.azure.com/')!;

  it('draws the internet and Azure in the cloud group, reached from the systems holding each role', () => {
    const model = buildTopologyModel(DEMO_HIERARCHY, [...plan.links, ...endpoints.links], [resultForCheck(go, 'fail'), resultForCheck(azure, 'pass')]);
    expect(model.nodes.filter((n) => n.group === 'cloud').map((n) => n.id)).toEqual(['cmg.contoso.example', 'cloud:azure', 'cloud:internet']);
    const internet = model.edges.find((e) => e.id === 'cas01.corp.contoso.example->cloud:internet')!;
    expect(internet.status).toBe('fail');
    expect(internet.ports.find((p) => p.host === 'go.microsoft.com' && p.port === '443')).toMatchObject({ status: 'fail', resultId: go.id });
    const toAzure = model.edges.find((e) => e.id === 'cas01.corp.contoso.example->cloud:azure')!;
    expect(toAzure.ports.map((p) => `${p.host}:${p.port}:${p.status}`)).toEqual(['management.azure.com:80:untested', 'management.azure.com:443:pass']);
  });

  it('adds no internet node before endpoints are planned', () => {
    expect(buildTopologyModel(DEMO_HIERARCHY, plan.links, []).nodes.some((n) => n.id.startsWith('cloud:'))).toBe(false);
  });

  it('marks the service connection point\'s link to the internet with what its log found', () => {
    const log = { status: 'fail' as const, categories: ['dns' as const], hosts: ['configmgrbits.azureedge.net'], findings: 3 };
    const model = buildTopologyModel(DEMO_HIERARCHY, [], [], log);
    const scp = DEMO_HIERARCHY.systems.filter((system) => system.roles.some((role) => role.role === 'service-connection-point'));
    expect(scp.length).toBeGreaterThan(0);
    const edges = model.edges.filter((edge) => edge.target === 'cloud:internet');
    expect(edges.map((edge) => edge.source).sort()).toEqual(scp.map((system) => system.fqdn.toLowerCase()).sort());
    // Untested, the link takes the log's colour; the internet node is drawn for it.
    expect(edges.every((edge) => edge.status === 'fail' && edge.log === log)).toBe(true);
    expect(model.nodes.some((node) => node.id === 'cloud:internet')).toBe(true);
    expect(buildTopologyModel(DEMO_HIERARCHY, [], []).edges.some((edge) => edge.target === 'cloud:internet')).toBe(false);
  });
});

