import i18next from 'i18next';
import { i18nOptions, type Resources, type Tree } from './i18n-options.ts';
import { en } from './locales/en.ts';
import type { Translate } from './translator.ts';

/** The English table alone: what the renderer starts with, and what this translator holds. */
export const ENGLISH_RESOURCES: Resources = { en: { translation: en as unknown as Tree } };

let translate: Translate | undefined;

/**
 * The English translator, made on first use: documents keep their text in English, the reference,
 * beside its message key (a finding's explanation, a validation issue), so JSON read by a script or
 * an older version still says something; readers see the key worded in their own language. It holds
 * the English table only, so shared code the renderer runs does not pull every language in.
 */
export function englishTranslator(): Translate {
  if (!translate) {
    const instance = i18next.createInstance();
    void instance.init(i18nOptions('en', ENGLISH_RESOURCES));
    translate = instance.t.bind(instance);
  }
  return translate;
}
