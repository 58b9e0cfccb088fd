import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { InvalidContentError, SnapshotMissingError, issuesFromZod, type ContentIssue } from './errors.ts';
import { isoDateTime } from './schemas/common.ts';
import type { Blocks } from './schemas/blocks.ts';
import { newsArticle, type NewsArticle } from './schemas/news-article.ts';
import { office, type Office } from './schemas/office.ts';
import { organisation, type Organisation } from './schemas/organisation.ts';
import { page, type Page } from './schemas/page.ts';
import { siteSettings, type SiteSettings } from './schemas/site-settings.ts';

/*
 * The snapshot: all published content in one versioned JSON file (`snapshot.json`) plus the
 * image files it references (`media/`), in one folder. The site builds from it alone.
 */

export const SNAPSHOT_FORMAT = 'stadtportal-snapshot';
export const SNAPSHOT_VERSION = 1;
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
}

const header = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  generatedAt: isoDateTime,
  source: z.string().min(1),
  settings: z.unknown(),
  organisations: z.array(z.unknown()),
  pages: z.array(z.unknown()),
  news: z.array(z.unknown()),
  // Added without a version bump (the lead's decision): an older snapshot fails here, with this message.
  offices: z.array(z.unknown(), {
    error: (iss) => (iss.input === undefined ? 'Ämter (offices) fehlen: Snapshot aus einer älteren Version – neu ziehen (pnpm snapshot)' : undefined),
  }),
});

function idOf(raw: unknown): string {
  if (typeof raw === 'object' && raw !== null && 'documentId' in raw && typeof raw.documentId === 'string') {
    return raw.documentId;
  }
  return '–';
}

function validateList<T>(type: string, schema: z.ZodType<T>, list: unknown[], issues: ContentIssue[]): T[] {
  const out: T[] = [];
  for (const raw of list) {
    const result = schema.safeParse(raw);
    if (result.success) out.push(result.data);
    else issues.push(...issuesFromZod(type, idOf(raw), result.error));
  }
  return out;
}

function* imagesOf(body: Blocks): Generator<string> {
  for (const b of body) if (b.type === 'image') yield b.image.file;
}

/** Every media file the snapshot references, for copying and for the completeness check. */
export function referencedMedia(s: Snapshot): Set<string> {
  const files = new Set<string>();
  for (const o of s.organisations) if (o.logo) files.add(o.logo.file);
  for (const p of s.pages) {
    if (p.image) files.add(p.image.file);
    for (const f of imagesOf(p.body)) files.add(f);
  }
  for (const n of s.news) {
    if (n.image) files.add(n.image.file);
    for (const f of imagesOf(n.body)) files.add(f);
  }
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
  // Page slugs need only be unique among siblings: the URL is the path of slugs.
  dupes('page', s.pages, (p) => `${p.parent ?? ''}/${p.slug}`);

  for (const p of s.pages) {
    if (!orgIds.has(p.organisation)) {
      issues.push({ type: 'page', documentId: p.documentId, field: 'organisation', message: `Organisation ${p.organisation} ist nicht (veröffentlicht) vorhanden` });
    }
    if (p.parent !== null && !pagesById.has(p.parent)) {
      issues.push({ type: 'page', documentId: p.documentId, field: 'parent', message: `Übergeordnete Seite ${p.parent} ist nicht (veröffentlicht) vorhanden` });
    }
    // A cycle in the parent chain would make the URL infinite.
    const chain = new Set<string>([p.documentId]);
    for (let cur = p.parent; cur !== null; ) {
      if (chain.has(cur)) {
        issues.push({ type: 'page', documentId: p.documentId, field: 'parent', message: 'Die Seitenhierarchie enthält einen Kreis' });
        break;
      }
      chain.add(cur);
      cur = pagesById.get(cur)?.parent ?? null;
    }
  }
  for (const n of s.news) {
    if (!orgIds.has(n.organisation)) {
      issues.push({ type: 'news-article', documentId: n.documentId, field: 'organisation', message: `Organisation ${n.organisation} ist nicht (veröffentlicht) vorhanden` });
    }
  }
  for (const o of s.offices) {
    if (!orgIds.has(o.organisation)) {
      issues.push({ type: 'office', documentId: o.documentId, field: 'organisation', message: `Organisation ${o.organisation} ist nicht (veröffentlicht) vorhanden` });
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
  const organisations = validateList('organisation', organisation, head.data.organisations, issues);
  const pages = validateList('page', page, head.data.pages, issues);
  const news = validateList('news-article', newsArticle, head.data.news, issues);
  const offices = validateList('office', office, head.data.offices, issues);
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
  };
  checkReferences(snapshot, issues);
  if (issues.length > 0) throw new InvalidContentError(issues);
  return snapshot;
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

/** Read and validate the snapshot in `dir`; also checks that every referenced image is there. */
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
    throw new Error(`Snapshot ${file}: Bilddateien fehlen in ${join(dir, MEDIA_DIR)}: ${missing.join(', ')}`);
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
  if (missing.length > 0) throw new Error(`Bilddateien fehlen für den Snapshot: ${missing.join(', ')}`);
  await mkdir(join(dir, MEDIA_DIR), { recursive: true });
  for (const [name, bytes] of media) {
    await writeFileAtomic(join(dir, MEDIA_DIR, name), bytes);
  }
  await writeFileAtomic(join(dir, SNAPSHOT_FILE), `${JSON.stringify(snapshot, null, 2)}\n`);
}
