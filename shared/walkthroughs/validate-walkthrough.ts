import { walkthroughText, type CheckOutcome, type Walkthrough, type WalkthroughStep } from './walkthrough-types.ts';

const OUTCOMES: readonly CheckOutcome[] = ['pass', 'fail', 'unsure', 'none'];

/**
 * Checks a walkthrough before it is offered: unique step ids, every branch leading to a step that
 * exists, every outcome of a check step handled, every step reachable from the first, a conclusion
 * reachable from every step (no dead end, no loop without a way out), sources on every conclusion,
 * and every word it shows present in the translation table (`hasText`). Returns the problems found.
 */
export function validateWalkthrough(walkthrough: Walkthrough, hasText: (key: string) => boolean): string[] {
  const problems: string[] = [];
  const at = (step: string, message: string) => problems.push(`${walkthrough.id}.${step}: ${message}`);
  const ids = new Map<string, WalkthroughStep>();
  for (const step of walkthrough.steps) {
    if (ids.has(step.id)) at(step.id, 'duplicate step id');
    ids.set(step.id, step);
  }
  const first = walkthrough.steps[0];
  if (!first) return [`${walkthrough.id}: no step`];
  if (first.kind === 'conclusion') at(first.id, 'the first step is a conclusion');
  for (const key of [walkthroughText.title(walkthrough.id), walkthroughText.symptom(walkthrough.id)]) if (!hasText(key)) problems.push(`${walkthrough.id}: no text "${key}"`);

  for (const step of walkthrough.steps) {
    const text = (field: Parameters<typeof walkthroughText.step>[2]) => {
      const key = walkthroughText.step(walkthrough.id, step.id, field);
      if (!hasText(key)) at(step.id, `no text "${key}"`);
    };
    text('title');
    for (const target of targetsOf(step)) if (!ids.has(target)) at(step.id, `leads to unknown step "${target}"`);
    switch (step.kind) {
      case 'check': {
        text('instruction');
        for (const outcome of OUTCOMES) if (!step.next[outcome] && !step.next.otherwise) at(step.id, `no branch for "${outcome}"`);
        const selector = step.checks;
        if (selector.kind === 'endpoints' && selector.features.length === 0) at(step.id, 'selects no endpoint feature');
        if (selector.kind === 'logs' && selector.categories.length === 0) at(step.id, 'selects no log category');
        break;
      }
      case 'question': {
        text('instruction');
        if (step.options.length < 2) at(step.id, 'a question needs two options or more');
        if (new Set(step.options.map((option) => option.id)).size !== step.options.length) at(step.id, 'duplicate option id');
        for (const option of step.options) {
          const key = walkthroughText.option(walkthrough.id, step.id, option.id);
          if (!hasText(key)) at(step.id, `no text "${key}"`);
        }
        break;
      }
      case 'conclusion':
        text('finding');
        text('fix');
        if (step.sources.length === 0 || step.sources.some((source) => source.document.trim() === '')) at(step.id, 'a conclusion names its source documents');
        break;
    }
  }

  const reachable = reachableFrom(first.id, ids);
  for (const step of walkthrough.steps) if (!reachable.has(step.id)) at(step.id, 'cannot be reached from the first step');
  for (const step of walkthrough.steps) {
    const ahead = reachableFrom(step.id, ids);
    if (![...ahead].some((id) => ids.get(id)?.kind === 'conclusion')) at(step.id, 'no conclusion can be reached from here');
  }
  return problems;
}

/** The steps a step can lead to. */
export function targetsOf(step: WalkthroughStep): string[] {
  if (step.kind === 'check') return [...new Set(Object.values(step.next).filter((next): next is string => typeof next === 'string'))];
  if (step.kind === 'question') return step.options.map((option) => option.next);
  return [];
}

function reachableFrom(start: string, steps: ReadonlyMap<string, WalkthroughStep>): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const step = steps.get(queue.shift() as string);
    if (!step) continue;
    for (const next of targetsOf(step)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}
