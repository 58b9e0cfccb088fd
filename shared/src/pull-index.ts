import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { StrapiQuery } from './client.ts';
import { isoDateTime } from './schemas/common.ts';
import { SNAPSHOT_FILE, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, writeFileAtomic } from './snapshot.ts';

/*
 * The pull index (docs/adr/0024): what a delta pull needs to know about the snapshot beside it —
 * for every entry of every keyed list the `updatedAt` and `publishedAt` Strapi gave the version the
 * snapshot holds. A delta pull asks Strapi only for these and fetches in full what differs.
 *
 * The index is bound to its snapshot.json by the file's SHA-256: the two files cannot be replaced
 * in one atomic step, so an index beside a snapshot it was not written for (a crash between the
 * two renames, a copied or restored folder) is refused and the pull is a full one.
 */

export const PULL_INDEX_FILE = 'pull-index.json';
export const PULL_INDEX_FORMAT = 'stadtportal-pull-index';
export const PULL_INDEX_VERSION = 1;
/** Hours after which a delta pull gives way to a full one (FULL_PULL_HOURS): it reconciles what updatedAt cannot see. */
export const DEFAULT_FULL_PULL_HOURS = 24;

export const pullIndexSchema = z.strictObject({
  format: z.literal(PULL_INDEX_FORMAT),
  version: z.literal(PULL_INDEX_VERSION),
  /** The snapshot format the entries are in. */
  snapshotVersion: z.number().int(),
  /** registryFingerprint(): the queries, the lists and the CMS the entries came from. */
  registry: z.string().regex(/^[0-9a-f]{64}$/),
  /** SHA-256 of the snapshot.json this index describes. */
  snapshot: z.string().regex(/^[0-9a-f]{64}$/),
  /** When the last full pull ran; delta pulls carry it on. */
  lastFullPull: isoDateTime,
  /** Per list (its path in the snapshot, `translations.en.pages`): documentId → `updatedAt|publishedAt` as Strapi returned them. */
  lists: z.record(z.string(), z.record(z.string().min(1), z.string().min(1))),
});
export type PullIndex = z.infer<typeof pullIndexSchema>;

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * What must be equal for the previous snapshot's entries to be reused as they are: every list's
 * place, type, locale and REST query (a changed populate changes what an entry holds), and the
 * CMS they came from. A change of the code that normalises is not in it: that needs a restart of
 * the runner, and the first pull after a start is a full one.
 */
export function registryFingerprint(
  queries: Readonly<Record<string, StrapiQuery>>,
  lists: readonly { path: string; type: string; locale?: string | undefined }[],
  source: string,
): string {
  return sha256(JSON.stringify({ snapshotVersion: SNAPSHOT_VERSION, queries, lists, source }));
}

export type IndexRead = { index: PullIndex; snapshotText: string } | { problem: string };

/**
 * The index in `dir` and the snapshot.json it belongs to, or why a delta pull cannot use them
 * (German, for the pull's output). Never throws for a missing or unusable index: the answer is a
 * full pull. Other read errors (permissions, I/O) are thrown.
 */
export async function readPullIndex(dir: string, fingerprint: string): Promise<IndexRead> {
  const file = join(dir, PULL_INDEX_FILE);
  const text = await readIfThere(file);
  if (text === null) return { problem: `kein Abruf-Index (${PULL_INDEX_FILE}) beim vorherigen Snapshot` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { problem: `Abruf-Index ${file} ist kein gültiges JSON (${(err as Error).message})` };
  }
  const parsed = pullIndexSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.') || '(Wurzel)'}: ${i.message}`).join('; ');
    return { problem: `Abruf-Index ${file} ist ungültig (${where})` };
  }
  const index = parsed.data;
  if (index.snapshotVersion !== SNAPSHOT_VERSION) {
    return { problem: `Abruf-Index gehört zu Snapshot-Version ${index.snapshotVersion}, erwartet ${SNAPSHOT_VERSION}` };
  }
  if (index.registry !== fingerprint) return { problem: 'Inhaltstypen, Abfragen oder CMS-Adresse haben sich seit dem letzten Abruf geändert' };
  const snapshotText = await readIfThere(join(dir, SNAPSHOT_FILE));
  if (snapshotText === null) return { problem: `kein ${SNAPSHOT_FILE} neben dem Abruf-Index` };
  if (sha256(snapshotText) !== index.snapshot) return { problem: `Abruf-Index passt nicht zu ${SNAPSHOT_FILE} (anderer Snapshot)` };
  const head: unknown = JSON.parse(snapshotText);
  if (typeof head !== 'object' || head === null || !('format' in head) || head.format !== SNAPSHOT_FORMAT) {
    return { problem: `${SNAPSHOT_FILE} hat ein anderes Format` };
  }
  return { index, snapshotText };
}

async function readIfThere(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

export async function writePullIndex(dir: string, index: PullIndex): Promise<void> {
  // Checked before writing, like the snapshot: a bad index would only ever be refused on read.
  const checked = pullIndexSchema.parse(index);
  await writeFileAtomic(join(dir, PULL_INDEX_FILE), `${JSON.stringify(checked)}\n`);
}
