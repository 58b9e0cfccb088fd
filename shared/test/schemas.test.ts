import { describe, expect, it } from 'vitest';
import { validateSnapshot, type Snapshot } from '../src/index.ts';
import { ID, validSnapshot } from './fixtures/contract.ts';
import { snapshotIssues as issuesOf } from './helpers/issues.ts';

function expectIssue(snapshot: unknown, expected: { type: string; documentId: string; field: string; message?: RegExp }): void {
  const issues = issuesOf(snapshot);
  const hit = issues.find((i) => i.type === expected.type && i.documentId === expected.documentId && i.field === expected.field);
  expect(hit, `erwartet: ${expected.type} ${expected.documentId} ${expected.field}, bekommen: ${JSON.stringify(issues)}`).toBeDefined();
  if (expected.message) expect(hit?.message).toMatch(expected.message);
}

function page(s: Snapshot, documentId: string) {
  const p = s.pages.find((x) => x.documentId === documentId);
  if (!p) throw new Error(`Testdaten: Seite ${documentId} fehlt`);
  return p;
}

describe('valid content', () => {
  it('accepts the demo snapshot with every content type', () => {
    const s = validSnapshot();
    const validated = validateSnapshot(s);
    expect(validated).toEqual(s);
    expect(validated.organisations).toHaveLength(2);
    expect(validated.pages).toHaveLength(7);
    expect(validated.news).toHaveLength(2);
    expect(validated.offices).toHaveLength(2);
    expect(validated.services).toHaveLength(2);
    expect(validated.lifeEvents).toHaveLength(1);
    expect(validated.events).toHaveLength(2);
    expect(validated.amtsblatt).toHaveLength(2);
    expect(validated.notices).toHaveLength(2);
    expect(validated.translations.en.pages).toHaveLength(1);
  });
});

describe('organisation', () => {
  it.each([
    ['slug', (o: Snapshot['organisations'][number]) => void (o.slug = 'Stadt Aschersleben'), /Slug/],
    ['slug', (o: Snapshot['organisations'][number]) => void (o.slug = 'stadt--aschersleben'), /Slug/],
    ['name', (o: Snapshot['organisations'][number]) => void (o.name = '   '), /Name darf nicht leer/],
    ['kind', (o: Snapshot['organisations'][number]) => void ((o as { kind: string }).kind = 'verein'), undefined],
    ['address.postalCode', (o: Snapshot['organisations'][number]) => void (o.address.postalCode = '6449'), /fünf Ziffern/],
    ['email', (o: Snapshot['organisations'][number]) => void (o.email = 'info(at)aschersleben.de'), /E-Mail/],
    ['website', (o: Snapshot['organisations'][number]) => void (o.website = 'javascript:alert(1)'), /http\(s\)/],
    ['formerDomains.0', (o: Snapshot['organisations'][number]) => void (o.formerDomains = ['https://alt.example.de/']), /Domainname/],
    [
      'logo.alt',
      (o: Snapshot['organisations'][number]) => void (o.logo = { file: 'a.png', alt: '', width: 1, height: 1, mime: 'image/png' }),
      /Alternativtext/,
    ],
    [
      'logo.file',
      (o: Snapshot['organisations'][number]) => void (o.logo = { file: '../etc/passwd', alt: 'x', width: 1, height: 1, mime: 'image/png' }),
      /Dateiname/,
    ],
  ])('refuses a bad %s', (field, mutate, message) => {
    const s = validSnapshot();
    const org = s.organisations[0];
    if (!org) throw new Error('Testdaten: keine Organisation');
    mutate(org);
    expectIssue(s, { type: 'organisation', documentId: ID.stadt, field, ...(message ? { message } : {}) });
  });

  it('refuses a duplicate slug', () => {
    const s = validSnapshot();
    const second = s.organisations[1];
    if (!second) throw new Error('Testdaten: zweite Organisation fehlt');
    second.slug = 'stadt-aschersleben';
    expectIssue(s, { type: 'organisation', documentId: ID.kultur, field: 'slug', message: /schon vergeben/ });
  });
});

