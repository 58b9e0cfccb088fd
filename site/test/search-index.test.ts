import { describe, expect, it } from 'vitest';
import { partsOf } from '../search-index.ts';

// How search-index.ts cuts a large site into index parts: whole folders where they fit.
describe('partsOf', () => {
  const files = [
    '404.html',
    'aktuelles/a/index.html',
    'aktuelles/b/index.html',
    'aktuelles/index.html',
    'index.html',
    'rat/drucksachen/1/index.html',
    'rat/drucksachen/2/index.html',
    'rat/drucksachen/3/index.html',
    'rat/index.html',
    'rathaus/index.html',
  ];

  it('covers every page exactly once, in list order, with no part over the size', () => {
    for (const size of [1, 2, 3, 4, 5, 100]) {
      const parts = partsOf(files, size);
      expect(
        parts.flatMap((units) => units.flatMap((u) => u.files)),
        `size ${size}`,
      ).toEqual(files);
      for (const units of parts) expect(units.reduce((n, u) => n + u.files.length, 0)).toBeLessThanOrEqual(size);
    }
  });

  it('gives whole folders as one glob and splits a folder only when it is larger than a part', () => {
    // rat/ (4 pages) is larger than a part of 3: its subfolder and its own page become pieces.
    expect(partsOf(files, 3).map((units) => units.map((u) => u.glob))).toEqual([
      ['404.html'],
      ['aktuelles/**/*.html'],
      ['index.html'],
      ['rat/drucksachen/**/*.html'],
      ['rat/index.html', 'rathaus/**/*.html'],
    ]);
    expect(partsOf(files, 4).map((units) => units.map((u) => u.glob))).toEqual([
      ['404.html', 'aktuelles/**/*.html'],
      ['index.html'],
      ['rat/**/*.html'],
      ['rathaus/**/*.html'],
    ]);
    expect(partsOf(files, 100)).toHaveLength(1);
  });

  it('refuses a file name a glob would misread', () => {
    expect(() => partsOf(['a/{b}/index.html'], 10)).toThrow('unerwarteter Dateiname a/{b}/index.html');
  });
});
