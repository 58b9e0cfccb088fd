import { mapLimit, type CmsClient, type StrapiQuery } from './client.ts';
import { InvalidContentError, type ContentIssue } from './errors.ts';
import { normalizeContent, type NormalizedContent } from './normalize.ts';
import { normalizeAlert } from './normalize-alert.ts';
import type { Alert } from './schemas/alert.ts';
import { normalizeRedirects } from './normalize-redirect.ts';
import { fetchVisit, normalizeVisit } from './normalize-place.ts';
import { fetchCouncil, normalizeCouncilContent } from './normalize-council.ts';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, validateSnapshot, writeSnapshot, type Snapshot } from './snapshot.ts';

/*
 * The snapshot pull: everything published in the CMS → one validated snapshot folder. Nothing is
 * written until all content is fetched, valid and every image downloaded; then writeSnapshot
 * replaces snapshot.json atomically. A failed pull leaves the previous snapshot untouched.
 */

const image = { populate: { media: true } } as const;
const idOnly = { fields: ['documentId'] } as const;
/** Stable order, so two pulls of the same content give the same file. */
const byDocumentId = ['documentId:asc'] as const;

/** Strapi REST endpoints (API names from the content model) and what each must populate. */
export const PULL_QUERIES = {
  organisations: {
    status: 'published',
    sort: byDocumentId,
    populate: { logo: image, address: true, formerDomains: true },
  },
  pages: {
    status: 'published',
    // Explicit, not the CMS default: an editor may change the default locale in the dashboard.
    locale: 'de',
    sort: byDocumentId,
    populate: { organisation: idOnly, parent: idOnly, image },
  },
  news: {
    status: 'published',
    sort: byDocumentId,
    populate: { organisation: idOnly, image },
  },
  offices: {
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
  services: {
    status: 'published',
    sort: byDocumentId,
    populate: { organisation: idOnly, office: idOnly },
  },
  lifeEvents: {
    status: 'published',
    sort: byDocumentId,
    // Relation order is the editor's order (Strapi 5 keeps it); no sort on the relation.
    populate: { organisation: idOnly, services: idOnly },
  },
  events: {
    status: 'published',
    sort: byDocumentId,
    populate: { organisation: idOnly, venueAddress: true, image },
  },
  amtsblatt: {
    status: 'published',
    sort: byDocumentId,
    populate: { organisation: idOnly, file: true },
  },
  notices: {
    status: 'published',
    sort: byDocumentId,
    populate: { organisation: idOnly, attachment: true },
  },
  onlineServices: {
    status: 'published',
    sort: byDocumentId,
    populate: { services: idOnly, offices: idOnly, pages: idOnly, document: true },
  },
  alerts: {
    status: 'published',
    sort: byDocumentId,
  },
  // No draft & publish: a Weiterleitung is live once saved. Flat fields only.
  redirects: {
    sort: byDocumentId,
    fields: ['from', 'to', 'kind'],
  },
  pagesEn: {
    status: 'published',
    locale: 'en',
    sort: byDocumentId,
    populate: { image },
  },
  settings: {
    // Harmless on a type without draft & publish; keeps drafts out should it ever get it.
    status: 'published',
    populate: {
      mainNavigation: idOnly,
      impressum: idOnly,
      datenschutz: idOnly,
      barrierefreiheit: idOnly,
      leichteSprache: idOnly,
      gebaerdensprache: idOnly,
      social: true,
    },
  },
} as const satisfies Record<string, StrapiQuery>;

export interface PullOptions {
  client: CmsClient;
  /** Snapshot folder (snapshot.json + media/). */
  dir: string;
  /** Recorded in the snapshot as its origin. */
  source: string;
  now?: () => Date;
  /** Parallel media downloads. */
  mediaConcurrency?: number;
}

export interface PullResult {
  dir: string;
  organisations: number;
  pages: number;
  news: number;
  offices: number;
  services: number;
  lifeEvents: number;
  events: number;
  amtsblatt: number;
  notices: number;
  onlineServices: number;
  places: number;
  publications: number;
  alerts: number;
  redirects: number;
  pagesEn: number;
  media: number;
}

export async function pullSnapshot(options: PullOptions): Promise<PullResult> {
  const { client, dir, source, now = () => new Date(), mediaConcurrency = 4 } = options;

  // One after the other: a failure stops the pull at once, and the CMS is not hammered.
  const organisations = await client.findAll('organisations', PULL_QUERIES.organisations);
  const pages = await client.findAll('pages', PULL_QUERIES.pages);
  const news = await client.findAll('news-articles', PULL_QUERIES.news);
  const offices = await client.findAll('offices', PULL_QUERIES.offices);
  const services = await client.findAll('services', PULL_QUERIES.services);
  const lifeEvents = await client.findAll('life-events', PULL_QUERIES.lifeEvents);
  const events = await client.findAll('events', PULL_QUERIES.events);
  const amtsblatt = await client.findAll('amtsblatt-issues', PULL_QUERIES.amtsblatt);
  const notices = await client.findAll('public-notices', PULL_QUERIES.notices);
  const onlineServices = await client.findAll('online-services', PULL_QUERIES.onlineServices);
  const rawAlerts = await client.findAll('alerts', PULL_QUERIES.alerts);
  const redirects = await client.findAll('redirects', PULL_QUERIES.redirects);
  const pagesEn = await client.findAll('pages', PULL_QUERIES.pagesEn);
  const settings = await client.findSingle('site-setting', PULL_QUERIES.settings);
  const visitRaw = await fetchVisit(client);
  const councilRaw = await fetchCouncil(client);

  // Alerts have their own normaliser (the runner's fast path uses it alone); their problems are
  // reported together with everything else's, so one failed pull lists all of them.
  const alertIssues: ContentIssue[] = [];
  const alertList = rawAlerts.flatMap((r): Alert[] => {
    const a = normalizeAlert(alertIssues, r);
    return a === undefined ? [] : [a];
  });
  // Places, publications and the map (own module) report the same way, into the same list.
  const visit = normalizeVisit(visitRaw, client.baseUrl);
  alertIssues.push(...visit.issues);
  // Council information (own module) likewise.
  const council = normalizeCouncilContent(councilRaw, client.baseUrl);
  alertIssues.push(...council.issues);
  let content: NormalizedContent;
  try {
    content = normalizeContent(
      { organisations, pages, news, offices, services, lifeEvents, events, amtsblatt, notices, onlineServices, pagesEn, settings },
      { baseUrl: client.baseUrl },
    );
  } catch (err) {
    if (err instanceof InvalidContentError && alertIssues.length > 0) throw new InvalidContentError([...err.issues, ...alertIssues]);
    throw err;
  }
  if (alertIssues.length > 0) throw new InvalidContentError(alertIssues);
  const snapshot: Snapshot = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    generatedAt: now().toISOString(),
    source,
    settings: content.settings,
    organisations: content.organisations,
    pages: content.pages,
    news: content.news,
    offices: content.offices,
    services: content.services,
    lifeEvents: content.lifeEvents,
    events: content.events,
    amtsblatt: content.amtsblatt,
    notices: content.notices,
    alerts: alertList,
    redirects: normalizeRedirects(redirects),
    onlineServices: content.onlineServices,
    places: visit.places,
    publications: visit.publications,
    mapTiles: visit.mapTiles,
    council: council.council,
    translations: { en: { pages: content.pagesEn } },
  };
  // References, duplicate slugs, cycles: checked before any download, so bad content fails fast.
  validateSnapshot(snapshot);

  const sources = [...content.media, ...visit.media, ...council.media];
  const files = await mapLimit(sources, mediaConcurrency, async ([name, url]): Promise<[string, Uint8Array]> => {
    const bytes = await client.download(url);
    if (bytes.byteLength === 0) throw new Error(`Mediendatei ${name} von ${url} ist leer`);
    return [name, bytes];
  });

  await writeSnapshot(dir, snapshot, new Map(files));
  return {
    dir,
    organisations: snapshot.organisations.length,
    pages: snapshot.pages.length,
    news: snapshot.news.length,
    offices: snapshot.offices.length,
    services: snapshot.services.length,
    lifeEvents: snapshot.lifeEvents.length,
    events: snapshot.events.length,
    amtsblatt: snapshot.amtsblatt.length,
    notices: snapshot.notices.length,
    onlineServices: snapshot.onlineServices.length,
    places: snapshot.places.length,
    publications: snapshot.publications.length,
    alerts: snapshot.alerts.length,
    redirects: snapshot.redirects.length,
    pagesEn: snapshot.translations.en.pages.length,
    media: files.length,
  };
}
