import { describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import { loadResultDocuments } from '../../../shared/results/load-result-document.ts';
import { isVantageOf, mergeVantageDocuments, vantageName } from '../../../shared/results/merge-vantages.ts';
import type { CheckResult, ResultDocument } from '../../../shared/results/result-document.ts';
import type { Status } from '../../../shared/results/status.ts';
import { buildTopologyModel } from '../../../shared/topology/topology-model.ts';
import { demoPlan, demoResultDocument, resultForCheck } from '../../support/result-fixtures.ts';

const plan = demoPlan();

const CAS = 'cas01.corp.contoso.example';
const P01 = 'p01ss01.corp.contoso.example';

function measured(checkId: string, status: Status, at = '2026-11-22T10:00:00.000Z'): CheckResult {
  const check = plan.checks.find((c) => c.id === checkId);
  if (!check) throw new Error(`no check ${checkId}`);
  const result = resultForCheck(check, status);
  return { ...result, evidence: { ...result.evidence, startedAt: at } };
}

/** A document as `netcheck run --from SYSTEM --json` on that system writes it. */
function runOn(system: string, results: CheckResult[], hostname = system.split('.')[0]!.toUpperCase()): ResultDocument {
  return demoResultDocument({ vantage: { hostname, addresses: ['10.0.0.1'], platform: 'win32', claimedSystem: system }, links: plan.links, results });
}

describe('vantageName and isVantageOf', () => {
  it('names a vantage by the system it claimed, else its host name', () => {
    expect(vantageName({ hostname: 'CAS01', addresses: [], platform: 'win32' })).toBe('CAS01');
    expect(vantageName({ hostname: 'CAS01', addresses: [], platform: 'win32', claimedSystem: CAS })).toBe(CAS);
  });

  it('matches an FQDN, a bare host name in any case, and a trailing dot', () => {
    expect(isVantageOf('CAS01', CAS)).toBe(true);
    expect(isVantageOf(`${CAS}.`, CAS.toUpperCase())).toBe(true);
    expect(isVantageOf('p01ss01', CAS)).toBe(false);
  });
});

describe('mergeVantageDocuments', () => {
  const fromCas = runOn(CAS, [measured(`smb:tcp/445@${P01}`, 'fail'), measured(`smb:tcp/445@${CAS}`, 'pass', '2026-11-22T09:00:00.000Z')]);
  const fromP01 = runOn(P01, [measured(`smb:tcp/445@${CAS}`, 'fail', '2026-11-22T10:05:00.000Z')]);

  it('keeps every result with where it was measured, and the same check from two machines twice', () => {
    const merged = mergeVantageDocuments([fromCas, fromP01]);
    if (!merged.ok) throw new Error(merged.message);
    const ids = merged.document.results.map((result) => `${result.id} ${result.measuredFrom}`).sort();
    expect(ids).toEqual([
      `smb:tcp/445@${CAS}@${CAS} ${CAS}`,
      `smb:tcp/445@${CAS}@${P01} ${P01}`,
      `smb:tcp/445@${P01} ${CAS}`,
    ]);
    expect(merged.document.vantages?.map(vantageName)).toEqual([CAS, P01]);
    expect(merged.document.startedAt <= merged.document.finishedAt).toBe(true);
  });

  it('keeps only the later of two measurements of a check from the same machine', () => {
    const again = runOn(CAS, [measured(`smb:tcp/445@${P01}`, 'pass', '2026-11-22T11:00:00.000Z')]);
    const merged = mergeVantageDocuments([fromCas, again]);
    if (!merged.ok) throw new Error(merged.message);
    const smb = merged.document.results.filter((result) => result.id.startsWith(`smb:tcp/445@${P01}`));
    expect(smb.map((result) => [result.id, result.status])).toEqual([[`smb:tcp/445@${P01}`, 'pass']]);
  });

  it('refuses documents of different hierarchies, and documents with no hierarchy', () => {
    const other = { ...fromP01, hierarchy: { ...DEMO_HIERARCHY, name: 'Fabrikam' } };
    const refused = mergeVantageDocuments([fromCas, other]);
    expect(refused).toEqual({ ok: false, message: 'the documents describe different hierarchies ("Contoso demo hierarchy" and "Fabrikam")' });
    const { hierarchy: _dropped, ...probeOnly } = fromP01;
    expect(mergeVantageDocuments([fromCas, probeOnly]).ok).toBe(false);
    expect(mergeVantageDocuments([])).toEqual({ ok: false, message: 'no document' });
  });

  it('gives the diagram each direction measured from its own source', () => {
    const merged = mergeVantageDocuments([fromCas, fromP01]);
    if (!merged.ok) throw new Error(merged.message);
    const model = buildTopologyModel(DEMO_HIERARCHY, merged.document.links, merged.document.results);
    const port = (source: string, target: string) => model.edges.find((edge) => edge.id === `${source}->${target}`)?.ports.find((p) => p.port === '445');
    // CAS → P01 measured on the CAS; P01 → CAS measured on P01 (not the CAS's own pass of its port).
    expect(port(CAS, P01)).toMatchObject({ status: 'fail', measuredFrom: CAS, fromElsewhere: false });
    expect(port(P01, CAS)).toMatchObject({ status: 'fail', measuredFrom: P01, fromElsewhere: false });
    // The SUP → CAS link was measured by neither the SUP nor anyone on its behalf: the latest measurement answers, flagged.
    expect(port('cassup01.corp.contoso.example', CAS)).toMatchObject({ status: 'fail', measuredFrom: P01, fromElsewhere: true });
  });

  it('says a single run was measured from elsewhere when its machine is not the link\'s source', () => {
    const console = demoResultDocument({ links: plan.links, results: [measured(`smb:tcp/445@${P01}`, 'pass')] });
    const model = buildTopologyModel(DEMO_HIERARCHY, console.links, console.results, undefined, { vantage: vantageName(console.vantage) });
    expect(model.edges.find((edge) => edge.id === `${CAS}->${P01}`)?.ports.find((p) => p.port === '445')).toMatchObject({ status: 'pass', measuredFrom: 'admin01', fromElsewhere: true });
  });
});

describe('loadResultDocuments', () => {
  const text = (document: ResultDocument) => JSON.stringify(document);

  it('opens one document as it is, and several as one merged document named after the files', () => {
    const one = loadResultDocuments([{ name: 'cas.json', text: text(runOn(CAS, [])) }]);
    expect(one.ok && one.name).toBe('cas.json');
    expect(one.ok && one.document.vantages).toBeUndefined();
    const two = loadResultDocuments([
      { name: 'cas.json', text: text(runOn(CAS, [measured(`smb:tcp/445@${P01}`, 'fail')])) },
      { name: 'p01.json', text: text(runOn(P01, [measured(`smb:tcp/445@${CAS}`, 'pass')])) },
    ]);
    expect(two.ok && two.name).toBe('cas.json + p01.json');
    expect(two.ok && two.document.results.map((result) => result.measuredFrom)).toEqual([CAS, P01]);
  });

  it('names the file that is not a result document, and loses nothing', () => {
    const bad = loadResultDocuments([
      { name: 'cas.json', text: text(runOn(CAS, [])) },
      { name: 'notes.json', text: '{"tool": "something else"' },
    ]);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.name).toBe('notes.json');
    expect(!bad.ok && bad.errors.length).toBeGreaterThan(0);
  });

  it('reports documents of different hierarchies as one problem of the whole choice', () => {
    const bad = loadResultDocuments([
      { name: 'a.json', text: text(runOn(CAS, [])) },
      { name: 'b.json', text: text({ ...runOn(P01, []), hierarchy: { ...DEMO_HIERARCHY, name: 'Other' } }) },
    ]);
    expect(bad).toMatchObject({ ok: false, name: 'a.json + b.json', errors: [{ message: expect.stringContaining('different hierarchies') }] });
  });
});
