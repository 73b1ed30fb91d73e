import type { ValidationIssue } from './issue.ts';
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
  if (body.trim() === '') return failure([{ path: '', message: 'the file is empty', severity: 'error' }]);
  try {
    return success(JSON.parse(body) as unknown);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return failure([{ path: '', message: `not valid JSON${locate(body, message)}: ${firstSentence(message)}`, severity: 'error' }]);
  }
}

function locate(text: string, message: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return ` at line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/.exec(message);
  if (!position) return '';
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}

function firstSentence(message: string): string {
  return message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+.*$/, '');
}
