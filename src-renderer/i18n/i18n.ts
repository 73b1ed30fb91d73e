import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { RESOURCES } from '../../shared/i18n/translator.ts';

/**
 * Initialises i18next for React with the same resources the CLI and reports use. React escapes
 * what it renders, so i18next's own escaping is off (it would double-escape).
 */
export function initI18n(language = 'en'): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: language,
      fallbackLng: 'en',
      resources: RESOURCES,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return i18next;
}
