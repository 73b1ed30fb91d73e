import { issueOf, type ValidationIssue } from './issue.ts';
import { failure, success, type Outcome } from '../util/result.ts';

/**
 * Parses JSON text, turning a syntax error into a located issue (`line 3, column 14: …`).
 *
 * V8 reports the failure as a character position (`… in JSON at position 57`) or, in newer
 * versions, also as `(line 3 column 14)`; both are converted to a line and column a user can find
 * in an editor. A leading byte-order mark is accepted, as Windows editors write one.
 */
export function parseJson(text: string): Outcome<unknown, ValidationIssue> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return failure([issueOf('', 'error', 'issue.emptyFile')]);
  try {
    return success(JSON.parse(body) as unknown);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = locate(body, message);
    // The engine's own words for the syntax error stay as it wrote them (English).
    return failure([at ? issueOf('', 'error', 'issue.notJsonAt', { ...at, reason: firstSentence(message) }) : issueOf('', 'error', 'issue.notJson', { reason: firstSentence(message) })]);
  }
}

function locate(text: string, message: string): { line: number; column: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

function firstSentence(message: string): string {
  return message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+.*$/, '');
}
