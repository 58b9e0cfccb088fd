import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { InvalidContentError, SnapshotMissingError, issuesFromZod, ssiIssues, validateList, type ContentIssue } from './errors.ts';
import { isoDateTime } from './schemas/common.ts';
import { siteSettings, TOP_TASK_KINDS } from './schemas/site-settings.ts';
import { checkCouncilReferences } from './council.ts';
import { mapTiles } from './schemas/map-tiles.ts';
import { quarantineRecord } from './schemas/quarantine.ts';
import {
  CONTENT_REGISTRY,
  emptyLists,
  headerShape,
  listsOf,
  registryShape,
  setAtPath,
  valueAtPath,
  type ContentRegistry,
  type RegistryTree,
} from './registry/index.ts';
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

/**
 * The snapshot's contract: the header, the two single types every page depends on, and every
 * list of the content registry (src/registry) under its key. The `Snapshot` type is derived from
 * it, so a type added to the registry is part of the type with no other change.
 */
export function snapshotSchema<R extends RegistryTree>(registry: R) {
  return z.strictObject({
    format: z.literal(SNAPSHOT_FORMAT),
    version: z.literal(SNAPSHOT_VERSION),
    generatedAt: isoDateTime,
    /** Where the content came from (CMS base URL, or a fixture name). */
    source: z.string().min(1),
    settings: siteSettings,
    ...registryShape(registry),
    /** The map's tile provider; null: none configured, the site lists places without a map. */
    mapTiles: mapTiles.nullable(),
    /**
     * Entries the pull refused (invalid, or referring to what is not there), each problem with
     * what the snapshot holds instead: the last valid version, nothing, or the entry without the
     * reference. Not shown on the site; the build runner's status page and the dashboard list it.
     */
    quarantine: z.array(quarantineRecord),
  });
}

export type SnapshotOf<R extends RegistryTree> = z.infer<ReturnType<typeof snapshotSchema<R>>>;
export type Snapshot = SnapshotOf<ContentRegistry>;

/** What is checked before the entries: format, version, and that every list is a list. */
function headerOf(registry: RegistryTree) {
  return z.strictObject({
    format: z.literal(SNAPSHOT_FORMAT),
    version: z.literal(SNAPSHOT_VERSION, {
      error: (iss) => `Snapshot-Version ${String(iss.input)}, erwartet ${SNAPSHOT_VERSION}: Snapshot aus einer anderen Version – neu ziehen (pnpm snapshot)`,
    }),
    generatedAt: isoDateTime,
    source: z.string().min(1),
    settings: z.unknown(),
    // Lists absent from snapshots pulled before their type existed are read as empty (registry).
    ...headerShape(registry),
    // Absent in snapshots pulled before places, publications and the map existed.
    mapTiles: z.unknown().default(null),
    // Required since version 4: a pull always says what it refused, if only „nothing“.
    quarantine: z.array(quarantineRecord),
  });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Media files an entry references: every image and document of the contract carries `file` and `mime`. */
export function mediaOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) mediaOf(v, out);
  else if (isRecord(value)) {
    if (typeof value.file === 'string' && typeof value.mime === 'string') out.push(value.file);
    for (const v of Object.values(value)) mediaOf(v, out);
  }
  return out;
}

/** Every media file the snapshot references, for copying and for the completeness check. */
export function referencedMedia(s: Snapshot, registry: RegistryTree = CONTENT_REGISTRY): Set<string> {
  const files = new Set<string>(mediaOf(s.settings));
  for (const { path } of listsOf(registry)) for (const f of mediaOf(valueAtPath(s, path))) files.add(f);
  return files;
}

/**
 * References between entries: what an entry needs must be in the snapshot. A page whose parent is
 * unpublished would otherwise silently move to the top level, a footer link would point nowhere.
 * The registry says per type which fields refer to which list and what must be unique; the rules
 * that fit no such pattern follow by name.
 */
