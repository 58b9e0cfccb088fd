import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCmsClient } from '@stadtportal/shared/client';
import { pullSnapshot } from '@stadtportal/shared/pull';
import { BACKUP_NAME, expired, type Manifest } from '@stadtportal/publish/backup/archive';
import { readRecordEntries } from '@stadtportal/publish/record/db';
import { verifyChain, type RecordEntry } from '@stadtportal/shared/record';
import { REPO } from './helpers/paths.ts';
import { startFakeS3, type FakeS3 } from './helpers/s3.ts';
import { verifyRecord } from './helpers/record.ts';
import { createPostgresDatabase, startStrapi, type Db, type StrapiInstance } from './helpers/strapi.ts';

/*
 * The restore drill (docs/adr/0008-backup-and-restore.md): a seeded Strapi → snapshot → site A;
 * Strapi stopped → `pnpm backup`; an EMPTY database (not seeded) → `pnpm restore` → Strapi on
 * it → snapshot → site B. Every file of B must be byte-identical to A. Once on SQLite
 * (unencrypted backup), once on PostgreSQL (encrypted with BACKUP_KEY), and once on PostgreSQL
 * with the media on S3 (s3rver): the bucket is emptied after the backup — object storage lost
 * too — and the restore fills it again (docs/OPERATIONS.md).
 *
 * What would make two builds of the same content differ, and how it is fixed here:
 * - the clock: BUILD_TIME pins the build's "now" (events, opening-hours status and its „Stand“);
 * - the snapshot's generatedAt and source (the CMS URL with its random port): both are pinned
 *   in the pull, they are not content.
 */

const BUILD_TIME = '2026-11-25T12:00:00+01:00';
const HISTORY_UID = 'api::published-version.published-version';

/** The oldest page's documentId (the seed's first; documentIds survive the restore). */
async function oldestPage(strapi: StrapiInstance): Promise<string> {
  const res = await fetch(`${strapi.url}/api/pages?sort=id:asc&pagination[pageSize]=1&locale=de`);
  const [page] = ((await res.json()) as { data: { documentId: string }[] }).data;
  if (page === undefined) throw new Error('Keine Seite');
  return page.documentId;
}

/** A page's stored versions (hash, time, who), through the history's admin route, as the demo super admin of `loginFile`. */
async function pageHistory(strapi: StrapiInstance, loginFile: string, documentId: string): Promise<string[]> {
  const login = JSON.parse(await readFile(loginFile, 'utf8')) as { email: string; password: string };
  const auth = await fetch(`${strapi.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: login.email, password: login.password }),
  });
  if (auth.status !== 200) throw new Error(`Admin-Anmeldung: ${auth.status} ${await auth.text()}`);
  const token = ((await auth.json()) as { data: { token: string } }).data.token;
  const res = await fetch(`${strapi.url}/stadtportal/history/versions?uid=api::page.page&documentId=${documentId}&locale=de`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.status !== 200) throw new Error(`Versionsgeschichte: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: { hash: string; publishedAt: string; actor: string }[] }).data.map((v) => `${v.hash} ${v.publishedAt} ${v.actor}`);
}
const SNAPSHOT_TIME = new Date('2026-11-25T10:00:00Z');
const SOURCE = 'http://cms.stadtportal.test';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function runScript(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [join(REPO, 'scripts/run.sh'), ...args], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

async function must(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Result> {
  const r = await runScript(args, env);
  if (r.code !== 0) throw new Error(`scripts/run.sh ${args.join(' ')} → Code ${r.code}\n${r.stdout}\n${r.stderr.slice(-6000)}`);
  return r;
}

/** Relative path → SHA-256 of every file under dir. */
async function digests(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const file = join(e.parentPath, e.name);
    out.set(
      relative(dir, file),
      createHash('sha256')
        .update(await readFile(file))
        .digest('hex'),
    );
  }
  return out;
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += (await stat(join(e.parentPath, e.name))).size;
  }
  return total;
}

function tarIn(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('tar', args, { stdio: 'inherit' });
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`tar ${args.join(' ')} → Code ${code}`))));
  });
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function timed<T>(times: Record<string, string>, label: string, fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    times[label] = secs(performance.now() - start);
  }
}

describe('Sicherung: Aufbewahrung', () => {
  it('behält die neuesten BACKUP_KEEP Sicherungen und fasst fremde Dateien nicht an', () => {
    const names = [
      'stadtportal-20261123-020000.tar.gz',
      'stadtportal-20261125-020000.tar.gz',
      'stadtportal-20261124-020000.tar.gz',
      'stadtportal-20261125-020000-2.tar.gz',
      'notizen.txt',
      '.stadtportal-20261125-030000.tar.gz.part',
    ];
    expect(expired(names, 2)).toEqual(['stadtportal-20261124-020000.tar.gz', 'stadtportal-20261123-020000.tar.gz']);
    expect(expired(names, 10)).toEqual([]);
  });
});

