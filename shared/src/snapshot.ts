import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { InvalidContentError, SnapshotMissingError, issuesFromZod, ssiIssues, validateList, type ContentIssue } from './errors.ts';
import { isoDateTime } from './schemas/common.ts';
import type { Blocks } from './schemas/blocks.ts';
import { newsArticle, type NewsArticle } from './schemas/news-article.ts';
import { office, type Office } from './schemas/office.ts';
import { organisation, type Organisation } from './schemas/organisation.ts';
import { event, type Event } from './schemas/event.ts';
import { lifeEvent, type LifeEvent } from './schemas/life-event.ts';
import { amtsblattIssue, publicNotice, type AmtsblattIssue, type PublicNotice } from './schemas/notice.ts';
import { alert, type Alert } from './schemas/alert.ts';
import { redirect, type Redirect } from './schemas/redirect.ts';
import { page, pageTranslation, type Page, type PageTranslation } from './schemas/page.ts';
import { service, type Service } from './schemas/service.ts';
import { onlineService, type OnlineService } from './schemas/online-service.ts';
import { siteSettings, TOP_TASK_KINDS, type SiteSettings } from './schemas/site-settings.ts';
import type { Council } from './schemas/council.ts';
import { checkCouncilReferences, councilHeader, councilMedia, validateCouncil } from './council.ts';
import { place, type Place } from './schemas/place.ts';
import { publication, type Publication } from './schemas/publication.ts';
import { mapTiles, type MapTiles } from './schemas/map-tiles.ts';
import { quarantineRecord, type QuarantineRecord } from './schemas/quarantine.ts';
import { germanPagePaths } from './rules/urls.ts';

/*
 * The snapshot: all published content in one versioned JSON file (`snapshot.json`) plus the
 * image files it references (`media/`), in one folder. The site builds from it alone.
 */

export const SNAPSHOT_FORMAT = 'stadtportal-snapshot';
/**
 * 2: services, life events, events, Amtsblatt, notices and English page translations.
 * 3: online services (Online-Dienste) replace the service card's links and appointment URL.
 * 4: `quarantine`: the entries the pull refused and what it kept instead (shared/src/quarantine.ts).
 */
export const SNAPSHOT_VERSION = 4;
export const SNAPSHOT_FILE = 'snapshot.json';
export const MEDIA_DIR = 'media';

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  generatedAt: string;
  /** Where the content came from (CMS base URL, or a fixture name). */
  source: string;
  settings: SiteSettings;
  organisations: Organisation[];
  pages: Page[];
  news: NewsArticle[];
  offices: Office[];
  services: Service[];
  lifeEvents: LifeEvent[];
  events: Event[];
  amtsblatt: AmtsblattIssue[];
  notices: PublicNotice[];
  /** Urgent notices (Eilmeldungen), published ones incl. expired and scheduled: the build bakes the active ones in. */
  alerts: Alert[];
  /** Weiterleitungen from the CMS (old URL → new place), uncompiled: the build collapses chains. */
  redirects: Redirect[];
  /** Places (sights, parks, car parks, …) for the city map and the tourism section. */
  places: Place[];
  /** Printed products as PDF (Bürgerinformation, city guides, …); the Amtsblatt has its own type. */
  publications: Publication[];
  /** The map's tile provider; null: none configured, the site lists places without a map. */
  mapTiles: MapTiles | null;
  /** Online-Dienste of third parties (forms, appointments, payment, …), embedded consent-first. */
  onlineServices: OnlineService[];
  /** Council information (Gremien, Sitzungen, Drucksachen): shared/src/council.ts. */
  council: Council;
  /**
   * Entries the pull refused (invalid, or referring to what is not there), each problem with what
   * the snapshot holds instead: the last valid version, nothing, or the entry without the
   * reference. Not shown on the site; the build runner's status page and the dashboard list it.
   */
  quarantine: QuarantineRecord[];
  /** Content in languages other than German, keyed by locale; a translation shares its documentId. */
  translations: { en: { pages: PageTranslation[] } };
}

