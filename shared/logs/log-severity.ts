import type { Severity } from './log-types.ts';

/**
 * CMTrace's rule for the severity of a line that carries no `type` attribute (SMS-trace lines,
 * copied rows, lines without a frame).
 */

/**
 * Whether a message holds one of the severity words in any letter case: most do not, and for
 * those this one test is all it costs (readers call it inline before `severityOfText`).
 */
export const SEVERITY_HINT = /[Ee][Rr][Rr][Oo][Rr]|[Ww][Aa][Rr][Nn]|[Ff][Aa][Ii][Ll]/;

/**
 * An `ERROR`/`WARNING` prefix, else a case-insensitive "error" (error) or "warn" (warning), and
 * "fail" as an error except in "failover".
 */
export function severityOfText(message: string): Severity {
  if (!SEVERITY_HINT.test(message)) return 'info';
  const start = message.trimStart();
  if (start.startsWith('ERROR')) return 'error';
  if (start.startsWith('WARNING') || start.startsWith('WARN:')) return 'warning';
  const lower = message.toLowerCase();
  if (lower.includes('error')) return 'error';
  if (lower.includes('warn')) return 'warning';
  let at = lower.indexOf('fail');
  while (at >= 0) {
    if (!lower.startsWith('failover', at)) return 'error';
    at = lower.indexOf('fail', at + 4);
  }
  return 'info';
}
