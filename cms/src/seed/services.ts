import { toStrapiBlocks } from './body';
import { count, lookup, type SeedContext } from './context';
import type { SeedBlock } from './types';
import { type FieldSpec, type SeedData, upsertPublished } from './upsert';

/*
 * Services (Leistungen A–Z) and life events (Lebenslagen). Content: ./content/services*.ts and
 * ./content/life-events.ts. Services come first: a life event refers to its services by slug.
 */

/** A link to an online service (state portal, federal portal) with its visible text. */
export interface SeedLink {
  label: string;
  url: string;
}

export interface SeedService {
  slug: string;
  title: string;
  /** Other words citizens use („Ummeldung“, „Perso“); stored one per line. */
  synonyms: string[];
  /** 14 digits, or null when not known for sure. */
  leikaKey: string | null;
  /** slug of a SeedOrganisation */
  organisation: string;
  /** slug of the responsible SeedOffice */
  office: string;
  /** ≤ 300 characters */
  summary: string;
  description: SeedBlock[];
  eligibility: SeedBlock[];
  requirements: SeedBlock[];
  documents: SeedBlock[];
  fees: SeedBlock[];
  deadlines: SeedBlock[];
  processingTime: SeedBlock[];
  legalBasis: SeedBlock[];
  /** Online applications on other portals; seeded as link-out Online-Dienste (online-services.ts). */
  onlineLinks: SeedLink[];
  /** Offer the town's appointment booking on this card (online-services.ts links it). */
  appointment: boolean;
}

export interface SeedLifeEvent {
  slug: string;
  title: string;
  organisation: string;
  /** ≤ 300 characters */
  summary: string;
  body: SeedBlock[];
  /** slugs of SeedServices, in the order a citizen needs them */
  services: string[];
}

/** The optional text sections of a service card (description is required and always written). */
const SECTIONS = ['eligibility', 'requirements', 'documents', 'fees', 'deadlines', 'processingTime', 'legalBasis'] as const;

const SERVICE: FieldSpec = {
  plain: ['title', 'slug', 'synonyms', 'leikaKey', 'summary', 'description', ...SECTIONS],
  relations: ['organisation', 'office'],
};

const LIFE_EVENT: FieldSpec = {
  plain: ['title', 'slug', 'summary', 'body'],
  relations: ['organisation'],
  relationLists: ['services'],
};

/** Seeds services and life events; returns the summary line and the services' documentIds by slug. */
export async function seedServices(
  ctx: SeedContext,
  services: readonly SeedService[],
  lifeEvents: readonly SeedLifeEvent[],
): Promise<{ summary: string; serviceIds: Map<string, string> }> {
  // An empty section is stored as null (not []): the dashboard then shows an empty editor, and
  // the site shows „Keine Angaben“ for it either way.
  const blocksOrNull = async (blocks: SeedBlock[]) => (blocks.length === 0 ? null : await toStrapiBlocks(blocks, ctx.media));

  const serviceIds = new Map<string, string>();
  for (const s of services) {
    const where = `Leistung „${s.slug}“`;
    if (s.description.length === 0) throw new Error(`Seed: ${where} hat keine Leistungsbeschreibung`);
    // One after the other: a picture used twice must be uploaded once (SeedMedia caches by file).
    const sections: SeedData = {};
    for (const key of SECTIONS) sections[key] = await blocksOrNull(s[key]);
    const data: SeedData = {
      title: s.title,
      slug: s.slug,
      // Strapi `text`, one synonym per line (normalizeService splits the lines again).
      synonyms: s.synonyms.length === 0 ? null : s.synonyms.join('\n'),
      leikaKey: s.leikaKey,
      summary: s.summary,
      description: await toStrapiBlocks(s.description, ctx.media),
      ...sections,
      organisation: lookup(ctx.organisationIds, s.organisation, 'Organisation', where),
      office: lookup(ctx.officeIds, s.office, 'Amt', where),
    };
    const { documentId, outcome } = await upsertPublished(ctx.strapi, 'api::service.service', SERVICE, data);
    serviceIds.set(s.slug, documentId);
    ctx.tally.add(outcome);
  }

  for (const l of lifeEvents) {
    const where = `Lebenslage „${l.slug}“`;
    const data: SeedData = {
      title: l.title,
      slug: l.slug,
      summary: l.summary,
      body: await blocksOrNull(l.body),
      organisation: lookup(ctx.organisationIds, l.organisation, 'Organisation', where),
      services: l.services.map((slug) => lookup(serviceIds, slug, 'Leistung', where)),
    };
    ctx.tally.add((await upsertPublished(ctx.strapi, 'api::life-event.life-event', LIFE_EVENT, data)).outcome);
  }

  return { summary: `${count(services.length, 'Leistung', 'Leistungen')}, ${count(lifeEvents.length, 'Lebenslage', 'Lebenslagen')}`, serviceIds };
}
