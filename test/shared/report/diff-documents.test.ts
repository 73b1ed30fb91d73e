import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../../shared/report/diff-documents.ts';
import { demoPlan, demoResultDocument, resultForCheck } from '../../support/result-fixtures.ts';

const plan = demoPlan();
const check = (id: string) => plan.checks.find((candidate) => candidate.id === id)!;
const DP = 'p01dp01.corp.contoso.example';
const SQL = 'p01sql01.corp.contoso.example';

describe('diffDocuments', () => {
  const baseline = demoResultDocument({
    startedAt: '2026-11-20T09:00:00.000Z',
    results: [resultForCheck(check(`smb:tcp/445@${DP}`), 'fail', 'filtered'), resultForCheck(check(`tds:tcp/1433@${SQL}`), 'pass', 'ok'), resultForCheck(check(`rpc-epm:tcp/135@${DP}`), 'pass'), resultForCheck(check(`dhcp:udp/67@${DP}`), 'unknown')],
  });
  const current = demoResultDocument({
    startedAt: '2026-11-22T09:00:00.000Z',
    results: [resultForCheck(check(`smb:tcp/445@${DP}`), 'pass', 'SMB 3.1.1'), resultForCheck(check(`tds:tcp/1433@${SQL}`), 'fail', 'closed'), resultForCheck(check(`rpc-epm:tcp/135@${DP}`), 'pass'), resultForCheck(check(`tftp:udp/69@${DP}`), 'pass')],
  });

  it('says what broke, what was fixed, what is new and gone, worst news first', () => {
    const diff = diffDocuments(baseline, current);
    expect(diff.changes.map((change) => [change.kind, change.id, change.before, change.after])).toEqual([
      ['broke', `tds:tcp/1433@${SQL}`, 'pass', 'fail'],
      ['new', `tftp:udp/69@${DP}`, undefined, 'pass'],
      ['gone', `dhcp:udp/67@${DP}`, 'unknown', undefined],
      ['fixed', `smb:tcp/445@${DP}`, 'fail', 'pass'],
    ]);
    expect(diff.changes[0]).toMatchObject({ beforeSummary: 'ok', afterSummary: 'closed', what: `tds TCP 1433 → ${SQL}` });
    expect(diff.unchanged.pass).toBe(1);
    expect(diff.sameHierarchy).toBe(true);
    expect(diff.baseline.startedAt).toBe('2026-11-20T09:00:00.000Z');
  });

  it('finds nothing between a document and itself', () => {
    expect(diffDocuments(current, current).changes).toEqual([]);
  });
});
