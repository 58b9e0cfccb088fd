import { z } from 'zod';
import { address, documentId, image, labelledLink, nonBlank, slug } from './common.ts';
import { officeAccessibility } from './office.ts';
import { openingHours } from './opening-hours.ts';

/**
 * Kinds of place, as the CMS enumeration stores them, with their German names (singular for a
 * place's page, plural for the list headings). The order is the order of the lists and the map
 * legend: what a visitor looks for first comes first.
 */
export const PLACE_CATEGORIES = {
  sehenswuerdigkeit: { one: 'Sehenswürdigkeit', many: 'Sehenswürdigkeiten' },
  museum: { one: 'Museum und Galerie', many: 'Museen und Galerien' },
  kultur: { one: 'Veranstaltungsort', many: 'Veranstaltungsorte' },
  park: { one: 'Park und Grünanlage', many: 'Parks und Grünanlagen' },
  spielplatz: { one: 'Spielplatz', many: 'Spielplätze' },
  unterkunft: { one: 'Unterkunft', many: 'Übernachten' },
  gastronomie: { one: 'Gastronomie', many: 'Essen und Trinken' },
  anreise: { one: 'Anreise und Mobilität', many: 'Anreise und Mobilität' },
  parken: { one: 'Parkplatz', many: 'Parken' },
  toilette: { one: 'Öffentliche Toilette', many: 'Öffentliche Toiletten' },
  amt: { one: 'Amt und Behörde', many: 'Ämter und Behörden' },
} as const;
export type PlaceCategory = keyof typeof PLACE_CATEGORIES;
export const PLACE_CATEGORY_KEYS = Object.keys(PLACE_CATEGORIES) as [PlaceCategory, ...PlaceCategory[]];

/** Categories that schema.org calls a TouristAttraction; every other place is a plain Place. */
export const TOURIST_CATEGORIES: ReadonlySet<PlaceCategory> = new Set(['sehenswuerdigkeit', 'museum', 'park']);

/**
 * WGS 84 coordinates in decimal degrees, as OpenStreetMap shows them. Only the ranges are
 * checked here; a point outside the town is a content question, not a contract violation.
 */
export const coordinates = z.strictObject({
  lat: z.number().min(-90, 'Breitengrad zwischen −90 und 90 erwartet').max(90, 'Breitengrad zwischen −90 und 90 erwartet'),
  lon: z.number().min(-180, 'Längengrad zwischen −180 und 180 erwartet').max(180, 'Längengrad zwischen −180 und 180 erwartet'),
});
export type Coordinates = z.infer<typeof coordinates>;

/**
 * A place a visitor or resident goes to: a sight, a museum, a park, a car park, a public toilet,
 * a playground, an office building. Opening hours and building accessibility use exactly the
 * office contract (one model, one implementation: ADR 0004); a park without hours has none.
 */
export const place = z.strictObject({
  documentId,
  slug,
  name: nonBlank('Name'),
  category: z.enum(PLACE_CATEGORY_KEYS),
  /** One or two sentences for lists and search results. */
  summary: nonBlank('Kurzbeschreibung').max(300, 'Kurzbeschreibung: höchstens 300 Zeichen'),
  /** Plain text; a blank line starts a new paragraph. */
  description: nonBlank('Beschreibung').max(3000, 'Beschreibung: höchstens 3000 Zeichen'),
  address,
  coordinates,
  phone: z
    .string()
    .regex(/^[0-9 +()/-]{6,}$/, 'Telefonnummer erwartet')
    .nullable(),
  openingHours: openingHours.nullable(),
  accessibility: officeAccessibility,
  images: z.array(image),
  links: z.array(labelledLink),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Place = z.infer<typeof place>;
