import { englishTranslator } from '../i18n/english.ts';
import { codesInMessage, lookupCode, type CodeLookup } from './error-codes.ts';
import { describeFinding } from './finding-text.ts';
import { KNOWLEDGE_BASE, NOT_A_FINDING } from './knowledge-base.ts';
import { detach } from './log-entry.ts';
import type { Finding, FindingCategory, LogEntry } from './log-types.ts';

/**
 * Turning a failure line into a finding: the knowledge base's text patterns first, then the codes the
 * line carries, then — for an error or warning nothing explains — `unknown`, so no failure is
 * silently dropped.
 */

/** What one line's finding is, before the analysis counts its repeats and ties it to an attempt. */
export type Classified = Omit<Finding, 'attempt' | 'occurrences' | 'first' | 'time'>;

const URL_IN_TEXT = /https?:\/\/[^\s'"<>\]]+/i;

/** The words that make an error or warning line worth an `unknown` finding when nothing explains it. */
const FAILURE_WORDS = /\b(?:fail|error|exception|warning)/i;

/** The code shapes `codesInMessage` reads. */
const CODE_SHAPES = [/0x[0-9a-fA-F]{8}/, /-21\d{8}/, /\b(?:error|code|hr|hresult|status)\b/];

/**
 * Every pattern that can make a line a finding, as one expression: most lines match none, and one
 * test is all they cost (a log of a million lines is classified in the time of a single pass).
 */
const CANDIDATE = new RegExp([...KNOWLEDGE_BASE.map((entry) => entry.pattern), ...CODE_SHAPES, FAILURE_WORDS].map((pattern) => `(?:${pattern.source})`).join('|'), 'i');

/** The host of a URL, or undefined. */
function hostOf(url: string): string | undefined {
  const match = /^https?:\/\/([^/:?#]+)/i.exec(url);
  return match?.[1]?.toLowerCase();
}

/**
 * A finding's English text, remembered by what it is built from: a log repeating the same failure
 * a hundred thousand times builds its text once.
 */
const englishText = new Map<string, { explanation: string; fix: string }>();

function explainInEnglish(knowledge: string | undefined, category: FindingCategory, codes: readonly CodeLookup[], message: string): { explanation: string; fix: string } {
  const key = `${knowledge ?? ''}|${category}|${codes.map((code) => code.display).join(',')}`;
  let text = englishText.get(key);
  if (!text) {
    // A finding keeps its text in English, the reference; readers see it in their language.
    text = describeFinding(englishTranslator(), { ...(knowledge ? { knowledge } : {}), category, message });
    if (englishText.size < 10_000) englishText.set(key, text);
  }
  return text;
}

/**
 * Classifies one entry. `context` gives the URL the current download attempt last went to, used
 * when the line names no host. Returns undefined for lines that are not failures.
 */
export function classifyEntry(entry: LogEntry, context: { lastUrl?: string } = {}): Classified | undefined {
  const { message } = entry;
  if (!CANDIDATE.test(message)) return undefined;
  const knowledge = KNOWLEDGE_BASE.find((candidate) => candidate.pattern.test(message));
  const codes = codesInMessage(message);
  const describedCode = codes.find((code) => code.known);
  if (!knowledge && !describedCode && entry.severity === 'info') return undefined;
  if (NOT_A_FINDING.some((pattern) => pattern.test(message))) return undefined;
  if (!knowledge && !describedCode && !FAILURE_WORDS.test(message)) return undefined;

  const url = URL_IN_TEXT.exec(message)?.[0] ?? context.lastUrl;
  const quotedHost = knowledge ? knowledge.pattern.exec(message)?.[1] : undefined;
  const host = quotedHost && /^[\w.-]+$/.test(quotedHost) ? quotedHost.toLowerCase() : url ? hostOf(url) : undefined;
  const httpStatus = httpStatusOf(message, codes);
  const category: FindingCategory = knowledge?.category ?? describedCode?.known?.category ?? (httpStatus !== undefined ? (httpStatus === 407 ? 'proxy' : 'http') : 'unknown');
  const text = explainInEnglish(knowledge?.id, category, codes, message);
  const finding: Classified = {
    category,
    severity: knowledge?.severity ?? (entry.severity === 'info' ? 'warning' : entry.severity),
    message: detach(message),
    file: entry.file,
    line: entry.line,
    entry: entry.index,
    explanation: text.explanation,
    fix: text.fix,
    ...(knowledge ? { knowledge: knowledge.id, source: knowledge.source } : {}),
    ...(host ? { host: detach(host) } : {}),
    ...(url ? { url: detach(url) } : {}),
    ...(describedCode ? { code: describedCode.display, ...(describedCode.known ? { codeName: describedCode.known.name } : {}) } : codes[0] ? { code: codes[0].display } : {}),
    ...(httpStatus !== undefined ? { httpStatus } : {}),
  };
  return finding;
}

function httpStatusOf(message: string, codes: readonly CodeLookup[]): number | undefined {
  const written = /returned an error: \((\d{3})\)|\((\d{3})\) [A-Z][a-z]/.exec(message);
  const status = written ? Number(written[1] ?? written[2]) : codes.find((code) => code.httpStatus !== undefined)?.httpStatus;
  return status !== undefined && status >= 100 && status <= 599 ? status : undefined;
}

/** What the lookup (the CLI's `netcheck lookup`, the Logs view's box) tells about a code or a message. */
export interface ExplainResult {
  query: string;
  codes: CodeLookup[];
  knowledge?: { id: string; category: FindingCategory; explanation: string; fix: string; source: Finding['source'] };
}

/**
 * Explains a code in any form (`0x80072EE2`, `-2147012894`, `12002`) or a message text, like
 * CMTrace's Error Lookup with this tool's explanations.
 */
export function explain(query: string): ExplainResult {
  const single = lookupCode(query);
  const codes = single ? [single] : codesInMessage(query);
  const knowledge = KNOWLEDGE_BASE.find((entry) => entry.pattern.test(query));
  return {
    query,
    codes,
    ...(knowledge ? { knowledge: { id: knowledge.id, category: knowledge.category, explanation: knowledge.explanation, fix: knowledge.fix, source: knowledge.source } } : {}),
  };
}
