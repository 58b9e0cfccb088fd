import { describe, expect, it } from 'vitest';
import { createCmsClient } from '../src/client.ts';
import { cspSourcesOf } from '../src/csp-sources.ts';
import { createNormalizeRun, normalizeOffice } from '../src/normalize/index.ts';
import { fetchVisit, normalizePlace, normalizeVisit } from '../src/normalize/place.ts';
import { openingStatus, formatOpeningStatus } from '../src/opening-hours.ts';
import { mapTiles, tileOrigin } from '../src/schemas/map-tiles.ts';
import { place } from '../src/schemas/place.ts';
import { validateSnapshot } from '../src/snapshot.ts';
import { validSnapshot } from './fixtures/contract.ts';
import { restDocument, restMedia, restOffices } from './fixtures/rest.ts';
import { demoContent, startFakeCms } from './helpers/fake-cms.ts';
import { BASE, snapshotIssues } from './helpers/issues.ts';

/*
 * Places, publications and the map's tile provider: the contract, the normalisation from
 * Strapi's REST shape (opening hours through the office's code: one implementation), the
 * snapshot checks, the CSP origin, and the pull's „no map configured“.
 */

type Json = Record<string, unknown>;
const stamps = { createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-11-02T09:00:00.000Z', publishedAt: '2026-11-02T09:00:00.000Z' };

function restPlace(over: Json = {}): Json {
  const office = restOffices()[0] as Json;
  return {
    id: 7,
    documentId: 'placemuseum0000000000001',
    name: 'Museum Aschersleben',
    slug: 'museum-aschersleben',
    category: 'museum',
    summary: 'Stadtgeschichte von der ersten Erwähnung bis heute.',
    description: 'Das Museum erzählt die Geschichte der Stadt.\n\nFührungen für Schulklassen.',
    latitude: 51.75668,
    longitude: 11.46262,
    phone: '',
    ...stamps,
    address: { id: 1, street: 'Markt 21', postalCode: '06449', city: 'Aschersleben' },
    accessibility: { id: 2, stepFree: true, accessibleToilet: true, parking: null, notes: '' },
    // The office's opening-hours component, unchanged: places reuse it.
    openingHours: office.openingHours,
    images: [{ id: 3, alt: 'Zeichnung des Museums', media: restMedia('museum_ab12', '.png', 'image/png', 800, 600) }],
    links: [{ id: 4, label: 'Programm', url: 'https://kultur.example/programm' }],
    ...over,
  };
}

const TILES = {
  providerName: 'OpenStreetMap',
  tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© OpenStreetMap-Mitwirkende',
  attributionUrl: 'https://www.openstreetmap.org/copyright',
  privacyUrl: 'https://osmfoundation.org/wiki/Privacy_Policy',
  maxZoom: 19,
};

describe('place normalisation', () => {
  it('reshapes a REST place: coordinates, empty texts as null, images registered for download', () => {
    const run = createNormalizeRun(BASE);
    const p = normalizePlace(run, restPlace());
    expect(run.issues).toEqual([]);
    expect(p?.coordinates).toEqual({ lat: 51.75668, lon: 11.46262 });
    expect(p?.phone).toBeNull();
    expect(p?.accessibility.notes).toBeNull();
    expect(p?.images).toEqual([{ file: 'museum_ab12.png', alt: 'Zeichnung des Museums', width: 800, height: 600, mime: 'image/png' }]);
    expect(run.media.get('museum_ab12.png')).toBe(`${BASE}/uploads/museum_ab12.png`);
  });

  it('reads opening hours with the office code: the same component gives the same contract value', () => {
    const run = createNormalizeRun(BASE);
    const office = normalizeOffice(run, restOffices()[0]);
    const p = normalizePlace(run, restPlace());
    expect(run.issues).toEqual([]);
    expect(p?.openingHours).toEqual(office?.openingHours);
    // …and the same status logic answers for the place (Monday 10:00 Berlin: open until 12:00).
    if (!p?.openingHours) throw new Error('Öffnungszeiten fehlen');
    expect(formatOpeningStatus(openingStatus(p.openingHours, new Date('2026-11-23T09:00:00Z')))).toBe('Heute geöffnet bis 12:00 Uhr');
  });

  it('keeps a place without opening hours (a park) and reads coordinates sent as strings as numbers', () => {
    const run = createNormalizeRun(BASE);
    const p = normalizePlace(run, restPlace({ openingHours: null, latitude: '51.75392', longitude: '11.46352' }));
    expect(run.issues).toEqual([]);
    expect(p?.openingHours).toBeNull();
    expect(p?.coordinates).toEqual({ lat: 51.75392, lon: 11.46352 });
  });

  it('names the field of a broken place: unknown category, latitude out of range, missing populate', () => {
    const run = createNormalizeRun(BASE);
    normalizePlace(run, restPlace({ category: 'kneipe', latitude: 123 }));
    const { accessibility: _dropped, ...unpopulated } = restPlace({ documentId: 'placeohnebarrierefreih01' });
    normalizePlace(run, unpopulated);
    expect(run.issues.map((i) => `${i.documentId} ${i.field}`).sort()).toEqual([
      'placemuseum0000000000001 category',
      'placemuseum0000000000001 coordinates.lat',
      'placeohnebarrierefreih01 accessibility',
    ]);
  });
});

describe('tile provider (Karte)', () => {
  it('accepts https, and http only for loopback hosts', () => {
    expect(mapTiles.safeParse(TILES).success).toBe(true);
    expect(mapTiles.safeParse({ ...TILES, tileUrl: 'http://127.0.0.1:8080/{z}/{x}/{y}.png' }).success).toBe(true);
    expect(mapTiles.safeParse({ ...TILES, tileUrl: 'http://localhost/{z}/{x}/{y}.png' }).success).toBe(true);
    const plain = mapTiles.safeParse({ ...TILES, tileUrl: 'http://tile.example.org/{z}/{x}/{y}.png' });
    expect(plain.success).toBe(false);
    expect(plain.error?.issues[0]?.message).toMatch(/https/);
    expect(mapTiles.safeParse({ ...TILES, tileUrl: 'https://tile.example.org/{z}/{x}.png' }).error?.issues[0]?.message).toBe(
      'Platzhalter {y} fehlt in der Kachel-Adresse',
    );
    expect(mapTiles.safeParse({ ...TILES, tileUrl: 'javascript:alert(1)//{z}/{x}/{y}' }).success).toBe(false);
    expect(mapTiles.safeParse({ ...TILES, tileUrl: 'https://user:pw@tile.example.org/{z}/{x}/{y}.png' }).success).toBe(false);
  });

  it('gives the origin the CSP allows for images', () => {
    expect(tileOrigin(TILES)).toBe('https://tile.openstreetmap.org');
    expect(cspSourcesOf({ onlineServices: [], mapTiles: TILES }).imgSrc).toEqual(['https://tile.openstreetmap.org']);
    expect(cspSourcesOf({ onlineServices: [], mapTiles: null }).imgSrc).toEqual([]);
  });
});

describe('snapshot with places, publications and map', () => {
  const museum = () => {
    const run = createNormalizeRun(BASE);
    const p = normalizePlace(run, restPlace({ images: [] }));
    if (!p) throw new Error(JSON.stringify(run.issues));
    return place.parse(p);
  };

  it('reads an older snapshot without the keys as „none“', () => {
    const raw = validSnapshot() as unknown as Json;
    delete raw.places;
    delete raw.publications;
    delete raw.mapTiles;
    const s = validateSnapshot(raw);
    expect(s.places).toEqual([]);
    expect(s.publications).toEqual([]);
    expect(s.mapTiles).toBeNull();
  });

  it('refuses duplicate place slugs, a publication of an unknown organisation and a plain-http tile server', () => {
    const s = validSnapshot();
    s.places = [museum(), { ...museum(), documentId: 'placezwei000000000000002' }];
    s.publications = [
      {
        documentId: 'pub1',
        slug: 'stadtfuehrer',
        title: 'Stadtführer',
        category: 'stadtfuehrer',
        date: '2026-04-15',
        language: 'de',
        accessible: false,
        organisation: 'gibt-es-nicht',
        summary: null,
        file: { file: 'Stadtfuehrer_ab.pdf', name: 'Stadtfuehrer.pdf', size: 1200, mime: 'application/pdf' },
      },
    ];
    s.mapTiles = { ...TILES, tileUrl: 'http://tile.example.org/{z}/{x}/{y}.png' };
    expect(snapshotIssues(s).map((i) => `${i.type} ${i.field}`)).toEqual(['map-setting tileUrl']);
    s.mapTiles = TILES;
    expect(
      snapshotIssues(s)
        .map((i) => `${i.type} ${i.documentId} ${i.field}`)
        .sort(),
    ).toEqual(['place placezwei000000000000002 slug', 'publication pub1 organisation']);
  });
});

describe('pull of places, publications and the map', () => {
  it('reads publications with their PDF and treats a never-saved map as „no map“', async () => {
    const content = demoContent();
    content.publications = [
      {
        id: 1,
        documentId: 'pubstadtfuehrer000000001',
        title: 'Stadtführer Aschersleben',
        slug: 'stadtfuehrer-aschersleben',
        category: 'stadtfuehrer',
        date: '2026-04-15',
        language: 'en',
        accessible: null,
        summary: '',
        ...stamps,
        organisation: { id: 1, documentId: (content.organisations[0] as Json).documentId },
        file: restDocument('Stadtfuehrer_9a8b', 'Stadtfuehrer.pdf', 12.34),
      },
    ];
    const cms = await startFakeCms(content);
    try {
      const client = createCmsClient({ baseUrl: cms.url });
      const visit = normalizeVisit(await fetchVisit(client), cms.url);
      expect(visit.issues).toEqual([]);
      expect(visit.mapTiles).toBeNull();
      expect(visit.publications).toEqual([
        expect.objectContaining({
          language: 'en',
          accessible: false,
          summary: null,
          file: { file: 'Stadtfuehrer_9a8b.pdf', name: 'Stadtfuehrer.pdf', size: 12340, mime: 'application/pdf' },
        }),
      ]);
      content.mapSetting = { id: 1, documentId: 'map1', ...TILES, ...stamps };
      const withMap = normalizeVisit(await fetchVisit(client), cms.url);
      expect(withMap.mapTiles).toEqual(TILES);
    } finally {
      await cms.close();
    }
  });
});
