import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapLimit, type CmsClient, type StrapiQuery } from './client.ts';
import { InvalidContentError, documentIdOf } from './errors.ts';
import {
  createNormalizeRun,
  normalizeAmtsblattIssue,
  normalizeEvent,
  normalizeLifeEvent,
  normalizeNewsArticle,
  normalizeOffice,
  normalizeOrganisation,
  normalizePage,
  normalizePageTranslation,
  normalizePublicNotice,
  normalizeService,
  normalizeSiteSettings,
} from './normalize.ts';
import { normalizeAlert } from './normalize-alert.ts';
import { normalizeOnlineService } from './normalize-online-service.ts';
import { normalizeRedirect } from './normalize-redirect.ts';
import { fetchVisit, normalizeMapTiles, normalizePlace, normalizePublication } from './normalize-place.ts';
import {
  fetchCouncil,
  normalizeCouncilLocation,
  normalizeCouncilMeeting,
  normalizeCouncilOrganization,
  normalizeCouncilPaper,
  normalizeCouncilPerson,
  normalizeLegislativeTerm,
} from './normalize-council.ts';
import {
  ENTRY_LISTS,
  PreviousEntries,
  Quarantine,
  mediaByOrigin,
  normaliseEach,
  organisationOf,
  readPreviousEntries,
  settleList,
  settleReferences,
  type EntryList,
  type Keyed,
} from './quarantine.ts';
import type { Redirect } from './schemas/redirect.ts';
import type { QuarantineRecord } from './schemas/quarantine.ts';
import { MEDIA_DIR, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, validateSnapshot, writeSnapshot, type Snapshot } from './snapshot.ts';

/*
 * The snapshot pull: everything published in the CMS → one validated snapshot folder. Nothing is
 * written until all content is fetched, checked and every file is at hand; then writeSnapshot
 * replaces snapshot.json atomically. A failed pull leaves the previous snapshot untouched.
 *
 * An invalid entry does not fail the pull: it keeps its last valid version from the previous
 * snapshot or is left out, and the snapshot's `quarantine` says so (quarantine.ts). The pull
 * fails for what every page depends on — the site settings and the map's settings — and for
 * answers it cannot read at all (not Strapi's shape, HTTP errors, a file that cannot be loaded).
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
  /**
   * The snapshot folder whose entries a refused entry falls back to (its last valid version).
   * Default: `dir` itself (a pull in place); the build runner passes the live release's; null:
   * none (refused entries are left out).
   */
  previous?: string | null;
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
  /** The problems of refused entries and what the snapshot holds instead (also in the snapshot). */
  quarantine: QuarantineRecord[];
  /** Why no previous version could be used, or null. */
  previousProblem: string | null;
}

