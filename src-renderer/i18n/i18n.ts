import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nOptions, type Language } from '../../shared/i18n/translator.ts';

/** Initialises i18next for React with the same resources and options the CLI and reports use. */
export function initI18n(language: Language = 'en'): typeof i18next {
  if (!i18next.isInitialized) void i18next.use(initReactI18next).init(i18nOptions(language));
  return i18next;
}
