import type { Party, ServiceId } from '../catalogue/port-types.ts';
import type { EndpointFeatureId } from '../endpoints/endpoint-types.ts';
import type { FindingCategory } from '../logs/log-types.ts';

/**
 * Walkthroughs are data: steps with instructions, the checks a step runs, branches on what they
 * found or on the engineer's answer, and conclusions with the fix and its source document. The
 * words live in the translation tables under `walkthrough.<id>.…` (see `walkthroughText`), so a
 * walkthrough reads the same in every language the app ships.
 */

/** What a check step looks at: planned port links, internet endpoint results, or an open log. */
export type CheckSelector =
  | {
      kind: 'ports';
      /** Services of the port catalogue (`smb`, `rpc-epm`, `sql`…); any when absent. */
      services?: readonly ServiceId[];
      /** The source's role; any when absent. */
      from?: readonly Party[];
      /** The destination's role; any when absent. */
      to?: readonly Party[];
    }
  | {
      kind: 'endpoints';
      features: readonly EndpointFeatureId[];
      /** Only this stage of each endpoint check (`inspection`: a TLS-inspecting device was seen). */
      stage?: EndpointStage;
    }
  | { kind: 'logs'; categories: readonly FindingCategory[] };

/** A stage of an internet endpoint check a step can branch on. */
export type EndpointStage = 'dns' | 'tcp' | 'proxy' | 'tls' | 'inspection' | 'http';

/**
 * What a check step found, for branching: `pass` (everything measured passed or works with a
 * warning), `fail` (something failed), `unsure` (could not tell, or not run), `none` (the hierarchy
 * has nothing this step checks, or no log is open). A step with links still unmeasured waits.
 */
export type CheckOutcome = 'pass' | 'fail' | 'unsure' | 'none';

/** The branches of a check step; `otherwise` takes the outcomes not named. */
export type CheckBranches = Partial<Record<CheckOutcome | 'otherwise', string>>;

/** A step that runs checks and branches on what they found. */
export interface CheckStep {
  id: string;
  kind: 'check';
  /** Which machine must run it (its role), for the instruction "run this from …". */
  runFrom?: Party;
  checks: CheckSelector;
  next: CheckBranches;
}

/** A step that asks the engineer (what the customer sees, a setting in the console). */
export interface QuestionStep {
  id: string;
  kind: 'question';
  /** Option ids, each with the step it leads to. */
  options: { id: string; next: string }[];
}

/** Where a conclusion's fix comes from. */
export interface SourceRef {
  document: string;
  section?: string;
}

/** The end of a path: what was found and what to do. */
export interface ConclusionStep {
  id: string;
  kind: 'conclusion';
  /** How the finding reads: a fault found, a doubt left, or nothing wrong on the network. */
  severity: 'fail' | 'warn' | 'pass';
  sources: SourceRef[];
}

export type WalkthroughStep = CheckStep | QuestionStep | ConclusionStep;

/** A walkthrough: its steps, the first one first. */
export interface Walkthrough {
  id: string;
  /** The symptom it starts from, in the catalogue's ids of roles involved (for the picker). */
  roles: Party[];
  steps: WalkthroughStep[];
}

/** The translation keys of a walkthrough's words. Every step has `title` and `instruction`; see the validator. */
export const walkthroughText = {
  title: (walkthrough: string) => `walkthrough.${walkthrough}.title`,
  symptom: (walkthrough: string) => `walkthrough.${walkthrough}.symptom`,
  step: (walkthrough: string, step: string, field: 'title' | 'instruction' | 'say' | 'fix' | 'finding') => `walkthrough.${walkthrough}.steps.${step}.${field}`,
  option: (walkthrough: string, step: string, option: string) => `walkthrough.${walkthrough}.steps.${step}.options.${option}`,
};
