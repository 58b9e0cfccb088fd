/*
 * The backup file format (docs/adr/0008-backup-and-restore.md), without any Strapi in it:
 *
 *   stadtportal-<YYYYMMDD-HHMMSS>.tar.gz      (UTC time of the backup)
 *   ├── manifest.json                         what is inside, and each file's size and SHA-256
 *   ├── strapi-export.tar.gz[.enc]            `strapi export` (content, media library records,
 *   │                                         upload files, configuration), optionally encrypted
 *   └── publication-record.jsonl[.enc]        the publication record (since version 2; its own
 *                                             table, which Strapi's export does not know), one
 *                                             entry per line, encrypted like the export
 *
 * The manifest lets restore refuse a truncated or altered file before it touches the database.
 * Encryption (BACKUP_KEY set) is our own AES-256-GCM over the whole Strapi export, not Strapi's
 * `--key` option: that one is AES-128 in ECB mode and unauthenticated, so a wrong key or a
 * flipped bit would only show up as a failing import half-way through.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';

export const MANIFEST = 'manifest.json';
export const PAYLOAD_PLAIN = 'strapi-export.tar.gz';
export const PAYLOAD_ENCRYPTED = 'strapi-export.tar.gz.enc';
export const RECORD_PLAIN = 'publication-record.jsonl';
export const RECORD_ENCRYPTED = 'publication-record.jsonl.enc';
export const BACKUP_NAME = /^stadtportal-\d{8}-\d{6}(?:-\d+)?\.tar\.gz$/;

/** A file in the archive as the manifest describes it. */
export interface ArchivedFile {
  file: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: 'stadtportal-backup';
  /** 1: the Strapi export only; 2: and the publication record. Restore reads both. */
  version: 1 | 2;
  /** ISO 8601, UTC */
  createdAt: string;
  /** @strapi/strapi version that wrote the export */
  strapi: string;
  /** sqlite | postgres: where it came from (a restore may go to either) */
  database: string;
  encryption: { cipher: 'aes-256-gcm'; kdf: 'scrypt' } | null;
  /** Entries per content type (UID → count) and upload files, as exported. */
  counts: { entities: Record<string, number>; files: number };
  payload: ArchivedFile;
  /**
   * The publication record: how many entries, the last one's hash (the anchor `pnpm record:verify
   * --anker` takes), and the file. null: the database had no record table (the CMS never started
   * on it) — and always null in a version 1 backup.
   */
  record: (ArchivedFile & { entries: number; lastHash: string }) | null;
}

/** The name for a backup taken at `at`: UTC, sortable. */
export function backupName(at: Date): string {
  const iso = at.toISOString(); // 2026-11-25T15:28:39.123Z
  return `stadtportal-${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}.tar.gz`;
}

/** Which of `names` to delete so that the newest `keep` backups remain (names sort by time). */
export function expired(names: readonly string[], keep: number): string[] {
  return names
    .filter((n) => BACKUP_NAME.test(n))
    .sort()
    .reverse()
    .slice(keep);
}

export async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** A plain one-line reason, for the German error message. */
export class BackupError extends Error {}

/** Checks shape and values of a parsed manifest.json; throws BackupError with the reason. */
export function parseManifest(text: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BackupError('manifest.json ist kein gültiges JSON');
  }
  const m = data as Partial<Manifest> | null;
  if (!m || m.format !== 'stadtportal-backup') throw new BackupError('keine Stadtportal-Sicherung (manifest.json ohne format „stadtportal-backup“)');
  if (m.version !== 1 && m.version !== 2) throw new BackupError(`Sicherungsformat Version ${String(m.version)} wird nicht unterstützt (erwartet: 1 oder 2)`);
  if (!isArchivedFile(m.payload, m.encryption ? PAYLOAD_ENCRYPTED : PAYLOAD_PLAIN)) {
    throw new BackupError('manifest.json beschreibt den Inhalt nicht vollständig (payload)');
  }
  if (m.version === 1) m.record = null;
  else if (m.record !== null) {
    const r = m.record;
    if (
      !isArchivedFile(r, m.encryption ? RECORD_ENCRYPTED : RECORD_PLAIN) ||
      !Number.isInteger(r.entries) ||
      r.entries < 0 ||
      !/^[0-9a-f]{64}$/.test(r.lastHash ?? '')
    ) {
      throw new BackupError('manifest.json beschreibt das Veröffentlichungsprotokoll nicht vollständig (record)');
    }
  }
  if (typeof m.createdAt !== 'string' || typeof m.strapi !== 'string' || typeof m.database !== 'string' || !m.counts) {
    throw new BackupError('manifest.json ist unvollständig');
  }
  return m as Manifest;
}