export async function pullSnapshot(options: PullOptions): Promise<PullResult> {
  const { client, dir, source, now = () => new Date(), mediaConcurrency = 4 } = options;
  const previousDir = options.previous === undefined ? dir : options.previous;

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
  const alerts = await client.findAll('alerts', PULL_QUERIES.alerts);
  const redirects = await client.findAll('redirects', PULL_QUERIES.redirects);
  const pagesEn = await client.findAll('pages', PULL_QUERIES.pagesEn);
  const settingsRaw = await client.findSingle('site-setting', PULL_QUERIES.settings);
  const visit = await fetchVisit(client);
  const council = await fetchCouncil(client);

  const previous = previousDir === null ? PreviousEntries.none() : await readPreviousEntries(previousDir);
  // One run for all types: every problem and every media file of the pull in one place.
  const run = createNormalizeRun(client.baseUrl);
  const q = new Quarantine();
  const settle = <T extends Keyed>(list: EntryList<T>, raw: readonly unknown[], fn: Parameters<typeof normaliseEach<T>>[3]): T[] =>
    settleList(list, normaliseEach(list.type, run, raw, fn), previous, q);
  const L = ENTRY_LISTS;

  // The settings and the map's settings: no previous version stands in for them (every page
  // carries the navigation and the legal pages; the map its tiles).
  const settings = normalizeSiteSettings(run, settingsRaw);
  const tiles = normalizeMapTiles(run, visit.mapTiles);
  q.fatal.push(...run.issues.splice(0));

  // A translation's editors are the German page's: its organisation names them.
  const pageOrganisations = new Map(pages.map((p) => [documentIdOf(p), organisationOf(L.pages.type, documentIdOf(p), p)]));
  const pagesEnPulled = normaliseEach(L.pagesEn.type, run, pagesEn, normalizePageTranslation).map((p) => {
    const organisation = pageOrganisations.get(p.documentId);
    return organisation === undefined ? p : { ...p, organisation };
  });

  const lists = {
    organisations: settle(L.organisations, organisations, normalizeOrganisation),
    pages: settle(L.pages, pages, normalizePage),
    news: settle(L.news, news, normalizeNewsArticle),
    offices: settle(L.offices, offices, normalizeOffice),
    services: settle(L.services, services, normalizeService),
    lifeEvents: settle(L.lifeEvents, lifeEvents, normalizeLifeEvent),
    events: settle(L.events, events, normalizeEvent),
    amtsblatt: settle(L.amtsblatt, amtsblatt, normalizeAmtsblattIssue),
    notices: settle(L.notices, notices, normalizePublicNotice),
    alerts: settle(L.alerts, alerts, (r, raw) => normalizeAlert(r.issues, raw)),
    onlineServices: settle(L.onlineServices, onlineServices, normalizeOnlineService),
    places: settle(L.places, visit.places, normalizePlace),
    publications: settle(L.publications, visit.publications, normalizePublication),
    council: {
      terms: settle(L.councilTerms, council.terms, normalizeLegislativeTerm),
      organizations: settle(L.councilOrganizations, council.organizations, normalizeCouncilOrganization),
      persons: settle(L.councilPersons, council.persons, normalizeCouncilPerson),
      locations: settle(L.councilLocations, council.locations, normalizeCouncilLocation),
      meetings: settle(L.councilMeetings, council.meetings, normalizeCouncilMeeting),
      papers: settle(L.councilPapers, council.papers, normalizeCouncilPaper),
    },
  };
  const translated = settleList(L.pagesEn, pagesEnPulled, previous, q);
  // Redirects carry no documentId in the contract, so no previous version can be found for one:
  // an invalid redirect is left out (its old address answers 404 until it is fixed).
  const redirectList = normaliseEach('redirect', run, redirects, (r, raw) => normalizeRedirect(r.issues, raw)).flatMap((p): Redirect[] => {
    if (p.value !== undefined) return [p.value];
    if (p.documentId === '–') q.fatal.push(...p.issues);
    else q.add({ type: 'redirect' }, p.documentId, p.issues, 'omitted');
    return [];
  });

  // Everything is read before failing, so one error lists every problem that stops the build.
  if (q.fatal.length > 0 || settings === undefined || tiles === undefined) throw new InvalidContentError(q.fatal);
  const draft: Snapshot = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    generatedAt: now().toISOString(),
    source,
    settings,
    ...lists,
    redirects: redirectList,
    mapTiles: tiles,
    quarantine: [],
    translations: { en: { pages: translated } },
  };
  // References, duplicate slugs, cycles: settled before any download, so a fatal one fails fast.
  settleReferences(draft, previous, q);
  draft.quarantine = q.records();
  // The same checks the site build runs on the file; after settling nothing may be left.
  const snapshot = validateSnapshot(JSON.parse(JSON.stringify(draft)));

  // Files of pulled entries come from the CMS; files only previous versions need come from the
  // previous snapshot (whose entries were only accepted with their files present): the CMS may
  // not have them any more, and the refused version may name the same file.
  const { current, previousOnly } = mediaByOrigin(snapshot, q);
  const fromCms = [...current].sort().map((name): [string, string] => {
    const url = run.media.get(name);
    if (url === undefined) throw new Error(`Mediendatei ${name}: keine Adresse im CMS bekannt (Programmfehler)`);
    return [name, url];
  });
  const downloaded = await mapLimit(fromCms, mediaConcurrency, async ([name, url]): Promise<[string, Uint8Array]> => {
    const bytes = await client.download(url);
    if (bytes.byteLength === 0) throw new Error(`Mediendatei ${name} von ${url} ist leer`);
    return [name, bytes];
  });
  const files = new Map(downloaded);
  for (const name of [...previousOnly].sort()) {
    if (previous.dir === null) throw new Error(`Mediendatei ${name}: kein vorheriger Snapshot, aus dem sie kommen könnte (Programmfehler)`);
    files.set(name, new Uint8Array(await readFile(join(previous.dir, MEDIA_DIR, name))));
  }

  await writeSnapshot(dir, snapshot, files);
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
    media: files.size,
    quarantine: snapshot.quarantine,
    previousProblem: previous.problem,
  };
}
