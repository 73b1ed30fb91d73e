import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { effectiveLanguage, isLanguageSetting, LANGUAGE_NAMES } from '../../shared/i18n/languages.ts';
import { LanguageOptions } from '../components/LanguageOptions.tsx';
import { getApi } from '../api/netcheck-api.ts';
import { switchLanguage } from '../i18n/i18n.ts';
import { useAppStore } from '../store/store-context.tsx';

/**
 * The language menu in the header, and the effect that applies the language: the system's unless
 * the user chose one. A switch re-renders every view at once (react-i18next), and main keeps the
 * choice for the next start. Language names are written in their own language, so a user who landed
 * in the wrong one still finds theirs.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const state = useAppStore((s) => s.appInfo?.language);
  const languageChosen = useAppStore((s) => s.languageChosen);
  const language = state ? effectiveLanguage(state.setting, state.system) : undefined;

  useEffect(() => {
    if (language) void switchLanguage(language);
  }, [language]);

  if (!state) return null;
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('app.language.label')}</span>
      <select
        value={state.setting}
        onChange={(event) => {
          const chosen = event.target.value;
          if (!isLanguageSetting(chosen)) return;
          // Shown at once; kept by main for the next start (a failed write keeps it for this session).
          languageChosen({ setting: chosen, system: state.system });
          void getApi().setLanguage({ language: chosen });
        }}
      >
        <option value="system">{t('app.language.system', { language: LANGUAGE_NAMES[state.system] })}</option>
        <LanguageOptions />
      </select>
    </label>
  );
}