const header = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION, {
    error: (iss) => `Snapshot-Version ${String(iss.input)}, erwartet ${SNAPSHOT_VERSION}: Snapshot aus einer anderen Version – neu ziehen (pnpm snapshot)`,
  }),
  generatedAt: isoDateTime,
  source: z.string().min(1),
  settings: z.unknown(),
  organisations: z.array(z.unknown()),
  pages: z.array(z.unknown()),
  news: z.array(z.unknown()),
  offices: z.array(z.unknown()),
  services: z.array(z.unknown()),
  lifeEvents: z.array(z.unknown()),
  events: z.array(z.unknown()),
  amtsblatt: z.array(z.unknown()),
  notices: z.array(z.unknown()),
  // Absent in snapshots pulled before Eilmeldungen existed: for them „no alert“ is the truth.
  alerts: z.array(z.unknown()).default([]),
  // Absent in snapshots pulled before redirects came from the CMS: none then.
  redirects: z.array(z.unknown()).default([]),
  // Absent in snapshots pulled before places, publications and the map existed.
  places: z.array(z.unknown()).default([]),
  publications: z.array(z.unknown()).default([]),
  mapTiles: z.unknown().default(null),
  onlineServices: z.array(z.unknown()).default([]),
  // Absent in snapshots pulled before council information existed: empty lists then.
  council: councilHeader,
  // Required since version 4: a pull always says what it refused, if only „nothing“.
  quarantine: z.array(quarantineRecord),
  translations: z.strictObject({ en: z.strictObject({ pages: z.array(z.unknown()) }) }),
});

function* imagesOf(body: Blocks): Generator<string> {
  for (const b of body) if (b.type === 'image') yield b.image.file;
}

/** Every media file the snapshot references, for copying and for the completeness check. */
export function referencedMedia(s: Snapshot): Set<string> {
  const files = new Set<string>();
  for (const o of s.organisations) if (o.logo) files.add(o.logo.file);
  if (s.settings.logo) files.add(s.settings.logo.file);
  if (s.settings.heroImage) files.add(s.settings.heroImage.file);
  for (const p of s.pages) {
    if (p.image) files.add(p.image.file);
    for (const f of imagesOf(p.body)) files.add(f);
  }
  for (const n of s.news) {
    if (n.image) files.add(n.image.file);
    for (const f of imagesOf(n.body)) files.add(f);
  }
  for (const sv of s.services) {
    for (const section of [sv.description, sv.eligibility, sv.requirements, sv.documents, sv.fees, sv.deadlines, sv.processingTime, sv.legalBasis]) {
      for (const f of imagesOf(section)) files.add(f);
    }
  }
  for (const l of s.lifeEvents) for (const f of imagesOf(l.body)) files.add(f);
  for (const e of s.events) {
    if (e.image) files.add(e.image.file);
    for (const f of imagesOf(e.description)) files.add(f);
  }
  for (const a of s.amtsblatt) files.add(a.file.file);
  for (const n of s.notices) {
    if (n.attachment) files.add(n.attachment.file);
    for (const f of imagesOf(n.body)) files.add(f);
  }
  for (const o of s.onlineServices) if (o.document) files.add(o.document.file);
  for (const p of s.places) for (const i of p.images) files.add(i.file);
  for (const p of s.publications) files.add(p.file.file);
  for (const p of s.translations.en.pages) {
    if (p.image) files.add(p.image.file);
    for (const f of imagesOf(p.body)) files.add(f);
  }
  for (const f of councilMedia(s.council)) files.add(f);
  return files;
}

/**
 * References between entries: what a page needs must be in the snapshot. A page whose parent is
 * unpublished would otherwise silently move to the top level, a footer link would point nowhere.
 */
