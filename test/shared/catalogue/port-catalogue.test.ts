import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PORT_NOTES, PORT_REQUIREMENTS, PORTS_DOCUMENT } from '../../../shared/catalogue/port-catalogue.ts';
import { ROLE_IDS } from '../../../shared/hierarchy/model.ts';

const seed = readFileSync(new URL('../../../docs/sources/003_b86f2d8ae2329cdb.txt', import.meta.url), 'utf8');

function sectionText(anchor: string): string {
  const start = seed.indexOf(`<a name="${anchor}">`);
  const rest = seed.slice(start + 10);
  const next = rest.search(/\n#{2,3} +<a name=/);
  return seed.slice(start, next < 0 ? undefined : start + 10 + next);
}

describe('port catalogue', () => {
  it('cites only sections that exist in seed 003', () => {
    const missing = PORT_REQUIREMENTS.filter((r) => r.citation.document === PORTS_DOCUMENT)
      .map((r) => r.citation.section)
      .filter((section) => !seed.includes(`<a name="${section}">`));
    expect(missing).toEqual([]);
  });

  it('has unique ids and involves a role of the model on at least one side', () => {
    const ids = PORT_REQUIREMENTS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const roles = new Set<string>([...ROLE_IDS, 'cmg']);
    expect(PORT_REQUIREMENTS.filter((r) => !roles.has(r.source) && !roles.has(r.destination)).map((r) => r.id)).toEqual([]);
  });

  it('lists every port number that its cited section lists', () => {
    const problems: string[] = [];
    for (const requirement of PORT_REQUIREMENTS.filter((r) => r.citation.document === PORTS_DOCUMENT && !r.phase)) {
      const text = sectionText(requirement.citation.section);
      for (const row of requirement.ports) {
        const numbers = 'list' in row.ports ? row.ports.list : 'from' in row.ports ? [row.ports.from, row.ports.to] : [];
        for (const n of numbers) if (!text.includes(String(n))) problems.push(`${requirement.id}: ${n} not in ${requirement.citation.section}`);
        if ('dynamic' in row.ports && !/DYNAMIQUE/.test(text)) problems.push(`${requirement.id}: no DYNAMIQUE in section`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('covers every section of the document that names a role of the model', () => {
    const sections = [...seed.matchAll(/<a name="(BKMK_Ports[^"]+|bkmk_[a-z-]+)"><\/a>\s*([^\n]+)/g)].map((m) => ({ anchor: m[1]!, heading: m[2]! }));
    const modelled = /Serveur de site|SQL Server|Fournisseur SMS|Point de gestion|Point de distribution|mise à jour logicielle|connexion de service|passerelle de gestion cloud|Reporting Services|Console|Client/;
    const cited = new Set(PORT_REQUIREMENTS.map((r) => r.citation.section));
    const notes = new Set(['bkmk_note1', 'bkmk_note2', 'bkmk_note3', 'bkmk_note4', 'bkmk_note5', 'bkmk_note6']);
    const uncovered = sections.filter((s) => modelled.test(s.heading) && !cited.has(s.anchor) && !notes.has(s.anchor));
    expect(uncovered.map((s) => s.anchor)).toEqual([]);
  });

  it('keeps notes 1-6 with their anchors', () => {
    expect(PORT_NOTES.map((n) => n.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const note of PORT_NOTES) expect(seed).toContain(`<a name="${note.citation.section}">`);
  });

  it('marks the "Autre port disponible" rows as configurable and nothing else as note 2', () => {
    for (const requirement of PORT_REQUIREMENTS) {
      for (const row of requirement.ports) expect(row.notes.includes(2)).toBe(row.notes.includes(2) && row.configurable);
    }
    const sql = PORT_REQUIREMENTS.find((r) => r.id === 'management-point-to-site-database')!;
    expect(sql.ports).toEqual([{ service: 'sql', label: 'SQL sur TCP', transport: 'tcp', ports: { list: [1433] }, configurable: true, notes: [2] }]);
  });
});
