import type { z } from 'zod';
import { COUNCIL_TYPES } from '../council.ts';
import { normalizeAlert, ALERT_TYPE } from '../normalize/alert.ts';
import { normalizeAmtsblattIssue, AMTSBLATT_ISSUE_TYPE } from '../normalize/amtsblatt-issue.ts';
import {
  COUNCIL_PULL_QUERIES,
  normalizeCouncilLocation,
  normalizeCouncilMeeting,
  normalizeCouncilOrganization,
  normalizeCouncilPaper,
  normalizeCouncilPerson,
  normalizeLegislativeTerm,
} from '../normalize/council.ts';
import { normalizeEvent, EVENT_TYPE } from '../normalize/event.ts';
import { normalizeLifeEvent, LIFE_EVENT_TYPE } from '../normalize/life-event.ts';
import { normalizeNewsArticle, NEWS_ARTICLE_TYPE } from '../normalize/news-article.ts';
import { normalizeOffice, OFFICE_TYPE } from '../normalize/office.ts';
import { normalizeOnlineService, ONLINE_SERVICE_TYPE } from '../normalize/online-service.ts';
import { normalizeOrganisation, ORGANISATION_TYPE } from '../normalize/organisation.ts';
import { normalizePageTranslation, PAGE_TRANSLATION_TYPE } from '../normalize/page-translation.ts';
import { normalizePage, PAGE_TYPE } from '../normalize/page.ts';
import { normalizePlace, PLACE_TYPE, VISIT_PULL_QUERIES } from '../normalize/place.ts';
import { normalizePublication, PUBLICATION_TYPE } from '../normalize/publication.ts';
import { normalizePublicNotice, PUBLIC_NOTICE_TYPE } from '../normalize/public-notice.ts';
import { normalizeRedirect, REDIRECT_TYPE } from '../normalize/redirect.ts';
import { normalizeService, SERVICE_TYPE } from '../normalize/service.ts';
import { CMS_CONTENT_TYPES } from '../rules/content-types.ts';
import { alert } from '../schemas/alert.ts';
import { councilLocation, councilMeeting, councilOrganization, councilPaper, councilPerson, legislativeTerm } from '../schemas/council.ts';
import { event } from '../schemas/event.ts';
import { lifeEvent } from '../schemas/life-event.ts';
import { newsArticle } from '../schemas/news-article.ts';
import { amtsblattIssue, publicNotice } from '../schemas/notice.ts';
import { office } from '../schemas/office.ts';
import { onlineService } from '../schemas/online-service.ts';
import { organisation } from '../schemas/organisation.ts';
import { page, pageTranslation } from '../schemas/page.ts';
import { place } from '../schemas/place.ts';
import { publication } from '../schemas/publication.ts';
import { redirect } from '../schemas/redirect.ts';
import { service } from '../schemas/service.ts';
import type { ListType } from './define.ts';

export * from './define.ts';

/*
 * THE CONTENT REGISTRY: every list of the snapshot, where it comes from in the CMS and how it is
 * read. The keys are the snapshot's (`council.terms` is `snapshot.council.terms`); the order is
 * the order of the pull, of the checks and of the pull's summary line. The two single types
 * every page depends on (site settings, the map's tile provider) are not lists: snapshot.ts and
 * pull.ts handle them by name. How to add a type: docs/ARCHITECTURE.md.
 */

const image = { populate: { media: true } } as const;
const video = { populate: { mp4: true, webm: true, captions: true, poster: true } } as const;
const idOnly = { fields: ['documentId'] } as const;
/** Stable order, so two pulls of the same content give the same file. */
const byDocumentId = ['documentId:asc'] as const;

/** A list entry, with its schema and normaliser checked against each other. */
export function defineList<S extends z.ZodType<object>>(entry: ListType<S>): ListType<S> {
  return entry;
}

