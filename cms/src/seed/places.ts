import { count, lookup, type SeedContext } from './context';
import { openingHoursData } from './opening-hours';
import { renderPdf, type PdfSection } from './pdf';
import type { SeedImage, SeedOffice } from './types';
import { type FieldSpec, type SeedData, upsertPublished, upsertSingle } from './upsert';

/*
 * Places (the city map, the tourism section), publications (printed products as PDF) and the
 * map's tile provider. Places reuse the office's opening-hours and accessibility components, so
 * the seed writes them exactly like offices (ADR 0004: one model for both).
 */

export type SeedPlaceCategory =
  'sehenswuerdigkeit' | 'museum' | 'kultur' | 'park' | 'spielplatz' | 'unterkunft' | 'gastronomie' | 'anreise' | 'parken' | 'toilette' | 'amt';

export interface SeedPlace {
  slug: string;
  name: string;
  category: SeedPlaceCategory;
  /** ≤ 300 characters */
  summary: string;
  /** Paragraphs separated by a blank line, ≤ 3000 characters */
  description: string;
  address: { street: string; postalCode: string; city: string };
  lat: number;
  lon: number;
  phone?: string;
  openingHours?: SeedOffice['openingHours'];
  accessibility: SeedOffice['accessibility'];
  images?: SeedImage[];
  links?: { label: string; url: string }[];
}

export type SeedPublicationCategory = 'buergerinformation' | 'stadtfuehrer' | 'stadtplan' | 'kundenjournal' | 'broschuere';

export interface SeedPublication {
  slug: string;
  title: string;
  category: SeedPublicationCategory;
  date: string;
  language: 'de' | 'en';
  /** Only true for a file checked to be an accessible (tagged) PDF; the seed's generated PDFs are not tagged. */
  accessible: boolean;
  /** slug of a SeedOrganisation */
  organisation: string;
  summary?: string;
  /** The PDF, generated at seed time from these sections. */
  file: { name: string; sections: readonly PdfSection[] };
}

export interface SeedMapTiles {
  providerName: string;
  tileUrl: string;
  attribution: string;
  attributionUrl: string;
  privacyUrl: string;
  maxZoom: number;
}

const PLACE: FieldSpec = {
  plain: ['name', 'slug', 'category', 'summary', 'description', 'latitude', 'longitude', 'phone'],
  components: {
    address: ['street', 'postalCode', 'city'],
    accessibility: ['stepFree', 'accessibleToilet', 'parking', 'notes'],
  },
  nested: {
    openingHours: {
      fields: ['closedOnPublicHolidays'],
      repeatables: {
        weekly: ['weekday', 'from', 'to', 'note'],
        exceptions: ['date', 'closed', 'reason', 'from', 'to', 'from2', 'to2'],
        closures: ['from', 'to', 'reason'],
      },
    },
  },
  imageLists: ['images'],
  repeatables: { links: ['label', 'url'] },
};
const PUBLICATION: FieldSpec = {
  plain: ['title', 'slug', 'category', 'date', 'language', 'accessible', 'summary'],
  relations: ['organisation'],
  media: ['file'],
};
const MAP_TILES: FieldSpec = {
  plain: ['providerName', 'tileUrl', 'attribution', 'attributionUrl', 'privacyUrl', 'maxZoom'],
};

const germanDate = (iso: string): string =>
  new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

export async function seedPlaces(
  ctx: SeedContext,
  places: readonly SeedPlace[],
  publications: readonly SeedPublication[],
  tiles: SeedMapTiles | undefined,
): Promise<string> {
  for (const p of places) {
    const where = `Ort „${p.slug}“`;
    if (p.summary.length > 300) throw new Error(`Seed: ${where}: Kurzbeschreibung länger als 300 Zeichen`);
    const images: { media: number; alt: string }[] = [];
    for (const img of p.images ?? []) {
      const uploaded = await ctx.image(img);
      if (uploaded) images.push(uploaded);
    }
    const a = p.accessibility;
    const data: SeedData = {
      name: p.name,
      slug: p.slug,
      category: p.category,
      summary: p.summary,
      description: p.description,
      latitude: p.lat,
      longitude: p.lon,
      phone: p.phone ?? null,
      address: { street: p.address.street, postalCode: p.address.postalCode, city: p.address.city },
      accessibility: { stepFree: a.stepFree, accessibleToilet: a.accessibleToilet, parking: a.parking ?? null, notes: a.notes ?? null },
      openingHours: p.openingHours ? openingHoursData(p.openingHours, where) : null,
      images,
      links: (p.links ?? []).map((l) => ({ label: l.label, url: l.url })),
    };
    ctx.tally.add((await upsertPublished(ctx.strapi, 'api::place.place', PLACE, data)).outcome);
  }

  for (const pub of publications) {
    const where = `Publikation „${pub.slug}“`;
    const organisation = lookup(ctx.organisationIds, pub.organisation, 'Organisation', where);
    const org = await ctx.strapi.documents('api::organisation.organisation').findOne({ documentId: organisation, fields: ['name'] });
    if (!org) throw new Error(`Seed: ${where}: Organisation ${organisation} nicht gefunden`);
    const publisher = String(org.name);
    const english = pub.language === 'en';
    const bytes = renderPdf({
      title: pub.title,
      subtitle: `${publisher} · ${english ? pub.date : germanDate(pub.date)}`,
      sections: pub.file.sections,
      footer: [
        english
          ? `Published by ${publisher}, Markt 1, 06449 Aschersleben. Demo document of the Stadtportal, generated from the demo content.`
          : `Herausgeber: ${publisher}, 06449 Aschersleben. Demo-Dokument des Stadtportals: erzeugt aus den Demo-Inhalten.`,
      ],
      author: publisher,
      date: pub.date,
      lang: english ? 'en-GB' : 'de-DE',
    });
    const file = await ctx.media.document({ name: pub.file.name, bytes });
    const data: SeedData = {
      title: pub.title,
      slug: pub.slug,
      category: pub.category,
      date: pub.date,
      language: pub.language,
      accessible: pub.accessible,
      summary: pub.summary ?? null,
      organisation,
      file: file.id,
    };
    ctx.tally.add((await upsertPublished(ctx.strapi, 'api::publication.publication', PUBLICATION, data)).outcome);
  }

  // Without a tile provider the site lists the places without a map; nothing to write then.
  if (tiles) ctx.tally.add((await upsertSingle(ctx.strapi, 'api::map-setting.map-setting', MAP_TILES, { ...tiles })).outcome);

  return `${count(places.length, 'Ort', 'Orte')}, ${count(publications.length, 'Publikation', 'Publikationen')}${tiles ? ', Karte' : ''}`;
}
