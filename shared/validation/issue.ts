import { englishTranslator } from '../i18n/english.ts';
import type { Translate } from '../i18n/translator.ts';
import type { LocalizableMessage } from '../results/result-document.ts';

/**
 * A problem found in a document, located by the path of the bad field.
 *
 * Paths read like code (`systems[3].roles[0].port`) so a user can find the field in their file;
 * the root of the document is the empty path, shown as `(document)`. `message` is English; `text`,
 * when present, lets a view word it in the reader's language ({@link issueText}).
 */
export interface ValidationIssue {
  path: string;
  message: string;
  severity: 'error' | 'warning';
  text?: LocalizableMessage;
  /** The location in words, when it is not a field path (`line 3, column "role"` of a table). */
  where?: LocalizableMessage;
}

/**
 * An issue from a message of the `issue` table. Parameters `expectedKey` and `gotKey` name messages
 * worded first and passed as `expected` and `got` (what a field expects: `issue.expectation.range.integer`;
 * what it held: `issue.got.array`).
 */
export function issueOf(path: string, severity: ValidationIssue['severity'], key: string, params: Record<string, string | number> = {}, where?: LocalizableMessage): ValidationIssue {
  const text = { key, params };
  return { path, message: wordIssue(englishTranslator(), text), severity, text, ...(where ? { where } : {}) };
}

/** An issue's message in the reader's language (its English when it has no key). */
export function issueText(t: Translate, issue: ValidationIssue): string {
  return issue.text ? wordIssue(t, issue.text, issue.message) : issue.message;
}

function wordIssue(t: Translate, text: LocalizableMessage, fallback?: string): string {
  const { expectedKey, gotKey } = text.params;
  const worded = {
    ...(typeof expectedKey === 'string' ? { expected: t(expectedKey, text.params) } : {}),
    ...(typeof gotKey === 'string' ? { got: t(gotKey) } : {}),
  };
  return t(text.key, { ...text.params, ...worded, ...(fallback !== undefined ? { defaultValue: fallback } : {}) });
}

/** Appends a property name to a path. */
export function childPath(path: string, key: string): string {
  const simple = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key);
  if (!simple) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** Appends an array index to a path. */
export function indexPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** Nests a whole path under a parent: `prefixPath('hierarchy', 'sites[0].code')` → `hierarchy.sites[0].code`. */
export function prefixPath(parent: string, path: string): string {
  if (path === '') return parent;
  return path.startsWith('[') ? `${parent}${path}` : `${parent}.${path}`;
}

/** Formats an issue as one line: `systems[3].roles[0].port: expected integer 1-65535`, in the reader's language when given one. */
export function formatIssue(issue: ValidationIssue, t?: Translate): string {
  if (!t) return `${issue.path === '' ? '(document)' : issue.path}: ${issue.message}`;
  // A location in words follows the language's punctuation; a field path reads like code.
  if (issue.where) return t('issue.located', { where: t(issue.where.key, { ...issue.where.params, defaultValue: issue.path }), message: issueText(t, issue) });
  return `${issue.path === '' ? t('issue.document') : issue.path}: ${issueText(t, issue)}`;
}
