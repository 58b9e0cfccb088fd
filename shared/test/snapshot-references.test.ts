import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MEDIA_DIR, readSnapshot, referencedMedia, validateSnapshot, writeSnapshot, type Image, type Snapshot } from '../src/index.ts';
import { ID, validSnapshot } from './fixtures/contract.ts';
import { snapshotIssues as issuesOf } from './helpers/issues.ts';

/*
 * Snapshot v2 as a whole: references between the new types, duplicate slugs, the Amtsblatt
 * slug rule, translations, the version check, and the media files (PDFs too) that must be in
 * media/ for readSnapshot to accept the folder.
 */

function find<T extends { documentId: string }>(list: T[], documentId: string): T {
  const x = list.find((e) => e.documentId === documentId);
  if (!x) throw new Error(`Testdaten: ${documentId} fehlt`);
  return x;
}

describe('references of the new types', () => {
  it('refuses a service whose responsible office is not in the snapshot', () => {
    const s = validSnapshot();
    find(s.services, ID.ausweis).office = 'officeentwurf00000000009';
    expect(issuesOf(s)).toEqual([
      { type: 'service', documentId: ID.ausweis, field: 'office', message: 'Amt officeentwurf00000000009 ist nicht (veröffentlicht) vorhanden' },
    ]);
  });

  it('refuses a service whose office was unpublished, for every service of that office', () => {
    const s = validSnapshot();
    s.offices = s.offices.filter((o) => o.documentId !== ID.buergerservice);
    expect(issuesOf(s).map((i) => `${i.type} ${i.documentId} ${i.field}`)).toEqual([
      `service ${ID.wohnsitz} office`,
      `service ${ID.ausweis} office`,
      // The office's appointment booking names it too.
      `online-service ${ID.termin} offices.0`,
    ]);
  });

  it('refuses a life event naming an unknown service, at its position `services.1`', () => {
    const s = validSnapshot();
    find(s.lifeEvents, ID.umzug).services = [ID.wohnsitz, 'servicegeloescht00000009'];
    expect(issuesOf(s)).toEqual([
      { type: 'life-event', documentId: ID.umzug, field: 'services.1', message: 'Leistung servicegeloescht00000009 ist nicht (veröffentlicht) vorhanden' },
    ]);
  });

  it.each([
    ['service', (s: Snapshot) => find(s.services, ID.wohnsitz), ID.wohnsitz],
    ['life-event', (s: Snapshot) => find(s.lifeEvents, ID.umzug), ID.umzug],
    ['event', (s: Snapshot) => find(s.events, ID.lesung), ID.lesung],
    ['amtsblatt-issue', (s: Snapshot) => find(s.amtsblatt, ID.amtsblatt12), ID.amtsblatt12],
    ['public-notice', (s: Snapshot) => find(s.notices, ID.stadtratssitzung), ID.stadtratssitzung],
  ] as const)('refuses a %s of an organisation that is not in the snapshot', (type, pick, documentId) => {
    const s = validSnapshot();
    pick(s).organisation = 'orgunveroeffentlicht0009';
    expect(issuesOf(s)).toEqual([
      { type, documentId, field: 'organisation', message: 'Organisation orgunveroeffentlicht0009 ist nicht (veröffentlicht) vorhanden' },
    ]);
  });
});

describe('duplicate slugs', () => {
  it('refuses a second service with the same slug, naming the first', () => {
    const s = validSnapshot();
    find(s.services, ID.ausweis).slug = 'wohnsitz-anmelden';
    expect(issuesOf(s)).toEqual([
      { type: 'service', documentId: ID.ausweis, field: 'slug', message: `Slug „wohnsitz-anmelden“ ist schon vergeben (${ID.wohnsitz})` },
    ]);
  });

  it.each([
    ['event', (s: Snapshot) => s.events, ID.weihnachtsmarkt],
    ['public-notice', (s: Snapshot) => s.notices, ID.stadtratssitzung],
  ] as const)('refuses two entries of type %s with one slug', (type, list, second) => {
    const s = validSnapshot();
    const [a, b] = list(s);
    if (!a || !b) throw new Error('Testdaten: zwei Einträge erwartet');
    b.slug = a.slug;
    expect(issuesOf(s).map((i) => `${i.type} ${i.documentId} ${i.field}`)).toEqual([`${type} ${second} slug`]);
  });

  it('refuses two life events with one slug', () => {
    const s = validSnapshot();
    const first = s.lifeEvents[0];
    if (!first) throw new Error('Testdaten: Lebenslage fehlt');
    s.lifeEvents.push({ ...structuredClone(first), documentId: 'lifeeventgeburt000000002', title: 'Geburt eines Kindes' });
    expect(issuesOf(s).map((i) => `${i.type} ${i.documentId} ${i.field}`)).toEqual(['life-event lifeeventgeburt000000002 slug']);
  });

  it('allows a service and an event to share a slug: they live under different paths', () => {
    const s = validSnapshot();
    find(s.events, ID.lesung).slug = 'wohnsitz-anmelden';
    expect(() => validateSnapshot(s)).not.toThrow();
  });
});

