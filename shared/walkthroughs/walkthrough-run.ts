import type { StepEvaluation, StepEvidence } from './evaluate-step.ts';
import type { CheckOutcome, Walkthrough, WalkthroughStep } from './walkthrough-types.ts';

/** One visit of a step, as the transcript keeps it. */
export interface StepRecord {
  step: string;
  enteredAt: string;
  leftAt?: string;
  /** A check step: what it found, and the evidence it decided on, as it was then. */
  outcome?: CheckOutcome;
  evidence?: StepEvidence[];
  /** A question step: the option the engineer chose. */
  answer?: string;
  /** The step the branch led to. */
  next?: string;
  note?: string;
}

/**
 * A walkthrough being followed: every step visited with its times, what it found, the branch taken
 * and the engineer's notes. It is plain data, saved after every change, so it survives a restart
 * and goes into the report as the call's transcript.
 */
export interface WalkthroughRun {
  formatVersion: 1;
  id: string;
  walkthrough: string;
  /** The hierarchy it was followed on, by name. */
  hierarchy?: string;
  startedAt: string;
  updatedAt: string;
  state: 'active' | 'paused' | 'finished';
  current: string;
  records: StepRecord[];
}

/** What moving a run on can refuse: an answer for a step that does not ask it, a check still waiting. */
export type RunChange = { ok: true; run: WalkthroughRun } | { ok: false; message: string };

/** Starts at the first step. */
export function startWalkthrough(walkthrough: Walkthrough, id: string, now: string, hierarchy?: string): WalkthroughRun {
  const first = walkthrough.steps[0];
  if (!first) throw new Error(`walkthrough ${walkthrough.id} has no step`);
  const run: WalkthroughRun = { formatVersion: 1, id, walkthrough: walkthrough.id, startedAt: now, updatedAt: now, state: 'active', current: first.id, records: [{ step: first.id, enteredAt: now }] };
  if (hierarchy) run.hierarchy = hierarchy;
  return first.kind === 'conclusion' ? { ...run, state: 'finished' } : run;
}

/** The step the run is on. */
export function currentStep(walkthrough: Walkthrough, run: WalkthroughRun): WalkthroughStep {
  const step = walkthrough.steps.find((candidate) => candidate.id === run.current);
  if (!step) throw new Error(`walkthrough ${walkthrough.id} has no step "${run.current}"`);
  return step;
}

/** Takes the branch of a check step for what its checks found. A step still waiting cannot move. */
export function recordCheck(walkthrough: Walkthrough, run: WalkthroughRun, evaluation: StepEvaluation, now: string): RunChange {
  const step = currentStep(walkthrough, run);
  if (run.state !== 'active') return { ok: false, message: `the walkthrough is ${run.state}` };
  if (step.kind !== 'check') return { ok: false, message: `step "${step.id}" does not run checks` };
  if (evaluation.outcome === 'waiting') return { ok: false, message: `step "${step.id}" is waiting for its checks` };
  const next = step.next[evaluation.outcome] ?? step.next.otherwise;
  if (!next) return { ok: false, message: `step "${step.id}" has no branch for "${evaluation.outcome}"` };
  return { ok: true, run: moveTo(walkthrough, run, next, now, { outcome: evaluation.outcome, evidence: evaluation.evidence }) };
}

/** Takes the branch of the option the engineer chose. */
export function answerQuestion(walkthrough: Walkthrough, run: WalkthroughRun, option: string, now: string): RunChange {
  const step = currentStep(walkthrough, run);
  if (run.state !== 'active') return { ok: false, message: `the walkthrough is ${run.state}` };
  if (step.kind !== 'question') return { ok: false, message: `step "${step.id}" asks no question` };
  const chosen = step.options.find((candidate) => candidate.id === option);
  if (!chosen) return { ok: false, message: `step "${step.id}" has no option "${option}"` };
  return { ok: true, run: moveTo(walkthrough, run, chosen.next, now, { answer: option }) };
}

/** Sets the engineer's note on the step the run is on (an empty note removes it). */
export function setNote(run: WalkthroughRun, note: string, now: string): WalkthroughRun {
  const records = [...run.records];
  const last = records.at(-1);
  if (!last) return run;
  const { note: _previous, ...rest } = last;
  records[records.length - 1] = note.trim() ? { ...rest, note } : rest;
  return { ...run, records, updatedAt: now };
}

/** Pauses an active run, or resumes a paused one. A finished run stays finished. */
export function setPaused(run: WalkthroughRun, paused: boolean, now: string): WalkthroughRun {
  if (run.state === 'finished') return run;
  return { ...run, state: paused ? 'paused' : 'active', updatedAt: now };
}

/**
 * Goes back to a step already visited and follows the walkthrough again from there: the visits from
 * that step on are dropped (the customer fixed something; the checks will be measured again).
 */
export function restartFrom(walkthrough: Walkthrough, run: WalkthroughRun, stepId: string, now: string): RunChange {
  const index = run.records.map((record) => record.step).lastIndexOf(stepId);
  if (index < 0) return { ok: false, message: `step "${stepId}" was not visited` };
  const step = walkthrough.steps.find((candidate) => candidate.id === stepId);
  if (!step) return { ok: false, message: `walkthrough ${walkthrough.id} has no step "${stepId}"` };
  return {
    ok: true,
    run: { ...run, records: [...run.records.slice(0, index), { step: stepId, enteredAt: now }], current: stepId, state: step.kind === 'conclusion' ? 'finished' : 'active', updatedAt: now },
  };
}

function moveTo(walkthrough: Walkthrough, run: WalkthroughRun, next: string, now: string, decided: Partial<StepRecord>): WalkthroughRun {
  const target = walkthrough.steps.find((candidate) => candidate.id === next);
  if (!target) throw new Error(`walkthrough ${walkthrough.id}: branch to unknown step "${next}"`);
  const records = [...run.records];
  const last = records.at(-1);
  if (last) records[records.length - 1] = { ...last, ...decided, leftAt: now, next };
  records.push({ step: next, enteredAt: now });
  return { ...run, records, current: next, state: target.kind === 'conclusion' ? 'finished' : 'active', updatedAt: now };
}
