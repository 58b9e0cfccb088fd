import { describe, expect, it } from 'vitest';
import {
  MAX_DIFF_TOKENS,
  blocksText,
  canonicalJson,
  diffVersions,
  diffWords,
  parseRetentionYears,
  prunableVersions,
  retentionCutoff,
  retentionYears,
  valueText,
  versionHash,
  type DiffPart,
} from '../src/rules/history.ts';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const join = (parts: DiffPart[], keep: 'removed' | 'added') =>
  parts
    .filter((p) => p.op === 'same' || p.op === keep)
    .map((p) => p.text)
    .join('');

describe('canonical JSON and hash', () => {
  it('ignores key order at every level but keeps array order', () => {
    const a = { title: 'A', image: { alt: 'x', file: 3 }, list: [1, 2] };
    const b = { list: [1, 2], image: { file: 3, alt: 'x' }, title: 'A' };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(versionHash(a)).toBe(versionHash(b));
    expect(versionHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(versionHash({ ...a, list: [2, 1] })).not.toBe(versionHash(a));
  });

  it('leaves undefined out, keeps null (a field emptied is content)', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(versionHash({ a: null })).not.toBe(versionHash({}));
  });

  it('writes dates as ISO text', () => {
    expect(canonicalJson({ at: new Date('2026-12-07T10:00:00Z') })).toBe('{"at":"2026-12-07T10:00:00.000Z"}');
  });

  it('refuses numbers JSON cannot carry instead of hashing them as null', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/kein JSON/);
  });

  it('keeps markup as data', () => {
    const evil = '<script>alert(1)</script>';
    expect(JSON.parse(canonicalJson({ title: evil }))).toEqual({ title: evil });
  });
});

describe('retention', () => {
  it('keeps official notices ten years, everything else two, by default', () => {
    expect(retentionYears('api::public-notice.public-notice')).toBe(10);
    expect(retentionYears('api::amtsblatt-issue.amtsblatt-issue')).toBe(10);
    expect(retentionYears('api::page.page')).toBe(2);
    expect(retentionYears('api::page.page', { official: 30, other: 5 })).toBe(5);
    expect(retentionYears('api::public-notice.public-notice', { official: 30, other: 5 })).toBe(30);
  });

  it('reads the variables strictly', () => {
    expect(parseRetentionYears('HISTORY_RETENTION_YEARS', undefined, 2)).toBe(2);
    expect(parseRetentionYears('HISTORY_RETENTION_YEARS', ' 7 ', 2)).toBe(7);
    for (const bad of ['0', '-1', '2.5', 'zehn']) {
      expect(() => parseRetentionYears('HISTORY_RETENTION_YEARS', bad, 2)).toThrow(/HISTORY_RETENTION_YEARS .* keine ganze Zahl/);
    }
  });

  it('cuts off whole years back', () => {
    expect(retentionCutoff(new Date('2026-12-07T10:00:00Z'), 10).toISOString()).toBe('2016-12-07T10:00:00.000Z');
  });
});

describe('text of values', () => {
  it('reads rich text as lines, lists item by item, links by their text', () => {
    const blocks = [
      paragraph('Erster Absatz.'),
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Mit ' },
          { type: 'link', url: 'https://x.example', children: [{ type: 'text', text: 'Link' }] },
        ],
      },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'eins' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'zwei' }] },
        ],
      },
    ];
    expect(blocksText(blocks)).toBe('Erster Absatz.\nMit Link\neins\nzwei');
    expect(valueText(blocks)).toBe('Erster Absatz.\nMit Link\neins\nzwei');
  });

  it('shows other values as JSON with sorted keys', () => {
    expect(valueText({ b: 1, a: 'x' })).toBe('{\n  "a": "x",\n  "b": 1\n}');
    expect(valueText(null)).toBe('');
    expect(valueText(false)).toBe('false');
  });
});

