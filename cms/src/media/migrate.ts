import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

/*
 * `pnpm media:to-s3` (cms/scripts/media-to-s3.mjs): an installation that started with local
 * uploads moves them to the S3 bucket of its configuration (UPLOAD_PROVIDER=s3) and rewrites
 * every stored file URL — no hand edits in the database.
 *
 * 1. Every media library record with provider "local": the original and each format (thumbnail,
 *    small …) are read from <PUBLIC_DIR>/uploads and handed to the configured upload provider —
 *    the same code path as a new upload, so keys and URLs are exactly what an upload would get.
 *    Then the record gets the new URLs and provider in one update. A file is migrated whole or
 *    not at all; a second run skips what is done, so an interrupted run is simply repeated.
 * 2. Rich text (blocks) keeps a copy of an image's record inside the text (url, formats,
 *    provider): every image node that points at a migrated file is rewritten from the record.
 *
 * The local files are left in place: deleting them is the operator's step after checking the
 * site (docs/OPERATIONS.md). Strapi must be stopped (the script checks): an upload during the
 * migration would land in the old place.
 */

export interface MigrationReport {
  files: number;
  formats: number;
  skipped: number;
  blocks: number;
  missing: string[];
}

/** What uploading one stored file needs: the original and each format have these fields. */
interface StoredFile {
  url: string;
  hash: string;
  ext: string;
  mime: string;
  path?: string | null;
}

interface FileFormat extends StoredFile {
  [key: string]: unknown;
}

interface FileRow {
  id: number;
  documentId: string;
  url: string;
  hash: string;
  ext: string;
  mime: string;
  provider: string;
  formats: Record<string, FileFormat> | null;
}

interface UploadProvider {
  uploadStream?: (file: Record<string, unknown>) => Promise<void>;
  upload: (file: Record<string, unknown>) => Promise<void>;
}

export interface MigrateOptions {
  dryRun?: boolean;
  log?: (line: string) => void;
}

/** Hand one stored file to the provider; returns the URL it gives the file. */
async function uploadOne(provider: UploadProvider, publicDir: string, file: StoredFile): Promise<string> {
  if (!file.url.startsWith('/uploads/')) throw new Error(`Datei ${file.hash}${file.ext}: „${file.url}“ ist keine lokale Upload-Adresse`);
  const source = path.join(publicDir, file.url);
  const { size } = await stat(source);
  const data: Record<string, unknown> = {
    hash: file.hash,
    ext: file.ext,
    mime: file.mime,
    size: Math.round((size / 1000) * 100) / 100,
    path: file.path ?? undefined,
    stream: createReadStream(source),
  };
  if (provider.uploadStream) await provider.uploadStream(data);
  else await provider.upload(data);
  if (typeof data.url !== 'string' || data.url === '') throw new Error(`Der Upload-Provider hat für ${file.hash}${file.ext} keine Adresse geliefert`);
  return data.url;
}

/** Blocks attributes of every content type and component: [uid, attribute names]. */
function blocksAttributes(strapi: Core.Strapi): [string, string[]][] {
  const schemas = [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)] as {
    uid: string;
    attributes: Record<string, { type: string }>;
  }[];
  return schemas
    .map((s): [string, string[]] => [
      s.uid,
      Object.entries(s.attributes)
        .filter(([, a]) => a.type === 'blocks')
        .map(([name]) => name),
    ])
    .filter(([uid, names]) => names.length > 0 && !uid.startsWith('admin::'));
}

/**
 * Rewrite the image nodes of one blocks value whose hash belongs to a migrated file; returns
 * the new value, or null when nothing changed.
 */
