import { describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../../shared/hierarchy/demo-hierarchy.ts';
import { createTranslator } from '../../../../shared/i18n/translator.ts';
import { buildPlan } from '../../../../shared/plan/build-plan.ts';
import type { CheckResult, ResultDocument } from '../../../../shared/results/result-document.ts';
import { renderHtmlReport } from '../../../../src-main/core/report/html-report.ts';
import { demoResultDocument } from '../../../support/result-fixtures.ts';

const t = createTranslator('en');
const plan = (() => {
  const p = buildPlan(DEMO_HIERARCHY, { only: [{ transport: 'tcp', port: 1500 }] });
  if (!p.ok) throw new Error('plan');
  return p.value;
})();

function documentWith(results: CheckResult[], extra: Partial<ResultDocument> = {}): ResultDocument {
  return demoResultDocument({ links: plan.links, results, ...extra });
}

const check = plan.checks[0]!;
const failing: CheckResult = {
  id: check.id,
  probe: 'tcp',
  target: check.target,
  verdict: 'filtered',
  status: 'fail',
  durationMs: 3001,
  summary: 'TCP 1500 filtered on 10.2.0.12: no answer within 3000 ms',
  message: { key: 'probe.tcp.filtered', params: { port: 1500, address: '10.2.0.12', timeout: 3000 } },
  details: { address: '10.2.0.12', banner: '<script>alert(1)</script>' },
  evidence: {
    startedAt: '2026-11-22T10:00:00.100Z',
    durationMs: 3001,
    timeoutMs: 3000,
    resolution: { name: check.target.host, via: 'system', addresses: ['10.2.0.12'], durationMs: 2 },
    remote: { address: '10.2.0.12', port: 1500 },
    sent: 'TCP connect (SYN) to 10.2.0.12:1500',
    received: 'No reply within 3000 ms',
  },
  links: check.linkIds,
};

describe('renderHtmlReport', () => {
  it('is one self-contained file: no script, no external reference, a CSP that forbids loading anything', () => {
    const html = renderHtmlReport(documentWith([failing]), t);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
    expect(html).not.toMatch(/<script|<link|<iframe|<img|<object|<embed|\b(src|href|action)=/i);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).toContain('proxy http://proxy.corp.contoso.example:8080'); // shown as text, never loaded
  });

  it('carries the run, the vantage point, every result with its evidence, and why each link is needed', () => {
    const html = renderHtmlReport(documentWith([failing]), t);
    for (const text of [
      'Network check report — Contoso demo hierarchy',
      'admin01',
      'TCP 1500 filtered on 10.2.0.12: no answer within 3000 ms',
      'TCP connect (SYN) to 10.2.0.12:1500',
      'p02sql01.corp.contoso.example via system → 10.2.0.12 (2 ms)',
      'p02mp01.corp.contoso.example → p02sql01.corp.contoso.example',
      '003_b86f2d8ae2329cdb.txt § BKMK_PortsMP-SQL',
      'instance CM_P02, SQL port 1500',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toMatch(/<div class="count status-fail"><strong>1<\/strong>Fail<\/div>/);
  });

  it('escapes whatever a peer sent', () => {
    const html = renderHtmlReport(documentWith([failing]), t);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('renders a single probe (no hierarchy) and a cancelled run', () => {
    const html = renderHtmlReport(documentWith([], { hierarchy: undefined, links: [], cancelled: true }), t);
    expect(html).toContain('<title>Network check report</title>');
    expect(html).toContain('This run was cancelled before every check finished.');
    expect(html).toContain('No checks were run.');
  });

  it('is written in the language it is given: words, service names, dates and the page language', () => {
    const html = renderHtmlReport(documentWith([failing]), createTranslator('fr'));
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Rapport de contrôle réseau — Contoso demo hierarchy');
    expect(html).toContain('TCP 1500 filtré sur 10.2.0.12 : aucune réponse en 3000 ms');
    // The service name of the seed, a French date with its ISO instant kept for machines.
    expect(html).toMatch(/Point de gestion → Serveur de base de données de site : SQL sur TCP TCP 1500/);
    expect(html).toMatch(/<time datetime="2026-11-22T10:00:00.000Z">22 novembre 2026/);
    expect(html).not.toMatch(/\bfiltered on\b|Network check report/);
  });
});