describe('word diff', () => {
  it('marks the changed word and gives both texts back', () => {
    const parts = diffWords('Die Sprechzeit ist montags.', 'Die Sprechzeit ist dienstags.');
    expect(parts).toEqual([
      { op: 'same', text: 'Die Sprechzeit ist ' },
      { op: 'removed', text: 'montags.' },
      { op: 'added', text: 'dienstags.' },
    ]);
  });

  it('round-trips arbitrary texts', () => {
    const cases: [string, string][] = [
      ['', 'neu'],
      ['alt', ''],
      ['a b c d', 'a c d e'],
      ['Zeile eins\nZeile zwei', 'Zeile eins\nZeile drei\nZeile zwei'],
      ['gleich', 'gleich'],
    ];
    for (const [a, b] of cases) {
      const parts = diffWords(a, b);
      expect(join(parts, 'removed')).toBe(a);
      expect(join(parts, 'added')).toBe(b);
    }
  });

  it('falls back to whole texts beyond the size limit (no quadratic blow-up)', () => {
    const big = Array.from({ length: MAX_DIFF_TOKENS + 1 }, (_, i) => `w${i}`).join(' ');
    const parts = diffWords(big, `${big} x`);
    expect(parts.map((p) => p.op)).toEqual(['removed', 'added']);
  });
});

describe('field diff', () => {
  const v1 = { title: 'Bürgerbüro', summary: 'Kurz', body: [paragraph('Öffnungszeiten montags.')], image: null };
  it('lists changed fields only, with German labels, rich text compared as text', () => {
    const v2 = { ...v1, title: 'Bürgerbüro Mitte', body: [paragraph('Öffnungszeiten dienstags.')] };
    const diff = diffVersions(v1, v2, (f) => ({ title: 'Titel', body: 'Text' })[f]);
    expect(diff.map((d) => [d.field, d.label, d.change])).toEqual([
      ['body', 'Text', 'changed'],
      ['title', 'Titel', 'changed'],
    ]);
    expect(diff[0]?.parts).toEqual([
      { op: 'same', text: 'Öffnungszeiten ' },
      { op: 'removed', text: 'montags.' },
      { op: 'added', text: 'dienstags.' },
    ]);
  });

  it('says added and removed for fields set or emptied', () => {
    const diff = diffVersions({ ...v1, teaser: 'weg' }, { ...v1, image: { alt: 'Foto', file: 4 } });
    expect(diff.map((d) => [d.field, d.change])).toEqual([
      ['image', 'added'],
      ['teaser', 'removed'],
    ]);
  });

  it('finds nothing between equal versions in any key order', () => {
    expect(diffVersions(v1, { image: null, body: [paragraph('Öffnungszeiten montags.')], summary: 'Kurz', title: 'Bürgerbüro' })).toEqual([]);
  });
});

describe('which versions retention deletes', () => {
  const now = new Date('2026-12-07T12:00:00Z');
  const v = (id: number, uid: string, documentId: string, publishedAt: string, locale: string | null = 'de') => ({ id, uid, documentId, locale, publishedAt });
  it('deletes old versions of pages after two years, official notices only after ten, never the newest', () => {
    const versions = [
      v(1, 'api::page.page', 'p1', '2023-01-01T00:00:00Z'),
      v(2, 'api::page.page', 'p1', '2024-12-08T00:00:00Z'),
      v(3, 'api::page.page', 'p1', '2026-01-01T00:00:00Z'),
      // Only one version, very old: it stays (the newest of its document).
      v(4, 'api::page.page', 'p2', '2010-01-01T00:00:00Z'),
      v(5, 'api::public-notice.public-notice', 'n1', '2020-01-01T00:00:00Z'),
      v(6, 'api::public-notice.public-notice', 'n1', '2015-01-01T00:00:00Z'),
      v(7, 'api::public-notice.public-notice', 'n1', '2026-01-01T00:00:00Z'),
      // Same document, other locale: its own newest.
      v(8, 'api::page.page', 'p1', '2020-01-01T00:00:00Z', 'en'),
    ];
    expect(prunableVersions(versions, now)).toEqual([1, 6]);
    expect(prunableVersions(versions, now, { official: 5, other: 1 })).toEqual([1, 2, 5, 6]);
  });

  it('keeps the newest of two versions published in the same instant (the later id)', () => {
    const versions = [v(1, 'api::page.page', 'p', '2000-01-01T00:00:00Z'), v(2, 'api::page.page', 'p', '2000-01-01T00:00:00Z')];
    expect(prunableVersions(versions, now)).toEqual([1]);
  });
});