function checkReferences(s: Snapshot, issues: ContentIssue[], registry: RegistryTree): void {
  const lists = listsOf(registry);
  const idsOf = new Map<string, Set<string>>();
  const ids = (key: string): Set<string> => {
    let known = idsOf.get(key);
    if (known === undefined) {
      const list = valueAtPath(s, [key]);
      if (!Array.isArray(list)) throw new Error(`Registry: Verweis auf „${key}“, die Liste gibt es nicht (Programmfehler)`);
      known = new Set(list.flatMap((e) => (isRecord(e) && typeof e.documentId === 'string' ? [e.documentId] : [])));
      idsOf.set(key, known);
    }
    return known;
  };
  for (const { path, list } of lists) {
    const entries = valueAtPath(s, path);
    if (!Array.isArray(entries)) continue;
    const seen = new Map<string, string>();
    for (const entry of entries) {
      if (!isRecord(entry) || typeof entry.documentId !== 'string') continue;
      const documentId = entry.documentId;
      if (list.uniqueKey !== undefined) {
        const key = list.uniqueKey(entry);
        const other = seen.get(key);
        if (other) issues.push({ type: list.type, documentId, field: 'slug', message: `Slug „${String(entry.slug)}“ ist schon vergeben (${other})` });
        else seen.set(key, documentId);
      }
      for (const ref of list.references ?? []) {
        const value = entry[ref.field];
        const missing = (id: unknown, field: string) =>
          typeof id === 'string' &&
          !ids(ref.to).has(id) &&
          issues.push({ type: list.type, documentId, field, message: `${ref.what} ${id} ist nicht (veröffentlicht) vorhanden` });
        if (Array.isArray(value)) value.forEach((id, i) => missing(id, `${ref.field}.${i}`));
        else missing(value, ref.field);
      }
      if (list.translationOf !== undefined && !ids(list.translationOf).has(documentId)) {
        issues.push({ type: list.type, documentId, field: 'documentId', message: 'Übersetzung ohne (veröffentlichte) deutsche Seite' });
      }
    }
  }

  // The page tree as the site and the CMS compute it (rules/urls.ts). A missing parent and two
  // siblings with one slug are the registry's reference and key checks above; what only the
  // tree sees is a cycle (it would make the URL infinite). Reserved top-level slugs are the
  // site build's check, as before: here they would quarantine a page instead of stopping the build.
  const pagesById = new Map(s.pages.map((p) => [p.documentId, p]));
  for (const i of germanPagePaths(s.pages).issues) {
    if (i.rule === 'cycle') issues.push({ type: 'page', documentId: i.documentId, field: i.field, message: i.message });
  }
  // The issue's URL is its year and number: „2026-11“ for Nr. 11 of 2026.
  for (const a of s.amtsblatt) {
    const want = `${a.date.slice(0, 4)}-${String(a.number).padStart(2, '0')}`;
    if (a.slug !== want) {
      issues.push({
        type: 'amtsblatt-issue',
        documentId: a.documentId,
        field: 'slug',
        message: `Slug „${a.slug}“ passt nicht zu Jahr und Nummer (erwartet „${want}“)`,
      });
    }
  }
  const settingsRefs: [string, string][] = [
    ...s.settings.mainNavigation.map((id, i): [string, string] => [`mainNavigation.${i}`, id]),
    ...Object.entries(s.settings.legalPages).map(([k, id]): [string, string] => [`legalPages.${k}`, id]),
  ];
  for (const [field, id] of settingsRefs) {
    if (!pagesById.has(id)) {
      issues.push({ type: 'site-settings', documentId: '–', field, message: `Seite ${id} ist nicht (veröffentlicht) vorhanden` });
    }
  }
  const targets = {
    service: new Set(s.services.map((x) => x.documentId)),
    onlineService: new Set(s.onlineServices.map((x) => x.documentId)),
    page: new Set(pagesById.keys()),
  };
  s.settings.topTasks.forEach((task, i) => {
    if (!targets[task.kind].has(task.target)) {
      issues.push({
        type: 'site-settings',
        documentId: '–',
        field: `topTasks.${i}.target`,
        message: `${TOP_TASK_KINDS[task.kind]} ${task.target} ist nicht (veröffentlicht) vorhanden`,
      });
    }
  });
}

