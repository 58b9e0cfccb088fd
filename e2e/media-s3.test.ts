import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCmsClient } from '@stadtportal/shared/client';
import { PULL_INDEX_FILE, pullSnapshot } from '@stadtportal/shared/pull';
import { REPO } from './helpers/paths.ts';
import { solidPng } from './helpers/png.ts';
import { startFakeS3, type FakeS3 } from './helpers/s3.ts';
import { createPostgresDatabase, startStrapi, type StrapiInstance } from './helpers/strapi.ts';

/*
 * Media on S3-compatible storage (docs/OPERATIONS.md): an installation that ran with local
 * uploads is moved with `pnpm media:to-s3`, then started with UPLOAD_PROVIDER=s3 on the same
 * database. The snapshot pulled afterwards — every image and PDF now downloaded from the bucket's
 * public URL, the local folder moved away — is byte for byte the one pulled before.
 * A new upload goes straight to the bucket, and the dashboard's CSP names the media origin.
 */

const SNAPSHOT_TIME = new Date('2026-11-25T10:00:00Z');

/** Strapi's `env` helper for config files, over a plain object (what cms/config/*.ts call). */
function configEnv(values: Record<string, string>) {
  const env = (name: string, fallback?: string) => values[name] ?? fallback ?? '';
  return Object.assign(env, {
    int: (name: string, fallback?: number) => (values[name] === undefined ? (fallback ?? 0) : Number(values[name])),
    bool: (name: string, fallback?: boolean) => (values[name] === undefined ? (fallback ?? false) : values[name] === 'true'),
    array: (name: string, fallback?: string[]) => (values[name] === undefined ? (fallback ?? []) : (values[name] ?? '').split(',')),
  });
}
/** The built CMS's middleware configuration (cms/dist, compiled by scripts/lib/cms-build.sh). */
const middlewares = (
  createRequire(import.meta.url)(join(REPO, 'cms/dist/config/middlewares.js')) as { default: (params: { env: ReturnType<typeof configEnv> }) => unknown[] }
).default;
const SOURCE = 'http://cms.stadtportal.test';

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

