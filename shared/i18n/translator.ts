import i18next, { type TFunction } from 'i18next';
import { en } from './locales/en.ts';

/** Languages the app ships. French and Dutch follow (issue 8); English is the reference. */
export type Language = 'en';

/** The resource bundles, by language. */
export const RESOURCES = { en: { translation: en } } as const;

/** A translate function: `t('probe.tcp.open', { port: 445 })`. */
export type Translate = TFunction;

/**
 * The i18next options every part of the app uses: synchronous start (resources are bundled), English
 * as the fallback, and no escaping during interpolation: whatever renders a string escapes it (React
 * does; the report writer escapes everything it writes).
 */
export function i18nOptions(language: Language) {
  return {
    lng: language,
    fallbackLng: 'en',
    resources: RESOURCES,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  } as const;
}

/**
 * Creates a synchronous translator for Node code (CLI output, reports, result summaries).
 *
 * The renderer uses react-i18next over the same resources, so a summary reads the same in the
 * terminal, the app and a saved report.
 */
export function createTranslator(language: Language = 'en'): Translate {
  const instance = i18next.createInstance();
  void instance.init(i18nOptions(language));
  return instance.t.bind(instance);
}
