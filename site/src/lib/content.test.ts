import { InvalidContentError, readSnapshot, type Page, type Snapshot } from '@stadtportal/shared';
import { describe, expect, it } from 'vitest';
import { CONTENT_REGISTRY } from '@stadtportal/shared/registry';
import { computePagePaths, loadContent, SiteContent } from './content.ts';

const FIXTURE = new URL('../../test/fixtures/snapshot/', import.meta.url).pathname;

function page(documentId: string, slug: string, parent: string | null, title = slug): Page {
  return {
    documentId,
    slug,
    title,
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

function errorOf(fn: () => unknown): InvalidContentError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InvalidContentError) return err;
    throw err;
  }
  throw new Error('Kein InvalidContentError geworfen');
}

describe('computePagePaths', () => {
  it('builds each path from the parent chain, whatever the order of the pages', () => {
    const paths = computePagePaths([page('c', 'westdorf', 'b'), page('b', 'ortschaften', 'a'), page('a', 'rathaus', null)]);
    expect(Object.fromEntries(paths)).toEqual({
      a: '/rathaus/',
      b: '/rathaus/ortschaften/',
      c: '/rathaus/ortschaften/westdorf/',
    });
  });

  it.each(['einrichtungen', 'aktuelles', 'medien', 'suche', 'pagefind'])('refuses the reserved top-level slug %s, naming documentId and field', (slug) => {
    const err = errorOf(() => computePagePaths([page('p-ok', 'rathaus', null), page('p-boese', slug, null)]));
    expect(err.issues).toEqual([expect.objectContaining({ type: 'page', documentId: 'p-boese', field: 'slug' })]);
    expect(err.message).toContain('p-boese');
    expect(err.message).toContain('„slug“');
    expect(err.message).toContain(`„${slug}“`);
  });

  it('allows a reserved word below the top level', () => {
    const paths = computePagePaths([page('a', 'kultur', null), page('b', 'aktuelles', 'a')]);
    expect(paths.get('b')).toBe('/kultur/aktuelles/');
  });

  it('refuses two pages with the same path, naming the second one', () => {
    const err = errorOf(() => computePagePaths([page('a', 'rathaus', null), page('b', 'stadtrat', 'a'), page('c', 'stadtrat', 'a')]));
    expect(err.issues).toEqual([expect.objectContaining({ documentId: 'c', field: 'slug' })]);
    expect(err.message).toContain('/rathaus/stadtrat/');
    expect(err.message).toContain('Seite b');
  });

  it('reports a cycle in the parent chain instead of looping', () => {
    const err = errorOf(() => computePagePaths([page('a', 'a', 'b'), page('b', 'b', 'a')]));
    expect(err.issues[0]).toMatchObject({ field: 'parent' });
  });

  it('reports a missing parent once, not once per descendant', () => {
    const err = errorOf(() => computePagePaths([page('a', 'a', 'weg'), page('b', 'b', 'a'), page('c', 'c', 'b')]));
    expect(err.issues).toEqual([expect.objectContaining({ documentId: 'a', field: 'parent' })]);
  });

  it('computes the paths of 10 000 pages in 100 trees of depth 100', () => {
    const pages: Page[] = [];
    for (let i = 0; i < 100; i++) {
      pages.push(page(`t${i}`, `thema-${i}`, null));
      for (let j = 0; j < 99; j++) pages.push(page(`t${i}-${j}`, `seite-${j}`, j === 0 ? `t${i}` : `t${i}-${j - 1}`));
    }
    const paths = computePagePaths(pages.reverse());
    expect(paths.size).toBe(10_000);
    expect(paths.get('t7-98')?.split('/').filter(Boolean)).toEqual(['thema-7', ...Array.from({ length: 99 }, (_, j) => `seite-${j}`)]);
  });
});

