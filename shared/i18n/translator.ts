import i18next, { type TFunction } from 'i18next';
import { en } from './locales/en.ts';
import { fr } from './locales/fr.ts';
import { nl } from './locales/nl.ts';
import type { Language } from './languages.ts';

export type { Language } from './languages.ts';

type Tree = { [key: string]: string | Tree };

/**
 * French has a third plural category, `many` (1 000 000 and up, in CLDR's rules): i18next asks for
 * `key_many` there and, finding none, would fall back to English. French writes those like the
 * other plural, so every `_other` gets its `_many` twin.
 */
function withManyPlurals(tree: Tree): Tree {
  const out: Tree = {};
  for (const [key, value] of Object.entries(tree)) {
    out[key] = typeof value === 'string' ? value : withManyPlurals(value);
    if (typeof value === 'string' && key.endsWith('_other')) out[`${key.slice(0, -'_other'.length)}_many`] = value;
  }
  return out;
}

/** The resource bundles, by language. */
export const RESOURCES = {
  en: { translation: en },
  fr: { translation: withManyPlurals(fr as unknown as Tree) },
  nl: { translation: nl },
} as const;

/** A translate function: `t('probe.tcp.open', { port: 445 })`. */
export type Translate = TFunction;

/**
 * The i18next options every part of the app uses: synchronous start (resources are bundled), English
 * as the fallback, and no escaping during interpolation: whatever renders a string escapes it (React
 * does; the report writer escapes everything it writes). Numbers and dates in the strings go through
 * i18next's Intl formatters (`{{value, number}}`, `{{value, datetime}}`), so they follow the language.
 */
export function i18nOptions(language: Language) {
  return {
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'fr', 'nl'],
    resources: RESOURCES,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  } as const;
}

const translators = new Map<Language, Translate>();

/**
 * A synchronous translator for Node code (CLI output, reports, result summaries), one per language.
 *
 * The renderer uses react-i18next over the same resources, so a summary reads the same in the
 * terminal, the app and a saved report.
 */
export function createTranslator(language: Language = 'en'): Translate {
  let translate = translators.get(language);
  if (!translate) {
    const instance = i18next.createInstance();
    void instance.init(i18nOptions(language));
    translate = instance.t.bind(instance);
    translators.set(language, translate);
  }
  return translate;
}
