import { z } from 'zod';
import type { CmsClient } from '../client.ts';
import { CMS_CONTENT_TYPES } from '../rules/content-types.ts';
import type { ContentIssue } from '../errors.ts';
import { begin, check, createNormalizeRun, imageComponent, optionalText, rawAddress, reportZod, type NormalizeRun } from './helpers.ts';
import { fetchMapTiles, MAP_TILES_QUERY, normalizeMapTiles } from './map-tiles.ts';
import { openingHoursOf, rawOpeningHours } from './opening-hours.ts';
import { normalizePublication } from './publication.ts';
import type { MapTiles } from '../schemas/map-tiles.ts';
import { place, type Place } from '../schemas/place.ts';
import type { Publication } from '../schemas/publication.ts';

/*
 * Places (issue „Visiting and living here“): Strapi REST → contract, in the same two steps and
 * with the same issue reporting as every normaliser (helpers.ts). fetchVisit and normalizeVisit
 * read places, publications and the map's tile provider together, for callers outside the pull
 * (the pull reads each through the content registry).
 */

const idOnly = { fields: ['documentId'] } as const;
const image = { populate: { media: true } } as const;
const byDocumentId = ['documentId:asc'] as const;

export const VISIT_PULL_QUERIES = {
  places: {
    status: 'published',
    sort: byDocumentId,
    populate: {
      address: true,
      accessibility: true,
      openingHours: { populate: { weekly: true, exceptions: true, closures: true } },
      images: image,
      links: true,
    },
  },
  publications: {
    status: 'published',
    sort: byDocumentId,
    populate: { organisation: idOnly, file: true },
  },
  mapTiles: MAP_TILES_QUERY,
} as const;

export interface VisitRaw {
  places: readonly unknown[];
  publications: readonly unknown[];
  /** null: the single type „Karte“ was never saved (no tile provider, so no map). */
  mapTiles: unknown;
}

export interface VisitContent {
  places: Place[];
  publications: Publication[];
  mapTiles: MapTiles | null;
  /** Media file name → download URL, as the normalisers' run.media. */
  media: Map<string, string>;
  issues: ContentIssue[];
}

/** Fetch the three endpoints, one after the other like the rest of the pull. */
export async function fetchVisit(client: CmsClient): Promise<VisitRaw> {
  const places = await client.findAll(CMS_CONTENT_TYPES.place.api, VISIT_PULL_QUERIES.places);
  const publications = await client.findAll(CMS_CONTENT_TYPES.publication.api, VISIT_PULL_QUERIES.publications);
  return { places, publications, mapTiles: await fetchMapTiles(client) };
}

export const PLACE_TYPE = 'place';

const rawPlace = z.looseObject({
  documentId: z.string().min(1),
  address: rawAddress.nullable(),
  accessibility: z
    .looseObject(
      { stepFree: z.unknown(), accessibleToilet: z.unknown(), parking: z.unknown(), notes: z.unknown() },
      { error: 'Komponente fehlt in der CMS-Antwort (nicht mit „populate“ abgefragt?)' },
    )
    .nullable(),
  // Absent: not populated (reported); null: the place has no opening hours (a park, a car park).
  openingHours: rawOpeningHours.nullable(),
  images: z.array(z.unknown()).nullish(),
  links: z.array(z.looseObject({ label: z.unknown(), url: z.unknown() })).nullish(),
});

/**
 * Coordinates are Strapi `float` fields (double precision; Strapi's `decimal` is NUMERIC(10,2) on
 * PostgreSQL and would cut them to about a kilometre). A number sent as a string (by a proxy, an
 * import) is read as the number it is; anything else fails the contract with its field name.
 */
function numeric(v: unknown): unknown {
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return v;
}

export function normalizePlace(run: NormalizeRun, raw: unknown): Place | undefined {
  const e = begin(run, PLACE_TYPE, raw);
  const parsed = rawPlace.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  const a = r.accessibility;
  return check(e, place, {
    documentId: r.documentId,
    slug: r.slug,
    name: r.name,
    category: r.category,
    summary: r.summary,
    description: r.description,
    address: r.address === null ? null : { street: r.address.street, postalCode: r.address.postalCode, city: r.address.city },
    coordinates: { lat: numeric(r.latitude), lon: numeric(r.longitude) },
    phone: optionalText(r.phone),
    openingHours: r.openingHours === null ? null : openingHoursOf(r.openingHours),
    accessibility:
      a === null ? null : { stepFree: a.stepFree, accessibleToilet: a.accessibleToilet, parking: optionalText(a.parking), notes: optionalText(a.notes) },
    images: (r.images ?? []).map((img, i) => imageComponent(e, `images.${i}`, img)),
    links: (r.links ?? []).map((l) => ({ label: l.label, url: l.url })),
    updatedAt: r.updatedAt,
  });
}

/** Normalise what fetchVisit fetched; problems come back as issues, for one report with the rest of the pull. */
export function normalizeVisit(raw: VisitRaw, baseUrl: string): VisitContent {
  const run = createNormalizeRun(baseUrl);
  const keep = <T>(list: readonly unknown[], fn: (run: NormalizeRun, raw: unknown) => T | undefined): T[] =>
    list.flatMap((r) => {
      const v = fn(run, r);
      return v === undefined ? [] : [v];
    });
  const places = keep(raw.places, normalizePlace);
  const publications = keep(raw.publications, normalizePublication);
  const tiles = normalizeMapTiles(run, raw.mapTiles);
  return { places, publications, mapTiles: tiles ?? null, media: run.media, issues: run.issues };
}
