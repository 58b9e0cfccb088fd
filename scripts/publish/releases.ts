/*
 * Release folders and the atomic switch of the live site.
 *
 *   <base>/releases/<id>/site/      the built site (nginx docroot through `current`)
 *   <base>/releases/<id>/content/   the snapshot it was built from
 *   <base>/releases/<id>/quarantine.json  entries its pull refused (quarantine.ts)
 *   <base>/releases/<id>/release.json   written last: a release without it is incomplete
 *   <base>/current -> releases/<id>   the live release (relative symlink)
 *   <base>/status.json              live release, running build, last success/failure
 *
 * The switch is rename(2) of a fresh symlink over `current`: atomic on POSIX file systems, so
 * every request sees either the old or the new release, never a mix or nothing. Ids sort by
 * time (UTC timestamp first), so "previous" and "newest" are string order.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, readlink, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { liveQuarantine, type QuarantineEntry } from './quarantine.ts';

export interface Release {
  id: string;
  dir: string;
  /** Docroot of this release (SITE_DIST for the build). */
  site: string;
  /** Snapshot folder of this release (SNAPSHOT_DIR for pull and build). */
  content: string;
}

export interface ReleaseMeta {
  id: string;
  builtAt: string;
  seconds: number;
}

export interface PublishStatus {
  /** The release nginx serves (from the `current` symlink at the time of writing). */
  live: string | null;
  /** Complete releases on disk, oldest first. */
  releases: string[];
  running: { id: string; startedAt: string; step: string } | null;
  /** A webhook arrived during the running build: one more build follows. */
  queued: boolean;
  lastSuccess: { id: string; finishedAt: string; seconds: number } | null;
  lastFailure: { id: string | null; at: string; step: string; reason: string } | null;
  /** Set by `rollback`: which release was replaced by which. */
  lastRollback: { from: string; to: string; at: string } | null;
  /**
   * Entries the live release's pull refused, each problem with what the site shows instead
   * (read fresh from the live release, like `live`).
   */
  quarantine: QuarantineEntry[];
}

const ID = /^\d{8}T\d{9}Z-[0-9a-f]{6}$/;

export function newReleaseId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:.]/g, ''); // 20260714T150432123Z
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

export function releaseOf(base: string, id: string): Release {
  if (!ID.test(id)) throw new Error(`Ungültige Release-Kennung: ${id}`);
  const dir = join(base, 'releases', id);
  return { id, dir, site: join(dir, 'site'), content: join(dir, 'content') };
}

export async function createRelease(base: string, now: Date = new Date()): Promise<Release> {
  const release = releaseOf(base, newReleaseId(now));
  await mkdir(release.dir, { recursive: true });
  return release;
}

/** Write a file so readers see the old or the new content, never a half-written one. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, file);
}

export async function markComplete(release: Release, seconds: number): Promise<ReleaseMeta> {
  const meta: ReleaseMeta = { id: release.id, builtAt: new Date().toISOString(), seconds };
  await writeFileAtomic(join(release.dir, 'release.json'), `${JSON.stringify(meta, null, 2)}\n`);
  return meta;
}

async function isComplete(dir: string): Promise<boolean> {
  return stat(join(dir, 'release.json')).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** Ids of complete releases, oldest first. */
export async function listReleases(base: string): Promise<string[]> {
  const names = await readdir(join(base, 'releases')).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [] as string[];
    throw err;
  });
  const ids = names.filter((n) => ID.test(n)).sort();
  const complete = await Promise.all(ids.map(async (id) => ((await isComplete(join(base, 'releases', id))) ? id : null)));
  return complete.filter((id): id is string => id !== null);
}

/** The live release's id, or null before the first switch. */
export async function liveRelease(base: string): Promise<string | null> {
  try {
    return basename(await readlink(join(base, 'current')));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Make `id` live: new symlink beside `current`, then rename(2) over it (atomic). */
export async function switchRelease(base: string, id: string): Promise<void> {
  const release = releaseOf(base, id);
  if (!(await isComplete(release.dir))) throw new Error(`Release ${id} ist nicht vollständig und wird nicht live geschaltet.`);
  const tmp = join(base, `.current-${randomBytes(4).toString('hex')}`);
  await symlink(join('releases', id), tmp);
  try {
    await rename(tmp, join(base, 'current'));
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/**
 * Switch back to the newest complete release older than the live one — no rebuild. Repeated
 * rollbacks go further back. Returns the ids switched from and to.
 */
export async function rollback(base: string): Promise<{ from: string; to: string }> {
  const live = await liveRelease(base);
  if (live === null) throw new Error('Kein Release ist live – es gibt nichts zurückzurollen.');
  const older = (await listReleases(base)).filter((id) => id < live);
  const to = older.at(-1);
  if (to === undefined) throw new Error(`Kein älteres Release als ${live} vorhanden.`);
  await switchRelease(base, to);
  await updateStatus(base, { lastRollback: { from: live, to, at: new Date().toISOString() } });
  return { from: live, to };
}

/**
 * Keep the newest `keep` complete releases and the live one; delete the rest and incomplete
 * leftovers (crashed builds), except the release being built (`building`).
 */
export async function pruneReleases(base: string, keep = 5, building: string | null = null): Promise<string[]> {
  const live = await liveRelease(base);
  const complete = await listReleases(base);
  const keepSet = new Set(complete.slice(-Math.max(1, keep)));
  if (live) keepSet.add(live);
  if (building) keepSet.add(building);
  const all = await readdir(join(base, 'releases')).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of all) {
    if (!ID.test(name) || keepSet.has(name)) continue;
    await rm(join(base, 'releases', name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed.sort();
}

// ── status ───────────────────────────────────────────────────────────────────────────────────

/** The status before the first build: nothing live, nothing running. */
export const EMPTY_STATUS: PublishStatus = {
  live: null,
  releases: [],
  running: null,
  queued: false,
  lastSuccess: null,
  lastFailure: null,
  lastRollback: null,
  quarantine: [],
};

export function statusFile(base: string): string {
  return join(base, 'status.json');
}

/** The status file with `live` and `releases` always read fresh from disk. */
export async function readStatus(base: string): Promise<PublishStatus> {
  let stored: Partial<PublishStatus> = {};
  try {
    stored = JSON.parse(await readFile(statusFile(base), 'utf8')) as Partial<PublishStatus>;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  return { ...EMPTY_STATUS, ...stored, live: await liveRelease(base), releases: await listReleases(base), quarantine: await liveQuarantine(base) };
}

// One writer per process at a time: read-modify-write must not interleave.
let chain: Promise<unknown> = Promise.resolve();

export function updateStatus(base: string, patch: Partial<PublishStatus>): Promise<PublishStatus> {
  const next = chain.then(async () => {
    await mkdir(base, { recursive: true });
    const status = { ...(await readStatus(base)), ...patch };
    status.live = await liveRelease(base);
    status.releases = await listReleases(base);
    status.quarantine = await liveQuarantine(base);
    await writeFileAtomic(statusFile(base), `${JSON.stringify(status, null, 2)}\n`);
    return status;
  });
  chain = next.catch(() => undefined);
  return next;
}
