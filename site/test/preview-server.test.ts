import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewUrl } from '@stadtportal/shared/preview';

/*
 * The built preview server (astro.preview.config.mjs, docs/adr/0014-draft-preview.md) against a
 * stand-in for Strapi's REST API and the fixture snapshot: what it renders, what it refuses and
 * which headers it sends. The real Strapi and the dashboard are in e2e/preview.test.ts.
 */

const SITE_DIR = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./fixtures/snapshot/', import.meta.url));
const ASTRO_BIN = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const SECRET = randomBytes(32).toString('hex');
const DIST = `${SITE_DIR}.preview-server-unit-${process.pid}`;
const TOKEN = 'lesetoken-1234';

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
/** Drafts as Strapi's REST API returns them (status=draft), by documentId. */
const DRAFTS: Record<string, Record<string, unknown>> = {
  'p-neu': {
    documentId: 'p-neu',
    slug: 'baustelle-markt',
    title: 'Baustelle am Markt',
    organisation: { documentId: 'o-stadt' },
    parent: { documentId: 'p-rathaus' },
    summary: 'Was sich am Markt ändert.',
    body: paragraph('Entwurf: Der Markt wird ab März neu gepflastert.'),
    image: null,
    seoDescription: 'Baustelle am Markt in Aschersleben.',
    updatedAt: '2026-11-25T10:00:00.000Z',
  },
  // Its parent is not published (not in the snapshot): the build would refuse it.
  'p-waise': {
    documentId: 'p-waise',
    slug: 'waise',
    title: 'Unterseite eines Entwurfs',
    organisation: { documentId: 'o-stadt' },
    parent: { documentId: 'p-unveroeffentlicht' },
    summary: 'Kurz.',
    body: paragraph('Text.'),
    image: null,
    seoDescription: 'Kurz.',
    updatedAt: '2026-11-25T10:00:00.000Z',
  },
};

function link(uid: string, documentId: string, origin: string): string {
  const url = previewUrl(origin, SECRET, { uid, documentId, locale: 'de', status: 'draft' });
  if (url === undefined) throw new Error('keine Vorschau-URL');
  return url;
}

describe('Vorschau-Server (gebaut, gegen einen nachgestellten CMS-Endpunkt)', () => {
  let cms: Server;
  let preview: ChildProcess | undefined;
  let origin = '';
  let output = '';
  const requests: IncomingMessage[] = [];

  beforeAll(async () => {
    cms = createServer((req, res) => {
      requests.push(req);
      const url = new URL(req.url ?? '/', 'http://cms');
      const id = url.searchParams.get('filters[documentId][$eq]') ?? '';
      const draft = url.pathname === '/api/pages' && url.searchParams.get('status') === 'draft' ? DRAFTS[id] : undefined;
      const data = draft ? [draft] : [];
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data, meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: data.length } } }));
    });
    await new Promise<void>((ok) => cms.listen(0, '127.0.0.1', ok));
    const cmsUrl = `http://127.0.0.1:${(cms.address() as AddressInfo).port}`;

    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PREVIEW_DIST: DIST,
      CI: '1',
      NO_COLOR: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    await new Promise<void>((resolve, reject) => {
      const build = spawn(process.execPath, [ASTRO_BIN, 'build', '--config', 'astro.preview.config.mjs'], {
        cwd: SITE_DIR,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      build.stdout.on('data', (d: Buffer) => (out += d.toString()));
      build.stderr.on('data', (d: Buffer) => (out += d.toString()));
      build.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`Vorschau-Build fehlgeschlagen (${code}):\n${out}`))));
    });

    const port = await new Promise<number>((ok) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const p = (probe.address() as AddressInfo).port;
        probe.close(() => ok(p));
      });
    });
    origin = `http://127.0.0.1:${port}`;
    preview = spawn(process.execPath, ['preview/serve.mjs'], {
      cwd: SITE_DIR,
      env: { ...env, PREVIEW_SECRET: SECRET, PREVIEW_PORT: String(port), CMS_URL: cmsUrl, PREVIEW_CMS_TOKEN: TOKEN, SNAPSHOT_DIR: FIXTURE },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    preview.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    preview.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const deadline = Date.now() + 20_000;
    while (
      !(await fetch(`${origin}/`).then(
        () => true,
        () => false,
      ))
    ) {
      if (Date.now() > deadline || preview.exitCode !== null) throw new Error(`Vorschau-Server startet nicht:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 120_000);

  afterAll(async () => {
    if (preview && preview.exitCode === null) {
      const exited = new Promise((r) => preview?.once('exit', r));
      preview.kill('SIGTERM');
      await exited;
    }
    await new Promise<void>((ok) => (cms ? cms.close(() => ok()) : ok()));
    await rm(DIST, { recursive: true, force: true });
  });

  it('renders a draft page in the site layout, below its published parent, read with the token', async () => {
    const res = await fetch(link('api::page.page', 'p-neu', origin));
    const html = await res.text();
    expect(res.status, html).toBe(200);
    const { document } = parseHTML(html);
    expect(document.querySelector('main h1')?.textContent).toBe('Baustelle am Markt');
    expect(document.querySelector('main')?.textContent).toContain('Der Markt wird ab März neu gepflastert.');
    expect(document.querySelector('main .preview-notice')?.textContent).toContain('noch nicht öffentlich');
    // The layout's chrome from the snapshot: navigation, breadcrumbs to the published parent, footer.
    expect(document.querySelector('header nav')).not.toBeNull();
    expect(document.querySelector('nav[aria-label="Brotkrümelnavigation"]')?.textContent).toContain('Rathaus');
    expect(document.querySelector('footer')).not.toBeNull();
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(html).not.toMatch(/<script|style="/);
    expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow, noarchive');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const draftRequest = requests.find((r) => r.url?.includes('p-neu'));
    expect(draftRequest?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(draftRequest?.url).toContain('status=draft');
  });

  it('the stylesheet and the snapshot images are served; unknown files are not', async () => {
    const { document } = parseHTML(await (await fetch(link('api::page.page', 'p-neu', origin))).text());
    const css = document.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? '';
    expect((await fetch(`${origin}${css}`)).status).toBe(200);
    const image = await fetch(`${origin}/medien/johannisturm.png`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect((await fetch(`${origin}/medien/gibt-es-nicht.png`)).status).toBe(404);
    expect((await fetch(`${origin}/medien/..%2Fsnapshot.json`)).status).toBe(404);
  });

  it('refuses: no token 401, a forged one 403; no such draft 404; content the build would refuse 422', async () => {
    const good = new URL(link('api::page.page', 'p-neu', origin));
    expect((await fetch(`${origin}${good.pathname}`)).status).toBe(401);
    good.searchParams.set('token', '0'.repeat(64));
    const forged = await fetch(good);
    expect(forged.status).toBe(403);
    expect(await forged.text()).not.toContain('gepflastert');

    expect((await fetch(link('api::page.page', 'p-fehlt', origin))).status).toBe(404);
    const orphan = await fetch(link('api::page.page', 'p-waise', origin));
    expect(orphan.status).toBe(422);
    expect(await orphan.text()).toContain('übergeordnete Seite ist noch nicht veröffentlicht');
  });

  it('binds 127.0.0.1', () => {
    expect(output).toContain(`Server listening on ${origin}`);
  });
});
