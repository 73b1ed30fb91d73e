import { describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import { filterEdges, findNodes, SHOW_EVERYTHING } from '../../../shared/topology/topology-filter.ts';
import { buildTopologyModel } from '../../../shared/topology/topology-model.ts';
import { demoPlan, resultForCheck } from '../../support/result-fixtures.ts';

const plan = demoPlan();
const check = (id: string) => plan.checks.find((c) => c.id === id)!;
const P01 = 'p01ss01.corp.contoso.example';
const DP = 'p01dp01.corp.contoso.example';

// The DP's PXE answers nothing on UDP 69 (fail); SMB 445 to it passes.
const model = buildTopologyModel(DEMO_HIERARCHY, plan.links, [resultForCheck(check(`smb:tcp/445@${DP}`), 'pass'), resultForCheck(check(`tftp:udp/69@${DP}`), 'fail')]);

describe('filterEdges', () => {
  it('shows every edge by default', () => {
    expect(filterEdges(model, SHOW_EVERYTHING)).toEqual(model.edges);
  });

  it('keeps only links with a problem', () => {
    const shown = filterEdges(model, { ...SHOW_EVERYTHING, onlyProblems: true });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((edge) => ['fail', 'warn', 'unknown'].includes(edge.status))).toBe(true);
    expect(shown.some((edge) => edge.ports.some((port) => port.port === '69'))).toBe(true);
  });

  it('keeps one transport\'s ports and colours the link by them alone', () => {
    const tftp = model.edges.find((edge) => edge.target === DP && edge.ports.some((port) => port.port === '69'))!;
    expect(tftp.status).toBe('fail');
    const tcp = filterEdges(model, { ...SHOW_EVERYTHING, transport: 'tcp' });
    expect(tcp.every((edge) => edge.ports.every((port) => port.transport === 'tcp'))).toBe(true);
    const same = tcp.find((edge) => edge.id === tftp.id);
    if (same) expect(same.status).not.toBe('fail');
    const udp = filterEdges(model, { ...SHOW_EVERYTHING, transport: 'udp', onlyProblems: true });
    expect(udp.find((edge) => edge.id === tftp.id)?.status).toBe('fail');
  });

  it('keeps links with either end in the chosen site', () => {
    const groupOf = new Map(model.nodes.map((node) => [node.id, node.group]));
    const shown = filterEdges(model, { ...SHOW_EVERYTHING, group: 'site:S01' });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((edge) => groupOf.get(edge.source) === 'site:S01' || groupOf.get(edge.target) === 'site:S01')).toBe(true);
    expect(shown.length).toBeLessThan(model.edges.length);
  });
});

describe('findNodes', () => {
  it('finds by any part of the name, the exact host name first', () => {
    expect(findNodes(model, 'P01SS01')[0]?.id).toBe(P01);
    expect(findNodes(model, 'p01').map((node) => node.id).every((id) => id.includes('p01'))).toBe(true);
    expect(findNodes(model, 'sql').length).toBeGreaterThan(1);
  });

  it('finds nothing for an empty query or a name not in the hierarchy', () => {
    expect(findNodes(model, '  ')).toEqual([]);
    expect(findNodes(model, 'fabrikam')).toEqual([]);
  });
});
