import i18next, { type TFunction } from 'i18next';
import { en } from './locales/en.ts';

/** Languages the app ships. French and Dutch follow (issue 8); English is the reference. */
export type Language = 'en';

/** The resource bundles, by language. */
export const RESOURCES = { en: { translation: en } } as const;

/** A translate function: `t('probe.tcp.open', { port: 445 })`. */
export type Translate = TFunction;

/**
 * Creates a synchronous translator for Node code (CLI output, reports, result summaries).
 *
 * The renderer uses react-i18next over the same resources, so a summary reads the same in the
 * terminal, the app and a saved report. Interpolation does no HTML escaping: output is escaped by
 * whatever renders it (the report writer escapes everything it writes).
 */
export function createTranslator(language: Language = 'en'): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: RESOURCES,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance.t.bind(instance);
}
