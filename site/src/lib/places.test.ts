import type { Place, Publication } from '@stadtportal/shared';
import { describe, expect, it } from 'vitest';
import { fitView, pointInView, project, tilesFor, tileUrl } from './map-geometry.ts';
import { geoHref, mapMarkers, osmAreaHref, osmHref, placeJsonLd, placesByCategory, publicationsByCategoryAndYear } from './places.ts';

const base: Place = {
  documentId: 'p1',
  slug: 'johannisturm',
  name: 'Johannisturm',
  category: 'sehenswuerdigkeit',
  summary: 'Ein Turm der Stadtbefestigung.',
  description: 'Text.',
  address: { street: 'Johannispromenade 2', postalCode: '06449', city: 'Aschersleben' },
  coordinates: { lat: 51.757951234, lon: 11.46498 },
  phone: null,
  openingHours: null,
  accessibility: { stepFree: true, accessibleToilet: false, parking: null, notes: null },
  images: [],
  links: [],
  updatedAt: '2026-11-20T10:00:00.000Z',
};
const placeOf = (over: Partial<Place>): Place => ({ ...base, ...over });

describe('places', () => {
  it('groups by category in the fixed order, leaving out empty ones', () => {
    const groups = placesByCategory([
      placeOf({ slug: 'wc', category: 'toilette' }),
      placeOf({ slug: 'turm' }),
      placeOf({ slug: 'park', category: 'park' }),
      placeOf({ slug: 'kirche' }),
    ]);
    expect(groups.map((g) => [g.label, g.places.map((p) => p.slug)])).toEqual([
      ['Sehenswürdigkeiten', ['turm', 'kirche']],
      ['Parks und Grünanlagen', ['park']],
      ['Öffentliche Toiletten', ['wc']],
    ]);
  });

  it('links a place to map applications: geo: URI (RFC 5870) and OpenStreetMap, six decimals', () => {
    expect(geoHref(placeOf({ name: 'St. Stephani & Co' }))).toBe('geo:51.757951,11.46498?q=51.757951,11.46498(St.%20Stephani%20%26%20Co)');
    expect(osmHref(base)).toBe('https://www.openstreetmap.org/?mlat=51.757951&mlon=11.46498#map=18/51.757951/11.46498');
    expect(osmAreaHref([base, placeOf({ coordinates: { lat: 51.75, lon: 11.47 } })])).toBe(
      'https://www.openstreetmap.org/?bbox=11.46498,51.75,11.47,51.757951#map=15/51.753976/11.46749',
    );
  });

  it('describes sights as TouristAttraction and other places as Place (schema.org)', () => {
    const site = new URL('https://www.aschersleben.example');
    const sight = placeJsonLd(base, site);
    expect(sight).toMatchObject({
      '@type': 'TouristAttraction',
      url: 'https://www.aschersleben.example/orte/johannisturm/',
      geo: { '@type': 'GeoCoordinates', latitude: 51.757951234, longitude: 11.46498 },
      address: { '@type': 'PostalAddress', postalCode: '06449', addressLocality: 'Aschersleben' },
    });
    expect(placeJsonLd(placeOf({ category: 'parken' }), site)['@type']).toBe('Place');
  });

  it('gives the map the same places as the list, each linking its page', () => {
    expect(mapMarkers([base])).toEqual([{ name: 'Johannisturm', category: 'Sehenswürdigkeit', href: '/orte/johannisturm/', lat: 51.757951234, lon: 11.46498 }]);
  });
});

describe('publications', () => {
  const pub = (slug: string, category: Publication['category'], date: string): Publication => ({
    documentId: slug,
    slug,
    title: slug,
    category,
    date,
    language: 'de',
    accessible: false,
    organisation: 'o',
    summary: null,
    file: { file: `${slug}.pdf`, name: `${slug}.pdf`, size: 1000, mime: 'application/pdf' },
  });

  it('groups by category (fixed order), then by year, newest year first', () => {
    const groups = publicationsByCategoryAndYear([
      pub('journal-2', 'kundenjournal', '2026-09-15'),
      pub('bi-2026', 'buergerinformation', '2026-03-02'),
      pub('journal-1', 'kundenjournal', '2025-03-16'),
      pub('bi-2025', 'buergerinformation', '2025-03-03'),
    ]);
    expect(groups.map((g) => [g.label, g.years.map((y) => [y.year, y.publications.map((p) => p.slug)])])).toEqual([
      [
        'Bürgerinformation',
        [
          ['2026', ['bi-2026']],
          ['2025', ['bi-2025']],
        ],
      ],
      [
        'Kundenjournal',
        [
          ['2026', ['journal-2']],
          ['2025', ['journal-1']],
        ],
      ],
    ]);
  });
});

describe('map geometry (Web Mercator, slippy-map tiles)', () => {
  it('projects like the OSM tile scheme: the town hall of Aschersleben is in tile 8713/5429 at zoom 14', () => {
    const p = project({ lat: 51.7561, lon: 11.462 }, 14);
    expect([Math.floor(p.x / 256), Math.floor(p.y / 256)]).toEqual([8713, 5429]);
  });

  it('fits all points into the view and covers the view with tiles', () => {
    const points = [
      { lat: 51.75, lon: 11.455 },
      { lat: 51.764, lon: 11.472 },
    ];
    const { zoom, center } = fitView(points, 800, 400, 19);
    for (const p of points) {
      const v = pointInView(p, center, zoom, 800, 400);
      expect(v.x).toBeGreaterThanOrEqual(24);
      expect(v.x).toBeLessThanOrEqual(776);
      expect(v.y).toBeGreaterThanOrEqual(24);
      expect(v.y).toBeLessThanOrEqual(376);
    }
    // One zoom level more would not fit.
    const tighter = fitView(points, 400, 200, 19);
    expect(tighter.zoom).toBe(zoom - 1);
    const tiles = tilesFor(center, zoom, 800, 400);
    expect(Math.min(...tiles.map((t) => t.left))).toBeLessThanOrEqual(0);
    expect(Math.max(...tiles.map((t) => t.left + 256))).toBeGreaterThanOrEqual(800);
    expect(new Set(tiles.map((t) => t.z))).toEqual(new Set([zoom]));
    expect(tileUrl('https://t.example/{z}/{x}/{y}.png', { z: 3, x: 4, y: 5 })).toBe('https://t.example/3/4/5.png');
  });
});