function checkReferences(s: Snapshot, issues: ContentIssue[]): void {
  const orgIds = new Set(s.organisations.map((o) => o.documentId));
  const pagesById = new Map(s.pages.map((p) => [p.documentId, p]));

  const dupes = <E extends { documentId: string; slug: string }>(type: string, entries: E[], key: (e: E) => string) => {
    const seen = new Map<string, string>();
    for (const e of entries) {
      const k = key(e);
      const other = seen.get(k);
      if (other) issues.push({ type, documentId: e.documentId, field: 'slug', message: `Slug „${e.slug}“ ist schon vergeben (${other})` });
      else seen.set(k, e.documentId);
    }
  };
  dupes('organisation', s.organisations, (o) => o.slug);
  dupes('news-article', s.news, (n) => n.slug);
  dupes('office', s.offices, (o) => o.slug);

  for (const p of s.pages) {
    if (!orgIds.has(p.organisation)) {
      issues.push({ type: 'page', documentId: p.documentId, field: 'organisation', message: `Organisation ${p.organisation} ist nicht (veröffentlicht) vorhanden` });
    }
  }
  // The page tree as the site and the CMS compute it (rules/urls.ts): a missing parent, a cycle
  // (it would make the URL infinite), two pages on one path (page slugs need only be unique among
  // siblings: the URL is the path of slugs). Reserved top-level slugs are the site build's
  // check, as before: here they would quarantine a page instead of stopping the build.
  for (const i of germanPagePaths(s.pages).issues) {
    if (i.rule !== 'reserved') issues.push({ type: 'page', documentId: i.documentId, field: i.field, message: i.message });
  }
  for (const n of s.news) {
    if (!orgIds.has(n.organisation)) {
      issues.push({ type: 'news-article', documentId: n.documentId, field: 'organisation', message: `Organisation ${n.organisation} ist nicht (veröffentlicht) vorhanden` });
    }
  }
  const owned: [string, { documentId: string; organisation: string }[]][] = [
    ['office', s.offices],
    ['service', s.services],
    ['life-event', s.lifeEvents],
    ['event', s.events],
    ['amtsblatt-issue', s.amtsblatt],
    ['public-notice', s.notices],
  ];
  for (const [type, entries] of owned) {
    for (const x of entries) {
      if (!orgIds.has(x.organisation)) {
        issues.push({ type, documentId: x.documentId, field: 'organisation', message: `Organisation ${x.organisation} ist nicht (veröffentlicht) vorhanden` });
      }
    }
  }
  dupes('service', s.services, (x) => x.slug);
  dupes('life-event', s.lifeEvents, (x) => x.slug);
  dupes('event', s.events, (x) => x.slug);
  dupes('amtsblatt-issue', s.amtsblatt, (x) => x.slug);
  dupes('public-notice', s.notices, (x) => x.slug);
  dupes('place', s.places, (x) => x.slug);
  dupes('publication', s.publications, (x) => x.slug);
  for (const x of s.publications) {
    if (!orgIds.has(x.organisation)) {
      issues.push({ type: 'publication', documentId: x.documentId, field: 'organisation', message: `Organisation ${x.organisation} ist nicht (veröffentlicht) vorhanden` });
    }
  }

  const officeIds = new Set(s.offices.map((o) => o.documentId));
  for (const sv of s.services) {
    if (!officeIds.has(sv.office)) {
      issues.push({ type: 'service', documentId: sv.documentId, field: 'office', message: `Amt ${sv.office} ist nicht (veröffentlicht) vorhanden` });
    }
  }
  const serviceIds = new Set(s.services.map((x) => x.documentId));
  for (const l of s.lifeEvents) {
    l.services.forEach((id, i) => {
      if (!serviceIds.has(id)) {
        issues.push({ type: 'life-event', documentId: l.documentId, field: `services.${i}`, message: `Leistung ${id} ist nicht (veröffentlicht) vorhanden` });
      }
    });
  }
  // The issue's URL is its year and number: „2026-11“ for Nr. 11 of 2026.
  for (const a of s.amtsblatt) {
    const want = `${a.date.slice(0, 4)}-${String(a.number).padStart(2, '0')}`;
    if (a.slug !== want) {
      issues.push({ type: 'amtsblatt-issue', documentId: a.documentId, field: 'slug', message: `Slug „${a.slug}“ passt nicht zu Jahr und Nummer (erwartet „${want}“)` });
    }
  }
  for (const t of s.translations.en.pages) {
    if (!pagesById.has(t.documentId)) {
      issues.push({ type: 'page (en)', documentId: t.documentId, field: 'documentId', message: 'Übersetzung ohne (veröffentlichte) deutsche Seite' });
    }
  }
  dupes('page (en)', s.translations.en.pages, (x) => x.documentId);
  checkOnlineServiceReferences(s, issues);
  const settingsRefs: [string, string][] = [
    ...s.settings.mainNavigation.map((id, i): [string, string] => [`mainNavigation.${i}`, id]),
    ...Object.entries(s.settings.legalPages).map(([k, id]): [string, string] => [`legalPages.${k}`, id]),
  ];
  for (const [field, id] of settingsRefs) {
    if (!pagesById.has(id)) {
      issues.push({ type: 'site-settings', documentId: '–', field, message: `Seite ${id} ist nicht (veröffentlicht) vorhanden` });
    }
  }  const targets = {
    service: new Set(s.services.map((x) => x.documentId)),
    onlineService: new Set(s.onlineServices.map((x) => x.documentId)),
    page: new Set(pagesById.keys()),
  };
  s.settings.topTasks.forEach((task, i) => {
    if (!targets[task.kind].has(task.target)) {
      issues.push({ type: 'site-settings', documentId: '–', field: `topTasks.${i}.target`, message: `${TOP_TASK_KINDS[task.kind]} ${task.target} ist nicht (veröffentlicht) vorhanden` });
    }
  });
}

