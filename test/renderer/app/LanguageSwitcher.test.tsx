import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LanguageState } from '../../../shared/ipc/contract.ts';
import { App } from '../../../src-renderer/app/App.tsx';
import { createFakeApi } from '../support/fake-api.ts';
import { renderWithStore } from '../support/render-app.tsx';

const proxy = { systemAvailable: false, credentialsFor: null, pac: null };

function appIn(language: LanguageState) {
  const fake = createFakeApi({
    getAppInfo: () => ({ ok: true, value: { version: '0.1.0', shell: 'electron', vantage: { hostname: 'helpdesk', addresses: [], platform: 'win32' }, proxy, language } }),
    setLanguage: (args) => ({ ok: true, value: { setting: (args as { language: LanguageState['setting'] }).language, system: language.system } }),
  });
  window.api = fake.api;
  return { fake, ...renderWithStore(<App />) };
}

describe('LanguageSwitcher', () => {
  it('starts in the system language when the user chose none, and says which it is', async () => {
    appIn({ setting: 'system', system: 'nl' });
    const nav = await screen.findByRole('navigation', { name: 'Weergaven' });
    expect(within(nav).getByRole('button', { name: 'Begeleide procedures' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Systeemtaal (Nederlands)' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
  });

  it('switches every view at once and asks main to keep the choice', async () => {
    const { fake } = appIn({ setting: 'system', system: 'en' });
    const menu = await screen.findByRole('combobox', { name: 'Language' });
    await userEvent.selectOptions(menu, 'fr');
    expect(await screen.findByRole('navigation', { name: 'Vues' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ouvrir ou importer…' })).toBeTruthy();
    expect(fake.calls.filter((call) => call.name === 'setLanguage').map((call) => call.args)).toEqual([{ language: 'fr' }]);
    // Back to the system's language.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Langue' }), 'system');
    expect(await screen.findByRole('navigation', { name: 'Views' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });
});