describe('page', () => {
  it('refuses an image without alt text', () => {
    const s = validSnapshot();
    const p = page(s, ID.ortschaften);
    if (!p.image) throw new Error('Testdaten: Bild fehlt');
    p.image.alt = ' ';
    expectIssue(s, { type: 'page', documentId: ID.ortschaften, field: 'image.alt', message: /Alternativtext darf nicht leer sein/ });
  });

  it('refuses an image block without alt text', () => {
    const s = validSnapshot();
    const block = page(s, ID.ortschaften).body[1];
    if (block?.type !== 'image') throw new Error('Testdaten: Bildblock fehlt');
    block.image.alt = '';
    expectIssue(s, { type: 'page', documentId: ID.ortschaften, field: 'body.1.image.alt', message: /Alternativtext/ });
  });

  it('refuses a bad slug', () => {
    const s = validSnapshot();
    page(s, ID.rathaus).slug = 'Rathaus/Ämter';
    expectIssue(s, { type: 'page', documentId: ID.rathaus, field: 'slug', message: /a–z, 0–9/ });
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/',
    '/\\evil.example/',
  ])('refuses the link target %j in a paragraph', (url) => {
    const s = validSnapshot();
    page(s, ID.rathaus).body[1] = {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Hier ' },
        { type: 'link', url, children: [{ type: 'text', text: 'klicken' }] },
      ],
    };
    expectIssue(s, { type: 'page', documentId: ID.rathaus, field: 'body.1.children.1.url', message: /Link-Ziel nicht erlaubt/ });
  });

  it('refuses a bad link inside a nested list', () => {
    const s = validSnapshot();
    page(s, ID.rathaus).body[2] = {
      type: 'list',
      format: 'ordered',
      children: [{ type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'link', url: 'data:,x', children: [] }] }] }],
    };
    expectIssue(s, { type: 'page', documentId: ID.rathaus, field: 'body.2.children.0.children.0.children.0.url' });
  });

  it('accepts the link targets a page may have', () => {
    for (const url of [
      'https://www.aschersleben.de/',
      'http://example.org',
      'mailto:info@aschersleben.de',
      'tel:+4934739580',
      '/rathaus/',
      '#oeffnungszeiten',
    ]) {
      const s = validSnapshot();
      page(s, ID.rathaus).body[1] = { type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', text: 'Link' }] }] };
      expect(() => validateSnapshot(s), url).not.toThrow();
    }
  });

  it('refuses an unknown block type', () => {
    const s = validSnapshot();
    (page(s, ID.rathaus).body as unknown[])[3] = { type: 'table', children: [] };
    expectIssue(s, { type: 'page', documentId: ID.rathaus, field: 'body.3' });
  });

  it('refuses an unknown attribute on a node (strict, not silently dropped)', () => {
    const s = validSnapshot();
    (page(s, ID.rathaus).body as unknown[])[0] = { type: 'heading', level: 2, children: [{ type: 'text', text: 'x', onclick: 'alert(1)' }] };
    expectIssue(s, { type: 'page', documentId: ID.rathaus, field: 'body.0.children.0', message: /onclick/ });
  });

  it('refuses a reference to a missing organisation', () => {
    const s = validSnapshot();
    page(s, ID.rathaus).organisation = 'unveroeffentlicht0000001';
    expectIssue(s, { type: 'page', documentId: ID.rathaus, field: 'organisation', message: /nicht \(veröffentlicht\) vorhanden/ });
  });

  it('refuses a parent that is not in the snapshot', () => {
    const s = validSnapshot();
    page(s, ID.ortschaften).parent = 'entwurf00000000000000001';
    expectIssue(s, { type: 'page', documentId: ID.ortschaften, field: 'parent', message: /Übergeordnete Seite/ });
  });

  it('refuses a parent cycle', () => {
    const s = validSnapshot();
    page(s, ID.rathaus).parent = ID.ortschaften;
    expectIssue(s, { type: 'page', documentId: ID.rathaus, field: 'parent', message: /Kreis/ });
    expectIssue(s, { type: 'page', documentId: ID.ortschaften, field: 'parent', message: /Kreis/ });
  });

  it('refuses two sibling pages with the same slug, but not cousins', () => {
    const s = validSnapshot();
    page(s, ID.impressum).slug = 'rathaus';
    expectIssue(s, { type: 'page', documentId: ID.impressum, field: 'slug', message: /„rathaus“ ist schon vergeben/ });

    const ok = validSnapshot();
    // Same slug under another parent is a different URL: /rathaus/impressum/ vs /impressum/.
    page(ok, ID.ortschaften).slug = 'impressum';
    expect(() => validateSnapshot(ok)).not.toThrow();
  });

  it('refuses a too long SEO description and a bad timestamp', () => {
    const s = validSnapshot();
    page(s, ID.rathaus).seoDescription = 'x'.repeat(161);
    page(s, ID.rathaus).updatedAt = '12.01.2026';
    expectIssue(s, { type: 'page', documentId: ID.rathaus, field: 'seoDescription', message: /160/ });
    expectIssue(s, { type: 'page', documentId: ID.rathaus, field: 'updatedAt' });
  });
});

