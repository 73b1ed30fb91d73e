import { describe, expect, it } from 'vitest';
import { generateHierarchy, LARGE_HIERARCHY } from '../../../shared/hierarchy/generate-hierarchy.ts';
import { validateHierarchy } from '../../../shared/hierarchy/load-hierarchy.ts';
import { buildPlan } from '../../../shared/plan/build-plan.ts';
import { layoutTopology, NODE_SIZE } from '../../../shared/topology/layout-topology.ts';
import { buildTopologyModel } from '../../../shared/topology/topology-model.ts';
import { elkEngine } from '../../support/elk-engine.ts';

describe('generateHierarchy', () => {
  const large = generateHierarchy(LARGE_HIERARCHY);

  it('builds a valid hierarchy of exactly the requested size, the same every time', () => {
    expect(validateHierarchy(large).ok).toBe(true);
    expect(large.sites.filter((site) => site.type === 'cas')).toHaveLength(1);
    expect(large.sites.filter((site) => site.type === 'primary')).toHaveLength(25);
    expect(large.sites.filter((site) => site.type === 'secondary')).toHaveLength(100);
    expect(large.systems).toHaveLength(2000);
    expect(new Set(large.systems.map((system) => system.fqdn)).size).toBe(2000);
    expect(new Set(large.sites.map((site) => site.code)).size).toBe(126);
    expect(generateHierarchy(LARGE_HIERARCHY)).toEqual(large);
  });

  it('makes a small one too', () => {
    const small = generateHierarchy({ primaries: 2, secondaries: 3, systems: 30 });
    expect(validateHierarchy(small).ok).toBe(true);
    expect(small.systems).toHaveLength(30);
  });

  it('lays out at full size: every system placed inside its site, no two sites overlapping, tiers in order', async () => {
    const plan = buildPlan(large);
    if (!plan.ok) throw new Error('plan');
    const model = buildTopologyModel(large, plan.value.links, []);
    const layout = await layoutTopology(model, elkEngine);
    for (const node of model.nodes) {
      const position = layout.nodes[node.id];
      const group = layout.groups[node.group];
      expect(position && group, node.id).toBeTruthy();
      expect(position!.x + NODE_SIZE.width).toBeLessThanOrEqual(group!.width);
      expect(position!.y + NODE_SIZE.height).toBeLessThanOrEqual(group!.height);
    }
    const boxes = Object.values(layout.groups).sort((a, b) => a.x - b.x);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length && boxes[j]!.x < boxes[i]!.x + boxes[i]!.width; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
      }
    }
    const bottomOf = (type: string) => Math.max(...large.sites.filter((site) => site.type === type).map((site) => layout.groups[`site:${site.code}`]!.y));
    const topOf = (type: string) => Math.min(...large.sites.filter((site) => site.type === type).map((site) => layout.groups[`site:${site.code}`]!.y));
    expect(bottomOf('cas')).toBeLessThan(topOf('primary'));
    expect(bottomOf('primary')).toBeLessThan(topOf('secondary'));
  });
});
