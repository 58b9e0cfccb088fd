import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapLimit, type CmsClient, type QueryValue, type StrapiEntry, type StrapiQuery } from './client.ts';
import { InvalidContentError, documentIdOf } from './errors.ts';
import { createNormalizeRun, type NormalizeRun } from './normalize/helpers.ts';
import { fetchMapTiles, normalizeMapTiles } from './normalize/map-tiles.ts';
import { normalizeSiteSettings } from './normalize/site-settings.ts';
import {
  PreviousEntries,
  Quarantine,
  entryLists,
  mediaByOrigin,
  normaliseEach,
  organisationOf,
  readPreviousEntries,
  settleList,
  settleReferences,
  type Keyed,
  type Pulled,
} from './quarantine.ts';
import { CONTENT_REGISTRY, emptyLists, listsOf, setAtPath, valueAtPath, type ContentRegistry, type ListType, type RegistryTree } from './registry/index.ts';
import { CMS_CONTENT_TYPES } from './rules/content-types.ts';
import type { QuarantineRecord } from './schemas/quarantine.ts';
import {
  DEFAULT_FULL_PULL_HOURS,
  PULL_INDEX_FORMAT,
  PULL_INDEX_VERSION,
  readPullIndex,
  registryFingerprint,
  writePullIndex,
  type PullIndex,
} from './pull-index.ts';
import { MEDIA_DIR, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, mediaOf, snapshotSchema, validateSnapshot, writeSnapshot, type Snapshot } from './snapshot.ts';

/** The pull's bookkeeping beside snapshot.json (the delta pull's index): not content. */
export { PULL_INDEX_FILE } from './pull-index.ts';

/*
 * The snapshot pull: everything published in the CMS → one validated snapshot folder. Nothing is
 * written until all content is fetched, checked and every file is at hand; then writeSnapshot
 * replaces snapshot.json atomically. A failed pull leaves the previous snapshot untouched.
 *
 * An invalid entry does not fail the pull: it keeps its last valid version from the previous
 * snapshot or is left out, and the snapshot's `quarantine` says so (quarantine.ts). The pull
 * fails for what every page depends on — the site settings and the map's settings — and for
 * answers it cannot read at all (not Strapi's shape, HTTP errors, a file that cannot be loaded).
 *
 * A delta pull (`delta: true`, docs/adr/0024) fetches in full only the entries whose updatedAt
 * differs from the previous snapshot's pull-index.json and reuses the others as they are; from
 * there on (normalising, quarantine, references, validation) it is the same code path as a full
 * pull, on the same merged lists, so both give the same snapshot (test/pull-delta.test.ts). It
 * writes pull-index.json after snapshot.json; the index names the snapshot's hash, so an index
 * left beside another snapshot (a crash between the two writes) only means a full pull next time.
 */

/** The single type with the navigation, the legal pages and the colours: every page needs it. */
const SETTINGS_QUERY = {
  // Harmless on a type without draft & publish; keeps drafts out should it ever get it.
  status: 'published',
  populate: {
    mainNavigation: { fields: ['documentId'] },
    impressum: { fields: ['documentId'] },
    datenschutz: { fields: ['documentId'] },
    barrierefreiheit: { fields: ['documentId'] },
    leichteSprache: { fields: ['documentId'] },
    gebaerdensprache: { fields: ['documentId'] },
    social: true,
  },
} as const satisfies StrapiQuery;

/** Each list's REST query by its place in the snapshot (`council.terms`), and the settings'. */
export function pullQueries(registry: RegistryTree = CONTENT_REGISTRY): Record<string, StrapiQuery> {
  return { ...Object.fromEntries(listsOf(registry).map(({ path, list }) => [path.join('.'), list.query])), settings: SETTINGS_QUERY };
}

