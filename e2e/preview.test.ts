// Draft preview (issue 6, docs/adr/0014-draft-preview.md): an editor opens an unpublished page
// from the dashboard („Vorschau öffnen“ in Strapi's edit view) and sees it rendered by the
// preview server with the site's own layout; the public snapshot and the public build never
// contain it; the preview server refuses requests without a valid signed link.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readSnapshot, SNAPSHOT_FILE } from '@stadtportal/shared';
import { createCmsClient } from '@stadtportal/shared/client';
import { pullSnapshot } from '@stadtportal/shared/pull';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_ARGS } from '@stadtportal/publish/a11y-gate';
import { REPO } from './helpers/paths.ts';
import { htmlFiles } from './helpers/site.ts';
import { freePort, startStrapi, type StrapiInstance } from './helpers/strapi.ts';

const run = promisify(execFile);
const SECRET = randomBytes(32).toString('hex');
const STAMP = Date.now().toString(36);
const PAGE_TEXT = `Entwurfstext ${STAMP}: Die Stadtmauer am Johannisturm wird im Frühjahr saniert.`;
const PAGE_TITLE = `Sanierung der Stadtmauer ${STAMP}`;
const NEWS_TEXT = `Meldungsentwurf ${STAMP}: Der Wochenmarkt zieht vorübergehend auf den Holzmarkt.`;

async function waitForHttp(url: string, child: ChildProcess, out: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Vorschau-Server beendet (Code ${child.exitCode}):\n${out()}`);
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Vorschau-Server antwortet nicht unter ${url}:\n${out()}`);
}

