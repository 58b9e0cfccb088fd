import path from 'node:path';
import type { Core } from '@strapi/strapi';
import * as content from './content';
import { toStrapiBlocks } from './body';
import { SeedMedia } from './media';
import { videoData } from './video';
import { parentsFirst } from './order';
import { count, lookup, Tally, type SeedContext } from './context';
import { seedAlerts, type SeedAlert } from './alerts';
import { seedEvents, type SeedEvent } from './events';
import { seedNotices, type SeedAmtsblattIssue, type SeedNotice } from './notices';
import { seedFourEyes } from './four-eyes';
import { seedReviewDates } from './review';
import { seedServices, type SeedLifeEvent, type SeedService } from './services';
import { seedOnlineServices, type SeedOnlineService } from './online-services';
import { seedPageTranslations, type SeedPageTranslation } from './translations';
import { seedRedirects } from './redirects';
import { seedCouncil, type SeedCouncil } from './council';
import { seedPlaces, type SeedMapTiles, type SeedPlace, type SeedPublication } from './places';
import { openingHoursData } from './opening-hours';
import { DEFAULT_LOCALE } from '../bootstrap/locales';
import { inSeedOrder, type CmsContentTypeName } from '@stadtportal/shared/rules';
import { type FieldSpec, type SeedData, upsertPublished, upsertSingle } from './upsert';
import type { SeedImage, SeedNews, SeedOffice, SeedOrganisation, SeedPage, SeedSettings, SeedTopTask } from './types';

export interface SeedContent {
  organisations: readonly SeedOrganisation[];
  pages: readonly SeedPage[];
  /** English versions of pages (Strapi i18n locale „en“), by the German page's slug */
  pageTranslations: readonly SeedPageTranslation[];
  news: readonly SeedNews[];
  offices: readonly SeedOffice[];
  services: readonly SeedService[];
  lifeEvents: readonly SeedLifeEvent[];
  /** Online-Dienste of third parties (./online-services.ts); link-outs also come from the services. */
  onlineServices: readonly SeedOnlineService[];
  events: readonly SeedEvent[];
  amtsblatt: readonly SeedAmtsblattIssue[];
  notices: readonly SeedNotice[];
  alerts: readonly SeedAlert[];
  /** Council information: bodies, members, meetings, papers (./council.ts) */
  council: SeedCouncil;
  /** Places, publications and the map's tile provider (./places.ts); absent: none. */
  places?: readonly SeedPlace[];
  publications?: readonly SeedPublication[];
  mapTiles?: SeedMapTiles;
  settings: SeedSettings;
}

const ORGANISATION: FieldSpec = {
  plain: ['name', 'slug', 'kind', 'bundled', 'shortDescription', 'phone', 'email', 'website'],
  images: ['logo'],
  components: { address: ['street', 'postalCode', 'city'] },
  repeatables: { formerDomains: ['domain'] },
};
const PAGE: FieldSpec = {
  plain: ['title', 'slug', 'summary', 'seoDescription', 'body'],
  relations: ['organisation', 'parent'],
  images: ['image'],
  videos: ['video'],
};
const NEWS: FieldSpec = {
  plain: ['title', 'slug', 'date', 'teaser', 'body'],
  relations: ['organisation'],
  images: ['image'],
};
const OFFICE: FieldSpec = {
  plain: ['name', 'slug', 'kind', 'description', 'room', 'phone', 'email'],
  relations: ['organisation'],
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
};

const LEGAL_PAGES = ['impressum', 'datenschutz', 'barrierefreiheit', 'leichteSprache', 'gebaerdensprache'] as const;
const SETTINGS: FieldSpec = {
  plain: ['siteName', 'claim', 'accessibilityFeedbackEmail', 'primaryColor', 'accentColor'],
  relations: LEGAL_PAGES,
  relationLists: ['mainNavigation'],
  repeatables: { social: ['network', 'handle', 'url'] },
  images: ['logo', 'heroImage'],
  videos: ['dgsVideo'],
  relationRepeatables: { topTasks: ['service', 'onlineService', 'page'] },
};

