import { describe, expect, it } from 'vitest';
import { type ContentIssue } from '../src/errors.ts';
import { normalizeContent } from './helpers/normalize-content.ts';
import * as contract from './fixtures/contract.ts';
import { ID } from './fixtures/contract.ts';
import { restContent, restMedia } from './fixtures/rest.ts';
import { BASE, entry, normalizeIssues as issuesOf } from './helpers/issues.ts';

const raw = restContent;

const brief = (issues: readonly ContentIssue[]) => issues.map((i) => `${i.type} ${i.documentId} ${i.field}`);

describe('normalizeContent: valid REST entries', () => {
  const out = () => normalizeContent(raw(), { baseUrl: BASE });

  it('turns organisations into contract objects: logo as file, domains as strings, empty contact fields as null', () => {
    expect(out().organisations).toEqual(contract.organisations);
  });

  it('turns offices into contract objects: organisation as documentId, flat exception slots as a list, empty texts as null', () => {
    expect(out().offices).toEqual(contract.offices);
  });

  it('names the field of a half-filled exception slot and of a missing opening-hours component', () => {
    const input = raw();
    const hours = entry(input.offices, ID.buergerservice).openingHours as { exceptions: Record<string, unknown>[] };
    (hours.exceptions[1] as Record<string, unknown>).to = null;
    delete entry(input.offices, ID.bibliothek).openingHours;
    const issues = issuesOf(input);
    expect(brief(issues)).toEqual([`office ${ID.buergerservice} openingHours.exceptions.1.slots.0.to`, `office ${ID.bibliothek} openingHours`]);
    expect(issues[1]?.message).toMatch(/populate/);
  });

  it('turns pages into contract objects: relations as documentIds, image blocks carry our image', () => {
    expect(out().pages).toEqual(contract.pages);
  });

  it('turns news into contract objects; a missing optional image is null', () => {
    expect(out().news).toEqual(contract.news);
  });

  it('turns the site settings into navigation ids and the five legal pages', () => {
    expect(out().settings).toEqual(contract.settings);
  });

  it('collects every image with the URL to download it from the CMS', () => {
    expect(Object.fromEntries(out().media)).toEqual({
      'wappen_3f2a9c1b7d.png': `${BASE}/uploads/wappen_3f2a9c1b7d.png`,
      'westdorf_1a2b3c4d5e.jpg': `${BASE}/uploads/westdorf_1a2b3c4d5e.jpg`,
      // Written by the admin as http://localhost:1337/…: a local upload is fetched from the configured CMS.
      'karte_ortschaften_8d7e6f5a4b.png': `${BASE}/uploads/karte_ortschaften_8d7e6f5a4b.png`,
      'gildefest_9f8e7d6c5b.webp': `${BASE}/uploads/gildefest_9f8e7d6c5b.webp`,
      'lesung_2b3c4d5e6f.jpg': `${BASE}/uploads/lesung_2b3c4d5e6f.jpg`,
      // Documents are downloaded like images.
      'Amtsblatt_2026_11_4c5d6e7f80.pdf': `${BASE}/uploads/Amtsblatt_2026_11_4c5d6e7f80.pdf`,
      'Amtsblatt_2026_12_5d6e7f8091.pdf': `${BASE}/uploads/Amtsblatt_2026_12_5d6e7f8091.pdf`,
      'Haushaltssatzung_2027_9a8b7c6d5e.pdf': `${BASE}/uploads/Haushaltssatzung_2027_9a8b7c6d5e.pdf`,
      'Zahlungsauftrag_1b2c3d4e5f.pdf': `${BASE}/uploads/Zahlungsauftrag_1b2c3d4e5f.pdf`,
    });
  });

  it('keeps the URL of a file stored elsewhere (cloud upload provider)', () => {
    const input = raw();
    const logo = entry(input.organisations, ID.stadt).logo as Record<string, unknown>;
    logo.media = {
      ...restMedia('wappen_3f2a9c1b7d', '.png', 'image/png', 400, 480, 'https://bucket.s3.example.com/wappen_3f2a9c1b7d.png'),
      provider: 'aws-s3',
    };
    expect(normalizeContent(input, { baseUrl: BASE }).media.get('wappen_3f2a9c1b7d.png')).toBe('https://bucket.s3.example.com/wappen_3f2a9c1b7d.png');
  });
});