describe('Entwurfsvorschau: Strapi „Vorschau öffnen“ → Vorschau-Server (echter Strapi, SQLite)', () => {
  let strapi: StrapiInstance;
  let tmp: string;
  let previewDist: string;
  let preview: ChildProcess | undefined;
  let previewOut = '';
  let previewOrigin: string;
  let browser: Browser | undefined;
  let adminJwt: string;
  let pageId: string;
  let newsId: string;
  let snapDir: string;

  const admin = async (method: string, path: string, body?: unknown): Promise<Response> =>
    fetch(`${strapi.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminJwt}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const json = async <T>(res: Response, status: number): Promise<T> => {
    const text = await res.text();
    expect(res.status, text).toBe(status);
    return JSON.parse(text) as T;
  };
  /** What the dashboard asks Strapi for when it opens the preview. */
  const previewUrlOf = async (uid: string, documentId: string, query = ''): Promise<string> => {
    const res = await admin('GET', `/content-manager/preview/url/${uid}?documentId=${documentId}&status=draft${query}`);
    return (await json<{ data: { url: string } }>(res, 200)).data.url;
  };

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'stadtportal-preview-'));
    const port = await freePort();
    previewOrigin = `http://127.0.0.1:${port}`;
    // As `pnpm start` runs it: Strapi's bootstrap writes the preview server's read-only API token.
    const tokenFile = join(tmp, 'preview-token');
    strapi = await startStrapi('sqlite', { PREVIEW_SECRET: SECRET, PREVIEW_URL: previewOrigin, PREVIEW_TOKEN_FILE: tokenFile });
    adminJwt = await strapi.adminToken();
    const readToken = (await readFile(tokenFile, 'utf8')).trim();
    expect(readToken).toMatch(/^[0-9a-f]{64,}$/);

    const orgs = (await (await fetch(`${strapi.url}/api/organisations?sort=documentId:asc`)).json()) as { data: { documentId: string }[] };
    const org = orgs.data[0]?.documentId;
    expect(org).toBeTruthy();
    // New entries, saved as drafts (never published): a top-level page and a news article.
    const page = await json<{ data: { documentId: string } }>(
      await admin('POST', '/content-manager/collection-types/api::page.page?locale=de', {
        title: PAGE_TITLE,
        slug: `stadtmauer-${STAMP}`,
        summary: 'Was sich an der Stadtmauer ändert.',
        seoDescription: 'Sanierung der Stadtmauer in Aschersleben.',
        organisation: { connect: [{ documentId: org }] },
        body: [{ type: 'paragraph', children: [{ type: 'text', text: PAGE_TEXT }] }],
      }),
      201,
    );
    pageId = page.data.documentId;
    const news = await json<{ data: { documentId: string } }>(
      await admin('POST', '/content-manager/collection-types/api::news-article.news-article', {
        title: `Wochenmarkt ${STAMP}`,
        slug: `wochenmarkt-${STAMP}`,
        date: '2026-11-25',
        teaser: 'Der Wochenmarkt zieht um.',
        organisation: { connect: [{ documentId: org }] },
        body: [{ type: 'paragraph', children: [{ type: 'text', text: NEWS_TEXT }] }],
      }),
      201,
    );
    newsId = news.data.documentId;

    // The public side: the snapshot of what is published (the preview renders inside it too).
    snapDir = join(tmp, 'content');
    await pullSnapshot({ client: createCmsClient({ baseUrl: strapi.url }), dir: snapDir, source: strapi.url });

    // The preview server: its own build (inside site/, where its dependencies resolve), 127.0.0.1.
    previewDist = join(REPO, 'site', `.preview-server-test-${STAMP}`);
    await run('pnpm', ['--filter', '@stadtportal/site', 'draft-preview:build'], {
      cwd: REPO,
      env: { ...process.env, PREVIEW_DIST: previewDist },
      maxBuffer: 64 * 1024 * 1024,
    });
    preview = spawn(process.execPath, [join(REPO, 'site', 'preview', 'serve.mjs')], {
      env: {
        ...process.env,
        PREVIEW_DIST: previewDist,
        PREVIEW_PORT: String(port),
        PREVIEW_SECRET: SECRET,
        PREVIEW_CMS_TOKEN: readToken,
        CMS_URL: strapi.url,
        SNAPSHOT_DIR: snapDir,
        // Would be honoured by a plain Astro server; serve.mjs must bind 127.0.0.1 regardless.
        HOST: '0.0.0.0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    preview.stdout?.on('data', (d: Buffer) => (previewOut += d.toString()));
    preview.stderr?.on('data', (d: Buffer) => (previewOut += d.toString()));
    await waitForHttp(`${previewOrigin}/`, preview, () => previewOut);

    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    if (preview && preview.exitCode === null) {
      const exited = new Promise((r) => preview?.once('exit', r));
      preview.kill('SIGTERM');
      await exited;
    }
    await strapi?.stop();
    if (previewDist) await rm(previewDist, { recursive: true, force: true });
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('the editor opens the draft page from its edit view and sees it in the site layout', async () => {
    if (!browser) throw new Error('Chromium fehlt');
    const login = await strapi.demoLogin();
    const context = await browser.newContext({ locale: 'de-DE' });
    const tab = await context.newPage();
    try {
      await tab.goto(`${strapi.url}/admin/auth/login`);
      await tab.locator('input[name="email"]').fill(login.email);
      await tab.locator('input[name="password"]').fill(login.password);
      await tab.locator('button[type="submit"]').click();
      await tab.waitForURL((u) => !u.pathname.includes('/auth/'), { timeout: 60_000 });

      await tab.goto(`${strapi.url}/admin/content-manager/collection-types/api::page.page/${pageId}?plugins[i18n][locale]=de`);
      const open = tab.getByRole('link', { name: /Vorschau öffnen|Open preview/ });
      await open.waitFor({ timeout: 60_000 });
      await open.click();

      const iframe = tab.locator('iframe[data-testid="preview-iframe"]');
      await iframe.waitFor({ timeout: 30_000 });
      const src = await iframe.getAttribute('src');
      expect(src?.startsWith(`${previewOrigin}/vorschau/seite/${pageId}/`)).toBe(true);
      const frame = tab.frameLocator('iframe[data-testid="preview-iframe"]');
      await frame.locator('main').getByText(PAGE_TEXT).waitFor({ timeout: 30_000 });
      // The site's own layout around it: title, header with the main navigation, footer, the note.
      expect(await frame.locator('main h1').textContent()).toBe(PAGE_TITLE);
      expect(await frame.locator('header nav').count()).toBeGreaterThan(0);
      expect(await frame.locator('footer').count()).toBe(1);
      expect(await frame.locator('main .preview-notice').textContent()).toContain('noch nicht öffentlich');
      expect(await frame.locator('link[rel="stylesheet"]').count()).toBeGreaterThan(0);
      expect(await frame.locator('meta[name="robots"][content="noindex"]').count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('a news draft previews the same way (signed link from Strapi), with noindex and framing only by the dashboard', async () => {
    const url = await previewUrlOf('api::news-article.news-article', newsId);
    expect(url.startsWith(`${previewOrigin}/vorschau/meldung/${newsId}/`)).toBe(true);
    const res = await fetch(url);
    const html = await res.text();
    expect(res.status, html).toBe(200);
    expect(html).toContain(NEWS_TEXT);
    expect(html).toContain('class="preview-notice"');
    expect(res.headers.get('x-robots-tag')).toMatch(/noindex/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain(`frame-ancestors ${new URL(strapi.url).origin}`);
  });

  it('without the signed link the preview server refuses: no token 401, edited or foreign links 403', async () => {
    const pageUrl = new URL(await previewUrlOf('api::page.page', pageId, '&locale=de'));
    const bare = await fetch(`${previewOrigin}${pageUrl.pathname}`);
    expect(bare.status).toBe(401);
    expect(await bare.text()).not.toContain(PAGE_TEXT);

    // The page's signature used for the news draft: refused.
    const foreign = new URL(pageUrl);
    foreign.pathname = `/vorschau/meldung/${newsId}/`;
    expect((await fetch(foreign)).status).toBe(403);
    // A later expiry with the old signature: refused.
    const extended = new URL(pageUrl);
    extended.searchParams.set('expires', String(Date.now() + 365 * 86_400_000));
    expect((await fetch(extended)).status).toBe(403);
    // A wrong secret: refused.
    const forged = new URL(pageUrl);
    forged.searchParams.set('token', 'ab'.repeat(32));
    expect((await fetch(forged)).status).toBe(403);
    // The English translation has no preview: Strapi gives no URL (204).
    const en = await admin('GET', `/content-manager/preview/url/api::page.page?documentId=${pageId}&status=draft&locale=en`);
    expect(en.status).toBe(204);
  });

  it('the preview server listens on 127.0.0.1 only, even with HOST=0.0.0.0 in its environment', () => {
    expect(previewOut).toContain(`http://127.0.0.1:${new URL(previewOrigin).port}`);
    expect(previewOut).not.toContain('0.0.0.0');
  });

  it('the public snapshot and the public build contain neither draft nor any preview route', async () => {
    const snapshot = await readSnapshot(snapDir);
    expect(snapshot.pages.some((p) => p.documentId === pageId)).toBe(false);
    expect(snapshot.news.some((n) => n.documentId === newsId)).toBe(false);
    const raw = await readFile(join(snapDir, SNAPSHOT_FILE), 'utf8');
    expect(raw).not.toContain(STAMP);

    // The site built from it, as an operator builds it (`pnpm build`).
    const publicDist = join(tmp, 'site');
    await run('bash', ['scripts/run.sh', 'build'], {
      cwd: REPO,
      env: { ...process.env, SNAPSHOT_DIR: snapDir, SITE_DIST: publicDist },
      maxBuffer: 64 * 1024 * 1024,
    });
    const files = await htmlFiles(publicDist);
    expect(files.length).toBeGreaterThan(10);
    const leaking: string[] = [];
    for (const file of files) {
      const html = await readFile(file, 'utf8');
      if (html.includes(STAMP) || html.includes('/vorschau/')) leaking.push(file);
    }
    expect(leaking).toEqual([]);
    await expect(stat(join(publicDist, 'vorschau'))).rejects.toThrow(/ENOENT/);
  }, 600_000);
});
