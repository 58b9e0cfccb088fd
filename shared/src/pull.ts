import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapLimit, type CmsClient, type StrapiQuery } from './client.ts';
import { InvalidContentError, documentIdOf } from './errors.ts';
import { createNormalizeRun } from './normalize/helpers.ts';
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
import { CONTENT_REGISTRY, emptyLists, listsOf, setAtPath, valueAtPath, type ContentRegistry, type RegistryTree } from './registry/index.ts';
import { CMS_CONTENT_TYPES } from './rules/content-types.ts';
import type { QuarantineRecord } from './schemas/quarantine.ts';
import { MEDIA_DIR, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, snapshotSchema, validateSnapshot, writeSnapshot } from './snapshot.ts';

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
}

export async function pullSnapshot(options: PullOptions): Promise<PullResult> {
  const { client, dir, source, now = () => new Date(), mediaConcurrency = 4, registry = CONTENT_REGISTRY } = options;
  const previousDir = options.previous === undefined ? dir : options.previous;
  const lists = listsOf(registry);

  // One after the other: a failure stops the pull at once, and the CMS is not hammered.
  const fetched = new Map<string, readonly unknown[]>();
  for (const { path, list } of lists) fetched.set(path.join('.'), await client.findAll(list.cms.api, list.query));
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
    const raw = fetched.get(key) ?? [];
    const pulled = normaliseEach(list.type, run, raw, list.normalize);
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
    const owned = list.translationOf === undefined ? keyed : ownedBy(keyed, fetched.get(list.translationOf) ?? [], registry, list.translationOf);
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

  await writeSnapshot(dir, snapshot, files, registry);
  const counts = Object.fromEntries(
    lists.map(({ path }): [string, number] => {
      const list = valueAtPath(snapshot, path);
      return [path.join('.'), Array.isArray(list) ? list.length : 0];
    }),
  );
  return { dir, counts, media: files.size, quarantine: snapshot.quarantine, previousProblem: previous.problem };
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
