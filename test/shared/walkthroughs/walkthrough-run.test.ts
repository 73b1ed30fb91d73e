import { describe, expect, it } from 'vitest';
import { evaluateStep } from '../../../shared/walkthroughs/evaluate-step.ts';
import { validateWalkthrough } from '../../../shared/walkthroughs/validate-walkthrough.ts';
import { DP_CONTENT } from '../../../shared/walkthroughs/flows/dp-content.ts';
import { answerQuestion, recordCheck, restartFrom, setNote, setPaused, startWalkthrough } from '../../../shared/walkthroughs/walkthrough-run.ts';
import type { Walkthrough } from '../../../shared/walkthroughs/walkthrough-types.ts';
import { demoPlan, resultForCheck } from '../../support/result-fixtures.ts';

const plan = demoPlan();
const DP = 'p01dp01.corp.contoso.example';
const T = (minute: number) => `2026-11-22T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('evaluateStep', () => {
  const smb = { kind: 'ports', services: ['smb'], from: ['site-server'], to: ['distribution-point'] } as const;

  it('waits for checks not measured yet, with the run that measures them, and never calls that a pass', () => {
    const evaluation = evaluateStep(smb, { links: plan.links, results: [], logFindings: null });
    expect(evaluation).toMatchObject({ outcome: 'waiting', run: { only: ['tcp/445'] } });
    expect(evaluation.evidence.every((item) => item.status === 'untested')).toBe(true);
  });

  it('decides "fail" as soon as one link failed, even with others unmeasured', () => {
    const result = resultForCheck(plan.checks.find((check) => check.id === `smb:tcp/445@${DP}`)!, 'fail', 'TCP 445 filtered');
    const evaluation = evaluateStep(smb, { links: plan.links, results: [result], logFindings: null, vantage: 'p01ss01' });
    expect(evaluation.outcome).toBe('fail');
    expect(evaluation.evidence.find((item) => item.status === 'fail')).toMatchObject({ id: result.id, summary: 'TCP 445 filtered', measuredFrom: 'p01ss01', what: `p01ss01.corp.contoso.example → ${DP} TCP 445` });
  });

  it('takes a warning for a pass and "could not tell" for unsure', () => {
    const checks = plan.checks.filter((check) => check.id.startsWith('smb:'));
    expect(evaluateStep(smb, { links: plan.links, results: checks.map((check) => resultForCheck(check, 'warn')), logFindings: null }).outcome).toBe('pass');
    expect(evaluateStep(smb, { links: plan.links, results: checks.map((check) => resultForCheck(check, 'unknown')), logFindings: null }).outcome).toBe('unsure');
  });

  it('reads the open log: error findings fail, warnings leave a doubt, no log open is "none"', () => {
    const logs = { kind: 'logs', categories: ['proxy'] } as const;
    const finding = (severity: 'error' | 'warning') => ({ category: 'proxy', severity, message: '407', occurrences: 1, explanation: 'proxy', fix: '', file: 0, line: 1, entry: 1 }) as never;
    expect(evaluateStep(logs, { links: [], results: [], logFindings: [finding('error')] }).outcome).toBe('fail');
    expect(evaluateStep(logs, { links: [], results: [], logFindings: [finding('warning')] }).outcome).toBe('unsure');
    expect(evaluateStep(logs, { links: [], results: [], logFindings: [] }).outcome).toBe('pass');
    expect(evaluateStep(logs, { links: [], results: [], logFindings: null }).outcome).toBe('none');
  });

  it('words the evidence in the reader\'s language when told how', () => {
    const logs = { kind: 'logs', categories: ['proxy'] } as const;
    const finding = { category: 'proxy', severity: 'error', message: '407', occurrences: 2, host: 'proxy.example', explanation: 'proxy', fix: '', file: 0, line: 1, entry: 1 } as never;
    expect(evaluateStep(logs, { links: [], results: [], logFindings: [finding], explain: () => 'le proxy exige une authentification' }).evidence[0]?.summary).toBe('le proxy exige une authentification (proxy.example) × 2');
    const result = resultForCheck(plan.checks.find((check) => check.id === `smb:tcp/445@${DP}`)!, 'fail', 'TCP 445 filtered');
    expect(evaluateStep(smb, { links: plan.links, results: [result], logFindings: null, summarize: () => 'TCP 445 filtré' }).evidence.find((item) => item.status === 'fail')?.summary).toBe('TCP 445 filtré');
  });
});

describe('a walkthrough run', () => {
  const failing = resultForCheck(plan.checks.find((check) => check.id === `smb:tcp/445@${DP}`)!, 'fail');
  const inputs = { links: plan.links, results: [failing], logFindings: null };

  it('records each step with its times, outcome, evidence, note and branch, and finishes on a conclusion', () => {
    let run = startWalkthrough(DP_CONTENT, 'r1', T(0), 'Contoso');
    run = setNote(run, 'Customer says it broke after the firewall change on Monday.', T(1));
    const moved = recordCheck(DP_CONTENT, run, evaluateStep({ kind: 'ports', services: ['smb'], from: ['site-server'], to: ['distribution-point'] }, inputs), T(2));
    if (!moved.ok) throw new Error(moved.message);
    expect(moved.run.state).toBe('finished');
    expect(moved.run.current).toBe('smb-blocked');
    expect(moved.run.records[0]).toMatchObject({ step: 'smb', enteredAt: T(0), leftAt: T(2), outcome: 'fail', next: 'smb-blocked', note: 'Customer says it broke after the firewall change on Monday.' });
    expect(moved.run.records[0]?.evidence?.some((item) => item.id === failing.id)).toBe(true);
    expect(moved.run.records[1]).toEqual({ step: 'smb-blocked', enteredAt: T(2) });
  });

  it('refuses to move on a waiting step, a paused run, or a wrong answer', () => {
    const run = startWalkthrough(DP_CONTENT, 'r1', T(0));
    const waiting = evaluateStep({ kind: 'ports', services: ['smb'], from: ['site-server'], to: ['distribution-point'] }, { links: plan.links, results: [], logFindings: null });
    expect(recordCheck(DP_CONTENT, run, waiting, T(1))).toEqual({ ok: false, message: 'step "smb" is waiting for its checks' });
    const paused = setPaused(run, true, T(1));
    expect(paused.state).toBe('paused');
    expect(recordCheck(DP_CONTENT, paused, { outcome: 'pass', evidence: [] }, T(2))).toEqual({ ok: false, message: 'the walkthrough is paused' });
    expect(setPaused(paused, false, T(3)).state).toBe('active');
    expect(answerQuestion(DP_CONTENT, run, 'access-denied', T(2))).toEqual({ ok: false, message: 'step "smb" asks no question' });
  });

  it('survives a restart as JSON, and restarts from any step visited', () => {
    let run = startWalkthrough(DP_CONTENT, 'r1', T(0));
    for (const [i, step] of ['smb', 'epm', 'dynamic', 'dp-mp'].entries()) {
      const moved = recordCheck(DP_CONTENT, run, { outcome: 'pass', evidence: [] }, T(i + 1));
      if (!moved.ok) throw new Error(`${step}: ${moved.message}`);
      run = moved.run;
    }
    const answered = answerQuestion(DP_CONTENT, run, 'access-denied', T(6));
    if (!answered.ok) throw new Error(answered.message);
    const reloaded = JSON.parse(JSON.stringify(answered.run)) as typeof run;
    expect(reloaded).toEqual(answered.run);
    const again = restartFrom(DP_CONTENT, reloaded, 'epm', T(7));
    if (!again.ok) throw new Error(again.message);
    expect(again.run.state).toBe('active');
    expect(again.run.records.map((record) => record.step)).toEqual(['smb', 'epm']);
    expect(again.run.records[1]).toEqual({ step: 'epm', enteredAt: T(7) });
    expect(restartFrom(DP_CONTENT, reloaded, 'wmi-fails', T(8))).toEqual({ ok: false, message: 'step "wmi-fails" was not visited' });
  });
});

describe('validateWalkthrough', () => {
  const always = () => true;

  it('names every structural problem', () => {
    const broken: Walkthrough = {
      id: 'broken',
      roles: [],
      steps: [
        { id: 'a', kind: 'check', checks: { kind: 'ports' }, next: { pass: 'b', fail: 'nowhere' } },
        { id: 'b', kind: 'question', options: [{ id: 'x', next: 'c' }] },
        { id: 'c', kind: 'question', options: [{ id: 'x', next: 'b' }, { id: 'y', next: 'c' }] },
        { id: 'orphan', kind: 'conclusion', severity: 'pass', sources: [] },
      ],
    };
    expect(validateWalkthrough(broken, always)).toEqual([
      'broken.a: leads to unknown step "nowhere"',
      'broken.a: no branch for "unsure"',
      'broken.a: no branch for "none"',
      'broken.b: a question needs two options or more',
      'broken.orphan: a conclusion names its source documents',
      'broken.orphan: cannot be reached from the first step',
      'broken.a: no conclusion can be reached from here',
      'broken.b: no conclusion can be reached from here',
      'broken.c: no conclusion can be reached from here',
    ]);
  });

  it('names every missing word', () => {
    const problems = validateWalkthrough(DP_CONTENT, (key) => !key.includes('log-error'));
    expect(problems).toContain('dp-content.log-error: no text "walkthrough.dp-content.steps.log-error.title"');
    expect(problems).toContain('dp-content.log-error: no text "walkthrough.dp-content.steps.log-error.options.wmi"');
  });
});