/** Where an Online-Dienst appears must exist: a card on an unpublished service would vanish silently. */
function checkOnlineServiceReferences(s: Snapshot, issues: ContentIssue[]): void {
  const known = {
    services: new Set(s.services.map((x) => x.documentId)),
    offices: new Set(s.offices.map((x) => x.documentId)),
    pages: new Set(s.pages.map((x) => x.documentId)),
  };
  const what = { services: 'Leistung', offices: 'Amt', pages: 'Seite' } as const;
  const seen = new Map<string, string>();
  for (const o of s.onlineServices) {
    const other = seen.get(o.slug);
    if (other) issues.push({ type: 'online-service', documentId: o.documentId, field: 'slug', message: `Slug „${o.slug}“ ist schon vergeben (${other})` });
    else seen.set(o.slug, o.documentId);
    for (const key of ['services', 'offices', 'pages'] as const) {
      o[key].forEach((id, i) => {
        if (!known[key].has(id)) {
          issues.push({ type: 'online-service', documentId: o.documentId, field: `${key}.${i}`, message: `${what[key]} ${id} ist nicht (veröffentlicht) vorhanden` });
        }
      });
    }
  }
}

/**
 * Validate untrusted data (a pulled or read snapshot) against the contract. Collects every issue
 * and throws one InvalidContentError naming type, documentId and field of each.
 */
export function validateSnapshot(raw: unknown): Snapshot {
  const head = header.safeParse(raw);
  if (!head.success) {
    throw new InvalidContentError(issuesFromZod('snapshot', '–', head.error));
  }
  const issues: ContentIssue[] = [];
  const settings = siteSettings.safeParse(head.data.settings);
  if (!settings.success) issues.push(...issuesFromZod('site-settings', '–', settings.error));
  issues.push(...ssiIssues('site-settings', '–', head.data.settings));
  const organisations = validateList('organisation', organisation, head.data.organisations, issues);
  const pages = validateList('page', page, head.data.pages, issues);
  const news = validateList('news-article', newsArticle, head.data.news, issues);
  const offices = validateList('office', office, head.data.offices, issues);
  const services = validateList('service', service, head.data.services, issues);
  const lifeEvents = validateList('life-event', lifeEvent, head.data.lifeEvents, issues);
  const events = validateList('event', event, head.data.events, issues);
  const amtsblatt = validateList('amtsblatt-issue', amtsblattIssue, head.data.amtsblatt, issues);
  const notices = validateList('public-notice', publicNotice, head.data.notices, issues);
  const alerts = validateList('alert', alert, head.data.alerts, issues);
  const redirects = validateList('redirect', redirect, head.data.redirects, issues);
  const places = validateList('place', place, head.data.places, issues);
  const publications = validateList('publication', publication, head.data.publications, issues);
  const tiles = head.data.mapTiles === null ? null : mapTiles.safeParse(head.data.mapTiles);
  if (tiles !== null && !tiles.success) issues.push(...issuesFromZod('map-setting', '–', tiles.error));
  issues.push(...ssiIssues('map-setting', '–', head.data.mapTiles));
  const onlineServices = validateList('online-service', onlineService, head.data.onlineServices, issues);
  const pagesEn = validateList('page (en)', pageTranslation, head.data.translations.en.pages, issues);
  const council = validateCouncil(head.data.council, issues);
  if (!settings.success || issues.length > 0) throw new InvalidContentError(issues);
  const snapshot: Snapshot = {
    format: head.data.format,
    version: head.data.version,
    generatedAt: head.data.generatedAt,
    source: head.data.source,
    settings: settings.data,
    organisations,
    pages,
    news,
    offices,
    services,
    lifeEvents,
    events,
    amtsblatt,
    notices,
    alerts,
    redirects,
    onlineServices,
    places,
    publications,
    mapTiles: tiles?.success ? tiles.data : null,
    council,
    quarantine: head.data.quarantine,
    translations: { en: { pages: pagesEn } },
  };
  issues.push(...referenceIssues(snapshot));
  if (issues.length > 0) throw new InvalidContentError(issues);
  return snapshot;
}

