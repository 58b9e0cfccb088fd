import { describe, expect, it } from 'vitest';
import { de, t, type MessageKey } from './de.ts';
import { en } from './en.ts';
import { DICTIONARIES, tr, translator } from './index.ts';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the English dictionary', () => {
  it('has exactly the keys of the German one', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it('has the same placeholders as the German message, key by key', () => {
    for (const key of Object.keys(de) as MessageKey[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(de[key]));
    }
  });

  it('is English, not a copy of the German text (apart from names and symbols)', () => {
    // Strings that are the same in both languages on purpose: names, symbols, pure placeholders.
    const same = (Object.keys(de) as MessageKey[]).filter((k) => de[k] === en[k]);
    for (const key of same) expect(de[key], key).toMatch(/^(\{\w+\}|[^\p{L}]*|English|Deutsch|PDF|Website|[\p{L}.]{1,4})$|[{}]/u);
    expect(same.length).toBeLessThan(Object.keys(de).length / 10);
  });
});

describe('tr() and translator()', () => {
  it('returns the message of the language with its placeholders filled', () => {
    expect(tr('en', 'skipLink.label')).toBe('Skip to content');
    expect(tr('de', 'skipLink.label')).toBe('Zum Inhalt springen');
    expect(tr('en', 'title.page', { title: 'History', siteName: 'Stadt Aschersleben' })).toBe('History – Stadt Aschersleben');
    const t_en = translator('en');
    expect(t_en('pagination.status', { current: 2, total: 3 })).toBe('Page 2 of 3');
  });

  it('keeps German as what t() returns, for the components that are German only', () => {
    expect(tr('de', 'pagination.status', { current: 2, total: 3 })).toBe(t('pagination.status', { current: 2, total: 3 }));
    expect(DICTIONARIES.de).toBe(de);
  });

  it('names the missing parameter and the language', () => {
    const call = tr as (locale: 'en', key: MessageKey, params?: Record<string, string>) => string;
    expect(() => call('en', 'pagination.status', { current: '2' })).toThrow(/„total“.*\(en\)/);
  });
});
