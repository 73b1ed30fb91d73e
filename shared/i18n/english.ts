import { createTranslator, type Translate } from './translator.ts';

let translate: Translate | undefined;

/**
 * The English translator, made on first use: documents keep their text in English, the reference,
 * beside its message key (a finding's explanation, a validation issue), so JSON read by a script or
 * an older version still says something; readers see the key worded in their own language.
 */
export function englishTranslator(): Translate {
  translate ??= createTranslator('en');
  return translate;
}