/** References between entries that do not resolve, duplicate slugs, cycles: the checks across entries. */
export function referenceIssues(s: Snapshot): ContentIssue[] {
  const issues: ContentIssue[] = [];
  checkReferences(s, issues);
  checkCouncilReferences(s.council, issues);
  return issues;
}

/** The workspace root: the nearest folder upwards from `start` that holds pnpm-workspace.yaml. */
export function findRepoRoot(start: string = process.cwd()): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) {
      throw new Error(`Kein Projektordner (pnpm-workspace.yaml) über ${start} gefunden – SNAPSHOT_DIR setzen.`);
    }
  }
}

/**
 * Default location: <repo>/content, overridable with SNAPSHOT_DIR. Found from the working
 * directory, not from import.meta.url: bundlers (the Astro build) move this module elsewhere.
 */
export function snapshotDir(env: NodeJS.ProcessEnv = process.env, repoRoot?: string): string {
  if (env.SNAPSHOT_DIR) return resolve(env.SNAPSHOT_DIR);
  return join(repoRoot ?? findRepoRoot(), 'content');
}

/** Read and validate the snapshot in `dir`; also checks that every referenced media file (image, PDF) is there. */
export async function readSnapshot(dir: string): Promise<Snapshot> {
  const file = join(dir, SNAPSHOT_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new SnapshotMissingError(file);
    throw err;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`Snapshot ${file} ist kein gültiges JSON: ${(err as Error).message}`, { cause: err });
  }
  const snapshot = validateSnapshot(raw);
  const missing: string[] = [];
  for (const f of referencedMedia(snapshot)) {
    try {
      await stat(join(dir, MEDIA_DIR, f));
    } catch (err) {
      // Only a missing file is "missing"; a permission or I/O error must surface as itself.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      missing.push(f);
    }
  }
  if (missing.length > 0) {
    throw new Error(`Snapshot ${file}: Mediendateien fehlen in ${join(dir, MEDIA_DIR)}: ${missing.join(', ')}`);
  }
  return snapshot;
}

/**
 * Write a file so that readers see either the old or the new content, never a part: write a
 * temp file in the same folder, fsync, then rename over the target (atomic on POSIX).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fh = await open(tmp, 'w');
  try {
    await fh.writeFile(data);
    await fh.sync();
  } catch (err) {
    await fh.close();
    await rm(tmp, { force: true });
    throw err;
  }
  await fh.close();
  try {
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/**
 * Store a validated snapshot. Media files are written first (content-addressed names, so an
 * existing file is never changed), the JSON last and atomically: an interrupted pull leaves the
 * previous snapshot.json in place and valid.
 */
export async function writeSnapshot(
  dir: string,
  snapshot: Snapshot,
  media: ReadonlyMap<string, Uint8Array>,
): Promise<void> {
  // Validate what we are about to write: never replace a good snapshot with a bad one.
  validateSnapshot(JSON.parse(JSON.stringify(snapshot)));
  const missing = [...referencedMedia(snapshot)].filter((f) => !media.has(f));
  if (missing.length > 0) throw new Error(`Mediendateien fehlen für den Snapshot: ${missing.join(', ')}`);
  await mkdir(join(dir, MEDIA_DIR), { recursive: true });
  for (const [name, bytes] of media) {
    await writeFileAtomic(join(dir, MEDIA_DIR, name), bytes);
  }
  await writeFileAtomic(join(dir, SNAPSHOT_FILE), `${JSON.stringify(snapshot, null, 2)}\n`);
}