describe('Amtsblatt: the slug is year and number', () => {
  it('refuses a slug that does not match the number, saying which one is expected', () => {
    const s = validSnapshot();
    find(s.amtsblatt, ID.amtsblatt11).slug = '2026-10';
    expect(issuesOf(s)).toEqual([
      { type: 'amtsblatt-issue', documentId: ID.amtsblatt11, field: 'slug', message: 'Slug „2026-10“ passt nicht zu Jahr und Nummer (erwartet „2026-11“)' },
    ]);
  });

  it('takes the year from the date of the issue', () => {
    const s = validSnapshot();
    // Nr. 1 of 2027 but slugged like the old year.
    Object.assign(find(s.amtsblatt, ID.amtsblatt12), { number: 1, date: '2027-01-08', slug: '2026-01' });
    expect(issuesOf(s).map((i) => `${i.field}: ${i.message}`)).toEqual(['slug: Slug „2026-01“ passt nicht zu Jahr und Nummer (erwartet „2027-01“)']);
  });

  it('pads single-digit numbers to two digits', () => {
    const ok = validSnapshot();
    Object.assign(find(ok.amtsblatt, ID.amtsblatt12), { number: 3, date: '2027-02-05', slug: '2027-03' });
    expect(() => validateSnapshot(ok)).not.toThrow();

    const bad = validSnapshot();
    Object.assign(find(bad.amtsblatt, ID.amtsblatt12), { number: 3, date: '2027-02-05', slug: '2027-3' });
    expect(issuesOf(bad).map((i) => i.message)).toEqual(['Slug „2027-3“ passt nicht zu Jahr und Nummer (erwartet „2027-03“)']);
  });

  it('refuses two issues with the same year and number', () => {
    const s = validSnapshot();
    Object.assign(find(s.amtsblatt, ID.amtsblatt12), { number: 11, slug: '2026-11' });
    expect(issuesOf(s)).toEqual([
      { type: 'amtsblatt-issue', documentId: ID.amtsblatt12, field: 'slug', message: `Slug „2026-11“ ist schon vergeben (${ID.amtsblatt11})` },
    ]);
  });
});

describe('English translations', () => {
  it('refuses a translation without a German page', () => {
    const s = validSnapshot();
    const t = find(s.translations.en.pages, ID.rathaus);
    s.translations.en.pages.push({ ...structuredClone(t), documentId: 'pagenurenglisch000000009', slug: 'tourism' });
    expect(issuesOf(s)).toEqual([
      { type: 'page (en)', documentId: 'pagenurenglisch000000009', field: 'documentId', message: 'Übersetzung ohne (veröffentlichte) deutsche Seite' },
    ]);
  });

  it('refuses a translation whose German page was unpublished', () => {
    const s = validSnapshot();
    // Rathaus is in the navigation and parent of Ortschaften: point those elsewhere first.
    s.settings.mainNavigation = [ID.impressum];
    find(s.pages, ID.ortschaften).parent = null;
    s.pages = s.pages.filter((p) => p.documentId !== ID.rathaus);
    expect(issuesOf(s).map((i) => `${i.type} ${i.documentId} ${i.field}`)).toEqual([`page (en) ${ID.rathaus} documentId`]);
  });

  it('refuses two translations of one page', () => {
    const s = validSnapshot();
    const t = find(s.translations.en.pages, ID.rathaus);
    s.translations.en.pages.push({ ...structuredClone(t), slug: 'city-hall' });
    expect(issuesOf(s).map((i) => `${i.type} ${i.documentId} ${i.field}`)).toEqual([`page (en) ${ID.rathaus} slug`]);
  });

  it('accepts a snapshot without any translation', () => {
    const s = validSnapshot();
    s.translations.en.pages = [];
    expect(validateSnapshot(s).translations).toEqual({ en: { pages: [] } });
  });
});

