/**
 * The languages the app ships and how one is chosen.
 *
 * English is the reference; French and Dutch are the languages of the Microsoft references the
 * users work from (the seeds are their French and Dutch editions).
 */
export const LANGUAGES = ['en', 'fr', 'nl'] as const;

/** A language the app ships. */
export type Language = (typeof LANGUAGES)[number];

/** What the user chose: a language, or whatever the operating system uses. */
export type LanguageSetting = Language | 'system';

/** Whether a value is a language the app ships. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Whether a value is a language setting (a language or `system`). */
export function isLanguageSetting(value: unknown): value is LanguageSetting {
  return value === 'system' || isLanguage(value);
}

/**
 * The first shipped language among the system's preferred ones (`fr-BE`, `nl_NL.UTF-8`, `de-DE`…),
 * English when none is shipped.
 *
 * Matching is on the primary subtag, so Belgian French and Flemish get French and Dutch; a POSIX
 * locale (`fr_FR.UTF-8`, `C`, `POSIX`) is read the same way.
 */
export function pickLanguage(preferred: readonly (string | undefined)[]): Language {
  for (const tag of preferred) {
    const primary = tag?.trim().toLowerCase().split(/[-_.@]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/** The language in effect: the one chosen, or the system's. */
export function effectiveLanguage(setting: LanguageSetting, system: Language): Language {
  return setting === 'system' ? system : setting;
}

/** Each language's name in itself, for the switcher (never translated: a user must find their own). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', fr: 'Français', nl: 'Nederlands' };