/**
 * Validate untrusted data (a pulled or read snapshot) against the contract. Collects every issue
 * and throws one InvalidContentError naming type, documentId and field of each.
 */
export function validateSnapshot(raw: unknown, registry: ContentRegistry = CONTENT_REGISTRY): Snapshot {
  const head = headerOf(registry).safeParse(raw);
  if (!head.success) {
    throw new InvalidContentError(issuesFromZod('snapshot', '–', head.error));
  }
  const issues: ContentIssue[] = [];
  const settings = siteSettings.safeParse(head.data.settings);
  if (!settings.success) issues.push(...issuesFromZod('site-settings', '–', settings.error));
  issues.push(...ssiIssues('site-settings', '–', head.data.settings));
  const lists = emptyLists(registry);
  for (const { path, list } of listsOf(registry)) {
    const items = valueAtPath(head.data, path);
    setAtPath(lists, path, validateList(list.type, list.schema, Array.isArray(items) ? items : [], issues));
  }
  const tiles = head.data.mapTiles === null ? null : mapTiles.safeParse(head.data.mapTiles);
  if (tiles !== null && !tiles.success) issues.push(...issuesFromZod('map-setting', '–', tiles.error));
  issues.push(...ssiIssues('map-setting', '–', head.data.mapTiles));
  if (!settings.success || issues.length > 0) throw new InvalidContentError(issues);
  // Assembled key by key from the registry the type is derived from, each list checked by its
  // schema above: the shape SnapshotOf<registry> describes (TypeScript cannot follow the loop).
  const snapshot = {
    format: head.data.format,
    version: head.data.version,
    generatedAt: head.data.generatedAt,
    source: head.data.source,
    settings: settings.data,
    ...lists,
    mapTiles: tiles?.success ? tiles.data : null,
    quarantine: head.data.quarantine,
  } as Snapshot;
  issues.push(...referenceIssues(snapshot, registry));
  if (issues.length > 0) throw new InvalidContentError(issues);
  return snapshot;
}

/** References between entries that do not resolve, duplicate slugs, cycles: the checks across entries. */
export function referenceIssues(s: Snapshot, registry: RegistryTree = CONTENT_REGISTRY): ContentIssue[] {
  const issues: ContentIssue[] = [];
  checkReferences(s, issues, registry);
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
export async function readSnapshot(dir: string, registry: ContentRegistry = CONTENT_REGISTRY): Promise<Snapshot> {
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
  const snapshot = validateSnapshot(raw, registry);
  const missing: string[] = [];
  for (const f of referencedMedia(snapshot, registry)) {
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
 * previous snapshot.json in place and valid. Returns the SHA-256 of the snapshot.json written.
 */
export async function writeSnapshot(
  dir: string,
  snapshot: Snapshot,
  media: ReadonlyMap<string, Uint8Array>,
  registry: ContentRegistry = CONTENT_REGISTRY,
): Promise<string> {
  // Validate what we are about to write: never replace a good snapshot with a bad one.
  validateSnapshot(JSON.parse(JSON.stringify(snapshot)), registry);
  const missing = [...referencedMedia(snapshot, registry)].filter((f) => !media.has(f));
  if (missing.length > 0) throw new Error(`Mediendateien fehlen für den Snapshot: ${missing.join(', ')}`);
  await mkdir(join(dir, MEDIA_DIR), { recursive: true });
  for (const [name, bytes] of media) {
    await writeFileAtomic(join(dir, MEDIA_DIR, name), bytes);
  }
  const text = `${JSON.stringify(snapshot, null, 2)}\n`;
  await writeFileAtomic(join(dir, SNAPSHOT_FILE), text);
  // The pull index (pull-index.ts) is bound to exactly this file.
  return createHash('sha256').update(text).digest('hex');
}
