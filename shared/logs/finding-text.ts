import type { Translate } from '../i18n/translator.ts';
import { BITS_HTTP_ERROR, codesInMessage, type CodeLookup, type KnownCode } from './error-codes.ts';
import type { FindingCategory } from './log-types.ts';

/**
 * What a finding means and what to do, in the reader's language.
 *
 * A finding keeps what was found (its knowledge-base entry, its category, the line) and its English
 * text; every view, the CLI and the report rebuild the text from those in their own language, so a
 * log read in English is explained in French when the app is switched to French.
 */

/** What the text of a finding is built from. */
export interface FindingFacts {
  knowledge?: string;
  category: FindingCategory;
  message: string;
}

/** A code's meaning: `the request timed out`. */
export function codeMeaning(t: Translate, known: KnownCode): string {
  if (known.name.startsWith(BITS_HTTP_ERROR)) return t('knowledge.bitsHttp', { status: known.name.slice(BITS_HTTP_ERROR.length) });
  return t(`knowledge.code.${known.name}`);
}

/** Codes explained in a sentence: `0x80072EE2 ERROR_WINHTTP_TIMEOUT: the request timed out`. */
export function describeCodes(t: Translate, codes: readonly CodeLookup[]): string {
  return codes
    .filter((code) => code.known)
    .map((code) => `${code.display} ${code.known?.name}: ${codeMeaning(t, code.known as KnownCode)}`)
    .join('; ');
}

/**
 * The explanation and the fix: the knowledge-base entry's (with the codes the line carries), else
 * the codes' meanings and the category's usual fix, else the fallback that sends the reader to the
 * lines around it.
 */
export function describeFinding(t: Translate, facts: FindingFacts): { explanation: string; fix: string } {
  const codeText = describeCodes(t, codesInMessage(facts.message));
  if (facts.knowledge) {
    const explanation = t(`knowledge.entry.${facts.knowledge}.explanation`);
    return { explanation: codeText ? `${explanation} (${codeText})` : explanation, fix: t(`knowledge.entry.${facts.knowledge}.fix`) };
  }
  if (codeText) return { explanation: t('knowledge.carriesCodes', { codes: codeText }), fix: t(`knowledge.categoryFix.${facts.category}`) };
  return { explanation: t('knowledge.fallback.explanation'), fix: t('knowledge.fallback.fix') };
}
