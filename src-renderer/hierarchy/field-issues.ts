import type { Translate } from '../../shared/i18n/translator.ts';
import { issueText, type ValidationIssue } from '../../shared/validation/issue.ts';

/** The issues about one field or anything under it (`systems[2]` covers `systems[2].roles[0].port`). */
export function issuesAt(issues: readonly ValidationIssue[], path: string): ValidationIssue[] {
  return issues.filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`));
}

/** The first message about exactly this field, in the reader's language, for the line under an input. */
export function messageAt(t: Translate, issues: readonly ValidationIssue[], path: string): string | undefined {
  const issue = issues.find((candidate) => candidate.path === path);
  return issue ? issueText(t, issue) : undefined;
}
