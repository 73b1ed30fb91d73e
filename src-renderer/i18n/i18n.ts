import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { pickLanguage, type Language } from '../../shared/i18n/languages.ts';
import { i18nOptions } from '../../shared/i18n/translator.ts';

/**
 * Initialises i18next for React with the same resources and options the CLI and reports use.
 *
 * Until main says which language the user chose, the page starts in the browser's (in Electron,
 * the system's), so the first paint is already in the right language in the usual case.
 */
export function initI18n(language: Language = pickLanguage(navigator.languages)): typeof i18next {
  if (!i18next.isInitialized) void i18next.use(initReactI18next).init(i18nOptions(language));
  document.documentElement.lang = i18next.language;
  return i18next;
}
