import type { Language } from './languages.ts';

/** A translation table as i18next holds it. */
export type Tree = { [key: string]: string | Tree };

/** The tables i18next is started with, by language (a renderer loads all but English on demand). */
export type Resources = Partial<Record<Language, { translation: Tree }>>;

/**
 * French has a third plural category, `many` (1 000 000 and up, in CLDR's rules): i18next asks for
 * `key_many` there and, finding none, would fall back to English. French writes those like the
 * other plural, so every `_other` gets its `_many` twin.
 */
export function withManyPlurals(tree: Tree): Tree {
  const out: Tree = {};
  for (const [key, value] of Object.entries(tree)) {
    out[key] = typeof value === 'string' ? value : withManyPlurals(value);
    if (typeof value === 'string' && key.endsWith('_other')) out[`${key.slice(0, -'_other'.length)}_many`] = value;
  }
  return out;
}

/**
 * The i18next options every part of the app uses: synchronous start (resources are bundled), English
 * as the fallback, and no escaping during interpolation: whatever renders a string escapes it (React
 * does; the report writer escapes everything it writes). Numbers and dates in the strings go through
 * i18next's Intl formatters (`{{value, number}}`, `{{value, datetime}}`), so they follow the language.
 */
export function i18nOptions(language: Language, resources: Resources) {
  return {
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'fr', 'nl'],
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  } as const;
}
