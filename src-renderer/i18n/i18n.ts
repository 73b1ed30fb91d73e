import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nOptions, withManyPlurals, type Tree } from '../../shared/i18n/i18n-options.ts';
import { pickLanguage, type Language } from '../../shared/i18n/languages.ts';
import { ENGLISH_RESOURCES } from '../../shared/i18n/english.ts';

/** The tables other than English, each loaded when first needed (a chunk of its own). */
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Tree>> = {
  fr: () => import('../../shared/i18n/locales/fr.ts').then((module) => module.fr as unknown as Tree),
  nl: () => import('../../shared/i18n/locales/nl.ts').then((module) => module.nl as unknown as Tree),
};

/**
 * Initialises i18next for React with the English table; `switchLanguage` loads another before
 * switching to it, so the start bundle carries one language, not three.
 */
export function initI18n(): typeof i18next {
  if (!i18next.isInitialized) void i18next.use(initReactI18next).init(i18nOptions('en', ENGLISH_RESOURCES));
  return i18next;
}

/** Loads a language's table (once) and switches to it; the page's `lang` follows. */
export async function switchLanguage(language: Language): Promise<void> {
  if (language !== 'en' && !i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', withManyPlurals(await LOADERS[language]()));
  }
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The browser's (in Electron, the system's) language, the best guess before main answers. */
export function browserLanguage(): Language {
  return pickLanguage(navigator.languages);
}