/** What the pull asks Strapi for, every query in one place (the client tests check them). */
export const PULL_QUERIES = pullQueries();

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
  /** The content types to pull (default: all of them). */
  registry?: ContentRegistry;
  /**
   * Pull only what changed since the previous snapshot (docs/adr/0024), by its pull-index.json;
   * a full pull when that cannot be used, with the reason in the result. Default: full.
   */
  delta?: boolean;
  /** A delta pull gives way to a full one when the last full pull is older than this (FULL_PULL_HOURS). */
  fullPullHours?: number;
  /** Documents per request when a delta pull fetches changed entries by documentId. */
  deltaChunk?: number;
}

export interface PullResult {
  dir: string;
  /** Entries per list, keyed by the list's place in the snapshot (`council.terms`, `translations.en.pages`). */
  counts: Record<string, number>;
  media: number;
  /** The problems of refused entries and what the snapshot holds instead (also in the snapshot). */
  quarantine: QuarantineRecord[];
  /** Why no previous version could be used, or null. */
  previousProblem: string | null;
  /** A full pull, or a delta pull (only new and changed entries fetched in full). */
  kind: 'full' | 'delta';
  /** Why the pull was a full one (German), or null for a delta pull. */
  fullReason: string | null;
  /** Entries of the keyed lists fetched in full (a delta pull: the new, changed and quarantined ones). */
  fetchedEntries: number;
}

/** One entry of a list for the new snapshot: as Strapi sent it, or reused from the previous snapshot. */
type Source = { raw: StrapiEntry } | { reused: Keyed };

interface FetchedList {
  entries: Source[];
  /** documentId → updatedAt as Strapi listed it, for the next pull's index. */
  stamps: Map<string, string>;
}

/** The previous snapshot a delta pull builds on: its index, its entries, its media files. */
interface DeltaBase {
  dir: string;
  index: PullIndex;
  snapshot: unknown;
  files: ReadonlySet<string>;
}