describe('normalizeContent: invalid REST entries', () => {
  it('lists all issues of all entries and types in one error', () => {
    const input = raw();
    (entry(input.organisations, ID.stadt).logo as Record<string, unknown>).alt = null;
    entry(input.organisations, ID.kultur).address = { id: 9, street: 'Hinter dem Zoll 1', postalCode: '6449', city: 'Aschersleben' };
    entry(input.pages, ID.rathaus).organisation = null;
    entry(input.pages, ID.impressum).body = [
      { type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }] },
    ];
    entry(input.news, ID.newsAmtsblatt).slug = 'Amtsblatt Nr. 12';
    input.settings.impressum = null;

    const issues = issuesOf(input);
    expect(brief(issues)).toEqual([
      `organisation ${ID.stadt} logo.alt`,
      `organisation ${ID.kultur} address.postalCode`,
      `page ${ID.rathaus} organisation`,
      `page ${ID.impressum} body.0.children.0.url`,
      `news-article ${ID.newsAmtsblatt} slug`,
      'site-settings – legalPages.impressum',
    ]);
    expect(issues[0]?.message).toMatch(/Alternativtext darf nicht leer sein/);
    expect(issues[2]?.message).toMatch(/Organisation ist nicht gewählt oder nicht veröffentlicht/);
    expect(issues[5]?.message).toMatch(/Pflichtseite „Impressum“/);
  });

  it('does not fill in a missing required field', () => {
    const input = raw();
    delete entry(input.pages, ID.rathaus).title;
    delete entry(input.news, ID.newsGildefest).date;
    expect(brief(issuesOf(input))).toEqual([`page ${ID.rathaus} title`, `news-article ${ID.newsGildefest} date`]);
  });

  it('says when a relation or component was not populated', () => {
    const input = raw();
    delete entry(input.pages, ID.ortschaften).parent;
    delete entry(input.organisations, ID.kultur).address;
    const issues = issuesOf(input);
    expect(brief(issues)).toEqual([`organisation ${ID.kultur} address`, `page ${ID.ortschaften} parent`]);
    for (const i of issues) expect(i.message).toMatch(/fehlt in der CMS-Antwort/);
  });

  it('refuses an image without file, and an image block without alt text', () => {
    const input = raw();
    (entry(input.pages, ID.ortschaften).image as Record<string, unknown>).media = null;
    const body = entry(input.pages, ID.ortschaften).body as Record<string, Record<string, unknown>>[];
    const node = body[1];
    if (!node?.image) throw new Error('Testdaten: Bildblock fehlt');
    node.image.alternativeText = null;
    const issues = issuesOf(input);
    expect(brief(issues).sort()).toEqual([`page ${ID.ortschaften} body.1.image.alt`, `page ${ID.ortschaften} image.media`]);
    expect(issues.find((i) => i.field === 'image.media')?.message).toMatch(/Bilddatei fehlt/);
  });

  it('reports a broken image block once, by its Strapi fields', () => {
    const input = raw();
    const body = entry(input.pages, ID.ortschaften).body as Record<string, Record<string, unknown>>[];
    const node = body[1];
    if (!node?.image) throw new Error('Testdaten: Bildblock fehlt');
    delete node.image.hash;
    expect(brief(issuesOf(input))).toEqual([`page ${ID.ortschaften} body.1.image.hash`]);
  });

  it('refuses media URLs that are neither /uploads/… nor http(s)', () => {
    const input = raw();
    const logo = entry(input.organisations, ID.stadt).logo as Record<string, unknown>;
    logo.media = restMedia('wappen_3f2a9c1b7d', '.png', 'image/png', 400, 480, 'file:///etc/passwd');
    expect(brief(issuesOf(input))).toEqual([`organisation ${ID.stadt} logo.media.url`]);
  });

  it('names unknown block and inline types and the exact bad field inside a block', () => {
    const input = raw();
    entry(input.pages, ID.rathaus).body = [
      { type: 'table', children: [] },
      { type: 'heading', level: 7, children: [{ type: 'text', text: 'Zu tief' }] },
      { type: 'paragraph', children: [{ type: 'mention', text: '@x' }] },
    ];
    const issues = issuesOf(input);
    expect(brief(issues)).toEqual([`page ${ID.rathaus} body.0.type`, `page ${ID.rathaus} body.1.level`, `page ${ID.rathaus} body.2.children.0.type`]);
    expect(issues[0]?.message).toMatch(/Unbekannter Typ „table“ \(erlaubt: paragraph, heading, quote, code, list, image\)/);
    expect(issues[1]?.message).toMatch(/Ungültiger Wert 7 \(erlaubt: 1, 2, 3, 4, 5, 6\)/);
    expect(issues[2]?.message).toMatch(/Unbekannter Typ „mention“ \(erlaubt: text, link\)/);
  });

  it('refuses protocol-relative links, which Strapi itself accepts', () => {
    const input = raw();
    entry(input.news, ID.newsGildefest).body = [
      { type: 'paragraph', children: [{ type: 'link', url: '//evil.example/', children: [{ type: 'text', text: 'Programm' }] }] },
    ];
    expect(brief(issuesOf(input))).toEqual([`news-article ${ID.newsGildefest} body.0.children.0.url`]);
  });

  it('refuses Strapi 4 entries (data.attributes), naming the missing documentId', () => {
    const input = raw();
    input.organisations.push({ id: 7, attributes: { name: 'Alt' } });
    const issues = issuesOf(input);
    expect(brief(issues)).toContain('organisation – documentId');
    expect(issues.every((i) => i.documentId === '–')).toBe(true);
  });

  it('reads the design settings: colours, logo and hero picture as images, top tasks as kind + target (an unpublished target left out)', () => {
    const input = raw();
    input.settings.logo = { id: 9001, alt: 'Stadtzeichen', media: restMedia('westdorf_1a2b3c4d5e', '.jpg', 'image/jpeg', 1600, 900) };
    const settings = normalizeContent(input, { baseUrl: BASE }).settings;
    expect(settings.logo).toEqual({ file: 'westdorf_1a2b3c4d5e.jpg', alt: 'Stadtzeichen', width: 1600, height: 900, mime: 'image/jpeg' });
    expect(settings.heroImage?.alt).toBe('Dorfkirche in Westdorf');
    expect(settings.topTasks).toEqual([
      { kind: 'service', target: ID.wohnsitz },
      { kind: 'onlineService', target: ID.termin },
      { kind: 'page', target: ID.leichteSprache },
    ]);
    expect([settings.primaryColor, settings.accentColor]).toEqual(['#1d4f91', '#b3261e']);
  });

  it('refuses a top task with two targets and an unreadable colour', () => {
    const input = raw();
    const tasks = input.settings.topTasks as Record<string, unknown>[];
    (tasks[0] as Record<string, unknown>).page = { id: 9002, documentId: ID.rathaus };
    input.settings.primaryColor = '#a0c4ff';
    const issues = issuesOf(input);
    expect(brief(issues)).toEqual(['site-settings – topTasks.0', 'site-settings – primaryColor']);
    expect(issues[0]?.message).toBe('Nur ein Ziel je Eintrag wählen: Leistung, Online-Dienst oder Seite');
    expect(issues[1]?.message).toMatch(/^Hauptfarbe #a0c4ff: zu wenig Kontrast/);
  });

  it('names a hero picture or top-task list that was not populated (absent is not „none“)', () => {
    for (const field of ['heroImage', 'topTasks'] as const) {
      const input = raw();
      delete input.settings[field];
      const issues = issuesOf(input);
      expect(brief(issues)).toEqual([`site-settings – ${field}`]);
      expect(issues[0]?.message).toMatch(/populate/);
    }
  });

  it('refuses a site setting without navigation', () => {
    const input = raw();
    input.settings.mainNavigation = [];
    expect(brief(issuesOf(input))).toEqual(['site-settings – mainNavigation']);
  });
});
