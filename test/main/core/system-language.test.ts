import { describe, expect, it } from 'vitest';
import { systemLanguage } from '../../../src-main/core/system-language.ts';

describe('systemLanguage', () => {
  it('reads the POSIX variables in their order of precedence', () => {
    expect(systemLanguage({ LC_ALL: 'fr_FR.UTF-8', LANG: 'nl_NL.UTF-8' }, 'en-US')).toBe('fr');
    expect(systemLanguage({ LC_MESSAGES: 'nl_BE.UTF-8', LANG: 'fr_FR.UTF-8' }, 'en-US')).toBe('nl');
    expect(systemLanguage({ LANGUAGE: 'de:nl:en' }, 'en-US')).toBe('nl');
  });

  it('skips C and POSIX, then asks the system locale (Windows sets no LANG)', () => {
    expect(systemLanguage({ LC_ALL: 'C.UTF-8', LANG: 'POSIX' }, 'fr-CA')).toBe('fr');
    expect(systemLanguage({}, 'nl-NL')).toBe('nl');
    expect(systemLanguage({}, 'de-DE')).toBe('en');
  });
});
