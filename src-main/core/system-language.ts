import { pickLanguage, type Language } from '../../shared/i18n/languages.ts';

/**
 * The language of the system the CLI (or the browser bridge) runs on.
 *
 * POSIX locale variables first, in their order of precedence (`LC_ALL`, `LC_MESSAGES`, `LANG`, then
 * `LANGUAGE`'s list), then the locale Node's ICU reads from the system — on Windows, where those
 * variables are usually unset, the user's display language. `C` and `POSIX` name no language and are
 * skipped. The desktop app asks Electron instead (`app.getPreferredSystemLanguages()`).
 */
export function systemLanguage(env: Readonly<Record<string, string | undefined>>, intlLocale = Intl.DateTimeFormat().resolvedOptions().locale): Language {
  const named = [env.LC_ALL, env.LC_MESSAGES, env.LANG, ...(env.LANGUAGE ?? '').split(':')].filter((value): value is string => value !== undefined && value !== '' && !/^(?:C|POSIX)(?:[._].*)?$/i.test(value));
  return pickLanguage([...named, intlLocale]);
}