/**
 * Writes the demo town (./content) into Strapi and publishes it. Idempotent: documents are
 * matched by slug, unchanged ones are left alone, images are uploaded once.
 */
export async function seed(strapi: Core.Strapi, input: SeedContent = content): Promise<void> {
  const media = new SeedMedia(strapi, path.join(strapi.dirs.app.root, 'seed-assets'));
  const tally = new Tally();
  const image = async (value: SeedImage | undefined) => (value ? { media: (await media.file(value)).id, alt: value.alt } : null);

  const organisationIds = new Map<string, string>();
  for (const org of input.organisations) {
    const data: SeedData = {
      name: org.name,
      slug: org.slug,
      kind: org.kind,
      bundled: org.bundled,
      shortDescription: org.shortDescription,
      phone: org.phone ?? null,
      email: org.email ?? null,
      website: org.website ?? null,
      logo: await image(org.logo),
      address: { street: org.address.street, postalCode: org.address.postalCode, city: org.address.city },
      formerDomains: org.formerDomains.map((domain) => ({ domain })),
    };
    const { documentId, outcome } = await upsertPublished(strapi, 'api::organisation.organisation', ORGANISATION, data);
    organisationIds.set(org.slug, documentId);
    tally.add(outcome);
  }

  const pageIds = new Map<string, string>();
  for (const page of parentsFirst(input.pages)) {
    const where = `Seite „${page.slug}“`;
    const data: SeedData = {
      title: page.title,
      slug: page.slug,
      summary: page.summary,
      seoDescription: page.seoDescription,
      body: await toStrapiBlocks(page.body, media),
      organisation: lookup(organisationIds, page.organisation, 'Organisation', where),
      parent: page.parent === null ? null : lookup(pageIds, page.parent, 'Seite', where),
      image: await image(page.image),
      video: page.video ? await videoData(media, page.video) : null,
    };
    // The German original, explicitly: a translation is written into the same document (./translations.ts).
    const { documentId, outcome } = await upsertPublished(strapi, 'api::page.page', PAGE, data, { locale: DEFAULT_LOCALE.code });
    pageIds.set(page.slug, documentId);
    tally.add(outcome);
  }

  for (const article of input.news) {
    const where = `Meldung „${article.slug}“`;
    const data: SeedData = {
      title: article.title,
      slug: article.slug,
      date: article.date,
      teaser: article.teaser,
      body: await toStrapiBlocks(article.body, media),
      organisation: lookup(organisationIds, article.organisation, 'Organisation', where),
      image: await image(article.image),
    };
    tally.add((await upsertPublished(strapi, 'api::news-article.news-article', NEWS, data)).outcome);
  }

  const officeIds = new Map<string, string>();
  for (const office of input.offices) {
    const where = `Amt „${office.slug}“`;
    const { accessibility: a, openingHours: h } = office;
    const data: SeedData = {
      name: office.name,
      slug: office.slug,
      kind: office.kind,
      description: office.description,
      room: office.room ?? null,
      phone: office.phone ?? null,
      email: office.email ?? null,
      organisation: lookup(organisationIds, office.organisation, 'Organisation', where),
      address: { street: office.address.street, postalCode: office.address.postalCode, city: office.address.city },
      accessibility: { stepFree: a.stepFree, accessibleToilet: a.accessibleToilet, parking: a.parking ?? null, notes: a.notes ?? null },
      openingHours: openingHoursData(h, where),
    };
    const { documentId, outcome } = await upsertPublished(strapi, 'api::office.office', OFFICE, data);
    officeIds.set(office.slug, documentId);
    tally.add(outcome);
  }

  // Each further type seeds itself from its own module (cms/src/seed/<type>.ts), in the order the
  // content registry's references give (shared/src/rules/content-types.ts): a step runs after the
  // steps whose types it refers to.
  const ctx: SeedContext = { strapi, media, tally, image, organisationIds, pageIds, officeIds };
  const steps: { writes: readonly CmsContentTypeName[]; run: () => Promise<string> }[] = [
    { writes: ['page'], run: () => seedPageTranslations(ctx, input.pageTranslations) },
    { writes: ['service', 'life-event', 'online-service'], run: () => seedServicesAndOnlineServices(ctx, input) },
    { writes: ['event'], run: () => seedEvents(ctx, input.events) },
    { writes: ['amtsblatt-issue', 'public-notice'], run: () => seedNotices(ctx, input.amtsblatt, input.notices) },
    { writes: ['public-notice'], run: () => seedFourEyes(ctx) },
    { writes: ['redirect'], run: () => seedRedirects(ctx) },
    { writes: ['alert'], run: () => seedAlerts(ctx, input.alerts) },
    { writes: ['legislative-term', 'location', 'person', 'council-organization', 'paper', 'meeting'], run: () => seedCouncil(ctx, input.council) },
    { writes: ['place', 'publication', 'map-setting'], run: () => seedPlaces(ctx, input.places ?? [], input.publications ?? [], input.mapTiles) },
    // After the documents it dates (owner and review date, src/review).
    { writes: ['page', 'service', 'office', 'place'], run: () => seedReviewDates(ctx) },
  ];
  const more: string[] = [];
  for (const step of inSeedOrder(steps)) more.push(await step.run());

  const { settings } = input;
  const where = 'Website-Einstellungen';
  const settingsData: SeedData = {
    siteName: settings.siteName,
    claim: settings.claim,
    accessibilityFeedbackEmail: settings.accessibilityFeedbackEmail,
    mainNavigation: settings.mainNavigation.map((slug) => lookup(pageIds, slug, 'Seite', where)),
    ...Object.fromEntries(LEGAL_PAGES.map((key) => [key, lookup(pageIds, settings[key], 'Seite', where)])),
    social: settings.social.map(({ network, handle, url }) => ({ network, handle, url })),
    primaryColor: settings.primaryColor,
    accentColor: settings.accentColor,
    logo: await image(settings.logo ?? undefined),
    heroImage: await image(settings.heroImage ?? undefined),
    dgsVideo: settings.dgsVideo ? await videoData(media, settings.dgsVideo) : null,
    topTasks: await Promise.all(settings.topTasks.map((task) => topTaskData(strapi, task, pageIds, where))),
  };
  tally.add((await upsertSingle(strapi, 'api::site-setting.site-setting', SETTINGS, settingsData)).outcome);

  strapi.log.info(
    `Demo-Inhalte: ${count(input.organisations.length, 'Organisation', 'Organisationen')}, ` +
      `${count(input.pages.length, 'Seite', 'Seiten')}, ${count(input.news.length, 'Meldung', 'Meldungen')}, ` +
      `${count(input.offices.length, 'Amt', 'Ämter')}, ${more.join(', ')}, ` +
      `Website-Einstellungen (${tally}); ` +
      `Bilder: ${media.uploaded} hochgeladen, ${media.reused} wiederverwendet.`,
  );
}

