import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PORT_REQUIREMENTS } from '../../../shared/catalogue/port-catalogue.ts';
import { serviceLabelKey } from '../../../shared/catalogue/service-labels.ts';
import { LANGUAGES } from '../../../shared/i18n/languages.ts';
import { en } from '../../../shared/i18n/locales/en.ts';
import { createTranslator, RESOURCES } from '../../../shared/i18n/translator.ts';
import { SAME_AS_ENGLISH } from './same-as-english.ts';

type Tree = { [key: string]: string | Tree };

/** Every string of a table, by its dotted key. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(dotted, value);
    else for (const [inner, text] of leaves(value, dotted)) out.set(inner, text);
  }
  return out;
}

const PLACEHOLDER = /{{[^}]+}}/g;
const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((match) => match[0]).sort();

/** Names that stay as they are in every language. */
const PRODUCT_NAMES = [
  'ConfigMgr Netcheck', 'netcheck', 'Microsoft Intune', 'Microsoft Store', 'Intune', 'Azure', 'Internet', 'Desktop Analytics', 'Asset Intelligence', 'Delivery Optimization',
  'Autopilot', 'Android', 'SQL Server', 'Service Broker', 'Server Message Block', 'Boot Information Negotiation Layer', 'Lightweight Directory Access Protocol', 'Wake on LAN',
];

/** Placeholders, product names, acronyms and punctuation only: nothing to translate. */
function languageNeutral(text: string): boolean {
  let rest = text.replace(PLACEHOLDER, ' ');
  for (const name of PRODUCT_NAMES) rest = rest.split(name).join(' ');
  return !/[a-z]/.test(rest.replace(/\b[A-Z0-9][A-Z0-9_-]*\b/g, ' ').replace(/\b(?:ms|s)\b/g, ' '));
}

const english = leaves(en as unknown as Tree);
const others = LANGUAGES.filter((language) => language !== 'en');

describe('translations', () => {
  it.each(others)('%s has every key of English and no other', (language) => {
    const table = leaves(RESOURCES[language].translation as unknown as Tree);
    const own = [...table.keys()].filter((key) => !key.endsWith('_many'));
    expect(own.filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !table.has(key))).toEqual([]);
  });

  it.each(others)('%s keeps every placeholder of English, formatters included', (language) => {
    const table = leaves(RESOURCES[language].translation as unknown as Tree);
    const differing = [...english].filter(([key, text]) => JSON.stringify(placeholders(table.get(key) ?? '')) !== JSON.stringify(placeholders(text))).map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it.each(others)('%s leaves nothing in English but shared words, acronyms and names', (language) => {
    const table = leaves(RESOURCES[language].translation as unknown as Tree);
    const allowed = new Set(SAME_AS_ENGLISH[language]);
    const untranslated = [...english].filter(([key, text]) => table.get(key) === text && !languageNeutral(text) && !allowed.has(key)).map(([key]) => key);
    expect(untranslated).toEqual([]);
    // A key allowed to stay English that has since been translated: the list is stale.
    expect([...allowed].filter((key) => table.get(key) !== english.get(key))).toEqual([]);
  });

  it('knows the neutral strings from the ones to translate', () => {
    expect(languageNeutral('{{count}} · {{name}}')).toBe(true);
    expect(languageNeutral('SMB (Server Message Block)')).toBe(true);
    expect(languageNeutral('Intune: Autopilot')).toBe(true);
    expect(languageNeutral('Sites')).toBe(false);
    expect(languageNeutral('{{count}} checks')).toBe(false);
  });

  it.each(LANGUAGES)('%s renders every string with its numbers and dates formatted, nothing left as a key', (language) => {
    const t = createTranslator(language);
    for (const [key, source] of english) {
      // A value of the kind each placeholder formats: a date, a number, or a word.
      const params: Record<string, unknown> = { count: 2 };
      for (const match of source.matchAll(/{{(\w+)(?:, (\w+))?/g)) if (match[1] !== 'count') params[match[1] as string] = match[2] === 'datetime' ? new Date('2026-11-22T10:00:00Z') : match[2] === 'number' ? 1.25 : 'x';
      const base = key.replace(/_(?:one|other)$/, '');
      const text = t(base, params);
      expect(text, key).not.toBe(base);
      expect(text, key).not.toMatch(/{{|}}/);
    }
  });

  it('formats numbers, dates and plurals per language', () => {
    const when = { value: new Date('2026-11-22T10:00:00Z') };
    expect(createTranslator('en')('format.seconds', { value: 12.345 })).toBe('12.3 s');
    expect(createTranslator('fr')('format.seconds', { value: 12.345 })).toBe('12,3 s');
    expect(createTranslator('nl')('format.seconds', { value: 12.345 })).toBe('12,3 s');
    expect(createTranslator('fr')('format.longDateTime', when)).toMatch(/22 novembre 2026/);
    expect(createTranslator('nl')('format.longDateTime', when)).toMatch(/22 november 2026/);
    expect(createTranslator('fr')('format.dynamicPort')).toBe('dynamique');
    // French has a `many` plural (a million and up): it reads like `other`, never falls back to English.
    expect(createTranslator('fr')('ui.hierarchy.counts.systems', { count: 1_000_000 })).toBe('1000000 systèmes');
    expect(createTranslator('fr')('ui.hierarchy.counts.systems', { count: 0 })).toBe('0 système');
    expect(createTranslator('nl')('ui.hierarchy.counts.systems', { count: 1 })).toBe('1 systeem');
  });

  it('has a name in every language for every service label of the ports reference', () => {
    const labels = new Set(PORT_REQUIREMENTS.flatMap((requirement) => requirement.ports.map((port) => port.label)));
    const t = { en: createTranslator('en'), fr: createTranslator('fr'), nl: createTranslator('nl') };
    for (const label of labels) {
      const key = serviceLabelKey(label);
      expect(key, label).toBeDefined();
      // The French names are the seed's own words.
      expect(t.fr(key as string)).toBe(label);
      expect(t.en(key as string)).not.toBe(key);
    }
  });

  it('has every key the code asks for by name', () => {
    const used = new Set<string>();
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const file = path.join(dir, entry);
        if (statSync(file).isDirectory()) visit(file);
        else if (/\.tsx?$/.test(entry)) for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)) used.add(match[1] as string);
      }
    };
    for (const root of ['shared', 'src-main', 'src-renderer', 'cli']) visit(path.resolve(root));
    expect(used.size).toBeGreaterThan(200);
    const known = new Set([...english.keys()].flatMap((key) => [key, key.replace(/_(?:one|other)$/, '')]));
    const prefixes = new Set([...english.keys()].flatMap((key) => key.split('.').map((_, index, parts) => parts.slice(0, index + 1).join('.'))));
    expect([...used].filter((key) => !known.has(key) && !prefixes.has(key))).toEqual([]);
  });
});
