/*
 * `pnpm backup` and `pnpm restore <file> [--yes]` (through scripts/run.sh), run directly by Node 24.
 * Decisions and the file format: docs/adr/0008-backup-and-restore.md, scripts/backup/archive.ts.
 *
 *   node scripts/backup/cli.ts backup
 *   node scripts/backup/cli.ts restore <file> [--yes]
 *
 * Both use Strapi's own data transfer (`strapi export` / `strapi import`), which loads the CMS
 * app from cms/ with the CMS configuration (process environment over cms/.env, like `strapi
 * start`): the same database settings, PUBLIC_DIR for the upload files. Strapi need not run.
 *   BACKUP_DIR   where backups go (default <repo>/var/backups)
 *   BACKUP_KEEP  how many backups to keep, the oldest are deleted (default 14)
 *   BACKUP_KEY   passphrase: encrypt the backup (AES-256-GCM); restore needs the same value
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import {
  BackupError,
  MANIFEST,
  PAYLOAD_ENCRYPTED,
  PAYLOAD_PLAIN,
  RECORD_ENCRYPTED,
  RECORD_PLAIN,
  backupName,
  countEntities,
  decryptFile,
  describeFile,
  encryptFile,
  expired,
  parseManifest,
  sha256,
  verifyPayload,
  type Manifest,
} from './archive.ts';
import { GENESIS_HASH, verifyChain, type RecordEntry } from '@stadtportal/shared/record';
import { CMS, cmsEnv, sqliteFile } from '../lib/cms-env.ts';
import { RecordUnreadable, readRecordEntries, readRecordEntriesOrNone, writeRecordEntries } from '../record/db.ts';
import { parseRecordJsonl, planRecordRestore, recordJsonl, restoreFields } from './record.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const STRAPI_BIN = join(CMS, 'node_modules/@strapi/strapi/bin/strapi.js');

/** One line naming the database, for the confirmation question and the log (no password). */
function describeDatabase(env: Record<string, string | undefined>): string {
  const client = env.DATABASE_CLIENT || 'sqlite';
  if (client === 'sqlite') return `SQLite-Datei ${sqliteFile(env)}`;
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    if (url.password) url.password = '***';
    return `PostgreSQL ${url.href}`;
  }
  return `PostgreSQL ${env.DATABASE_USERNAME || 'stadtportal'}@${env.DATABASE_HOST || '127.0.0.1'}:${env.DATABASE_PORT || '5432'}/${env.DATABASE_NAME || 'stadtportal'}`;
}

/** Where the local upload provider keeps the files: <PUBLIC_DIR>/uploads, PUBLIC_DIR relative to cms/. */
const uploadsDir = (env: Record<string, string | undefined>) => resolve(CMS, env.PUBLIC_DIR || './public', 'uploads');

function strapiVersion(): string {
  const pkg = JSON.parse(readFileSync(join(CMS, 'node_modules/@strapi/strapi/package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs a command; its output is kept and shown only when it fails (Strapi's tables are long). */
function run(cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolvePromise({ code: code ?? 1, output }));
  });
}

/**
 * `strapi export|import …` in cms/. The data transfer writes a diagnostic log (<op>_<ms>.log)
 * into cms/: removed after success, kept (and named) after a failure.
 */
async function strapi(op: 'export' | 'import', args: readonly string[], env: Record<string, string | undefined>): Promise<string> {
  // The local upload provider refuses to load without its folder (a new server, a fresh PUBLIC_DIR).
  await mkdir(uploadsDir(env), { recursive: true });
  const before = new Set(readdirSync(CMS));
  // The CLI boots the whole app, bootstrap included: it must not seed the demo town into an
  // empty database (a backup of an empty CMS would contain the demo; a restore would seed first).
  const { code, output } = await run(process.execPath, [STRAPI_BIN, op, ...args], CMS, { ...process.env, SEED_ON_EMPTY: 'false' });
  const logs = (await readdir(CMS)).filter((f) => !before.has(f) && f.startsWith(`${op}_`) && f.endsWith('.log'));
  if (code !== 0) {
    const tail = output.trim().split('\n').slice(-25).join('\n');
    throw new Error(`strapi ${op} ist fehlgeschlagen (Code ${code})${logs.length ? `, Protokoll: ${logs.map((l) => join(CMS, l)).join(', ')}` : ''}:\n${tail}`);
  }
  await Promise.all(logs.map((l) => rm(join(CMS, l), { force: true })));
  return output;
}

