import { describe, expect, it } from 'vitest';
import { fixForResult } from '../../../shared/results/fix-for-result.ts';
import type { CheckResult } from '../../../shared/results/result-document.ts';
import type { Verdict } from '../../../shared/results/status.ts';
import { en } from '../../../shared/i18n/locales/en.ts';
import { demoPlan, resultForCheck } from '../../support/result-fixtures.ts';

const plan = demoPlan();
const SQL = 'p01sql01.corp.contoso.example';
const sqlCheck = plan.checks.find((c) => c.id === `tds:tcp/1433@${SQL}`)!;
const sqlLink = plan.links.find((link) => link.id === sqlCheck.linkIds[0])!;

function withVerdict(verdict: Verdict, status: CheckResult['status'] = 'fail'): CheckResult {
  return { ...resultForCheck(sqlCheck, status), verdict };
}

/** Looks a dotted key up in the English strings, so a fix naming a missing string fails here. */
function english(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
}

describe('fixForResult', () => {
  it('advises nothing for a pass', () => {
    expect(fixForResult(withVerdict('open', 'pass'), sqlLink)).toEqual([]);
  });

  it('tells a dropping firewall from a service not listening, and names the service to look at', () => {
    const filtered = fixForResult(withVerdict('filtered'), sqlLink);
    expect(filtered.map((fix) => fix.key)).toEqual(['fix.filtered', 'fix.service.sql']);
    expect(filtered[0]?.params).toMatchObject({ source: sqlLink.source, destination: SQL, transport: 'TCP', port: '1433' });
    expect(fixForResult(withVerdict('closed'), sqlLink).map((fix) => fix.key)).toEqual(['fix.closed', 'fix.service.sql']);
  });

  it('does not send anyone to the service when the name or the route is the problem', () => {
    expect(fixForResult(withVerdict('dns-failed'), sqlLink).map((fix) => fix.key)).toEqual(['fix.dnsFailed']);
    expect(fixForResult(withVerdict('unreachable'), sqlLink).map((fix) => fix.key)).toEqual(['fix.unreachable']);
  });

  it('asks for a run when the check did not run', () => {
    expect(fixForResult(withVerdict('not-tested', 'skipped'), sqlLink)).toEqual([{ key: 'fix.notRun', params: expect.objectContaining({ source: sqlLink.source }) }]);
  });

  it('has an English text for every verdict and service it advises', () => {
    const verdicts: Verdict[] = ['open', 'closed', 'filtered', 'unreachable', 'dns-failed', 'wrong-protocol', 'rejected', 'no-response', 'undetermined', 'error', 'not-tested', 'cancelled'];
    for (const link of plan.links) {
      for (const verdict of verdicts) {
        for (const fix of fixForResult({ ...withVerdict(verdict, verdict === 'open' ? 'warn' : 'fail') }, link)) expect(typeof english(fix.key), fix.key).toBe('string');
      }
    }
  });

  it('advises on an internet endpoint by its first failing stage, TLS inspection first', () => {
    const endpoint = (details: Record<string, unknown>): CheckResult => ({
      ...withVerdict('error'),
      target: { host: 'go.microsoft.com', port: 443, portLabel: '443', transport: 'tcp', url: 'https://go.microsoft.com/' },
      details,
    });
    expect(fixForResult(endpoint({ dns: { outcome: 'fail' } }), undefined)[0]?.key).toBe('fix.endpoint.dns');
    expect(fixForResult(endpoint({ dns: { outcome: 'pass' }, tcp: { outcome: 'pass' }, proxy: { outcome: 'fail' } }), undefined)[0]?.key).toBe('fix.endpoint.proxy');
    const inspected = fixForResult(endpoint({ dns: { outcome: 'pass' }, tls: { outcome: 'warn', inspection: { suspected: true, finding: 'private-root', issuer: 'Contoso Inspection CA' } } }), undefined);
    expect(inspected).toEqual([{ key: 'fix.endpoint.inspection', params: expect.objectContaining({ issuer: 'Contoso Inspection CA' }) }]);
    for (const stage of ['dns', 'tcp', 'proxy', 'tls', 'http', 'inspection', 'notTested', 'other']) expect(typeof english(`fix.endpoint.${stage}`)).toBe('string');
  });
});