describe('news-article', () => {
  it('refuses a bad date, a missing organisation and an empty teaser in one go', () => {
    const s = validSnapshot();
    const n = s.news[0];
    if (!n) throw new Error('Testdaten: keine Meldung');
    n.date = '12.06.2026';
    n.teaser = '';
    n.organisation = 'geloescht000000000000001';
    const issues = issuesOf(s);
    expect(issues.map((i) => [i.type, i.documentId, i.field])).toEqual([
      ['news-article', ID.newsGildefest, 'date'],
      ['news-article', ID.newsGildefest, 'teaser'],
    ]);
    // References are checked once the entries themselves are valid.
    n.date = '2026-06-12';
    n.teaser = 'Anreißer';
    expectIssue(s, { type: 'news-article', documentId: ID.newsGildefest, field: 'organisation' });
  });

  it('refuses a duplicate slug', () => {
    const s = validSnapshot();
    const [a, b] = s.news;
    if (!a || !b) throw new Error('Testdaten: zwei Meldungen erwartet');
    b.slug = a.slug;
    expectIssue(s, { type: 'news-article', documentId: ID.newsAmtsblatt, field: 'slug' });
  });
});

describe('office', () => {
  function office(s: Snapshot, documentId: string) {
    const o = s.offices.find((x) => x.documentId === documentId);
    if (!o) throw new Error(`Testdaten: Amt ${documentId} fehlt`);
    return o;
  }

  it('refuses overlapping weekly slots, naming the field and both times', () => {
    const s = validSnapshot();
    office(s, ID.buergerservice).openingHours.weekly.push({ weekday: 'mo', from: '11:00', to: '13:00', note: null });
    expectIssue(s, {
      type: 'office',
      documentId: ID.buergerservice,
      field: 'openingHours.weekly.2.from',
      message: /11:00–13:00 Uhr überschneidet sich mit 09:00–12:00 Uhr am Montag/,
    });
  });

  it('refuses a bad kind, a too long description and a step-free flag that is not a boolean', () => {
    const s = validSnapshot();
    const o = office(s, ID.bibliothek) as unknown as Record<string, unknown>;
    o.kind = 'behoerde';
    o.description = 'x'.repeat(501);
    (o.accessibility as Record<string, unknown>).stepFree = 'ja';
    const fields = issuesOf(s).map((i) => `${i.documentId} ${i.field}`);
    expect(fields).toEqual([`${ID.bibliothek} kind`, `${ID.bibliothek} description`, `${ID.bibliothek} accessibility.stepFree`]);
  });

  it('refuses a missing organisation and a duplicate slug', () => {
    const s = validSnapshot();
    office(s, ID.bibliothek).organisation = 'orgunveroeffentlicht0001';
    office(s, ID.bibliothek).slug = 'buergerservice';
    expectIssue(s, { type: 'office', documentId: ID.bibliothek, field: 'organisation', message: /nicht \(veröffentlicht\) vorhanden/ });
    expectIssue(s, { type: 'office', documentId: ID.bibliothek, field: 'slug', message: /schon vergeben/ });
  });

  it('refuses a snapshot of an older version (without offices), saying what to do', () => {
    const s = { ...validSnapshot(), version: 1 } as Partial<Omit<Snapshot, 'version'>> & { version: number };
    delete s.offices;
    // Since v2 the version says it; the missing list is reported as well.
    expectIssue(s, { type: 'snapshot', documentId: '–', field: 'version', message: /Snapshot-Version 1, erwartet 4: .*neu ziehen \(pnpm snapshot\)/ });
    expectIssue(s, { type: 'snapshot', documentId: '–', field: 'offices' });
  });
});

