import { describe, expect, it } from 'vitest';
import { buildEndpointPlan } from '../../../shared/endpoints/build-endpoint-plan.ts';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import { buildPlan } from '../../../shared/plan/build-plan.ts';
import { buildTopologyModel } from '../../../shared/topology/topology-model.ts';
import { layoutTopology, NODE_SIZE, structureKey } from '../../../shared/topology/layout-topology.ts';
import { elkEngine } from '../../support/elk-engine.ts';
import { pairEdges } from '../../../shared/topology/pair-edges.ts';

const links = (() => {
  const plan = buildPlan(DEMO_HIERARCHY);
  if (!plan.ok) throw new Error('plan');
  return plan.value.links;
})();
const model = buildTopologyModel(DEMO_HIERARCHY, links, []);

describe('layoutTopology', () => {
  it('puts the CAS above the primaries, the primaries above the secondary, the cloud at the bottom', async () => {
    const { groups } = await layoutTopology(model, elkEngine);
    const top = (id: string) => groups[id]!.y;
    expect(top('site:CAS')).toBeLessThan(top('site:P01'));
    expect(top('site:P01')).toBe(top('site:P02'));
    expect(top('site:P01')).toBeLessThan(top('site:S01'));
    expect(top('site:S01')).toBeLessThan(top('cloud'));
  });

  it('keeps the tiers when only internet endpoint links are drawn', async () => {
    const endpointsOnly = buildTopologyModel(DEMO_HIERARCHY, buildEndpointPlan(DEMO_HIERARCHY, { roles: ['service-connection-point'] }).links, []);
    const { groups } = await layoutTopology(endpointsOnly, elkEngine);
    const top = (id: string) => groups[id]!.y;
    expect(top('site:CAS')).toBeLessThan(top('site:P01'));
    expect(top('site:P01')).toBeLessThan(top('site:S01'));
    expect(top('site:S01')).toBeLessThan(top('cloud'));
  });

  it('keeps every system inside its site box and never overlaps two systems', async () => {
    const layout = await layoutTopology(model, elkEngine);
    for (const node of model.nodes) {
      const p = layout.nodes[node.id]!;
      const box = layout.groups[node.group]!;
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.x + NODE_SIZE.width).toBeLessThanOrEqual(box.width);
      expect(p.y + NODE_SIZE.height).toBeLessThanOrEqual(box.height);
    }
    for (const a of model.nodes) {
      for (const b of model.nodes) {
        if (a.id >= b.id || a.group !== b.group) continue;
        const pa = layout.nodes[a.id]!;
        const pb = layout.nodes[b.id]!;
        const apart = pa.x + NODE_SIZE.width <= pb.x || pb.x + NODE_SIZE.width <= pa.x || pa.y + NODE_SIZE.height <= pb.y || pb.y + NODE_SIZE.height <= pa.y;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
  });

  it('places the site server on the top row of its site', async () => {
    const layout = await layoutTopology(model, elkEngine);
    const p01 = model.nodes.filter((n) => n.group === 'site:P01');
    const rowOf = (id: string) => layout.nodes[id]!.y;
    expect(Math.min(...p01.map((n) => rowOf(n.id)))).toBe(rowOf('p01ss01.corp.contoso.example'));
    expect(p01.filter((n) => rowOf(n.id) === rowOf('p01ss01.corp.contoso.example')).map((n) => n.id)).toEqual(['p01ss01.corp.contoso.example']);
  });

  it('does not change when only results change', async () => {
    const results = buildTopologyModel(DEMO_HIERARCHY, links, []);
    expect(structureKey(results)).toBe(structureKey(model));
    expect(await layoutTopology(results, elkEngine)).toEqual(await layoutTopology(model, elkEngine));
  });
});

describe('pairEdges', () => {
  it('draws a two-way pair once, with both directions kept for the side panel', () => {
    const pairs = pairEdges(model.edges);
    const mpSite = pairs.find((p) => p.id === 'p01mp01.corp.contoso.example<->p01ss01.corp.contoso.example')!;
    expect(mpSite.directions.map((d) => d.id).sort()).toEqual([
      'p01mp01.corp.contoso.example->p01ss01.corp.contoso.example',
      'p01ss01.corp.contoso.example->p01mp01.corp.contoso.example',
    ]);
    expect(pairs.length).toBeLessThan(model.edges.length);
    expect(new Set(pairs.flatMap((p) => p.directions.map((d) => d.id))).size).toBe(model.edges.length);
  });
});
