import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '@stadtportal/publish/free-port';
import { REPO } from './paths.ts';

/*
 * A real Strapi (the cms/ app, built by `scripts/lib/cms-build.sh`) started as its own process
 * with all state in a temp folder: database (SQLite file, or a fresh PostgreSQL database),
 * uploads, demo login. Nothing of the developer's own cms/.tmp or uploads is touched.
 */

export type Db = 'sqlite' | 'postgres';

export interface StrapiInstance {
  url: string;
  dir: string;
  db: Db;
  /** The environment Strapi runs with: CLI commands (export/import) against the same database use it. */
  env: NodeJS.ProcessEnv;
  demoLogin(): Promise<{ email: string; password: string }>;
  /** Logs the demo editor into the admin API (as the dashboard does) and returns its JWT. */
  adminToken(): Promise<string>;
  log(): string;
  /** Ends the Strapi process but keeps its database and folder (stop() still cleans up). */
  halt(): Promise<void>;
  /** SIGKILL, as a crash or a lost machine: no shutdown of its own (stop() still cleans up). */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export { freePort };

const secret = () => randomBytes(16).toString('base64');

export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error('TEST_DATABASE_URL fehlt (scripts/test.sh setzt sie; siehe README).');
  const name = `stadtportal_test_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`Strapi ist beim Start beendet worden (Code ${child.exitCode}):\n${output().slice(-4000)}`);
    }
    const ok = await fetch(`${url}/_health`).then(
      (r) => r.status < 300,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Strapi unter ${url} nicht bereit nach ${timeoutMs / 1000} s:\n${output().slice(-4000)}`);
}

/** The secrets Strapi needs; a copy of the seeded template keeps the template's (its tokens are hashed and encrypted with them). */
type Secrets = Record<'APP_KEYS' | 'API_TOKEN_SALT' | 'ADMIN_JWT_SECRET' | 'TRANSFER_TOKEN_SALT' | 'JWT_SECRET' | 'ENCRYPTION_KEY', string>;
/** A new set of Strapi's secrets (several instances of one installation share one set). */
export const newSecrets = (): Secrets => ({
  APP_KEYS: [secret(), secret()].join(','),
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
});

/*
 * The seeded template (SQLite). Seeding the demo town — images, the video, accounts — takes a
 * minute or two of a Strapi start; a start on a seeded database about ten seconds. So the first
 * SQLite start of a test run seeds a template folder (database, uploads, demo logins, secrets),
 * and later starts copy it: each test still gets its own database and folder, seeded by the real
 * seed, and what one test writes no other sees. Only for settings that cannot change what the seed
 * writes: anything else (a build webhook that sees the seed's publishes, other databases, S3, a
 * preview token file) seeds afresh, as does `{ fresh: true }` (the platform test: the first start
 * itself is what it tests). The template is keyed by the CMS build (cms-build.sh's stamp covers
 * src/, config/ and the contract's rules, the seed included), the seed's pictures, the Node version
 * and the day (the seed's dates are relative to today).
 */
const TEMPLATE_SAFE_ENV = new Set([
  'WEBHOOK_SECRET',
  'SMTP_HOST',
  'SMTP_PORT',
  'SMTP_SECURE',
  'SMTP_FROM',
  'SMTP_REPLY_TO',
  'SMTP_USER',
  'SMTP_PASSWORD',
  'SCHEDULE_CRON',
  'REVIEW_DIGEST_CRON',
  'HISTORY_RETENTION_CRON',
  'CRON_ENABLED',
  'FEEDBACK_REVIEW_THRESHOLD',
  'FEEDBACK_RATE_LIMIT',
  'AUTH_RATE_LIMIT_MAX',
  'AUTH_RATE_LIMIT_WINDOW_MIN',
  'SITE_ORIGINS',
  'PREVIEW_URL',
  'PREVIEW_SECRET',
  'PUBLIC_URL',
  'BEHIND_PROXY',
  'UPLOAD_MAX_MB',
  'BUILD_STATUS_URL',
]);
const TEMPLATE_PREFIX = 'stadtportal-strapi-vorlage-';
const SECRETS_FILE = 'test-secrets.json';

async function templateKey(): Promise<string> {
  const hash = createHash('sha256').update(await readFile(join(REPO, 'cms', 'dist', '.stadtportal-build'), 'utf8'));
  // The seed's pictures are outside what the build stamp covers.
  const assets = join(REPO, 'cms', 'seed-assets');
  for (const name of (await readdir(assets, { recursive: true })).sort()) {
    hash.update(name);
    const bytes = await readFile(join(assets, name)).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'EISDIR') return Buffer.alloc(0);
      throw err;
    });
    hash.update(bytes);
  }
  return hash
    .update(`${process.version}\n${new Date().toISOString().slice(0, 10)}`)
    .digest('hex')
    .slice(0, 16);
}

