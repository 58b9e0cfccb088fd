// Content pull: a throwaway Strapi (the built cms/, SQLite and PostgreSQL) seeded with the demo
// town plus `count` published documents through the Document Service (bench/src/strapi-server.mjs),
// then the real snapshot pull (shared/src/pull.ts) against its REST API, timed.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createCmsClient } from '@stadtportal/shared/client';
import { pullSnapshot } from '@stadtportal/shared/pull';
import { createPostgresDatabase } from '../../e2e/helpers/strapi.ts';
import { freePort } from '@stadtportal/publish/free-port';
import type { Figure } from './report.ts';

/**
 * The repository whose built cms/ the bench starts: this one, or BENCH_CMS_ROOT (another
 * checkout, when this one's cms/ is busy). One Strapi per cms/dist at a time: the lock of
 * scripts/dev/cms-snapshot.sh for this checkout, a lock inside the other one otherwise.
 */
export function cmsRoot(root: string): { dir: string; lock: string } {
  const other = process.env.BENCH_CMS_ROOT;
  const dir = other && other !== root ? other : root;
  // BENCH_CMS_LOCK: a checkout of its own (a copy made for the bench) needs no shared lock.
  return { dir, lock: process.env.BENCH_CMS_LOCK ?? (dir === root ? '/tmp/stadtportal-cms.lock' : join(dir, '.bench-cms.lock')) };
}

function run(cmd: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')}: Code ${code}`))));
  });
}

export interface Seeded {
  url: string;
  seedSeconds: number;
  stop(): Promise<void>;
  /** Written by the CMS bootstrap: the demo editor's login. */
  demoLoginFile: string;
}

/** A throwaway Strapi from `cms.dir`/cms with the demo seed plus `count` documents; holds `cms.lock` while it runs. */
export async function startSeeded(
  cms: { dir: string; lock: string },
  dir: string,
  db: 'sqlite' | 'postgres',
  count: number,
  extraEnv: Record<string, string> = {},
): Promise<Seeded> {
  // A fresh database every time: a kept BENCH_DIR must not carry a previous run's documents.
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'public/uploads'), { recursive: true });
  const port = await freePort();
  const pgDb = db === 'postgres' ? await createPostgresDatabase() : null;
  const secret = () => randomBytes(16).toString('base64');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    STRAPI_TELEMETRY_DISABLED: 'true',
    PUBLIC_DIR: join(dir, 'public'),
    DEMO_LOGIN_FILE: join(dir, 'demo-login.json'),
    BENCH_CMS_DIR: join(cms.dir, 'cms'),
    BENCH_DOCS: String(count),
    ...(pgDb ? { DATABASE_CLIENT: 'postgres', DATABASE_URL: pgDb.url } : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: join(dir, 'data.db') }),
    ...extraEnv,
  };
  // flock holds the CMS lock for as long as this Strapi runs.
  // Its own process group (detached), so stopping it reaches Strapi below flock.
  const server = join(import.meta.dirname, 'strapi-server.mjs');
  const child: ChildProcess = spawn('flock', [cms.lock, process.execPath, server], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      // flock forwards no signal: signal the group this bench started (flock and its Strapi).
      const group = -(child.pid as number);
      const signal = (sig: NodeJS.Signals) => {
        try {
          process.kill(group, sig);
        } catch (err) {
          // ESRCH: the group is already gone — nothing left to stop.
          if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
        }
      };
      signal('SIGTERM');
      const timer = setTimeout(() => signal('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    }
    await pgDb?.drop();
  };
  const seedSeconds = await new Promise<number>((resolve, reject) => {
    const onData = (c: Buffer) => {
      out += c.toString();
      const m = /BENCH-READY ([\d.]+)/.exec(out);
      if (m) resolve(Number(m[1]));
      const seeded = /BENCH-SEEDED (\d+)\n$/.exec(c.toString());
      if (seeded) console.log(`  … ${db}: ${seeded[1]} Dokumente angelegt`);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (code) => reject(new Error(`Bench-Strapi (${db}) beendet mit Code ${code}:\n${out.slice(-4000)}`)));
  }).catch(async (err: unknown) => {
    await stop();
    throw err;
  });
  return { url: `http://127.0.0.1:${port}`, seedSeconds, stop, demoLoginFile: join(dir, 'demo-login.json') };
}

export async function contentPull(root: string, work: string, count: number): Promise<{ figures: Figure[]; seconds: number | null }> {
  const figures: Figure[] = [];
  let first: number | null = null;
  const cms = cmsRoot(root);
  await run('flock', [cms.lock, 'bash', 'scripts/lib/cms-build.sh'], cms.dir);
  const dbs: ('sqlite' | 'postgres')[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
  for (const db of dbs) {
    const strapi = await startSeeded(cms, join(work, `strapi-${db}`), db, count);
    try {
      const started = performance.now();
      const result = await pullSnapshot({ client: createCmsClient({ baseUrl: strapi.url }), dir: join(work, `pulled-${db}`), source: strapi.url });
      const seconds = (performance.now() - started) / 1000;
      first ??= seconds;
      figures.push({
        section: 'Inhalts-Abruf',
        name: `Strapi (${db === 'sqlite' ? 'SQLite' : 'PostgreSQL'}) mit ${count} zusätzlichen Dokumenten → Snapshot`,
        value: `${seconds.toFixed(1)} s`,
        target: '≤ 30 s',
        met: seconds <= 30,
        note: `${JSON.stringify(result).slice(0, 300)}; Anlegen der Dokumente über den Document Service: ${strapi.seedSeconds.toFixed(0)} s (nicht Teil der Messung)`,
      });
      // The runner's usual pull after its first (ADR 0024): nothing changed, so only the
      // listings of documentId + updatedAt and the single types are fetched.
      const deltaStarted = performance.now();
      const delta = await pullSnapshot({ client: createCmsClient({ baseUrl: strapi.url }), dir: join(work, `pulled-${db}`), source: strapi.url, delta: true });
      const deltaSeconds = (performance.now() - deltaStarted) / 1000;
      figures.push({
        section: 'Inhalts-Abruf',
        name: `Strapi (${db === 'sqlite' ? 'SQLite' : 'PostgreSQL'}) mit ${count} zusätzlichen Dokumenten → Delta-Abruf ohne Änderung`,
        value: `${deltaSeconds.toFixed(1)} s`,
        target: '≤ ¼ des vollständigen Abrufs',
        met: delta.kind === 'delta' && deltaSeconds <= seconds / 4,
        note: `${delta.kind === 'delta' ? 'Delta' : `vollständig (${delta.fullReason ?? ''})`}, ${delta.fetchedEntries} Einträge vollständig geholt`,
      });
    } finally {
      await strapi.stop();
    }
  }
  if (dbs.length === 1) {
    figures.push({
      section: 'Inhalts-Abruf',
      name: 'PostgreSQL',
      value: 'nicht gemessen',
      target: '≤ 30 s',
      met: false,
      note: 'TEST_DATABASE_URL fehlt (bench/run.sh setzt sie über scripts/lib/postgres.sh)',
    });
  }
  return { figures, seconds: first };
}
