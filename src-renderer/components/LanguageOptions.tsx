import { LANGUAGE_NAMES, LANGUAGES } from '../../shared/i18n/languages.ts';

/**
 * One `<option>` per language the app ships, each named in its own language (and marked so a
 * screen reader pronounces it that way): a user who landed in the wrong language still finds theirs.
 */
export function LanguageOptions() {
  return (
    <>
      {LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {LANGUAGE_NAMES[code]}
        </option>
      ))}
    </>
  );
}