function run(args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [join(REPO, 'scripts/run.sh'), ...args], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

describe('Medien auf S3: Umzug einer bestehenden Installation (PostgreSQL)', () => {
  let work: string;
  let s3: FakeS3;
  let local: StrapiInstance | undefined;
  let moved: StrapiInstance | undefined;
  let drop: (() => Promise<void>) | undefined;
  let migration = '';
  let rerun = '';
  const times: string[] = [];
  const pull = (url: string, dir: string) => pullSnapshot({ client: createCmsClient({ baseUrl: url }), dir, source: SOURCE, now: () => SNAPSHOT_TIME });

  beforeAll(async () => {
    const t0 = Date.now();
    work = await mkdtemp(join(tmpdir(), 'stadtportal-media-s3-'));
    s3 = await startFakeS3(['medien']);
    const db = await createPostgresDatabase();
    drop = db.drop;
    local = await startStrapi('postgres', { DATABASE_URL: db.url });
    await pull(local.url, join(work, 'vorher'));
    await local.halt();
    times.push(`Strapi lokal + Snapshot ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const t1 = Date.now();
    const env = { ...local.env, ...s3.cmsEnv('medien') };
    const r = await run(['media:to-s3'], env);
    migration = r.out;
    if (r.code !== 0) throw new Error(`pnpm media:to-s3 → Code ${r.code}\n${r.out.slice(-4000)}`);
    rerun = (await run(['media:to-s3'], env)).out;
    times.push(`Umzug (zweimal) ${((Date.now() - t1) / 1000).toFixed(1)} s`);

    // The local files are out of reach: whatever the pull gets now comes from the bucket.
    await rename(join(local.dir, 'public', 'uploads'), join(local.dir, 'public', 'uploads-alt'));
    const t2 = Date.now();
    moved = await startStrapi('postgres', { DATABASE_URL: db.url, ...s3.cmsEnv('medien'), SEED_ON_EMPTY: 'false' });
    await pull(moved.url, join(work, 'nachher'));
    times.push(`Strapi S3 + Snapshot ${((Date.now() - t2) / 1000).toFixed(1)} s`);
  });

  afterAll(async () => {
    console.log(`Medien auf S3: ${times.join(', ')}`);
    await moved?.stop();
    await local?.stop();
    await drop?.();
    await s3?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('überträgt jede Datei und jedes Format und meldet es auf Deutsch', async () => {
    expect(migration).toMatch(/Fertig: \d+ Dateien und \d+ Formate in den Bucket übertragen, \d+ Einträge mit Bildern im Fließtext umgeschrieben/);
    const files = Number(/Fertig: (\d+) Dateien/.exec(migration)?.[1]);
    const formats = Number(/und (\d+) Formate/.exec(migration)?.[1]);
    expect(files).toBeGreaterThan(10);
    const keys = await s3.keys('medien');
    expect(keys.length).toBe(files + formats);
    expect(keys.every((k) => k.startsWith('uploads/'))).toBe(true);
    // Idempotent: the second run finds nothing left to move.
    expect(rerun, rerun.slice(-2000)).toMatch(new RegExp(`Fertig: 0 Dateien und 0 Formate .*\\(${files} lagen schon im Bucket\\)`));
  });

  it('liefert danach denselben Snapshot, Byte für Byte, mit Medien aus dem Bucket', async () => {
    // The pull's own bookkeeping is not content: its index names the CMS address (another port
    // here) and the time of the pull (docs/adr/0024-delta-pull.md).
    const content = async (dir: string) => {
      const all = await digests(dir);
      all.delete(PULL_INDEX_FILE);
      return all;
    };
    const before = await content(join(work, 'vorher'));
    const after = await content(join(work, 'nachher'));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const differing = [...before].filter(([f, h]) => after.get(f) !== h).map(([f]) => f);
    if (differing.includes('snapshot.json')) {
      // Name the first differing lines, so a failure says what changed.
      const a = (await readFile(join(work, 'vorher', 'snapshot.json'), 'utf8')).split('\n');
      const b = (await readFile(join(work, 'nachher', 'snapshot.json'), 'utf8')).split('\n');
      console.log(
        a
          .flatMap((line, i) => (line === b[i] ? [] : [`- ${line}`, `+ ${b[i] ?? ''}`]))
          .slice(0, 20)
          .join('\n'),
      );
    }
    expect(differing).toEqual([]);
    expect([...before.keys()].filter((f) => f.startsWith('media/')).length).toBeGreaterThan(10);
    // Every stored URL — media library and images inside rich text — points at the bucket.
    const res = await fetch(`${moved!.url}/api/pages?locale=de&pagination[pageSize]=100`);
    const text = await res.text();
    expect(text).not.toMatch(/"url":"\/uploads\//);
    expect(text).toContain(`"url":"${s3.cmsEnv('medien').MEDIA_PUBLIC_URL ?? ''}/uploads/`);
  });

  it('legt neue Uploads direkt im Bucket ab und nennt dessen Origin nur in der CSP des Dashboards', async () => {
    // The admin account lives in the shared database; its login was written by the first instance.
    const login = await local!.demoLogin();
    const auth = await fetch(`${moved!.url}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(login) });
    expect(auth.status).toBe(200);
    const token = ((await auth.json()) as { data: { token: string } }).data.token;
    const png = solidPng(400, 300, [164, 32, 26]);
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'neu-im-bucket.png');
    form.append('fileInfo', JSON.stringify({ alternativeText: 'Ein Pixel', name: 'neu-im-bucket.png' }));
    const up = await fetch(`${moved!.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    expect(up.status).toBe(201);
    const [file] = (await up.json()) as { url: string; provider: string }[];
    expect(file?.provider).toBe('aws-s3');
    expect(file?.url).toMatch(new RegExp(`^${(s3.cmsEnv('medien').MEDIA_PUBLIC_URL ?? '').replace(/[.:/]/g, '\\$&')}/uploads/`));
    // Served from the bucket's public URL: the object itself (Strapi may have re-encoded the
    // upload to make it smaller, so the bucket, not the sent bytes, is the reference).
    const served = Buffer.from(await (await fetch(file!.url)).arrayBuffer());
    const key = new URL(file!.url).pathname.replace(/^\/medien\//, '');
    expect(served.equals(Buffer.from(await s3.get('medien', key)))).toBe(true);
    expect(served.subarray(0, 4).toString('latin1')).toBe('\x89PNG');

    const origin = new URL(s3.endpoint).origin;
    const admin = await fetch(`${moved!.url}/admin/`);
    const csp = admin.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(new RegExp(`img-src [^;]*${origin.replace(/[.:/]/g, '\\$&')}`));
    expect(csp).toMatch(new RegExp(`media-src [^;]*${origin.replace(/[.:/]/g, '\\$&')}`));
    // Without S3 the configuration keeps Strapi's own security middleware, unchanged.
    const env = configEnv({});
    expect(middlewares({ env })).toContain('strapi::security');
    expect(JSON.stringify(middlewares({ env: configEnv(s3.cmsEnv('medien')) }))).toContain(origin);
  });
});
