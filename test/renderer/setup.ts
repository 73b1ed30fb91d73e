import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '../../src-renderer/i18n/i18n.ts';

initI18n('en');
afterEach(() => {
  cleanup();
  delete window.api;
});
