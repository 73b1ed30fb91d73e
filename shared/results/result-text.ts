import type { Translate } from '../i18n/translator.ts';
import type { CheckResult } from './result-document.ts';

/**
 * A result's summary in the reader's language, rebuilt from its message key and parameters; the
 * summary written at run time (the run's language) when the key is not known here (a document
 * written by a newer version).
 */
export function summaryOf(t: Translate, result: Pick<CheckResult, 'summary' | 'message'>): string {
  return t(result.message.key, { ...result.message.params, defaultValue: result.summary });
}