/** The seeded template's folder: made by a first start that seeds, then reused (a race: the first rename wins). */
async function seededTemplate(): Promise<string> {
  const key = await templateKey();
  const final = join(tmpdir(), `${TEMPLATE_PREFIX}${key}`);
  const ready = await readFile(join(final, SECRETS_FILE), 'utf8').then(
    () => true,
    () => false,
  );
  if (ready) return final;
  // Templates of earlier builds or days: gone, they would only fill the disk.
  for (const name of await readdir(tmpdir())) {
    if (name.startsWith(TEMPLATE_PREFIX) && name !== `${TEMPLATE_PREFIX}${key}`) await rm(join(tmpdir(), name), { recursive: true, force: true });
  }
  const secrets = newSecrets();
  const seeding = await launch('sqlite', {}, secrets, null);
  await seeding.halt();
  await writeFile(join(seeding.dir, SECRETS_FILE), JSON.stringify(secrets));
  try {
    await rename(seeding.dir, final);
  } catch (err) {
    // Another process made it meanwhile: theirs is as good as ours.
    if (!['ENOTEMPTY', 'EEXIST'].includes((err as NodeJS.ErrnoException).code ?? '')) throw err;
    await rm(seeding.dir, { recursive: true, force: true });
  }
  return final;
}

export interface StartOptions {
  /** Seed a new database even where a copy of the seeded template would do. */
  fresh?: boolean;
}

/**
 * `extraEnv` overrides anything; with a DATABASE_URL in it (several instances on one database)
 * no database is created or dropped here — its owner does that.
 */
export async function startStrapi(db: Db, extraEnv: Record<string, string> = {}, options: StartOptions = {}): Promise<StrapiInstance> {
  const fromTemplate = db === 'sqlite' && options.fresh !== true && Object.keys(extraEnv).every((k) => TEMPLATE_SAFE_ENV.has(k));
  if (!fromTemplate) return launch(db, extraEnv, newSecrets(), null);
  const template = await seededTemplate();
  const secrets = JSON.parse(await readFile(join(template, SECRETS_FILE), 'utf8')) as Secrets;
  return launch(db, extraEnv, secrets, template);
}

/** Start Strapi in a new folder: empty (it seeds), or a copy of `template`. */
async function launch(db: Db, extraEnv: Record<string, string>, secrets: Secrets, template: string | null): Promise<StrapiInstance> {
  const dir = await mkdtemp(join(tmpdir(), `stadtportal-strapi-${db}-`));
  if (template !== null) {
    await cp(template, dir, { recursive: true });
    await rm(join(dir, SECRETS_FILE));
  }
  await mkdir(join(dir, 'public', 'uploads'), { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const pgDb = db === 'postgres' && !extraEnv.DATABASE_URL ? await createPostgresDatabase() : null;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    ...secrets,
    STRAPI_TELEMETRY_DISABLED: 'true',
    PUBLIC_DIR: join(dir, 'public'),
    DEMO_LOGIN_FILE: join(dir, 'demo-login.json'),
    ...(db === 'postgres'
      ? { DATABASE_CLIENT: 'postgres', DATABASE_URL: pgDb?.url ?? '' }
      : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: join(dir, 'data.db') }),
    ...extraEnv,
  };
  const cms = join(REPO, 'cms');
  const child = spawn(process.execPath, [join(cms, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], {
    cwd: cms,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));

  const halt = async () => {
    // Not after kill(): a process ended by a signal has no exit code, and its 'exit' is past.
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  };
  const stop = async () => {
    await halt();
    await pgDb?.drop();
    await rm(dir, { recursive: true, force: true });
  };

  const demoLogin = async () => JSON.parse(await readFile(join(dir, 'demo-login.json'), 'utf8')) as { email: string; password: string };

  try {
    // First start: schema creation, seed with images, demo login — about half a minute.
    await waitForHealth(url, child, () => out, 300_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    url,
    dir,
    db,
    env,
    log: () => out,
    halt,
    kill,
    stop,
    demoLogin,
    adminToken: async () => {
      const login = await demoLogin();
      const auth = await fetch(`${url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: login.email, password: login.password }),
      });
      if (auth.status !== 200) throw new Error(`Admin-Anmeldung fehlgeschlagen: ${auth.status} ${await auth.text()}`);
      return ((await auth.json()) as { data: { token: string } }).data.token;
    },
  };
}
