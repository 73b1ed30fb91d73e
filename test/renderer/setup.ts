import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '../../src-renderer/i18n/i18n.ts';

const i18n = initI18n();
afterEach(async () => {
  cleanup();
  delete window.api;
  // A test that switched the language leaves the next one in English.
  await i18n.changeLanguage('en');
});