describe('snapshot version', () => {
  it('refuses a version 1 snapshot with the German „neu ziehen“ message', () => {
    const v2 = validSnapshot() as unknown as Record<string, unknown>;
    // What a pull before the new types wrote: version 1, none of the new lists.
    const v1: Record<string, unknown> = { ...v2, version: 1 };
    for (const k of ['services', 'lifeEvents', 'events', 'amtsblatt', 'notices', 'translations']) delete v1[k];
    const issues = issuesOf(v1);
    expect(issues[0]).toEqual({
      type: 'snapshot',
      documentId: '–',
      field: 'version',
      message: 'Snapshot-Version 1, erwartet 4: Snapshot aus einer anderen Version – neu ziehen (pnpm snapshot)',
    });
    expect(issues.map((i) => i.field)).toEqual(['version', 'services', 'lifeEvents', 'events', 'amtsblatt', 'notices', 'translations']);
  });

  it('refuses a v2 snapshot that lacks a list, naming it', () => {
    const s = validSnapshot() as unknown as Record<string, unknown>;
    delete s.notices;
    expect(issuesOf(s).map((i) => `${i.type} ${i.field}`)).toEqual(['snapshot notices']);
  });

  it('refuses translations in a language the site does not have', () => {
    const s = validSnapshot() as unknown as { translations: Record<string, unknown> };
    s.translations.fr = { pages: [] };
    expect(issuesOf(s).map((i) => `${i.type} ${i.field}`)).toEqual(['snapshot translations']);
  });
});

describe('media of the new types', () => {
  const picture = (file: string): Image => ({ file, alt: 'Bild', width: 10, height: 10, mime: 'image/png' });
  const imageBlock = (file: string) => ({ type: 'image' as const, image: picture(file) });

  it('lists PDFs and the images of every new type, in all their blocks fields', () => {
    const s = validSnapshot();
    find(s.services, ID.ausweis).legalBasis = [imageBlock('service_legal.png')];
    find(s.services, ID.wohnsitz).documents = [imageBlock('service_docs.png')];
    find(s.lifeEvents, ID.umzug).body = [imageBlock('umzug.png')];
    find(s.events, ID.weihnachtsmarkt).description = [imageBlock('markt.png')];
    find(s.notices, ID.stadtratssitzung).body = [imageBlock('ratssaal.png')];
    const t = find(s.translations.en.pages, ID.rathaus);
    t.image = picture('townhall.png');
    t.body = [imageBlock('townhall_map.png')];

    const files = referencedMedia(validateSnapshot(s));
    for (const f of [
      'Amtsblatt_2026_11_4c5d6e7f80.pdf',
      'Amtsblatt_2026_12_5d6e7f8091.pdf',
      'Haushaltssatzung_2027_9a8b7c6d5e.pdf',
      'lesung_2b3c4d5e6f.jpg',
      'service_legal.png',
      'service_docs.png',
      'umzug.png',
      'markt.png',
      'ratssaal.png',
      'townhall.png',
      'townhall_map.png',
    ]) {
      expect(files, f).toContain(f);
    }
  });

  it('lists exactly the demo files: five images, four PDFs', () => {
    expect([...referencedMedia(validSnapshot())].sort()).toEqual([
      'Amtsblatt_2026_11_4c5d6e7f80.pdf',
      'Amtsblatt_2026_12_5d6e7f8091.pdf',
      'Haushaltssatzung_2027_9a8b7c6d5e.pdf',
      'Zahlungsauftrag_1b2c3d4e5f.pdf',
      'gildefest_9f8e7d6c5b.webp',
      'karte_ortschaften_8d7e6f5a4b.png',
      'lesung_2b3c4d5e6f.jpg',
      'wappen_3f2a9c1b7d.png',
      'westdorf_1a2b3c4d5e.jpg',
    ]);
  });
});

describe('readSnapshot and writeSnapshot with PDFs', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stadtportal-snapshot-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const allMedia = (s: Snapshot) => new Map([...referencedMedia(s)].map((f): [string, Uint8Array] => [f, Buffer.from(`Inhalt von ${f}`)]));

  it('reads back what it wrote, PDFs included', async () => {
    const s = validSnapshot();
    await writeSnapshot(dir, s, allMedia(s));
    expect(await readSnapshot(dir)).toEqual(s);
  });

  it('reports a PDF missing in media/ by name', async () => {
    const s = validSnapshot();
    await writeSnapshot(dir, s, allMedia(s));
    await rm(join(dir, MEDIA_DIR, 'Haushaltssatzung_2027_9a8b7c6d5e.pdf'));
    const err = await readSnapshot(dir).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err?.message).toContain(join(dir, MEDIA_DIR));
    expect(err?.message).toMatch(/Mediendateien fehlen in .*: Haushaltssatzung_2027_9a8b7c6d5e\.pdf$/);
  });

  it('refuses to write a snapshot without the Amtsblatt PDF', async () => {
    const s = validSnapshot();
    const media = allMedia(s);
    media.delete('Amtsblatt_2026_12_5d6e7f8091.pdf');
    await expect(writeSnapshot(dir, s, media)).rejects.toThrow(/Mediendateien fehlen für den Snapshot: Amtsblatt_2026_12_5d6e7f8091\.pdf/);
    // Nothing written: the media check comes before any file.
    await expect(readSnapshot(dir)).rejects.toThrow(/Kein Inhalts-Snapshot/);
  });
});
