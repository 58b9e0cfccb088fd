import { z } from 'zod';
import { COUNCIL_TYPES } from '../council.ts';
import type { CmsClient, StrapiQuery } from '../client.ts';
import { CMS_CONTENT_TYPES } from '../rules/content-types.ts';
import type { ContentIssue } from '../errors.ts';
import {
  begin,
  check,
  createNormalizeRun,
  documentOf,
  missing,
  optionalText,
  rawDocument,
  relation,
  reportZod,
  requiredRelation,
  type NormalizeRun,
  type Normalizer,
} from './helpers.ts';
import {
  councilLocation,
  councilMeeting,
  councilOrganization,
  councilPaper,
  councilPerson,
  legislativeTerm,
  type Council,
  type CouncilLocation,
  type CouncilMeeting,
  type CouncilOrganization,
  type CouncilPaper,
  type CouncilPerson,
  type LegislativeTerm,
} from '../schemas/council.ts';

/*
 * Strapi 5 REST entries of the council types (cms/src/api/{legislative-term, council-organization,
 * person, location, meeting, paper}) → contract objects, in the two steps of every normaliser (helpers.ts): read
 * the Strapi shape (relations, components, PDFs), then validate the reshaped entry.
 *
 * Privacy is enforced here: of a non-public agenda item only its number enters the snapshot —
 * whatever an editor typed into its title, paper or result stays in the CMS.
 */

/** What the pull fetched for the council types. */
export interface RawCouncilContent {
  terms: readonly unknown[];
  organizations: readonly unknown[];
  persons: readonly unknown[];
  locations: readonly unknown[];
  meetings: readonly unknown[];
  papers: readonly unknown[];
}

const withId = z.looseObject({ documentId: z.string().min(1) });

const rawOrganization = z.looseObject({
  documentId: z.string().min(1),
  subOrganizationOf: relation.nullable(),
  legislativeTerm: relation.nullable(),
  location: relation.nullable(),
  memberships: z.array(z.looseObject({ person: relation.nullable() }), { error: missing('Komponente') }),
});

const rawMeeting = z.looseObject({
  documentId: z.string().min(1),
  organization: relation.nullable(),
  location: relation.nullable(),
  agendaItems: z.array(z.looseObject({ paper: relation.nullable() }), { error: missing('Komponente') }),
  // null: no PDF yet; absent: not populated (reported, not read as „no PDF“).
  invitation: rawDocument.nullable(),
  resultsProtocol: rawDocument.nullable(),
});

const rawPaper = z.looseObject({
  documentId: z.string().min(1),
  mainFile: rawDocument.nullable(),
});

export const normalizeLegislativeTerm: Normalizer<LegislativeTerm> = (run, raw) => {
  const e = begin(run, COUNCIL_TYPES.term, raw);
  const parsed = withId.safeParse(raw);
  if (!parsed.success) return void reportZod(e, '', parsed.error, raw);
  const r = parsed.data;
  return check(e, legislativeTerm, { documentId: r.documentId, slug: r.slug, name: r.name, startDate: r.startDate, endDate: optionalText(r.endDate) });
};

export const normalizeCouncilLocation: Normalizer<CouncilLocation> = (run, raw) => {
  const e = begin(run, COUNCIL_TYPES.location, raw);
  const parsed = withId.safeParse(raw);
  if (!parsed.success) return void reportZod(e, '', parsed.error, raw);
  const r = parsed.data;
  return check(e, councilLocation, {
    documentId: r.documentId,
    slug: r.slug,
    name: r.name,
    streetAddress: r.streetAddress,
    postalCode: r.postalCode,
    locality: r.locality,
    subLocality: optionalText(r.subLocality),
    room: optionalText(r.room),
  });
};

export const normalizeCouncilPerson: Normalizer<CouncilPerson> = (run, raw) => {
  const e = begin(run, COUNCIL_TYPES.person, raw);
  const parsed = withId.safeParse(raw);
  if (!parsed.success) return void reportZod(e, '', parsed.error, raw);
  const r = parsed.data;
  // Only the public fields are read: should the CMS type ever grow private ones, they stay there.
  return check(e, councilPerson, {
    documentId: r.documentId,
    slug: r.slug,
    givenName: r.givenName,
    familyName: r.familyName,
    formOfAddress: optionalText(r.formOfAddress),
    title: optionalText(r.title),
    faction: optionalText(r.faction),
    updatedAt: r.updatedAt,
  });
};

export const normalizeCouncilOrganization: Normalizer<CouncilOrganization> = (run, raw) => {
  const e = begin(run, COUNCIL_TYPES.organization, raw);
  const parsed = rawOrganization.safeParse(raw);
  if (!parsed.success) return void reportZod(e, '', parsed.error, raw);
  const r = parsed.data;
  return check(e, councilOrganization, {
    documentId: r.documentId,
    slug: r.slug,
    name: r.name,
    shortName: optionalText(r.shortName),
    organizationType: r.organizationType,
    description: r.description,
    subOrganizationOf: r.subOrganizationOf?.documentId ?? null,
    legislativeTerm: requiredRelation(e, 'legislativeTerm', r.legislativeTerm, 'Wahlperiode'),
    location: r.location?.documentId ?? null,
    memberships: r.memberships.map((m, i) => ({
      person: requiredRelation(e, `memberships.${i}.person`, m.person, 'Person'),
      role: m.role,
      // null in the CMS (never set) means the default: a member votes.
      votingRight: m.votingRight ?? true,
      startDate: m.startDate,
      endDate: optionalText(m.endDate),
      onBehalfOf: optionalText(m.onBehalfOf),
    })),
    updatedAt: r.updatedAt,
  });
};