describe('site-settings', () => {
  it('refuses a missing legal page', () => {
    const s = validSnapshot();
    delete (s.settings.legalPages as Partial<Snapshot['settings']['legalPages']>).barrierefreiheit;
    expectIssue(s, { type: 'site-settings', documentId: '–', field: 'legalPages.barrierefreiheit' });
  });

  it('refuses a legal page that is not published', () => {
    const s = validSnapshot();
    s.settings.legalPages.impressum = 'entwurf00000000000000002';
    expectIssue(s, { type: 'site-settings', documentId: '–', field: 'legalPages.impressum', message: /nicht \(veröffentlicht\) vorhanden/ });
  });

  it('refuses an empty main navigation and a bad social profile', () => {
    const s = validSnapshot();
    s.settings.mainNavigation = [];
    s.settings.social = [{ network: 'facebook', handle: '@aschersleben.de', url: 'javascript:alert(1)' }];
    expectIssue(s, { type: 'site-settings', documentId: '–', field: 'mainNavigation', message: /mindestens einen/ });
    expectIssue(s, { type: 'site-settings', documentId: '–', field: 'social.0.url' });
  });

  it('refuses a navigation entry that points nowhere', () => {
    const s = validSnapshot();
    s.settings.mainNavigation.push('geloescht000000000000002');
    expectIssue(s, { type: 'site-settings', documentId: '–', field: 'mainNavigation.2' });
  });

  it('refuses colours that would make text unreadable, naming the field and the ratio in German', () => {
    const s = validSnapshot();
    s.settings.primaryColor = '#8ab4e8';
    s.settings.accentColor = 'rot';
    expectIssue(s, { type: 'site-settings', documentId: '–', field: 'primaryColor', message: /^Hauptfarbe #8ab4e8: zu wenig Kontrast .* mindestens 4,5:1/ });
    expectIssue(s, { type: 'site-settings', documentId: '–', field: 'accentColor', message: /#RRGGBB/ });
  });

  it('refuses a top task whose target is not published, and more than eight', () => {
    const s = validSnapshot();
    s.settings.topTasks[0] = { kind: 'service', target: 'geloescht000000000000003' };
    expectIssue(s, {
      type: 'site-settings',
      documentId: '–',
      field: 'topTasks.0.target',
      message: /^Leistung geloescht000000000000003 ist nicht \(veröffentlicht\) vorhanden/,
    });
    const many = validSnapshot();
    many.settings.topTasks = Array.from({ length: 9 }, () => ({ kind: 'page' as const, target: ID.rathaus }));
    expectIssue(many, { type: 'site-settings', documentId: '–', field: 'topTasks', message: /Höchstens 8/ });
  });
});

describe('InvalidContentError', () => {
  it('names type, documentId and field of every issue in its message', () => {
    const s = validSnapshot();
    page(s, ID.rathaus).slug = 'A B';
    page(s, ID.ortschaften).title = '';
    const err = (() => {
      try {
        validateSnapshot(s);
      } catch (e) {
        return e as Error;
      }
      throw new Error('nicht geworfen');
    })();
    expect(err.message).toContain(`page ${ID.rathaus}, Feld „slug“`);
    expect(err.message).toContain(`page ${ID.ortschaften}, Feld „title“`);
    expect(err.message).toMatch(/^Ungültiger Inhalt \(2 Fehler\)/);
  });
});