export async function pullSnapshot(options: PullOptions): Promise<PullResult> {
  const { client, dir, source, now = () => new Date(), mediaConcurrency = 4, registry = CONTENT_REGISTRY } = options;
  const { fullPullHours = DEFAULT_FULL_PULL_HOURS, deltaChunk = 50 } = options;
  const previousDir = options.previous === undefined ? dir : options.previous;
  const lists = listsOf(registry);
  const fingerprint = registryFingerprint(
    pullQueries(registry),
    lists.map(({ path, list }) => ({ path: path.join('.'), type: list.type, locale: list.locale })),
    client.baseUrl,
  );
  const started = now();

  const base = options.delta === true ? await deltaBase(previousDir, fingerprint, started, fullPullHours) : { problem: 'vollständiger Abruf angefordert' };
  const delta = 'index' in base ? base : null;

  // One after the other: a failure stops the pull at once, and the CMS is not hammered.
  const fetched = new Map<string, FetchedList>();
  const plan = delta === null ? null : await planDelta(client, lists, delta, deltaChunk);
  for (const { path, list } of lists) {
    const key = path.join('.');
    const planned = plan?.get(key);
    fetched.set(key, planned === undefined ? await fetchFull(client, list) : await fetchChanged(client, list, planned, deltaChunk));
  }
  const settingsRaw = await client.findSingle(CMS_CONTENT_TYPES['site-setting'].api, SETTINGS_QUERY);
  const tilesRaw = await fetchMapTiles(client);

  const previous = previousDir === null ? PreviousEntries.none() : await readPreviousEntries(previousDir, registry);
  // One run for all types: every problem and every media file of the pull in one place.
  const run = createNormalizeRun(client.baseUrl);
  const q = new Quarantine();

  // The settings and the map's settings: no previous version stands in for them (every page
  // carries the navigation and the legal pages; the map its tiles).
  const settings = normalizeSiteSettings(run, settingsRaw);
  const tiles = normalizeMapTiles(run, tilesRaw);
  q.fatal.push(...run.issues.splice(0));

  const keyedLists = new Map(entryLists(registry).map((l) => [l.path.join('.'), l]));
  const settled = emptyLists(registry);
  for (const { path, list } of lists) {
    const key = path.join('.');
    const entries = fetched.get(key)?.entries ?? [];
    const pulled = normaliseSources(list.type, run, entries, list.normalize);
    const entryList = keyedLists.get(key);
    if (entryList === undefined) {
      // Without a documentId in the contract (redirects) no previous version can be found for an
      // entry: an invalid one is left out (a redirect's old address answers 404 until it is fixed).
      setAtPath(
        settled,
        path,
        pulled.flatMap((p) => {
          if (p.value !== undefined) return [p.value];
          if (p.documentId === '–') q.fatal.push(...p.issues);
          else q.add({ type: list.type }, p.documentId, p.issues, 'omitted');
          return [];
        }),
      );
      continue;
    }
    const keyed = asKeyed(list.type, pulled);
    const owned =
      list.translationOf === undefined
        ? keyed
        : ownedBy(keyed, (fetched.get(list.translationOf)?.entries ?? []).map(sourceValue), registry, list.translationOf);
    setAtPath(settled, path, settleList(entryList, owned, previous, q));
  }

  // Everything is read before failing, so one error lists every problem that stops the build.
  if (q.fatal.length > 0 || settings === undefined || tiles === undefined) throw new InvalidContentError(q.fatal);
  // Checked against the schema the Snapshot type is derived from (each entry was checked already;
  // this gives the assembled lists their type without a cast).
  const draft = snapshotSchema(registry).parse({
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    generatedAt: now().toISOString(),
    source,
    settings,
    ...settled,
    mapTiles: tiles,
    quarantine: [],
  });
  // References, duplicate slugs, cycles: settled before any download, so a fatal one fails fast.
  settleReferences(draft, previous, q, registry);
  draft.quarantine = q.records();
  // The same checks the site build runs on the file; after settling nothing may be left.
  const snapshot = validateSnapshot(JSON.parse(JSON.stringify(draft)), registry);

  // Files of pulled entries come from the CMS; files only previous versions need come from the
  // previous snapshot (whose entries were only accepted with their files present): the CMS may
  // not have them any more, and the refused version may name the same file.
  const { current, previousOnly } = mediaByOrigin(snapshot, q, registry);
  // A delta pull's reused entries bring their files from the previous snapshot (checked present
  // when the entry was chosen for reuse); a file a fetched entry names as well is downloaded.
  const reusedFiles = new Set<string>();
  for (const { entries } of fetched.values()) for (const e of entries) if ('reused' in e) for (const f of mediaOf(e.reused)) reusedFiles.add(f);
  const fromCms: [string, string][] = [];
  const fromBase: string[] = [];
  for (const name of [...current].sort()) {
    const url = run.media.get(name);
    if (url !== undefined) fromCms.push([name, url]);
    else if (delta !== null && reusedFiles.has(name)) fromBase.push(name);
    else throw new Error(`Mediendatei ${name}: keine Adresse im CMS bekannt (Programmfehler)`);
  }
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
  if (delta !== null) for (const name of fromBase) files.set(name, new Uint8Array(await readFile(join(delta.dir, MEDIA_DIR, name))));

  const hash = await writeSnapshot(dir, snapshot, files, registry);
  await writePullIndex(dir, {
    format: PULL_INDEX_FORMAT,
    version: PULL_INDEX_VERSION,
    snapshotVersion: SNAPSHOT_VERSION,
    registry: fingerprint,
    snapshot: hash,
    lastFullPull: delta === null ? started.toISOString() : delta.index.lastFullPull,
    lists: indexedLists(snapshot, fetched, registry),
  });
  const counts = Object.fromEntries(
    lists.map(({ path }): [string, number] => {
      const list = valueAtPath(snapshot, path);
      return [path.join('.'), Array.isArray(list) ? list.length : 0];
    }),
  );
  // Redirects (no documentId) are always pulled whole and not counted: this is what a delta spares.
  const fetchedEntries = lists
    .filter(({ list }) => list.keyed)
    .reduce((n, { path }) => n + (fetched.get(path.join('.'))?.entries.filter((e) => 'raw' in e).length ?? 0), 0);
  return {
    dir,
    counts,
    media: files.size,
    quarantine: snapshot.quarantine,
    previousProblem: previous.problem,
    kind: delta === null ? 'full' : 'delta',
    fullReason: 'problem' in base ? base.problem : null,
    fetchedEntries,
  };
}