function isArchivedFile(value: unknown, expectedName: string): value is ArchivedFile {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Partial<ArchivedFile>;
  return f.file === expectedName && typeof f.bytes === 'number' && typeof f.sha256 === 'string' && /^[0-9a-f]{64}$/.test(f.sha256);
}

/** Name, size and SHA-256 of a file about to be archived. */
export async function describeFile(path: string, name: string): Promise<ArchivedFile> {
  return { file: name, bytes: (await stat(path)).size, sha256: await sha256(path) };
}

/** Size and SHA-256 of an archived file as the manifest states them (`what`: „des Inhalts“). */
export async function verifyPayload(file: string, expected: ArchivedFile, what = 'des Inhalts'): Promise<void> {
  const size = (await stat(file)).size;
  if (size !== expected.bytes)
    throw new BackupError(`Größe ${what} stimmt nicht (${size} statt ${expected.bytes} Bytes) – Datei unvollständig oder beschädigt`);
  if ((await sha256(file)) !== expected.sha256) throw new BackupError(`Prüfsumme (SHA-256) ${what} stimmt nicht – Datei beschädigt oder verändert`);
}

/*
 * Encrypted payload: MAGIC | salt (16) | iv (12) | ciphertext | tag (16). The key comes from
 * BACKUP_KEY by scrypt with the salt, so the same passphrase gives a new key per backup.
 */
const MAGIC = Buffer.from('SPBK1\n');
const SALT = 16;
const IV = 12;
const TAG = 16;

function deriveKey(passphrase: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(passphrase, salt, 32, (err, key) => (err ? reject(err) : resolve(key))));
}

export async function encryptFile(input: string, output: string, passphrase: string): Promise<void> {
  const salt = randomBytes(SALT);
  const iv = randomBytes(IV);
  const cipher = createCipheriv('aes-256-gcm', await deriveKey(passphrase, salt), iv);
  const out = createWriteStream(output, { mode: 0o600 });
  out.write(Buffer.concat([MAGIC, salt, iv]));
  await pipeline(createReadStream(input), cipher, out, { end: false });
  await new Promise<void>((resolve, reject) => out.end(cipher.getAuthTag(), (err?: Error | null) => (err ? reject(err) : resolve())));
}

export async function decryptFile(input: string, output: string, passphrase: string): Promise<void> {
  const size = (await stat(input)).size;
  const header = MAGIC.length + SALT + IV;
  if (size < header + TAG) throw new BackupError('verschlüsselter Inhalt ist zu kurz – Datei beschädigt');
  const fh = await open(input, 'r');
  const head = Buffer.alloc(header);
  const tag = Buffer.alloc(TAG);
  try {
    await fh.read(head, 0, header, 0);
    await fh.read(tag, 0, TAG, size - TAG);
  } finally {
    await fh.close();
  }
  if (!head.subarray(0, MAGIC.length).equals(MAGIC)) throw new BackupError('verschlüsselter Inhalt hat ein unbekanntes Format');
  const salt = head.subarray(MAGIC.length, MAGIC.length + SALT);
  const iv = head.subarray(MAGIC.length + SALT);
  const decipher = createDecipheriv('aes-256-gcm', await deriveKey(passphrase, salt), iv);
  decipher.setAuthTag(tag);
  try {
    await pipeline(createReadStream(input, { start: header, end: size - TAG - 1 }), decipher, createWriteStream(output, { mode: 0o600 }));
  } catch (err) {
    // What was written before a failure is unauthenticated: removed.
    await rm(output, { force: true });
    // GCM checks the tag at the end: a wrong key and altered bytes look the same. Any other
    // failure (disk full, unreadable file) must surface as itself, not as a wrong key.
    if (err instanceof Error && /unable to authenticate/i.test(err.message)) {
      throw new BackupError('Entschlüsselung fehlgeschlagen – falscher BACKUP_KEY oder Datei verändert');
    }
    throw err;
  }
}

/** Counts per content type from the export's entities/*.jsonl (one JSON object per line with `type`). */
export async function countEntities(files: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const file of files) {
    for (const line of (await readFile(file, 'utf8')).split('\n')) {
      if (!line.trim()) continue;
      const { type } = JSON.parse(line) as { type?: unknown };
      const key = typeof type === 'string' ? type : '?';
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