interface DrillCase {
  db: Db;
  /** Media on S3 instead of the local upload folder. */
  s3: boolean;
  label: string;
}

const DRILLS: DrillCase[] = [
  { db: 'sqlite', s3: false, label: 'sqlite' },
  { db: 'postgres', s3: false, label: 'postgres' },
  { db: 'postgres', s3: true, label: 'postgres mit Medien auf S3' },
];

describe.each(DRILLS)('Wiederherstellungsprobe auf $label', ({ db, s3: onS3, label }) => {
  const times: Record<string, string> = {};
  const key = db === 'postgres' ? 'Probe-Schlüssel für die Wiederherstellung' : '';
  let s3: FakeS3 | undefined;
  let bucketBefore: string[] = [];
  let bucketAfter: string[] = [];
  let work: string;
  let source: StrapiInstance | undefined;
  let restored: StrapiInstance | undefined;
  let dropTarget: (() => Promise<void>) | undefined;
  let backupFile: string;
  let restoreEnv: NodeJS.ProcessEnv;
  let targetDb: string;
  let siteA: Map<string, string>;
  let siteB: Map<string, string>;
  let snapA: string;
  let snapB: string;
  let manifest: Manifest | undefined;
  let historyPage = '';
  let historyA: string[] = [];
  let historyB: string[] = [];
  let recordA: RecordEntry[] = [];
  let recordB: RecordEntry[] = [];
  let recordDb: Record<string, string> = {};

  const build = async (snap: string, dist: string) => {
    await must(['build'], { ...process.env, SNAPSHOT_DIR: snap, SITE_DIST: dist, BUILD_TIME });
    return digests(dist);
  };
  const pull = (url: string, dir: string) => pullSnapshot({ client: createCmsClient({ baseUrl: url }), dir, source: SOURCE, now: () => SNAPSHOT_TIME });

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), `stadtportal-drill-${db}-`));
    s3 = onS3 ? await startFakeS3(['medien']) : undefined;
    const mediaEnv = s3?.cmsEnv('medien') ?? {};
    source = await timed(times, 'Strapi A (Seed)', () => startStrapi(db, mediaEnv));
    await timed(times, 'Snapshot A', () => pull(source!.url, join(work, 'snap-a')));
    siteA = await timed(times, 'Build A', () => build(join(work, 'snap-a'), join(work, 'site-a')));
    snapA = await readFile(join(work, 'snap-a', 'snapshot.json'), 'utf8');
    historyPage = await oldestPage(source);
    historyA = await pageHistory(source, join(source.dir, 'demo-login.json'), historyPage);

    // Backup with Strapi stopped (for SQLite the consistent way; see the ADR).
    await source.halt();
    recordA = await readRecordEntries(source.env);
    const backupEnv = { ...source.env, BACKUP_DIR: join(work, 'backups'), BACKUP_KEEP: '3', BACKUP_KEY: key };
    const b = await timed(times, 'pnpm backup', () => must(['backup'], backupEnv));
    backupFile = b.stdout.trim().split('\n').at(-1) ?? '';
    if (s3) {
      // The object storage is lost as well: the restore alone must bring every file back.
      bucketBefore = await s3.keys('medien');
      await s3.empty('medien');
    }

    // An empty database: a new SQLite file / a new PostgreSQL database, never seeded.
    // A fresh PUBLIC_DIR without an uploads folder, as on a new server: the restore creates it.
    const publicDir = join(work, 'public-b');
    let dbEnv: Record<string, string>;
    if (db === 'sqlite') {
      targetDb = join(work, 'restored.db');
      dbEnv = { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: targetDb };
    } else {
      const pgDb = await createPostgresDatabase();
      dropTarget = pgDb.drop;
      targetDb = pgDb.url;
      dbEnv = { DATABASE_CLIENT: 'postgres', DATABASE_URL: pgDb.url };
    }
    const targetEnv = { ...dbEnv, ...mediaEnv, PUBLIC_DIR: publicDir, DEMO_LOGIN_FILE: join(work, 'demo-login-b.json') };
    // source.env has SEED_ON_EMPTY unset (= seed): the restore must not seed by itself.
    restoreEnv = { ...source.env, ...targetEnv, BACKUP_KEY: key };
    await timed(times, 'pnpm restore', () => must(['restore', backupFile, '--yes'], restoreEnv));
    recordDb = dbEnv;
    recordB = await readRecordEntries(dbEnv);
    if (s3) bucketAfter = await s3.keys('medien');

    // Never seeded: whatever B serves came from the backup.
    restored = await timed(times, 'Strapi B', () => startStrapi(db, { ...targetEnv, SEED_ON_EMPTY: 'false' }));
    await timed(times, 'Snapshot B', () => pull(restored!.url, join(work, 'snap-b')));
    siteB = await timed(times, 'Build B', () => build(join(work, 'snap-b'), join(work, 'site-b')));
    snapB = await readFile(join(work, 'snap-b', 'snapshot.json'), 'utf8');
    historyB = await pageHistory(restored, join(work, 'demo-login-b.json'), historyPage);
    // Two Strapi starts, two site builds, backup and restore: up to 20 min on a loaded machine, not the suite's 10.
  }, 1_200_000);

  afterAll(async () => {
    if (work && siteA) {
      const size = backupFile ? (await stat(backupFile)).size : 0;
      console.log(
        `Wiederherstellungsprobe ${label}: Sicherung ${(size / 1024 / 1024).toFixed(1)} MiB ` +
          `(${manifest ? Object.values(manifest.counts.entities).reduce((a, b) => a + b, 0) : '?'} Einträge, ${manifest?.counts.files ?? '?'} Dateien), ` +
          `Website ${siteA.size} Dateien (${((await dirBytes(join(work, 'site-a'))) / 1024 / 1024).toFixed(1)} MiB); Zeiten: ` +
          Object.entries(times)
            .map(([k, v]) => `${k} ${v}`)
            .join(', '),
      );
    }
    await restored?.stop();
    await source?.stop();
    await dropTarget?.();
    await s3?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('schreibt eine Sicherung mit Zeitstempel und Manifest', async () => {
    expect(backupFile.startsWith(join(work, 'backups'))).toBe(true);
    expect(backupFile.split('/').at(-1)).toMatch(BACKUP_NAME);
    const listing = await new Promise<string>((resolve, reject) => {
      const child = spawn('tar', ['-xzOf', backupFile, 'manifest.json'], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.once('error', reject);
      child.once('close', () => resolve(out));
    });
    manifest = JSON.parse(listing) as Manifest;
    expect(manifest.database).toBe(db);
    expect(manifest.encryption === null).toBe(db === 'sqlite');
    expect(manifest.counts.entities['api::organisation.organisation']).toBeGreaterThan(0);
    expect(manifest.counts.files).toBeGreaterThan(0);
  });

  it('bringt dieselben Inhalte zurück (Snapshot gleich, documentIds erhalten)', () => {
    expect(snapB).toBe(snapA);
  });

  it('bringt das Veröffentlichungsprotokoll mit zurück und vermerkt die Wiederherstellung darin', async () => {
    // The seed's publishes are recorded: a drill on an empty record would prove nothing.
    expect(recordA.length).toBeGreaterThan(10);
    expect(manifest?.version).toBe(2);
    expect(manifest?.record).toMatchObject({ entries: recordA.length, lastHash: recordA.at(-1)?.hash });
    // Encrypted like the export where a key is set: the record names people.
    expect(manifest?.record?.file).toBe(key ? 'publication-record.jsonl.enc' : 'publication-record.jsonl');
    expect(recordB.slice(0, -1)).toEqual(recordA);
    expect(recordB.at(-1)).toMatchObject({
      seq: recordA.length + 1,
      action: 'restore',
      actor: 'Wiederherstellung (pnpm restore)',
      prevHash: recordA.at(-1)?.hash,
    });
    expect(verifyChain(recordB)).toMatchObject({ ok: true, count: recordA.length + 1 });
    // The verification command agrees, anchored at the backup's last entry.
    const { code, out } = await verifyRecord(recordDb, '--anker', `${recordA.length}:${recordA.at(-1)?.hash}`);
    expect(out).toContain('Kette unversehrt');
    expect(code).toBe(0);
  });

  it('bringt die Versionsgeschichte mit zurück (docs/adr/0023-version-history.md)', () => {
    expect(manifest?.counts.entities[HISTORY_UID]).toBeGreaterThan(0);
    // B was never seeded: every version it lists came from the backup.
    expect(historyA.length).toBeGreaterThan(0);
    expect(historyB).toEqual(historyA);
  });

  // Only the drill with media on S3 has a bucket: defined there, not skipped elsewhere.
  if (onS3) {
    it('sichert die Dateien aus dem Bucket mit und füllt einen leeren Bucket wieder', () => {
      expect(bucketBefore.length).toBeGreaterThan(10);
      expect(manifest?.counts.files).toBe(bucketBefore.length);
      expect(bucketAfter).toEqual(bucketBefore);
    });
  }

  it('baut daraus eine Website, die Byte für Byte gleich ist', () => {
    expect([...siteB.keys()].sort()).toEqual([...siteA.keys()].sort());
    const differing = [...siteA].filter(([file, hash]) => siteB.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    // Not a vacuous comparison: pages, feeds, calendars, media and the search index are there.
    const files = [...siteA.keys()];
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(50);
    for (const suffix of ['.ics', 'rss.xml', 'sitemap-index.xml', '.pf_meta']) expect(files.some((f) => f.endsWith(suffix))).toBe(true);
    expect(files.some((f) => f.startsWith('medien/'))).toBe(true);
  });

  it('verweigert fehlende, abgeschnittene und veränderte Sicherungen mit einer Zeile und ändert nichts', async () => {
    const dbHash = async () =>
      db === 'sqlite'
        ? createHash('sha256')
            .update(await readFile(targetDb))
            .digest('hex')
        : '';
    const before = await dbHash();

    const truncated = join(work, 'abgeschnitten.tar.gz');
    const whole = await readFile(backupFile);
    await writeFile(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    // A well-formed archive whose payload has one byte changed: only the SHA-256 notices.
    const unpacked = join(work, 'veraendert');
    await mkdir(unpacked);
    await tarIn(['-xzf', backupFile, '-C', unpacked]);
    const payloadName = (await readdir(unpacked)).find((f) => f.startsWith('strapi-export')) ?? '';
    const payload = await readFile(join(unpacked, payloadName));
    payload[Math.floor(payload.length / 2)] = (payload[Math.floor(payload.length / 2)] ?? 0) ^ 0xff;
    await writeFile(join(unpacked, payloadName), payload);
    const tampered = join(work, 'veraendert.tar.gz');
    await tarIn(['-czf', tampered, '-C', unpacked, 'manifest.json', payloadName]);

    const cases: [string, RegExp][] = [
      [join(work, 'gibt-es-nicht.tar.gz'), /nicht gefunden/],
      [truncated, /beschädigt/],
      [tampered, /Prüfsumme \(SHA-256\) des Inhalts stimmt nicht/],
    ];
    for (const [file, reason] of cases) {
      const r = await runScript(['restore', file, '--yes'], restoreEnv);
      expect(r.code).not.toBe(0);
      const errors = r.stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('Fehler:'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(reason);
    }
    // Nothing changed: the database file (SQLite) and what the running Strapi serves.
    expect(await dbHash()).toBe(before);
    await pull(restored!.url, join(work, 'snap-check'));
    expect(await readFile(join(work, 'snap-check', 'snapshot.json'), 'utf8')).toBe(snapA);
  });

  it('sichert eine leere Datenbank als leer (die Sicherung spielt keine Demo-Inhalte ein)', async () => {
    // source.env leaves SEED_ON_EMPTY unset (= seed on an empty database when Strapi starts).
    // public-leer/uploads does not exist: the backup creates it (the upload provider needs it).
    const pgEmpty = db === 'postgres' ? await createPostgresDatabase() : null;
    const dbEnv = pgEmpty ? { DATABASE_URL: pgEmpty.url } : { DATABASE_FILENAME: join(work, 'leer.db') };
    const env = { ...source!.env, ...dbEnv, PUBLIC_DIR: join(work, 'public-leer'), BACKUP_DIR: join(work, 'backups-leer') };
    const r = await must(['backup'], env).finally(() => pgEmpty?.drop());
    const file = r.stdout.trim().split('\n').at(-1) ?? '';
    const unpacked = join(work, 'leer');
    await mkdir(unpacked);
    await tarIn(['-xzf', file, '-C', unpacked, 'manifest.json']);
    const empty = JSON.parse(await readFile(join(unpacked, 'manifest.json'), 'utf8')) as Manifest;
    expect(empty.counts.entities['api::organisation.organisation'] ?? 0).toBe(0);
    expect(empty.counts.files).toBe(0);
  });

  it('verlangt ohne Terminal ein --yes und bei laufendem Strapi einen Stopp', async () => {
    const noYes = await runScript(['restore', backupFile], restoreEnv);
    expect(noYes.code).not.toBe(0);
    expect(noYes.stderr).toMatch(/Fehler: .*nur mit --yes/);
    // `restored` is running on the target database: restoring under it is refused.
    const running = await runScript(['restore', backupFile, '--yes'], { ...restoreEnv, PORT: new URL(restored!.url).port });
    expect(running.code).not.toBe(0);
    expect(running.stderr).toMatch(/Fehler: Strapi läuft noch/);
    if (key) {
      const wrongKey = await runScript(['restore', backupFile, '--yes'], { ...restoreEnv, BACKUP_KEY: 'falsch' });
      expect(wrongKey.code).not.toBe(0);
      expect(wrongKey.stderr).toMatch(/Fehler: Entschlüsselung fehlgeschlagen/);
    }
  });
});