function isKeyed<T>(p: Pulled<T>): p is Pulled<T & Keyed> {
  return p.value === undefined || (typeof p.value === 'object' && p.value !== null && 'documentId' in p.value);
}

/** A keyed list's entries (its schema requires a documentId); anything else is a registry error. */
function asKeyed<T>(type: string, pulled: Pulled<T>[]): Pulled<T & Keyed>[] {
  if (pulled.every(isKeyed)) return pulled;
  throw new Error(`${type}: Eintrag ohne documentId in einer Liste mit documentId (Registry prüfen, Programmfehler)`);
}

/**
 * A translation's entries belong to the organisation of the entry they translate (same
 * documentId): its editors are the ones to tell about a problem.
 */
function ownedBy<T extends Keyed>(pulled: Pulled<T>[], originals: readonly unknown[], registry: RegistryTree, originalKey: string): Pulled<T>[] {
  const original = listsOf(registry).find(({ path }) => path.join('.') === originalKey);
  if (original === undefined) throw new Error(`Registry: „${originalKey}“, die Liste einer Übersetzung, gibt es nicht (Programmfehler)`);
  const organisations = new Map(originals.map((o) => [documentIdOf(o), organisationOf(original.list.type, documentIdOf(o), o)]));
  return pulled.map((p) => {
    const organisation = organisations.get(p.documentId);
    return organisation === undefined ? p : { ...p, organisation };
  });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The version of an entry as the index records it: Strapi's `updatedAt` and `publishedAt`. A
 * publish without an edit (unpublished and published again) may keep `updatedAt` — Strapi copies
 * the draft — but always sets `publishedAt`, and it drops the links other entries had to the
 * unpublished version: the entry must count as touched. Null when there is no updatedAt (such an
 * entry is never indexed: always fetched).
 */
function updatedAtOf(entry: StrapiEntry): string | null {
  if (typeof entry.updatedAt !== 'string' || entry.updatedAt === '') return null;
  return `${entry.updatedAt}|${typeof entry.publishedAt === 'string' ? entry.publishedAt : ''}`;
}

function stampsOf(entries: readonly StrapiEntry[]): Map<string, string> {
  const stamps = new Map<string, string>();
  for (const e of entries) {
    const at = updatedAtOf(e);
    if (typeof e.documentId === 'string' && e.documentId !== '' && at !== null) stamps.set(e.documentId, at);
  }
  return stamps;
}

async function fetchFull(client: CmsClient, list: ListType): Promise<FetchedList> {
  const raw = await client.findAll(list.cms.api, list.query);
  return { entries: raw.map((r) => ({ raw: r })), stamps: stampsOf(raw) };
}

/**
 * The previous snapshot a delta pull can build on, or why it cannot (the reason for a full pull).
 * Its entries are reused only as the index describes them, so index and snapshot must belong
 * together (pull-index.ts) and must not be older than the periodic full pull allows.
 */
async function deltaBase(previousDir: string | null, fingerprint: string, now: Date, fullPullHours: number): Promise<DeltaBase | { problem: string }> {
  if (!(fullPullHours > 0)) throw new Error(`FULL_PULL_HOURS muss eine Zahl > 0 sein, nicht ${fullPullHours}`);
  if (previousDir === null) return { problem: 'kein vorheriger Snapshot' };
  const read = await readPullIndex(previousDir, fingerprint);
  if ('problem' in read) return read;
  const age = now.getTime() - Date.parse(read.index.lastFullPull);
  if (age >= fullPullHours * 3_600_000) {
    return { problem: `letzter vollständiger Abruf vor mehr als ${fullPullHours} Stunden (${read.index.lastFullPull}): regelmäßiger Abgleich` };
  }
  if (age < 0) return { problem: `letzter vollständiger Abruf (${read.index.lastFullPull}) liegt in der Zukunft – Uhr prüfen` };
  let files: Set<string>;
  try {
    files = new Set(await readdir(join(previousDir, MEDIA_DIR)));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    files = new Set();
  }
  return { dir: previousDir, index: read.index, snapshot: JSON.parse(read.snapshotText), files };
}

/** The list's query without populate and fields: documentId, updatedAt and publishedAt of every entry, in the same order. */
function listingQuery(query: StrapiQuery): StrapiQuery {
  return {
    ...Object.fromEntries(Object.entries(query).filter(([k]) => k !== 'populate' && k !== 'fields')),
    fields: ['documentId', 'updatedAt', 'publishedAt'],
  };
}

/** The list's own query, narrowed to some documents. */
function byIdQuery(query: StrapiQuery, ids: readonly string[]): StrapiQuery {
  const byId = { documentId: { $in: ids } };
  return { ...query, filters: query.filters === undefined ? byId : { $and: [query.filters, byId] } };
}

/** What a delta pull knows of one keyed list before fetching: Strapi's listing and what to reuse. */
interface ListPlan {
  /** documentId + updatedAt of every published entry, in the list's own order. */
  listing: StrapiEntry[];
  /** Entries taken from the previous snapshot as they are. */
  reused: Map<string, Keyed>;
  /** documentIds to fetch in full, in listing order. */
  changed: string[];
}

/**
 * What a delta pull fetches in full. First Strapi lists documentId + updatedAt of every keyed
 * list (cheap: no populate). An entry is fetched again when it is new, its updatedAt differs from
 * the index (quarantined entries are not in the index), or its previous version cannot be reused.
 *
 * Relations need one more step: Strapi changes a document's published relations without touching
 * its updatedAt when the other side changes — a page connected as another page's `children`
 * gets a new `parent`, a service's `lifeEvents` rewrite the life events' `services`, and
 * unpublishing or deleting a document drops every link to it. So every documentId that is new,
 * changed or gone ("touched") also sends to a full fetch every entry whose previous version
 * names it, and every entry Strapi now lists as linked to it (`filters[<relation>][documentId]`).
 * The webhook's payload is never needed: updatedAt and the links decide.
 */
async function planDelta(
  client: CmsClient,
  lists: readonly { path: readonly string[]; list: ListType }[],
  base: DeltaBase,
  chunk: number,
): Promise<Map<string, ListPlan>> {
  const keyed = lists.filter(({ list }) => list.keyed).map(({ path, list }) => ({ key: path.join('.'), path, list }));
  const listings = new Map<string, StrapiEntry[]>();
  for (const { key, list } of keyed) listings.set(key, await client.findAll(list.cms.api, listingQuery(list.query)));

  const touched = new Set<string>();
  const previousOf = new Map<string, Map<string, unknown>>();
  for (const { key, path, list } of keyed) {
    const known = base.index.lists[key] ?? {};
    const previous = new Map<string, unknown>();
    const items = valueAtPath(base.snapshot, path);
    if (Array.isArray(items)) for (const e of items) if (isRecord(e) && typeof e.documentId === 'string') previous.set(e.documentId, e);
    previousOf.set(key, previous);
    const listed = new Set<string>();
    // Relations point to the default locale's rows: what happens to a translation links nothing.
    const links = list.locale === undefined;
    for (const entry of listings.get(key) ?? []) {
      const documentId = entry.documentId;
      if (typeof documentId !== 'string' || documentId === '') {
        throw new Error(`CMS-Antwort von /api/${list.cms.api}: Eintrag ohne documentId in der Liste der Änderungen – Antwort hat nicht die Strapi-5-Form`);
      }
      listed.add(documentId);
      const at = updatedAtOf(entry);
      if (links && (at === null || known[documentId] !== at)) touched.add(documentId);
    }
    if (links) for (const documentId of [...previous.keys(), ...Object.keys(known)]) if (!listed.has(documentId)) touched.add(documentId);
  }

  const plans = new Map<string, ListPlan>();
  for (const { key, list } of keyed) {
    const listing = listings.get(key) ?? [];
    const known = base.index.lists[key] ?? {};
    const previous = previousOf.get(key) ?? new Map<string, unknown>();
    const linked = await linkedTo(client, list, [...touched], chunk);
    const reused = new Map<string, Keyed>();
    // A Set keeps the listing's order and each documentId once (a listing may repeat one).
    const changed = new Set<string>();
    for (const entry of listing) {
      const documentId = String(entry.documentId);
      const at = updatedAtOf(entry);
      const prev = previous.get(documentId);
      const keep =
        at !== null && known[documentId] === at && !linked.has(documentId) && !namesAny(prev, touched, documentId)
          ? reusable(list, prev, base.files)
          : undefined;
      if (keep !== undefined) reused.set(documentId, keep);
      else changed.add(documentId);
    }
    plans.set(key, { listing, reused, changed: [...changed] });
  }
  return plans;
}

/** Relations a list's query populates (`{ fields: ['documentId'] }`), as paths: `['memberships', 'person']`. */
export function relationPaths(populate: QueryValue | undefined, base: readonly string[] = []): string[][] {
  if (!isRecord(populate)) return [];
  return Object.entries(populate).flatMap(([name, value]) => {
    if (!isRecord(value)) return [];
    const fields = value.fields;
    if (Array.isArray(fields) && fields.includes('documentId')) return [[...base, name]];
    return relationPaths(value.populate, [...base, name]);
  });
}

/** The entries of the list Strapi now lists as linked to one of `ids`, through a relation of its own its query populates. */
async function linkedTo(client: CmsClient, list: ListType, ids: readonly string[], chunk: number): Promise<Set<string>> {
  const linked = new Set<string>();
  if (ids.length === 0) return linked;
  const scope = Object.fromEntries(Object.entries(list.query).filter(([k]) => k === 'status' || k === 'locale'));
  // Only the type's own relations: Strapi allows a relation inside a component one-sided only
  // (content-type-builder: oneWay/manyWay), so it changes with its entry's updatedAt; and the
  // public API may refuse filters into components (a meeting's non-public agenda items).
  for (const path of relationPaths(list.query.populate).filter((p) => p.length === 1)) {
    for (let i = 0; i < ids.length; i += chunk) {
      let filter: QueryValue = { documentId: { $in: ids.slice(i, i + chunk) } };
      for (const name of [...path].reverse()) filter = { [name]: filter };
      const filters = list.query.filters === undefined ? filter : { $and: [list.query.filters, filter] };
      for (const row of await client.findAll(list.cms.api, { ...scope, filters, fields: ['documentId'] })) {
        if (typeof row.documentId === 'string') linked.add(row.documentId);
      }
    }
  }
  return linked;
}

/**
 * Whether a previous entry names one of the ids anywhere (a reference field, a list of them, a
 * relation inside a component). documentIds are unique across types, so a match is a link; a
 * string that merely equals one costs one fetch, nothing else.
 */
function namesAny(value: unknown, ids: ReadonlySet<string>, own: string): boolean {
  if (typeof value === 'string') return value !== own && ids.has(value);
  if (Array.isArray(value)) return value.some((v) => namesAny(v, ids, own));
  if (isRecord(value)) return Object.values(value).some((v) => namesAny(v, ids, own));
  return false;
}

/**
 * A delta pull of one keyed list: the planned entries fetched in full (the list's own query, by
 * documentId, in chunks), the others reused; what Strapi no longer lists (deleted, unpublished)
 * is gone. The order is the listing's, which is the list's own sort.
 */
async function fetchChanged(client: CmsClient, list: ListType, plan: ListPlan, chunk: number): Promise<FetchedList> {
  const { listing, reused, changed } = plan;
  const stamps = new Map<string, string>();
  for (const entry of listing) {
    const at = updatedAtOf(entry);
    if (at !== null) stamps.set(String(entry.documentId), at);
  }
  const rows = new Map<string, StrapiEntry[]>();
  for (let i = 0; i < changed.length; i += chunk) {
    for (const row of await client.findAll(list.cms.api, byIdQuery(list.query, changed.slice(i, i + chunk)))) {
      // An answer without documentId would be the full pull's fatal problem too: kept, so the
      // normaliser names it the same way.
      const id = typeof row.documentId === 'string' ? row.documentId : '–';
      rows.set(id, [...(rows.get(id) ?? []), row]);
      // The version fetched may be newer than the one listed (saved in between): index that one.
      const at = updatedAtOf(row);
      if (at !== null && id !== '–') stamps.set(id, at);
    }
  }
  const entries: Source[] = [];
  const placed = new Set<string>();
  for (const entry of listing) {
    const documentId = String(entry.documentId);
    if (placed.has(documentId)) continue;
    placed.add(documentId);
    const keep = reused.get(documentId);
    // A changed entry Strapi no longer returns was unpublished or deleted in between: gone.
    if (keep === undefined) for (const row of rows.get(documentId) ?? []) entries.push({ raw: row });
    else entries.push({ reused: keep });
  }
  for (const row of rows.get('–') ?? []) entries.push({ raw: row });
  return { entries, stamps };
}

/**
 * A previous snapshot's entry that may stand for its unchanged CMS entry: today's contract
 * accepts it and its files are in the previous snapshot. Else undefined: fetched in full.
 */
function reusable(list: ListType, entry: unknown, files: ReadonlySet<string>): Keyed | undefined {
  if (entry === undefined) return undefined;
  const parsed = list.schema.safeParse(entry);
  if (!parsed.success || !isRecord(parsed.data) || typeof parsed.data.documentId !== 'string') return undefined;
  if (!mediaOf(parsed.data).every((f) => files.has(f))) return undefined;
  return { ...parsed.data, documentId: parsed.data.documentId };
}

/** Normalise what came from Strapi; a reused entry is its previous, already normalised version. */
function normaliseSources<T>(
  type: string,
  run: NormalizeRun,
  entries: readonly Source[],
  normalize: (run: NormalizeRun, raw: unknown) => T | undefined,
): Pulled<T>[] {
  const raws = normaliseEach(
    type,
    run,
    entries.flatMap((e) => ('raw' in e ? [e.raw] : [])),
    normalize,
  );
  let next = 0;
  return entries.map((e): Pulled<T> => {
    // Reused entries passed this list's schema (reusable()), the one T is its output of.
    if ('reused' in e) return { documentId: e.reused.documentId, value: e.reused as T, issues: [] };
    const p = raws[next++];
    if (p === undefined) throw new Error(`${type}: Eintrag fehlt nach dem Normalisieren (Programmfehler)`);
    return p;
  });
}

function sourceValue(e: Source): unknown {
  return 'raw' in e ? e.raw : e.reused;
}

/**
 * The next pull's index: per keyed list, documentId → updatedAt of every entry the snapshot holds
 * as pulled. Entries in quarantine are left out, whatever the snapshot keeps for them (a previous
 * version, the entry without a reference): they are fetched again next time.
 */
function indexedLists(snapshot: Snapshot, fetched: ReadonlyMap<string, FetchedList>, registry: RegistryTree): Record<string, Record<string, string>> {
  const quarantined = new Set(snapshot.quarantine.map((r) => `${r.type}\u0000${r.locale ?? ''}\u0000${r.documentId}`));
  const out: Record<string, Record<string, string>> = {};
  for (const { path, list } of listsOf(registry)) {
    if (!list.keyed) continue;
    const key = path.join('.');
    const stamps = fetched.get(key)?.stamps ?? new Map<string, string>();
    const entries = valueAtPath(snapshot, path);
    const byId: Record<string, string> = {};
    for (const e of Array.isArray(entries) ? entries : []) {
      if (!isRecord(e) || typeof e.documentId !== 'string') continue;
      if (quarantined.has(`${list.type}\u0000${list.locale ?? ''}\u0000${e.documentId}`)) continue;
      const at = stamps.get(e.documentId);
      if (at !== undefined) byId[e.documentId] = at;
    }
    out[key] = byId;
  }
  return out;
}
