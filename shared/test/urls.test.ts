import { describe, expect, it } from 'vitest';
import {
  councilBodyPath,
  englishPagePaths,
  eventIcsPath,
  germanPagePaths,
  meetingPath,
  paperPath,
  placePath,
  RESERVED_TOP_LEVEL_SLUGS,
  type TreeNode,
} from '../src/rules/urls.ts';

const page = (documentId: string, slug: string, parent: string | null = null): TreeNode => ({ documentId, slug, parent });

describe('URL scheme', () => {
  it('puts every routed type in its section, page paths with a trailing slash', () => {
    expect([placePath('rathaus'), councilBodyPath('stadtrat'), meetingPath('stadtrat-2026-11-18'), paperPath('ds-2026-042')]).toEqual([
      '/orte/rathaus/',
      '/rat/gremien/stadtrat/',
      '/rat/sitzungen/stadtrat-2026-11-18/',
      '/rat/drucksachen/ds-2026-042/',
    ]);
    expect(eventIcsPath('stadtfest')).toBe('/veranstaltungen/stadtfest.ics');
  });

  it('reserves the first segment of every section, the council and the English tree', () => {
    for (const dir of ['aktuelles', 'orte', 'rat', 'oparl', 'en', 'publikationen']) expect(RESERVED_TOP_LEVEL_SLUGS.has(dir), dir).toBe(true);
  });
});

describe('germanPagePaths', () => {
  it('builds paths from the parent chain, in any input order', () => {
    const { paths, issues } = germanPagePaths([page('c', 'westdorf', 'b'), page('b', 'ortschaften', 'a'), page('a', 'rathaus')]);
    expect(issues).toEqual([]);
    expect(Object.fromEntries(paths)).toEqual({ a: '/rathaus/', b: '/rathaus/ortschaften/', c: '/rathaus/ortschaften/westdorf/' });
  });

  it('names the page whose parent is missing; its descendants just have no path', () => {
    const { paths, issues } = germanPagePaths([page('c', 'c', 'b'), page('b', 'b', 'a'), page('a', 'a', 'weg'), page('x', 'x')]);
    expect(issues).toEqual([
      { documentId: 'a', field: 'parent', rule: 'missing-parent', message: 'Übergeordnete Seite weg ist nicht (veröffentlicht) vorhanden' },
    ]);
    expect([...paths.keys()]).toEqual(['x']);
  });

  it('names every page on a cycle, not the pages hanging below it', () => {
    const { paths, issues } = germanPagePaths([page('d', 'd', 'a'), page('a', 'a', 'b'), page('b', 'b', 'a'), page('x', 'x')]);
    expect(issues.map((i) => [i.documentId, i.field, i.rule])).toEqual([
      ['a', 'parent', 'cycle'],
      ['b', 'parent', 'cycle'],
    ]);
    expect([...paths.keys()]).toEqual(['x']);
  });

  it('finds a page that is its own parent', () => {
    expect(germanPagePaths([page('a', 'a', 'a')]).issues).toEqual([expect.objectContaining({ documentId: 'a', rule: 'cycle' })]);
  });

  it('refuses a reserved top-level slug, not below the top', () => {
    const { paths, issues } = germanPagePaths([page('a', 'orte'), page('b', 'kultur'), page('c', 'orte', 'b')]);
    expect(issues).toEqual([expect.objectContaining({ documentId: 'a', field: 'slug', rule: 'reserved' })]);
    expect(issues[0]?.message).toMatch(/„orte“ ist auf oberster Ebene reserviert/);
    expect(paths.get('c')).toBe('/kultur/orte/');
  });

  it('names the later page of two on one path, and the one that has it', () => {
    const { issues } = germanPagePaths([page('a', 'rathaus'), page('b', 'stadtrat', 'a'), page('c', 'stadtrat', 'a')]);
    expect(issues).toEqual([
      { documentId: 'c', field: 'slug', rule: 'duplicate', message: 'Slug „stadtrat“ ist schon vergeben: der Pfad /rathaus/stadtrat/ gehört Seite b' },
    ]);
  });

  it('walks a deep chain once (10 000 pages in a line)', () => {
    const pages = Array.from({ length: 10_000 }, (_, i) => page(`p${i}`, `s${i}`, i === 0 ? null : `p${i - 1}`)).reverse();
    const { paths, issues } = germanPagePaths(pages);
    expect(issues).toEqual([]);
    expect(paths.get('p2')).toBe('/s0/s1/s2/');
    expect(paths.size).toBe(10_000);
  });
});

describe('englishPagePaths', () => {
  const tree = [page('a', 'tourismus-kultur'), page('b', 'geschichte', 'a'), page('c', 'rathaus'), page('d', 'ortschaften', 'c'), page('e', 'westdorf', 'd')];

  it('uses the English slug where translated and the German one where not; only translated pages get a path', () => {
    const { paths, issues } = englishPagePaths(tree, [page('e', 'westdorf-village'), page('b', 'history')]);
    expect(issues).toEqual([]);
    expect(Object.fromEntries(paths)).toEqual({ e: '/en/rathaus/ortschaften/westdorf-village/', b: '/en/tourismus-kultur/history/' });
  });

  it('moves with a renamed or moved German ancestor', () => {
    const moved = tree.map((p) => (p.documentId === 'd' ? page('d', 'ortsteile', 'a') : p));
    expect(englishPagePaths(moved, [page('e', 'westdorf-village')]).paths.get('e')).toBe('/en/tourismus-kultur/ortsteile/westdorf-village/');
  });

  it('names a translation of no page, a reserved top-level slug and a duplicate path', () => {
    const pages = [...tree, page('f', 'sagen', 'a')];
    const { paths, issues } = englishPagePaths(pages, [page('zz', 'ghost'), page('c', 'en'), page('b', 'history'), page('f', 'history')]);
    expect(issues).toEqual([
      expect.objectContaining({ documentId: 'zz', field: 'documentId', rule: 'missing-page' }),
      expect.objectContaining({ documentId: 'c', field: 'slug', rule: 'reserved' }),
      {
        documentId: 'f',
        field: 'slug',
        rule: 'duplicate',
        message: 'Slug „history“ ist schon vergeben: der Pfad /en/tourismus-kultur/history/ gehört Seite b',
      },
    ]);
    expect([...paths.keys()]).toEqual(['b']);
  });

  it('names a translated page whose German chain is broken', () => {
    const { issues } = englishPagePaths([page('a', 'a', 'weg'), page('b', 'b', 'a')], [page('a', 'a-en'), page('b', 'b-en')]);
    expect(issues.map((i) => [i.documentId, i.field, i.rule])).toEqual([
      ['a', 'parent', 'missing-parent'],
      ['b', 'parent', 'below-broken'],
    ]);
  });
});
