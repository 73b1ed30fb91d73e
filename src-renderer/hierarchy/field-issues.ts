import type { ValidationIssue } from '../../shared/validation/issue.ts';

/** The issues about one field or anything under it (`systems[2]` covers `systems[2].roles[0].port`). */
export function issuesAt(issues: readonly ValidationIssue[], path: string): ValidationIssue[] {
  return issues.filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`));
}

/** The first message about exactly this field, for the line under an input. */
export function messageAt(issues: readonly ValidationIssue[], path: string): string | undefined {
  return issues.find((issue) => issue.path === path)?.message;
}
