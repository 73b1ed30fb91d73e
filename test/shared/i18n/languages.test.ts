import { describe, expect, it } from 'vitest';
import { effectiveLanguage, isLanguageSetting, pickLanguage } from '../../../shared/i18n/languages.ts';

describe('languages', () => {
  it('takes the first shipped language among the preferred ones, by primary subtag', () => {
    expect(pickLanguage(['fr-BE', 'en-US'])).toBe('fr');
    expect(pickLanguage(['de-DE', 'nl-BE', 'fr-FR'])).toBe('nl');
    expect(pickLanguage(['nl_NL.UTF-8'])).toBe('nl');
    expect(pickLanguage(['FR'])).toBe('fr');
    expect(pickLanguage(['de-DE', 'ja'])).toBe('en');
    expect(pickLanguage([undefined, ''])).toBe('en');
  });

  it('follows the system unless the user chose a language', () => {
    expect(effectiveLanguage('system', 'nl')).toBe('nl');
    expect(effectiveLanguage('fr', 'nl')).toBe('fr');
  });

  it('accepts only the settings it knows', () => {
    expect(['system', 'en', 'fr', 'nl'].every(isLanguageSetting)).toBe(true);
    expect(['de', '', null, 1].some(isLanguageSetting)).toBe(false);
  });
});