export const normalizeCouncilMeeting: Normalizer<CouncilMeeting> = (run, raw) => {
  const e = begin(run, COUNCIL_TYPES.meeting, raw);
  const parsed = rawMeeting.safeParse(raw);
  if (!parsed.success) return void reportZod(e, '', parsed.error, raw);
  const r = parsed.data;
  return check(e, councilMeeting, {
    documentId: r.documentId,
    slug: r.slug,
    name: r.name,
    organization: requiredRelation(e, 'organization', r.organization, 'Gremium'),
    start: r.start,
    end: optionalText(r.end),
    location: r.location?.documentId ?? null,
    meetingState: r.meetingState,
    cancelled: r.cancelled ?? false,
    agendaItems: r.agendaItems.map((a) =>
      // `public` null (never set) is the default: public. Anything not exactly false is checked as is.
      a.public === false
        ? { number: a.number, public: false, name: null, paper: null, consultationRole: null, result: null, resolutionText: null }
        : {
            number: a.number,
            public: a.public ?? true,
            name: a.name,
            paper: a.paper?.documentId ?? null,
            consultationRole: optionalText(a.consultationRole),
            result: optionalText(a.result),
            resolutionText: optionalText(a.resolutionText),
          },
    ),
    invitation: documentOf(e, 'invitation', r.invitation),
    resultsProtocol: documentOf(e, 'resultsProtocol', r.resultsProtocol),
    updatedAt: r.updatedAt,
  });
};

export const normalizeCouncilPaper: Normalizer<CouncilPaper> = (run, raw) => {
  const e = begin(run, COUNCIL_TYPES.paper, raw);
  const parsed = rawPaper.safeParse(raw);
  if (!parsed.success) return void reportZod(e, '', parsed.error, raw);
  const r = parsed.data;
  return check(e, councilPaper, {
    documentId: r.documentId,
    slug: r.slug,
    name: r.name,
    reference: r.reference,
    date: r.date,
    paperType: r.paperType,
    originator: r.originator,
    summary: r.summary,
    mainFile: documentOf(e, 'mainFile', r.mainFile),
    updatedAt: r.updatedAt,
  });
};

/** All council entries of one pull; problems and PDFs are collected in `run`. */
export function normalizeCouncil(run: NormalizeRun, raw: RawCouncilContent): Council {
  const keep = <T>(list: readonly unknown[], fn: Normalizer<T>): T[] =>
    list.flatMap((r) => {
      const v = fn(run, r);
      return v === undefined ? [] : [v];
    });
  return {
    terms: keep(raw.terms, normalizeLegislativeTerm),
    organizations: keep(raw.organizations, normalizeCouncilOrganization),
    persons: keep(raw.persons, normalizeCouncilPerson),
    locations: keep(raw.locations, normalizeCouncilLocation),
    meetings: keep(raw.meetings, normalizeCouncilMeeting),
    papers: keep(raw.papers, normalizeCouncilPaper),
  };
}

/** Strapi REST endpoints of the council types and what each must populate (stable order: documentId). */
const byDocumentId = ['documentId:asc'] as const;
const idOnly = { fields: ['documentId'] } as const;
export const COUNCIL_PULL_QUERIES = {
  terms: { status: 'published', sort: byDocumentId },
  organizations: {
    status: 'published',
    sort: byDocumentId,
    // Strapi 5 populates a relation inside a component only when named at every level.
    populate: { subOrganizationOf: idOnly, legislativeTerm: idOnly, location: idOnly, memberships: { populate: { person: idOnly } } },
  },
  persons: { status: 'published', sort: byDocumentId },
  locations: { status: 'published', sort: byDocumentId },
  meetings: {
    status: 'published',
    sort: byDocumentId,
    populate: { organization: idOnly, location: idOnly, agendaItems: { populate: { paper: idOnly } }, invitation: true, resultsProtocol: true },
  },
  papers: { status: 'published', sort: byDocumentId, populate: { mainFile: true } },
} as const satisfies Record<keyof RawCouncilContent, StrapiQuery>;

/** Fetch the council types, one after the other (a failure stops the pull at once). */
export async function fetchCouncil(client: CmsClient): Promise<RawCouncilContent> {
  const q = COUNCIL_PULL_QUERIES;
  return {
    terms: await client.findAll(CMS_CONTENT_TYPES['legislative-term'].api, q.terms),
    organizations: await client.findAll(CMS_CONTENT_TYPES['council-organization'].api, q.organizations),
    persons: await client.findAll(CMS_CONTENT_TYPES['person'].api, q.persons),
    locations: await client.findAll(CMS_CONTENT_TYPES['location'].api, q.locations),
    meetings: await client.findAll(CMS_CONTENT_TYPES['meeting'].api, q.meetings),
    papers: await client.findAll(CMS_CONTENT_TYPES['paper'].api, q.papers),
  };
}

/** Normalise what fetchCouncil returned: the council, its problems, and the PDFs to download. */
export function normalizeCouncilContent(raw: RawCouncilContent, baseUrl: string): { council: Council; issues: ContentIssue[]; media: Map<string, string> } {
  const run = createNormalizeRun(baseUrl);
  const council = normalizeCouncil(run, raw);
  return { council, issues: run.issues, media: run.media };
}
