import i18next, { type TFunction } from 'i18next';
import { i18nOptions, withManyPlurals, type Resources, type Tree } from './i18n-options.ts';
import type { Language } from './languages.ts';
import { en } from './locales/en.ts';
import { fr } from './locales/fr.ts';
import { nl } from './locales/nl.ts';

export type { Language } from './languages.ts';

/**
 * Every language's table, for Node code (the CLI, main, reports). The renderer does not import this
 * module: it starts with English and loads the language it needs (`src-renderer/i18n/i18n.ts`).
 */
export const RESOURCES = {
  en: { translation: en as unknown as Tree },
  fr: { translation: withManyPlurals(fr as unknown as Tree) },
  nl: { translation: withManyPlurals(nl as unknown as Tree) },
} as const satisfies Resources;

/** A translate function: `t('probe.tcp.open', { port: 445 })`. */
export type Translate = TFunction;

const translators = new Map<Language, Translate>();

/**
 * A synchronous translator for Node code (CLI output, reports, result summaries), one per language.
 *
 * The renderer uses react-i18next over the same tables, so a summary reads the same in the
 * terminal, the app and a saved report.
 */
export function createTranslator(language: Language = 'en'): Translate {
  let translate = translators.get(language);
  if (!translate) {
    const instance = i18next.createInstance();
    void instance.init(i18nOptions(language, RESOURCES));
    translate = instance.t.bind(instance);
    translators.set(language, translate);
  }
  return translate;
}