describe('SiteContent with the fixture snapshot', () => {
  it('indexes pages, children, ancestors and organisations', async () => {
    const content = new SiteContent(await readSnapshot(FIXTURE));
    const westdorf = content.page('p-westdorf');
    expect(content.pathOf('p-westdorf')).toBe('/rathaus-und-buergerservice/ortschaften/westdorf/');
    expect(content.ancestorsOf(westdorf).map((p) => p.documentId)).toEqual(['p-rathaus', 'p-ortschaften']);
    // Children by title (German collation), not by snapshot order.
    expect(content.childrenOf('p-rathaus').map((p) => p.title)).toEqual(['Feuerwehr', 'Ortschaften', 'Stadtrat']);
    expect(content.childrenOf('p-westdorf')).toEqual([]);
    expect(content.organisation('o-feuerwehr').name).toBe('Freiwillige Feuerwehr Aschersleben');
  });

  it('lists an organisation’s entry pages: its pages whose parent belongs to someone else, legal pages aside', async () => {
    const content = new SiteContent(await readSnapshot(FIXTURE));
    expect(content.entryPagesOf('o-feuerwehr').map((p) => p.documentId)).toEqual(['p-feuerwehr']);
    expect(content.entryPagesOf('o-kulturanstalt').map((p) => p.documentId)).toEqual(['p-kultur']);
    expect(content.entryPagesOf('o-stadtwerke')).toEqual([]);
    // The town's own entry pages, without the legal pages the footer links anyway.
    expect(content.entryPagesOf('o-stadt').map((p) => p.documentId)).toEqual(['p-leben', 'p-rathaus', 'p-wirtschaft']);
  });

  it('sorts the news newest first, also per organisation', async () => {
    const content = new SiteContent(await readSnapshot(FIXTURE));
    const dates = content.news.map((n) => n.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(content.news[0]?.slug).toBe('weihnachtsmarkt-eroeffnet');
    expect(content.newsOf('o-feuerwehr').map((n) => n.slug)).toEqual(['neue-drehleiter', 'jugendfeuerwehr-sucht-nachwuchs']);
  });

  it('names the missing id when a lookup fails', async () => {
    const content = new SiteContent(await readSnapshot(FIXTURE));
    expect(() => content.page('p-gibt-es-nicht')).toThrow(/p-gibt-es-nicht/);
    expect(() => content.event('e-gibt-es-nicht')).toThrow(/Veranstaltung e-gibt-es-nicht/);
    expect(() => content.lifeEvent('l-gibt-es-nicht')).toThrow(/Lebenslage l-gibt-es-nicht/);
  });

  it('finds events, life events and offices by documentId (the detail pages look up, not search)', async () => {
    const snapshot = await readSnapshot(FIXTURE);
    const content = new SiteContent(snapshot);
    for (const e of snapshot.events) expect(content.event(e.documentId)).toBe(content.events.find((x) => x.documentId === e.documentId));
    for (const l of snapshot.lifeEvents) expect(content.lifeEvent(l.documentId).slug).toBe(l.slug);
    for (const o of snapshot.offices) expect(content.office(o.documentId).slug).toBe(o.slug);
    expect(snapshot.events.length * snapshot.lifeEvents.length * snapshot.offices.length).toBeGreaterThan(0);
  });

  it('fails on a snapshot whose page paths are invalid', async () => {
    const snapshot: Snapshot = await readSnapshot(FIXTURE);
    const broken = { ...snapshot, pages: snapshot.pages.map((p) => (p.documentId === 'p-wirtschaft' ? { ...p, slug: 'medien' } : p)) };
    expect(() => new SiteContent(broken)).toThrow(/p-wirtschaft.*„slug“/);
  });
});

describe('loadContent', () => {
  it('reads the snapshot from SNAPSHOT_DIR once and shares it', async () => {
    const first = loadContent();
    expect(loadContent()).toBe(first);
    expect((await first).settings.siteName).toBe('Stadt Aschersleben');
  });
});

describe('SiteContent: the index of every content type', () => {
  it('finds the entries of a type added to the registry, with no change here', async () => {
    const snapshot = await readSnapshot(FIXTURE);
    // A new list that reuses the news contract: only the registry knows about it.
    const registry = { ...CONTENT_REGISTRY, notes: { ...CONTENT_REGISTRY.news, type: 'note' } };
    const [first] = snapshot.news;
    if (first === undefined) throw new Error('Fixture ohne Meldungen');
    const withNotes = { ...snapshot, notes: [first] };
    const content = new SiteContent(withNotes, registry);
    expect(content.entryIn('notes', first.documentId)).toEqual(first);
    expect(content.entryIn('notes', 'unbekannt')).toBeUndefined();
    expect(content.entryIn('council.terms', snapshot.council.terms[0]?.documentId ?? '–')).toEqual(snapshot.council.terms[0]);
  });
});
