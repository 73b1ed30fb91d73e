import { describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import { EDGE_COLORS } from '../../../shared/topology/edge-style.ts';
import { layoutTopology } from '../../../shared/topology/layout-topology.ts';
import { pairEdges } from '../../../shared/topology/pair-edges.ts';
import { filterEdges, SHOW_EVERYTHING } from '../../../shared/topology/topology-filter.ts';
import { buildTopologyModel } from '../../../shared/topology/topology-model.ts';
import { renderTopologySvg, wrapWords, type SvgLabels } from '../../../shared/topology/topology-svg.ts';
import { elkEngine } from '../../support/elk-engine.ts';
import { demoPlan, resultForCheck } from '../../support/result-fixtures.ts';

const plan = demoPlan();
const labels: SvgLabels = { title: 'Contoso <demo> & topology', role: (role) => `role:${role}`, status: (status) => `status:${status}`, groupKind: (kind) => kind, logMark: 'log', dynamicPort: 'dynamic' };
const P01 = 'p01ss01.corp.contoso.example';

describe('renderTopologySvg', async () => {
  const failing = resultForCheck(plan.checks.find((c) => c.id === `smb:tcp/445@${P01}`)!, 'fail');
  const model = buildTopologyModel(DEMO_HIERARCHY, plan.links, [failing]);
  const layout = await layoutTopology(model, elkEngine);

  it('draws every site, every system and one line per pair, standalone and escaped', () => {
    const svg = renderTopologySvg(model, layout, model.edges, labels);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>Contoso &lt;demo&gt; &amp; topology</title>');
    expect(svg.match(/class="group"/g)?.length).toBe(model.groups.length);
    expect(svg.match(/class="system"/g)?.length).toBe(model.nodes.length);
    expect(svg).not.toMatch(/(href|src)=|url\((?!#)|@import/);
    const lines = svg.match(/<g class="link /g)?.length ?? 0;
    expect(lines).toBeGreaterThan(0);
    expect(lines).toBeLessThan(model.edges.length);
  });

  it('colours the failing link red and writes its status and port, not colour alone', () => {
    const svg = renderTopologySvg(model, layout, model.edges, labels);
    const red = svg.split('<g class="link ').find((part) => part.startsWith('edge-status-fail'));
    expect(red).toBeDefined();
    expect(red).toContain(`stroke="${EDGE_COLORS.fail}"`);
    expect(red).toContain('✕ 445');
    expect(red).toContain('status:fail');
    expect(svg).toContain('status:untested');
  });

  it('draws only the edges it is given (a filter), with nothing moved', () => {
    const onlyProblems = filterEdges(model, { ...SHOW_EVERYTHING, onlyProblems: true });
    const svg = renderTopologySvg(model, layout, onlyProblems, labels);
    const drawn = svg.match(/<g class="link edge-status-(\w+)/g) ?? [];
    // The SMB check on P01's site server answers for every system that reaches it there.
    expect(drawn.length).toBe(pairEdges(onlyProblems).length);
    expect(drawn.every((line) => line.endsWith('fail'))).toBe(true);
    const position = (text: string) => /data-id="site:CAS"><rect x="([\d.]+)" y="([\d.]+)"/.exec(text)?.slice(1);
    expect(position(svg)).toEqual(position(renderTopologySvg(model, layout, model.edges, labels)));
  });
});

describe('wrapWords', () => {
  it('puts words on lines of the given width, and cuts only what does not fit on the last line', () => {
    const roles = 'Serveur de site · Serveur de base de données de site · Point de gestion · Point de distribution';
    expect(wrapWords(roles, 40, 3)).toEqual(['Serveur de site · Serveur de base de', 'données de site · Point de gestion ·', 'Point de distribution']);
    expect(wrapWords(roles, 40, 2)).toEqual(['Serveur de site · Serveur de base de', 'données de site · Point de gestion · Po…']);
    expect(wrapWords('Siteserver', 40, 3)).toEqual(['Siteserver']);
  });
});
