import { z } from 'zod';
import { CmsRequestError, type CmsClient } from './client.ts';
import type { ContentIssue } from './errors.ts';
import {
  begin,
  check,
  createNormalizeRun,
  documentOf,
  imageComponent,
  openingHoursOf,
  optionalText,
  rawAddress,
  rawDocument,
  rawOpeningHours,
  relation,
  report,
  reportZod,
  requiredRelation,
  type NormalizeRun,
} from './normalize.ts';
import { mapTiles, type MapTiles } from './schemas/map-tiles.ts';
import { place, type Place } from './schemas/place.ts';
import { publication, type Publication } from './schemas/publication.ts';

/*
 * Places, publications and the map's tile provider (issue „Visiting and living here“): Strapi
 * REST → contract, in the same two steps and with the same issue reporting as normalize.ts.
 * Kept in their own module so the pull wires them in with a few lines.
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
  // A single type without draft & publish: flat fields only.
  mapTiles: {},
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
  /** Media file name → download URL, as NormalizedContent.media. */
  media: Map<string, string>;
  issues: ContentIssue[];
}

/** Fetch the three endpoints, one after the other like the rest of the pull. */
export async function fetchVisit(client: CmsClient): Promise<VisitRaw> {
  const places = await client.findAll('places', VISIT_PULL_QUERIES.places);
  const publications = await client.findAll('publications', VISIT_PULL_QUERIES.publications);
  let tiles: unknown = null;
  try {
    tiles = await client.findSingle('map-setting', VISIT_PULL_QUERIES.mapTiles);
  } catch (err) {
    // A single type nobody has saved yet answers 404 (or data: null): that means „no map
    // configured“, and the site shows the list of places without a map. Every other failure
    // (network, 5xx, a refused permission) stops the pull as usual.
    if (!(err instanceof CmsRequestError) || (err.status !== 404 && err.status !== 200)) throw err;
  }
  return { places, publications, mapTiles: tiles };
}

const rawPlace = z.looseObject({
  documentId: z.string().min(1),
  address: rawAddress.nullable(),
  accessibility: z
    .looseObject({ stepFree: z.unknown(), accessibleToilet: z.unknown(), parking: z.unknown(), notes: z.unknown() }, { error: 'Komponente fehlt in der CMS-Antwort (nicht mit „populate“ abgefragt?)' })
    .nullable(),
  // Absent: not populated (reported); null: the place has no opening hours (a park, a car park).
  openingHours: rawOpeningHours.nullable(),
  images: z.array(z.unknown()).nullish(),
  links: z.array(z.looseObject({ label: z.unknown(), url: z.unknown() })).nullish(),
});

const rawPublication = z.looseObject({
  documentId: z.string().min(1),
  organisation: relation.nullable(),
  file: rawDocument.nullable(),
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
  const e = begin(run, 'place', raw);
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

export function normalizePublication(run: NormalizeRun, raw: unknown): Publication | undefined {
  const e = begin(run, 'publication', raw);
  const parsed = rawPublication.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  if (r.file === null) report(e, 'file', 'PDF-Datei fehlt (in der Medienbibliothek gelöscht?)');
  return check(e, publication, {
    documentId: r.documentId,
    slug: r.slug,
    title: r.title,
    category: r.category,
    date: r.date,
    language: r.language,
    // Never set in the CMS means „not checked“: only a file known to be accessible says so.
    accessible: r.accessible ?? false,
    organisation: requiredRelation(e, 'organisation', r.organisation, 'Organisation'),
    summary: optionalText(r.summary),
    file: documentOf(e, 'file', r.file),
  });
}

export function normalizeMapTiles(run: NormalizeRun, raw: unknown): MapTiles | null | undefined {
  if (raw === null) return null;
  const e = begin(run, 'map-setting', raw, '–');
  const r = z.looseObject({}).safeParse(raw);
  if (!r.success) {
    reportZod(e, '', r.error, raw);
    return undefined;
  }
  return check(e, mapTiles, {
    providerName: r.data.providerName,
    tileUrl: r.data.tileUrl,
    attribution: r.data.attribution,
    attributionUrl: r.data.attributionUrl,
    privacyUrl: r.data.privacyUrl,
    maxZoom: r.data.maxZoom,
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