/** A „Häufig gesucht“ entry: its one target by documentId, the other two empty. */
async function topTaskData(strapi: Core.Strapi, task: SeedTopTask, pageIds: ReadonlyMap<string, string>, where: string): Promise<SeedData> {
  const bySlug = async (uid: 'api::service.service' | 'api::online-service.online-service', slug: string, what: string) => {
    const doc = await strapi.documents(uid).findFirst({ filters: { slug }, fields: ['documentId'] });
    if (!doc) throw new Error(`Seed: ${where}: ${what} „${slug}“ fehlt`);
    return doc.documentId;
  };
  return {
    service: 'service' in task ? await bySlug('api::service.service', task.service, 'Leistung') : null,
    onlineService: 'onlineService' in task ? await bySlug('api::online-service.online-service', task.onlineService, 'Online-Dienst') : null,
    page: 'page' in task ? lookup(pageIds, task.page, 'Seite', where) : null,
  };
}

/** Services first: Online-Dienste are attached to them by documentId. */
async function seedServicesAndOnlineServices(ctx: SeedContext, input: SeedContent): Promise<string> {
  const { summary, serviceIds } = await seedServices(ctx, input.services, input.lifeEvents);
  return `${summary}, ${await seedOnlineServices(ctx, input.onlineServices, input.services, serviceIds)}`;
}
