import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/locales/en.ts';
import { evaluateStep } from '../../../shared/walkthroughs/evaluate-step.ts';
import { targetsOf, validateWalkthrough } from '../../../shared/walkthroughs/validate-walkthrough.ts';
import { WALKTHROUGHS } from '../../../shared/walkthroughs/walkthrough-catalogue.ts';
import { answerQuestion, currentStep, recordCheck, startWalkthrough, type WalkthroughRun } from '../../../shared/walkthroughs/walkthrough-run.ts';
import type { CheckOutcome, Walkthrough } from '../../../shared/walkthroughs/walkthrough-types.ts';
import { inputsFor } from './walkthrough-inputs.ts';

/** Whether the English table has a string at a dotted key. */
function hasText(key: string): boolean {
  return typeof key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en) === 'string';
}

const OUTCOMES: CheckOutcome[] = ['pass', 'fail', 'unsure', 'none'];

/** A choice at a step: a check outcome (with the inputs that produce it) or a question's option. */
type Choice = { kind: 'check'; outcome: CheckOutcome } | { kind: 'answer'; option: string };

/**
 * Follows a walkthrough along a list of choices, the way a call would: each check step is evaluated
 * against recorded inputs for the wanted outcome (the evaluation must find that outcome), each
 * question answered. Returns the run and the edges it took.
 */
function drive(walkthrough: Walkthrough, choices: Choice[]): { run: WalkthroughRun; edges: string[] } {
  let run = startWalkthrough(walkthrough, 'run-1', '2026-11-22T10:00:00.000Z', 'Contoso');
  const edges: string[] = [];
  choices.forEach((choice, i) => {
    const now = `2026-11-22T10:${String(i + 1).padStart(2, '0')}:00.000Z`;
    const step = currentStep(walkthrough, run);
    const from = step.id;
    if (choice.kind === 'check') {
      if (step.kind !== 'check') throw new Error(`${from} is not a check`);
      const inputs = inputsFor(step.checks, choice.outcome);
      if (!inputs) throw new Error(`no inputs for ${from} ${choice.outcome}`);
      const evaluation = evaluateStep(step.checks, inputs);
      expect(evaluation.outcome, `${walkthrough.id}.${from} with ${choice.outcome} inputs`).toBe(choice.outcome);
      const moved = recordCheck(walkthrough, run, evaluation, now);
      if (!moved.ok) throw new Error(moved.message);
      run = moved.run;
    } else {
      const moved = answerQuestion(walkthrough, run, choice.option, now);
      if (!moved.ok) throw new Error(moved.message);
      run = moved.run;
    }
    edges.push(`${from}->${run.current}`);
  });
  return { run, edges };
}

/** Every path from the first step to a conclusion (each step at most once on a path), as choices. */
function allPaths(walkthrough: Walkthrough): Choice[][] {
  const byId = new Map(walkthrough.steps.map((step) => [step.id, step]));
  const paths: Choice[][] = [];
  const walk = (id: string, path: Choice[], seen: Set<string>) => {
    const step = byId.get(id);
    if (!step) throw new Error(id);
    if (step.kind === 'conclusion') return void paths.push(path);
    const choices: [Choice, string | undefined][] =
      step.kind === 'question'
        ? step.options.map((option) => [{ kind: 'answer', option: option.id }, option.next])
        : OUTCOMES.filter((outcome) => inputsFor(step.checks, outcome)).map((outcome) => [{ kind: 'check', outcome }, step.next[outcome] ?? step.next.otherwise]);
    for (const [choice, next] of choices) if (next && !seen.has(next)) walk(next, [...path, choice], new Set([...seen, next]));
  };
  walk(walkthrough.steps[0]!.id, [], new Set([walkthrough.steps[0]!.id]));
  return paths;
}

describe('the walkthrough catalogue', () => {
  it('offers the six support-call flows', () => {
    expect(WALKTHROUGHS.map((walkthrough) => walkthrough.id)).toEqual(['scp-downloads', 'pxe-boot', 'cmg-clients', 'replication', 'console-provider', 'dp-content']);
  });

  it.each(WALKTHROUGHS.map((walkthrough) => [walkthrough.id, walkthrough] as const))('%s is valid: branches, reachability, conclusions with sources, every word in English', (_id, walkthrough) => {
    expect(validateWalkthrough(walkthrough, hasText)).toEqual([]);
  });

  it.each(WALKTHROUGHS.map((walkthrough) => [walkthrough.id, walkthrough] as const))('%s: driven through every branch with recorded results, each path ends in a conclusion', (_id, walkthrough) => {
    const edges = new Set(walkthrough.steps.flatMap((step) => targetsOf(step).map((target) => `${step.id}->${target}`)));
    const taken = new Set<string>();
    const paths = allPaths(walkthrough);
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) {
      const { run, edges: pathEdges } = drive(walkthrough, path);
      expect(run.state).toBe('finished');
      expect(currentStep(walkthrough, run).kind).toBe('conclusion');
      // The transcript: one record per step visited, each left with its outcome or answer and the branch taken.
      expect(run.records).toHaveLength(path.length + 1);
      for (const record of run.records.slice(0, -1)) {
        expect(record.leftAt).toBeDefined();
        expect(record.outcome ?? record.answer).toBeDefined();
      }
      for (const edge of pathEdges) taken.add(edge);
    }
    expect([...edges].filter((edge) => !taken.has(edge))).toEqual([]);
  });
});