const keyed = { keyed: true, optional: false } as const;
/** A type added after snapshot version 2: older snapshots lack its list. */
const keyedSince = { keyed: true, optional: true } as const;

export const CONTENT_REGISTRY = {
  organisations: defineList({
    ...keyed,
    type: ORGANISATION_TYPE,
    uniqueKey: (e) => e.slug,
    page: 'einrichtungen/[slug].astro',
    cms: CMS_CONTENT_TYPES.organisation,
    schema: organisation,
    normalize: normalizeOrganisation,
    query: { status: 'published', sort: byDocumentId, populate: { logo: image, address: true, formerDomains: true } },
    label: { one: 'Organisation', many: 'Organisationen' },
  }),
  pages: defineList({
    ...keyed,
    type: PAGE_TYPE,
    // Page slugs need only be unique among siblings: the URL is the path of slugs.
    uniqueKey: (e) => `${e.parent ?? ''}/${e.slug}`,
    references: [
      { field: 'organisation', to: 'organisations', what: 'Organisation' },
      { field: 'parent', to: 'pages', what: 'Übergeordnete Seite' },
    ],
    page: '[...path].astro',
    cms: CMS_CONTENT_TYPES.page,
    schema: page,
    normalize: normalizePage,
    query: {
      status: 'published',
      // Explicit, not the CMS default: an editor may change the default locale in the dashboard.
      locale: 'de',
      sort: byDocumentId,
      populate: { organisation: idOnly, parent: idOnly, image, video },
    },
    label: { one: 'Seite', many: 'Seiten' },
  }),
  news: defineList({
    ...keyed,
    type: NEWS_ARTICLE_TYPE,
    uniqueKey: (e) => e.slug,
    references: [{ field: 'organisation', to: 'organisations', what: 'Organisation' }],
    page: 'aktuelles/[slug].astro',
    cms: CMS_CONTENT_TYPES['news-article'],
    schema: newsArticle,
    normalize: normalizeNewsArticle,
    query: { status: 'published', sort: byDocumentId, populate: { organisation: idOnly, image } },
    label: { one: 'Meldung', many: 'Meldungen' },
  }),
  offices: defineList({
    ...keyed,
    type: OFFICE_TYPE,
    uniqueKey: (e) => e.slug,
    references: [{ field: 'organisation', to: 'organisations', what: 'Organisation' }],
    page: 'aemter/[slug].astro',
    cms: CMS_CONTENT_TYPES.office,
    schema: office,
    normalize: normalizeOffice,
    query: {
      status: 'published',
      sort: byDocumentId,
      // Strapi 5 populates nested components only when named at every level.
      populate: {
        organisation: idOnly,
        address: true,
        accessibility: true,
        openingHours: { populate: { weekly: true, exceptions: true, closures: true } },
      },
    },
    label: { one: 'Amt', many: 'Ämter' },
  }),
  services: defineList({
    ...keyed,
    type: SERVICE_TYPE,
    uniqueKey: (e) => e.slug,
    references: [
      { field: 'organisation', to: 'organisations', what: 'Organisation' },
      { field: 'office', to: 'offices', what: 'Amt' },
    ],
    page: 'leistungen/[slug].astro',
    cms: CMS_CONTENT_TYPES.service,
    schema: service,
    normalize: normalizeService,
    query: { status: 'published', sort: byDocumentId, populate: { organisation: idOnly, office: idOnly } },
    label: { one: 'Leistung', many: 'Leistungen' },
  }),
  lifeEvents: defineList({
    ...keyed,
    type: LIFE_EVENT_TYPE,
    uniqueKey: (e) => e.slug,
    references: [
      { field: 'organisation', to: 'organisations', what: 'Organisation' },
      { field: 'services', to: 'services', what: 'Leistung' },
    ],
    page: 'lebenslagen/[slug].astro',
    cms: CMS_CONTENT_TYPES['life-event'],
    schema: lifeEvent,
    normalize: normalizeLifeEvent,
    // Relation order is the editor's order (Strapi 5 keeps it); no sort on the relation.
    query: { status: 'published', sort: byDocumentId, populate: { organisation: idOnly, services: idOnly } },
    label: { one: 'Lebenslage', many: 'Lebenslagen' },
  }),
  events: defineList({
    ...keyed,
    type: EVENT_TYPE,
    uniqueKey: (e) => e.slug,
    references: [{ field: 'organisation', to: 'organisations', what: 'Organisation' }],
    page: 'veranstaltungen/[slug].astro',
    cms: CMS_CONTENT_TYPES.event,
    schema: event,
    normalize: normalizeEvent,
    query: { status: 'published', sort: byDocumentId, populate: { organisation: idOnly, venueAddress: true, image } },
    label: { one: 'Veranstaltung', many: 'Veranstaltungen' },
  }),
  amtsblatt: defineList({
    ...keyed,
    type: AMTSBLATT_ISSUE_TYPE,
    uniqueKey: (e) => e.slug,
    references: [{ field: 'organisation', to: 'organisations', what: 'Organisation' }],
    page: 'amtsblatt/[year].astro',
    cms: CMS_CONTENT_TYPES['amtsblatt-issue'],
    schema: amtsblattIssue,
    normalize: normalizeAmtsblattIssue,
    query: { status: 'published', sort: byDocumentId, populate: { organisation: idOnly, file: true } },
    label: { one: 'Amtsblatt', many: 'Amtsblätter' },
  }),
  notices: defineList({
    ...keyed,
    type: PUBLIC_NOTICE_TYPE,
    uniqueKey: (e) => e.slug,
    references: [{ field: 'organisation', to: 'organisations', what: 'Organisation' }],
    page: 'bekanntmachungen/[slug].astro',
    cms: CMS_CONTENT_TYPES['public-notice'],
    schema: publicNotice,
    normalize: normalizePublicNotice,
    query: { status: 'published', sort: byDocumentId, populate: { organisation: idOnly, attachment: true } },
    label: { one: 'Bekanntmachung', many: 'Bekanntmachungen' },
  }),
  /** Content in languages other than German, keyed by locale; a translation shares its documentId. */
  translations: {
    en: {
      pages: defineList({
        ...keyed,
        type: PAGE_TRANSLATION_TYPE,
        uniqueKey: (e) => e.documentId,
        page: 'en/[...path].astro',
        cms: CMS_CONTENT_TYPES.page,
        schema: pageTranslation,
        normalize: normalizePageTranslation,
        query: { status: 'published', locale: 'en', sort: byDocumentId, populate: { image } },
        locale: 'en',
        // A translation's editors are the German page's: its organisation names them.
        translationOf: 'pages',
        label: { one: 'englische Seite', many: 'englische Seiten' },
      }),
    },
  },
  /** Urgent notices (Eilmeldungen), published ones incl. expired and scheduled: the build bakes the active ones in. */
  alerts: defineList({
    ...keyedSince,
    type: ALERT_TYPE,
    page: null,
    cms: CMS_CONTENT_TYPES.alert,
    schema: alert,
    normalize: normalizeAlert,
    query: { status: 'published', sort: byDocumentId },
  }),
  /** Online-Dienste of third parties (forms, appointments, payment, …), embedded consent-first. */
  onlineServices: defineList({
    ...keyedSince,
    type: ONLINE_SERVICE_TYPE,
    uniqueKey: (e) => e.slug,
    references: [
      { field: 'services', to: 'services', what: 'Leistung' },
      { field: 'offices', to: 'offices', what: 'Amt' },
      { field: 'pages', to: 'pages', what: 'Seite' },
    ],
    page: null,
    cms: CMS_CONTENT_TYPES['online-service'],
    schema: onlineService,
    normalize: normalizeOnlineService,
    query: { status: 'published', sort: byDocumentId, populate: { services: idOnly, offices: idOnly, pages: idOnly, document: true } },
    label: { one: 'Online-Dienst', many: 'Online-Dienste' },
  }),
  /** Places (sights, parks, car parks, …) for the city map and the tourism section. */
  places: defineList({
    ...keyedSince,
    type: PLACE_TYPE,
    uniqueKey: (e) => e.slug,
    page: 'orte/[slug].astro',
    cms: CMS_CONTENT_TYPES.place,
    schema: place,
    normalize: normalizePlace,
    query: VISIT_PULL_QUERIES.places,
    label: { one: 'Ort', many: 'Orte' },
  }),
  /** Printed products as PDF (Bürgerinformation, city guides, …); the Amtsblatt has its own type. */
  publications: defineList({
    ...keyedSince,
    type: PUBLICATION_TYPE,
    uniqueKey: (e) => e.slug,
    references: [{ field: 'organisation', to: 'organisations', what: 'Organisation' }],
    page: 'publikationen/index.astro',
    cms: CMS_CONTENT_TYPES.publication,
    schema: publication,
    normalize: normalizePublication,
    query: VISIT_PULL_QUERIES.publications,
    label: { one: 'Publikation', many: 'Publikationen' },
  }),
  /** Council information (Gremien, Sitzungen, Drucksachen): shared/src/council.ts. */
  council: {
    terms: defineList({
      ...keyedSince,
      type: COUNCIL_TYPES.term,
      page: null,
      cms: CMS_CONTENT_TYPES['legislative-term'],
      schema: legislativeTerm,
      normalize: normalizeLegislativeTerm,
      query: COUNCIL_PULL_QUERIES.terms,
    }),
    organizations: defineList({
      ...keyedSince,
      type: COUNCIL_TYPES.organization,
      page: 'rat/gremien/[slug].astro',
      cms: CMS_CONTENT_TYPES['council-organization'],
      schema: councilOrganization,
      normalize: normalizeCouncilOrganization,
      query: COUNCIL_PULL_QUERIES.organizations,
    }),
    persons: defineList({
      ...keyedSince,
      type: COUNCIL_TYPES.person,
      page: null,
      cms: CMS_CONTENT_TYPES.person,
      schema: councilPerson,
      normalize: normalizeCouncilPerson,
      query: COUNCIL_PULL_QUERIES.persons,
    }),
    locations: defineList({
      ...keyedSince,
      type: COUNCIL_TYPES.location,
      page: null,
      cms: CMS_CONTENT_TYPES.location,
      schema: councilLocation,
      normalize: normalizeCouncilLocation,
      query: COUNCIL_PULL_QUERIES.locations,
    }),
    meetings: defineList({
      ...keyedSince,
      type: COUNCIL_TYPES.meeting,
      page: 'rat/sitzungen/[slug].astro',
      cms: CMS_CONTENT_TYPES.meeting,
      schema: councilMeeting,
      normalize: normalizeCouncilMeeting,
      query: COUNCIL_PULL_QUERIES.meetings,
    }),
    papers: defineList({
      ...keyedSince,
      type: COUNCIL_TYPES.paper,
      page: 'rat/drucksachen/[slug].astro',
      cms: CMS_CONTENT_TYPES.paper,
      schema: councilPaper,
      normalize: normalizeCouncilPaper,
      query: COUNCIL_PULL_QUERIES.papers,
    }),
  },
  /**
   * Weiterleitungen from the CMS (old URL → new place), uncompiled: the build collapses chains.
   * No draft & publish (live once saved), flat fields only, no documentId in the contract.
   */
  redirects: defineList({
    keyed: false,
    optional: true,
    type: REDIRECT_TYPE,
    page: null,
    cms: CMS_CONTENT_TYPES.redirect,
    schema: redirect,
    normalize: normalizeRedirect,
    query: { sort: byDocumentId, fields: ['from', 'to', 'kind'] },
  }),
};

export type ContentRegistry = typeof CONTENT_REGISTRY;
