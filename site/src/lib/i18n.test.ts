import { InvalidContentError, readSnapshot, type Page, type PageTranslation } from '@stadtportal/shared';
import { describe, expect, it } from 'vitest';
import { SiteContent } from './content.ts';
import { computeEnglishPaths, EnglishSite, formatDateEn, homePathOf } from './i18n.ts';

const FIXTURE = new URL('../../test/fixtures/snapshot/', import.meta.url).pathname;

function page(documentId: string, slug: string, parent: string | null): Page {
  return {
    documentId,
    slug,
    title: slug,
    organisation: 'o-stadt',
    parent,
    summary: 'Zusammenfassung',
    body: [],
    image: null,
    video: null,
    seoDescription: 'Beschreibung',
    updatedAt: '2026-11-20T09:30:00.000Z',
  };
}

function en(documentId: string, slug: string, title = slug): PageTranslation {
  return { documentId, slug, title, summary: 'Summary', body: [], image: null, seoDescription: 'Description', updatedAt: '2026-11-21T09:30:00.000Z' };
}

function errorOf(fn: () => unknown): InvalidContentError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InvalidContentError) return err;
    throw err;
  }
  throw new Error('Kein InvalidContentError geworfen');
}

const tree = [
  page('a', 'tourismus-kultur', null),
  page('b', 'geschichte', 'a'),
  page('c', 'rathaus', null),
  page('d', 'ortschaften', 'c'),
  page('e', 'westdorf', 'd'),
];

describe('computeEnglishPaths', () => {
  it('builds /en/ + the English slugs of the translated chain', () => {
    const paths = computeEnglishPaths(tree, [en('b', 'history'), en('a', 'tourism-and-culture')]);
    expect(Object.fromEntries(paths)).toEqual({ a: '/en/tourism-and-culture/', b: '/en/tourism-and-culture/history/' });
  });

  it('uses the German slug of an untranslated ancestor, and gives untranslated pages no English path', () => {
    const paths = computeEnglishPaths(tree, [en('e', 'westdorf-village'), en('c', 'town-hall')]);
    expect(Object.fromEntries(paths)).toEqual({ c: '/en/town-hall/', e: '/en/town-hall/ortschaften/westdorf-village/' });
    expect(paths.has('d')).toBe(false);
  });

  it('is empty without translations', () => {
    expect(computeEnglishPaths(tree, []).size).toBe(0);
  });

  it('refuses two translations with the same path, naming the second one and its slug', () => {
    const pages = [...tree, page('f', 'stadtgeschichte', 'a')];
    const err = errorOf(() => computeEnglishPaths(pages, [en('b', 'history'), en('f', 'history')]));
    expect(err.issues).toEqual([expect.objectContaining({ type: 'page (en)', documentId: 'f', field: 'slug' })]);
    expect(err.message).toContain('/en/tourismus-kultur/history/');
    expect(err.message).toContain('Seite b');
  });

  it('refuses a reserved slug at the top level of /en/, but not below it', () => {
    const err = errorOf(() => computeEnglishPaths(tree, [en('a', 'aktuelles')]));
    expect(err.issues).toEqual([expect.objectContaining({ documentId: 'a', field: 'slug' })]);
    expect(computeEnglishPaths(tree, [en('b', 'aktuelles')]).get('b')).toBe('/en/tourismus-kultur/aktuelles/');
  });

  it('reports a translation whose German page is missing instead of inventing a path', () => {
    const err = errorOf(() => computeEnglishPaths(tree, [en('zz', 'ghost')]));
    expect(err.issues).toEqual([expect.objectContaining({ documentId: 'zz', field: 'documentId' })]);
  });
});

describe('EnglishSite with the fixture snapshot', () => {
  it('knows both versions of a translated page and only the German one of the others', async () => {
    const site = new EnglishSite(new SiteContent(await readSnapshot(FIXTURE)));
    expect(site.pages.length).toBeGreaterThanOrEqual(2);
    const [first] = site.pages;
    if (!first) throw new Error('keine Übersetzung in der Fixture');
    expect(site.alternatesOf(first.page.documentId)).toEqual({ de: expect.stringMatching(/^\/(?!en\/)/), en: first.path });
    expect(site.alternatesOf('p-impressum').en).toBeUndefined();
    // Sections: only translated main-navigation pages, in the editors' order.
    expect(site.sections().every((s) => site.get(s.page.documentId) === s)).toBe(true);
  });
});

describe('helpers', () => {
  it('formats a day in British English, as the Berlin calendar day', () => {
    expect(formatDateEn('2026-11-20T09:30:00.000Z')).toEqual({ datetime: '2026-11-20', text: '20 November 2026' });
    // 23:30 UTC on 31 December is already New Year's Day in Berlin.
    expect(formatDateEn('2026-12-31T23:30:00.000Z')).toEqual({ datetime: '2027-01-01', text: '1 January 2027' });
  });

  it('has a home page per language', () => {
    expect(homePathOf('de')).toBe('/');
    expect(homePathOf('en')).toBe('/en/');
  });
});