async function tar(args: readonly string[], cwd: string): Promise<string> {
  const { code, output } = await run('tar', args, cwd);
  if (code !== 0) throw new BackupError(`tar ${args[0]}: ${output.trim().split('\n')[0] ?? `Code ${code}`}`);
  return output;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const seconds = (start: number) => `${((performance.now() - start) / 1000).toFixed(1)} s`;
const log = (msg: string) => process.stderr.write(`[backup] ${msg}\n`);

async function privateTemp(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await chmod(dir, 0o700);
  return dir;
}

async function backup(): Promise<void> {
  const start = performance.now();
  const env = cmsEnv();
  const dir = resolve(ROOT, process.env.BACKUP_DIR || 'var/backups');
  const keep = Number(process.env.BACKUP_KEEP || '14');
  if (!Number.isInteger(keep) || keep < 1) throw new BackupError(`BACKUP_KEEP „${process.env.BACKUP_KEEP}“ ist keine ganze Zahl ≥ 1`);
  const key = process.env.BACKUP_KEY || '';
  await mkdir(dir, { recursive: true });
  const work = await privateTemp('stadtportal-backup-');
  try {
    log(`Exportiere ${describeDatabase(env)} und ${uploadsDir(env)} …`);
    const createdAt = new Date();
    await strapi('export', ['--no-encrypt', '--file', join(work, 'strapi-export')], env);
    const plain = join(work, PAYLOAD_PLAIN);

    // Counts for the manifest, from the export itself (what a restore will bring back).
    const listing = (await tar(['-tzf', plain], work)).split('\n');
    const entityFiles = listing.filter((f) => /^entities\/[^/]+\.jsonl$/.test(f));
    const files = listing.filter((f) => /^assets\/uploads\/[^/]+$/.test(f)).length;
    const unpacked = join(work, 'unpacked');
    await mkdir(unpacked);
    if (entityFiles.length) await tar(['-xzf', plain, '-C', unpacked, ...entityFiles], work);
    const entities = await countEntities(entityFiles.map((f) => join(unpacked, f)));
    await rm(unpacked, { recursive: true });

    let payload = plain;
    if (key) {
      payload = join(work, PAYLOAD_ENCRYPTED);
      await encryptFile(plain, payload, key);
      await rm(plain);
    }
    const record = await backupRecord(env, work, key);
    const manifest: Manifest = {
      format: 'stadtportal-backup',
      version: 2,
      createdAt: createdAt.toISOString(),
      strapi: strapiVersion(),
      database: env.DATABASE_CLIENT || 'sqlite',
      encryption: key ? { cipher: 'aes-256-gcm', kdf: 'scrypt' } : null,
      counts: { entities, files },
      payload: { file: payload === plain ? PAYLOAD_PLAIN : PAYLOAD_ENCRYPTED, bytes: (await stat(payload)).size, sha256: await sha256(payload) },
      record,
    };
    await writeFile(join(work, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);

    // Written under a temporary name and renamed: a backup file either is complete or absent.
    let name = backupName(createdAt);
    for (
      let n = 2;
      await stat(join(dir, name)).then(
        () => true,
        () => false,
      );
      n++
    )
      name = backupName(createdAt).replace('.tar.gz', `-${n}.tar.gz`);
    const partial = join(dir, `.${name}.part`);
    await tar(['-czf', partial, MANIFEST, manifest.payload.file, ...(record ? [record.file] : [])], work);
    await chmod(partial, 0o600);
    const target = join(dir, name);
    await rename(partial, target);

    const removed = expired(await readdir(dir), keep);
    await Promise.all(removed.map((f) => rm(join(dir, f))));
    const total = Object.values(entities).reduce((a, b) => a + b, 0);
    log(
      `Fertig in ${seconds(start)}: ${mib((await stat(target)).size)}, ${total} Einträge, ${files} Dateien` +
        `${record ? `, Veröffentlichungsprotokoll mit ${record.entries} Einträgen` : ''}${key ? ', verschlüsselt' : ''}${removed.length ? `; ${removed.length} alte Sicherung(en) gelöscht (BACKUP_KEEP=${keep})` : ''}`,
    );
    process.stdout.write(`${target}\n`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The publication record into the backup's work folder (encrypted like the export when a key is
 * set: it names people). Read after the export, so it may hold a few entries more than the
 * content when Strapi runs meanwhile — never fewer. A broken chain is backed up as it is (the
 * evidence is kept) and said loudly.
 */
async function backupRecord(env: Record<string, string | undefined>, work: string, key: string): Promise<Manifest['record']> {
  let entries: RecordEntry[];
  try {
    entries = await readRecordEntries(env);
  } catch (err) {
    if (!(err instanceof RecordUnreadable)) throw err;
    log(`Ohne Veröffentlichungsprotokoll: ${err.message}`);
    return null;
  }
  const check = verifyChain(entries);
  if (!check.ok) log(`WARNUNG: Veröffentlichungsprotokoll NICHT unversehrt (${check.message}) – es wird so gesichert, wie es ist.`);
  const plain = join(work, RECORD_PLAIN);
  await writeFile(plain, recordJsonl(entries), { mode: 0o600 });
  let file = plain;
  if (key) {
    file = join(work, RECORD_ENCRYPTED);
    await encryptFile(plain, file, key);
    await rm(plain);
  }
  return { ...(await describeFile(file, key ? RECORD_ENCRYPTED : RECORD_PLAIN)), entries: entries.length, lastHash: entries.at(-1)?.hash ?? GENESIS_HASH };
}

/** The backup's record, checked before the database is touched; null for a backup without one. */
async function readBackupRecord(path: string, work: string, manifest: Manifest): Promise<RecordEntry[] | null> {
  const r = manifest.record;
  if (r === null) return null;
  try {
    await tar(['-xzf', path, '-C', work, r.file], work);
  } catch {
    throw new BackupError(`„${path}“ ist beschädigt (Veröffentlichungsprotokoll ${r.file} nicht lesbar)`);
  }
  let file = join(work, r.file);
  await verifyPayload(file, r, 'des Veröffentlichungsprotokolls');
  if (manifest.encryption) {
    const plain = join(work, RECORD_PLAIN);
    await decryptFile(file, plain, process.env.BACKUP_KEY || '');
    file = plain;
  }
  const entries = parseRecordJsonl(await readFile(file, 'utf8'), r.file);
  if (entries.length !== r.entries || (entries.at(-1)?.hash ?? GENESIS_HASH) !== r.lastHash)
    throw new BackupError(`${r.file}: ${entries.length} Einträge, das Manifest nennt ${r.entries} – Datei verändert`);
  const check = verifyChain(entries);
  if (!check.ok)
    log(
      `WARNUNG: das Veröffentlichungsprotokoll der Sicherung ist NICHT unversehrt (${check.message}); es wird übernommen, wie es ist – \`pnpm record:verify\` meldet es.`,
    );
  return entries;
}

/**
 * After the import: the backup's record into the database (scripts/backup/record.ts decides how),
 * and the restore itself as its last entry. What it would displace is kept as a file first.
 */
async function restoreRecord(env: Record<string, string | undefined>, fromBackup: RecordEntry[] | null, manifest: Manifest): Promise<string> {
  const inDatabase = await readRecordEntriesOrNone(env);
  const plan = planRecordRestore(
    fromBackup ?? inDatabase,
    inDatabase,
    restoreFields(new Date().toISOString(), `Sicherung vom ${manifest.createdAt}${fromBackup === null ? ' (ohne Veröffentlichungsprotokoll)' : ''}`),
  );
  let kept = '';
  if (plan.kind === 'replace' && plan.displaced.length > 0) {
    const dir = resolve(ROOT, process.env.BACKUP_DIR || 'var/backups');
    await mkdir(dir, { recursive: true });
    const file = join(dir, `protokoll-ersetzt-${backupName(new Date()).replace(/^stadtportal-|\.tar\.gz$/g, '')}.jsonl`);
    await writeFile(file, recordJsonl(plan.displaced), { mode: 0o600, flag: 'wx' });
    kept = `; das bisherige Protokoll der Datenbank (${plan.displaced.length} Einträge, eine andere Kette) liegt in ${file}`;
  }
  await writeRecordEntries(env, plan.write, plan.kind === 'replace');
  const from = fromBackup === null ? 'Sicherung ohne Protokoll (Format 1), das der Datenbank bleibt' : `${fromBackup.length} Einträge aus der Sicherung`;
  return `Veröffentlichungsprotokoll: ${from}, Wiederherstellung als Eintrag ${plan.restoreEntry.seq} vermerkt${kept}`;
}

async function strapiAnswers(env: Record<string, string | undefined>): Promise<string | null> {
  const host = env.HOST || '127.0.0.1';
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${env.PORT || '1337'}`;
  const up = await fetch(`${url}/_health`, { signal: AbortSignal.timeout(2000) }).then(
    (r) => r.status < 300,
    () => false,
  );
  return up ? url : null;
}

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^(j|ja|y|yes)$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

async function restore(file: string | undefined, yes: boolean): Promise<void> {
  const start = performance.now();
  if (!file) throw new BackupError('Aufruf: pnpm restore <Sicherungsdatei> [--yes]');
  const path = resolve(process.env.INIT_CWD || process.cwd(), file);
  if (
    !(await stat(path).then(
      (s) => s.isFile(),
      () => false,
    ))
  )
    throw new BackupError(`Sicherung „${path}“ nicht gefunden`);
  const env = cmsEnv();
  const work = await privateTemp('stadtportal-restore-');
  try {
    // Everything is checked before the database is touched.
    try {
      await tar(['-xzf', path, '-C', work, MANIFEST], work);
    } catch {
      throw new BackupError(`„${path}“ ist beschädigt oder keine Stadtportal-Sicherung (manifest.json nicht lesbar)`);
    }
    const manifest = parseManifest(await readFile(join(work, MANIFEST), 'utf8'));
    try {
      await tar(['-xzf', path, '-C', work, manifest.payload.file], work);
    } catch {
      throw new BackupError(`„${path}“ ist beschädigt (Inhalt ${manifest.payload.file} nicht lesbar)`);
    }
    await verifyPayload(join(work, manifest.payload.file), manifest.payload);
    let payload = join(work, manifest.payload.file);
    if (manifest.encryption) {
      const key = process.env.BACKUP_KEY || '';
      if (!key) throw new BackupError('die Sicherung ist verschlüsselt – BACKUP_KEY setzen');
      const plain = join(work, PAYLOAD_PLAIN);
      await decryptFile(payload, plain, key);
      payload = plain;
    }
    const record = await readBackupRecord(path, work, manifest);
    const installed = strapiVersion();
    if (installed !== manifest.strapi)
      log(`Hinweis: Sicherung von Strapi ${manifest.strapi}, installiert ist ${installed} (Strapi prüft die Verträglichkeit beim Import).`);

    const running = await strapiAnswers(env);
    if (running) throw new BackupError(`Strapi läuft noch unter ${running} – vor dem Wiederherstellen stoppen (der Import ersetzt die Datenbank darunter)`);

    const target = describeDatabase(env);
    const total = Object.values(manifest.counts.entities).reduce((a, b) => a + b, 0);
    if (!yes) {
      if (!process.stdin.isTTY) throw new BackupError('Wiederherstellen ersetzt alle Inhalte – ohne Terminal nur mit --yes');
      const ok = await confirm(
        `Alle Inhalte und Mediendateien in ${target} werden durch die Sicherung vom ${manifest.createdAt} ersetzt ` +
          `(${total} Einträge, ${manifest.counts.files} Dateien). Fortfahren? [j/N] `,
      );
      if (!ok) throw new BackupError('abgebrochen, nichts geändert');
    }
    log(`Stelle ${total} Einträge und ${manifest.counts.files} Dateien in ${target} wieder her …`);
    await strapi('import', ['--force', '--file', payload], env);
    try {
      log(await restoreRecord(env, record, manifest));
    } catch (err) {
      throw new Error(`Inhalte wiederhergestellt, das Veröffentlichungsprotokoll aber NICHT: ${err instanceof Error ? err.message : String(err)}`, {
        cause: err,
      });
    }
    log(`Fertig in ${seconds(start)}: Sicherung vom ${manifest.createdAt} wiederhergestellt.`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const [cmd, ...rest] = process.argv.slice(2);
try {
  if (cmd === 'backup') await backup();
  else if (cmd === 'restore') {
    const yes = rest.includes('--yes') || rest.includes('-y');
    await restore(
      rest.find((a) => !a.startsWith('-')),
      yes,
    );
  } else throw new BackupError(`unbekannter Befehl „${cmd ?? ''}“ (backup, restore)`);
} catch (err) {
  // One German line for what an operator can act on; Strapi's own output only when it failed.
  const msg = err instanceof Error ? err.message : String(err);
  process.stderr.write(`Fehler: ${err instanceof BackupError ? `${msg}.` : msg}\n`);
  process.exit(1);
}