export function rewriteBlocks(value: unknown, byHash: ReadonlyMap<string, FileRow>): unknown {
  let changed = false;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const obj = node as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) out[k] = walk(v);
    const image = obj.type === 'image' ? (obj.image as Record<string, unknown> | null | undefined) : undefined;
    if (image && typeof image.hash === 'string') {
      const file = byHash.get(image.hash);
      if (file && (image.url !== file.url || image.provider !== file.provider)) {
        out.image = { ...image, url: file.url, provider: file.provider, formats: file.formats };
        changed = true;
      }
    }
    return out;
  };
  const result = walk(value);
  return changed ? result : null;
}

export async function migrateUploadsToS3(strapi: Core.Strapi, options: MigrateOptions = {}): Promise<MigrationReport> {
  const log = options.log ?? ((line: string) => strapi.log.info(line));
  const configured = strapi.config.get('plugin::upload.provider') as string | undefined;
  if (configured !== 'aws-s3') {
    throw new Error(
      `Der Upload-Provider ist „${configured ?? 'local'}“: UPLOAD_PROVIDER=s3 und die S3_*-Variablen setzen (cms/.env.example), dann erneut starten.`,
    );
  }
  const provider = strapi.plugin('upload').provider as UploadProvider;
  const publicDir = strapi.dirs.static.public;
  const files = strapi.db.query('plugin::upload.file');
  const report: MigrationReport = { files: 0, formats: 0, skipped: 0, blocks: 0, missing: [] };

  const rows = (await files.findMany({ select: ['id', 'documentId', 'url', 'hash', 'ext', 'mime', 'provider', 'formats'] })) as FileRow[];
  for (const row of rows) {
    if (row.provider !== 'local') {
      report.skipped++;
      continue;
    }
    const name = `${row.hash}${row.ext}`;
    if (options.dryRun) {
      report.files++;
      report.formats += Object.keys(row.formats ?? {}).length;
      continue;
    }
    try {
      const url = await uploadOne(provider, publicDir, row);
      const formats: Record<string, FileFormat> = {};
      for (const [key, format] of Object.entries(row.formats ?? {})) {
        formats[key] = { ...format, url: await uploadOne(provider, publicDir, format) };
        report.formats++;
      }
      // One update per file, after all its objects are in the bucket: the record never points
      // at a half-migrated file.
      await files.update({ where: { id: row.id }, data: { url, provider: 'aws-s3', formats: row.formats === null ? null : formats } });
      report.files++;
    } catch (err) {
      // A file missing on disk (deleted by hand, say) must not stop the others; it is named at
      // the end and the command fails, so nobody switches over with a hole unnoticed.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        report.missing.push(name);
        log(`Fehlt auf der Platte, nicht übertragen: ${name}`);
        continue;
      }
      throw err;
    }
  }

  const migrated = (await files.findMany({
    where: { provider: 'aws-s3' },
    select: ['id', 'documentId', 'url', 'hash', 'ext', 'mime', 'provider', 'formats'],
  })) as FileRow[];
  const byHash = new Map(migrated.map((f) => [f.hash, f]));
  const knex = strapi.db.connection;
  for (const [uid, attributes] of blocksAttributes(strapi)) {
    const query = strapi.db.query(uid as Parameters<typeof strapi.db.query>[0]);
    const meta = strapi.db.metadata.get(uid);
    const entries = (await query.findMany({ select: ['id', ...attributes] })) as ({ id: number } & Record<string, unknown>)[];
    for (const entry of entries) {
      const row: Record<string, string> = {};
      for (const attribute of attributes) {
        const next = rewriteBlocks(entry[attribute], byHash);
        const column = (meta.attributes[attribute] as { columnName?: string } | undefined)?.columnName ?? attribute;
        if (next !== null) row[column] = JSON.stringify(next);
      }
      if (Object.keys(row).length === 0) continue;
      report.blocks++;
      // Straight to the table, not through the query engine or the Document Service: no
      // lifecycles, no webhooks and no new „updatedAt“ — the storage moved, nobody edited the text.
      if (!options.dryRun) await knex(meta.tableName).where('id', entry.id).update(row);
    }
  }
  return report;
}
