// Drafts are not public (real Strapi, SQLite, seeded): an anonymous REST caller asking for drafts
// — `status=draft` on find and findOne, every spelling of it, the v4 `publicationState`, the
// draft-state filters — gets a 400 with a German message and no draft text; default requests
// give published content only. A forged or malformed Authorization header unlocks nothing, a
// logged-in site user (users-permissions) still sees published content only; the read-only API
// token of the draft preview reads drafts; the snapshot pull still works
// (cms/src/public-api/drafts.ts, cms/src/middlewares/published-only.ts).
import { createHmac } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCmsClient } from '@stadtportal/shared/client';
import { pullSnapshot } from '@stadtportal/shared/pull';
import { SNAPSHOT_FILE } from '@stadtportal/shared/snapshot';
import { startStrapi, type StrapiInstance } from './helpers/strapi.ts';

const STAMP = Date.now().toString(36);
/** A scheduled article: saved as draft, `publishAt` far ahead, never published. */
const NEWS = {
  title: `Haushaltssperre ${STAMP} – Entwurf der Pressestelle`,
  slug: `haushaltssperre-${STAMP}`,
  text: `Vertraulicher Entwurf ${STAMP}: Die Stadt verhängt eine Haushaltssperre.`,
};
/** A newer, unpublished edit of the published Impressum. */
const PAGE_DRAFT = { title: `Impressum (Entwurf ${STAMP})`, summary: `Noch nicht freigegebene Fassung ${STAMP}.` };
/** An alert saved but not published. */
const ALERT = { title: `Probealarm ${STAMP} (Entwurf)`, slug: `probealarm-${STAMP}`, text: `Entwurf einer Warnung ${STAMP}.` };
const DRAFT_TEXTS = [NEWS.title, NEWS.text, PAGE_DRAFT.title, PAGE_DRAFT.summary, ALERT.title, ALERT.text];

let strapi: StrapiInstance;
let tmp = '';
let adminJwt = '';
let readToken = '';
let newsId = '';
let pageId = '';
let pagePublishedTitle = '';
let alertId = '';

const admin = (method: string, path: string, body?: unknown) =>
  fetch(`${strapi.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminJwt}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

async function created(res: Response): Promise<string> {
  const text = await res.text();
  expect(res.status, text).toBeLessThan(300);
  return (JSON.parse(text) as { data: { documentId: string } }).data.documentId;
}

/** A REST read as anyone can make it (or with the given headers). */
async function api(path: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const res = await fetch(`${strapi.url}${path}`, { headers });
  return { status: res.status, text: await res.text() };
}

function expectNoDraft(text: string): void {
  for (const draft of DRAFT_TEXTS) expect(text, `Entwurf „${draft}“`).not.toContain(draft);
}

/** 400, Strapi's error shape, the German message, nothing of a draft. */
function expectRefused(res: { status: number; text: string }, param = 'status'): void {
  expect(res.status, res.text).toBe(400);
  const body = JSON.parse(res.text) as { data: unknown; error: { name: string; message: string } };
  expect(body.data).toBeNull();
  expect(body.error.name).toBe('ValidationError');
  expect(body.error.message).toContain(`„${param}“`);
  expect(body.error.message).toContain('Ohne API-Token liefert die API nur veröffentlichte Inhalte');
  expectNoDraft(res.text);
}

/** A users-permissions login token (HS256 with the instance's JWT_SECRET), as /api/auth/local would issue it. */
function siteUserJwt(id: number): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ id, iat: Math.floor(Date.now() / 1000) })}`;
  const secret = strapi.env.JWT_SECRET ?? '';
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'stadtportal-public-drafts-'));
  // As `pnpm start` runs it: the bootstrap writes the draft preview's read-only API token.
  const tokenFile = join(tmp, 'preview-token');
  strapi = await startStrapi('sqlite', { PREVIEW_TOKEN_FILE: tokenFile });
  adminJwt = await strapi.adminToken();
  readToken = (await readFile(tokenFile, 'utf8')).trim();
  expect(readToken).toMatch(/^[0-9a-f]{64,}$/);

  const orgs = JSON.parse((await api('/api/organisations?sort=documentId:asc')).text) as { data: { documentId: string }[] };
  const org = orgs.data[0]?.documentId;
  expect(org).toBeTruthy();

  newsId = await created(
    await admin('POST', '/content-manager/collection-types/api::news-article.news-article', {
      title: NEWS.title,
      slug: NEWS.slug,
      date: '2026-12-01',
      teaser: NEWS.text,
      publishAt: '2099-01-01T08:00:00.000Z',
      organisation: { connect: [{ documentId: org }] },
      body: [{ type: 'paragraph', children: [{ type: 'text', text: NEWS.text }] }],
    }),
  );

  const impressum = JSON.parse((await api('/api/pages?filters[slug][$eq]=impressum')).text) as {
    data: { documentId: string; title: string }[];
  };
  pageId = impressum.data[0]?.documentId ?? '';
  pagePublishedTitle = impressum.data[0]?.title ?? '';
  expect(pageId && pagePublishedTitle).toBeTruthy();
  const edit = await admin('PUT', `/content-manager/collection-types/api::page.page/${pageId}?locale=de`, PAGE_DRAFT);
  expect(edit.status, await edit.clone().text()).toBe(200);

  const now = Date.now();
  alertId = await created(
    await admin('POST', '/content-manager/collection-types/api::alert.alert', {
      ...ALERT,
      severity: 'warnung',
      start: new Date(now + 86_400_000).toISOString(),
      end: new Date(now + 2 * 86_400_000).toISOString(),
    }),
  );
}, 600_000);

afterAll(async () => {
  await strapi?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('Entwürfe in der öffentlichen REST-API', () => {
  it('the fixtures are drafts the dashboard sees', async () => {
    const news = await admin('GET', `/content-manager/collection-types/api::news-article.news-article/${newsId}?status=draft`);
    expect(await news.text()).toContain(NEWS.text);
    const page = await admin('GET', `/content-manager/collection-types/api::page.page/${pageId}?status=draft&locale=de`);
    expect(await page.text()).toContain(PAGE_DRAFT.title);
    const alert = await admin('GET', `/content-manager/collection-types/api::alert.alert/${alertId}?status=draft`);
    expect(await alert.text()).toContain(ALERT.text);
  });

  it.each([
    ['news find', () => '/api/news-articles?status=draft'],
    ['news findOne', () => `/api/news-articles/${newsId}?status=draft`],
    ['pages find', () => '/api/pages?status=draft'],
    ['pages findOne', () => `/api/pages/${pageId}?status=draft`],
    ['alerts find', () => '/api/alerts?status=draft'],
    ['alerts findOne', () => `/api/alerts/${alertId}?status=draft`],
  ])('anonymous %s with status=draft: 400 in German, no draft', async (_label, path) => {
    expectRefused(await api(path()));
  });

  it.each([
    ['upper case', 'status=DRAFT'],
    ['array', 'status[]=draft'],
    ['indexed array', 'status[0]=draft'],
    ['object', 'status[x]=draft'],
    ['repeated, published first', 'status=published&status=draft'],
    ['repeated, draft first', 'status=draft&status=published'],
    ['empty (Strapi would default to draft)', 'status='],
    ['without value', 'status'],
    ['encoded name', '%73tatus=draft'],
    ['other value', 'status=preview'],
  ])('anonymous status variant (%s): 400, no draft', async (_label, query) => {
    for (const path of ['/api/news-articles', `/api/news-articles/${newsId}`, '/api/pages', `/api/pages/${pageId}`, '/api/alerts']) {
      expectRefused(await api(`${path}?${query}`));
    }
  });

  it.each([
    ['publicationState=preview (Strapi 4)', 'publicationState=preview', 'publicationState'],
    ['publicationState=preview in the v4 format', 'publicationState=preview', 'publicationState', { 'strapi-response-format': 'v4' }],
    ['publicationFilter', 'publicationFilter=modified', 'publicationFilter'],
    ['publicationFilter with status=published', 'status=published&publicationFilter=published-with-draft', 'publicationFilter'],
    ['hasPublishedVersion', 'hasPublishedVersion=true', 'hasPublishedVersion'],
  ])('anonymous %s: 400, no draft', async (_label, query, param, headers: Record<string, string> = {}) => {
    expectRefused(await api(`/api/pages?${query}`, headers), param);
    expectRefused(await api(`/api/news-articles/${newsId}?${query}`, headers), param);
  });

  it.each([
    ['upper-case prefix', '/API/news-articles'],
    ['double slash before', '//api/news-articles'],
    ['double slash after', '/api//news-articles'],
    ['percent-encoded prefix', '/%61pi/news-articles'],
    ['percent-encoded type', '/api/%6Eews-articles'],
    ['trailing slash', '/api/news-articles/'],
  ])('anonymous status=draft on another spelling of the path (%s): 400, no draft', async (_label, path) => {
    expectRefused(await api(`${path}?status=draft`));
  });

  it.each([
    ['Basic credentials (Strapi treats them as anonymous)', () => 'Basic dXNlcjpwYXNz'],
    ['Bearer without token', () => 'Bearer'],
    ['Bearer with two words', () => `Bearer ${readToken} x`],
  ])('an Authorization header Strapi ignores (%s) counts as anonymous: 400', async (_label, header) => {
    expectRefused(await api('/api/news-articles?status=draft', { authorization: header() }));
  });

  it.each([
    ['a forged token', () => `Bearer ${'f'.repeat(64)}`],
    ['the preview token with one character changed', () => `Bearer ${readToken.slice(0, -1)}${readToken.endsWith('0') ? '1' : '0'}`],
    ['the dashboard login (admin JWT)', () => `Bearer ${adminJwt}`],
  ])('%s: 401 from Strapi, no draft', async (_label, header) => {
    for (const path of ['/api/news-articles?status=draft', `/api/pages/${pageId}?status=draft`]) {
      const res = await api(path, { authorization: header() });
      expect(res.status, res.text).toBe(401);
      expectNoDraft(res.text);
    }
  });

  it('default and explicitly published requests give published content only', async () => {
    for (const query of ['', '&status=published', '&publicationState=live']) {
      const news = await api(`/api/news-articles?filters[slug][$eq]=${NEWS.slug}${query}`);
      expect(news.status, news.text).toBe(200);
      expect((JSON.parse(news.text) as { data: unknown[] }).data).toEqual([]);
      const one = await api(`/api/news-articles/${newsId}?${query.slice(1)}`);
      expect(one.status, one.text).toBe(404);

      const page = await api(`/api/pages/${pageId}?${query.slice(1)}`);
      expect(page.status, page.text).toBe(200);
      expect((JSON.parse(page.text) as { data: { title: string } }).data.title).toBe(pagePublishedTitle);
      const alert = await api(`/api/alerts/${alertId}?${query.slice(1)}`);
      expect(alert.status, alert.text).toBe(404);

      for (const list of ['/api/news-articles?pagination[pageSize]=100', '/api/pages?pagination[pageSize]=100', '/api/alerts?pagination[pageSize]=100']) {
        const res = await api(`${list}${query}`);
        expect(res.status, res.text).toBe(200);
        expectNoDraft(res.text);
      }
    }
  });

  it('a logged-in site user (users-permissions) may read news, but only published ones', async () => {
    const roles = (await (await admin('GET', '/users-permissions/roles')).json()) as { roles: { id: number; type: string; name: string }[] };
    const role = roles.roles.find((r) => r.type === 'authenticated');
    expect(role).toBeDefined();
    const grant = await admin('PUT', `/users-permissions/roles/${role?.id}`, {
      name: role?.name,
      description: 'Test: darf Meldungen lesen',
      permissions: { 'api::news-article': { controllers: { 'news-article': { find: { enabled: true }, findOne: { enabled: true } } } } },
    });
    expect(grant.status, await grant.clone().text()).toBe(200);
    const user = await admin('POST', '/content-manager/collection-types/plugin::users-permissions.user', {
      username: `leser-${STAMP}`,
      email: `leser-${STAMP}@example.org`,
      password: `Leser-${STAMP}-Passwort1`,
      confirmed: true,
      blocked: false,
      role: { connect: [{ id: role?.id }] },
    });
    const userText = await user.text();
    expect(user.status, userText).toBe(201);
    // The content manager answers a plugin type without the `data` envelope.
    const saved = JSON.parse(userText) as { id?: number; data?: { id: number } };
    const userId = saved.data?.id ?? saved.id;
    expect(userId, userText).toBeTypeOf('number');
    const auth = { authorization: `Bearer ${siteUserJwt(userId as number)}` };

    // The login is real: it reads published news with its role's permission …
    const list = await api('/api/news-articles?pagination[pageSize]=1', auth);
    expect(list.status, list.text).toBe(200);
    expect((JSON.parse(list.text) as { data: unknown[] }).data).toHaveLength(1);
    // … but a draft query passes the first check (a bearer credential) and is answered with
    // published content after authentication: no API token, no draft.
    const drafts = await api(`/api/news-articles?status=draft&filters[slug][$eq]=${NEWS.slug}`, auth);
    expect(drafts.status, drafts.text).toBe(200);
    expect((JSON.parse(drafts.text) as { data: unknown[] }).data).toEqual([]);
    const one = await api(`/api/news-articles/${newsId}?status=draft`, auth);
    expect(one.status, one.text).toBe(404);
    expectNoDraft(drafts.text + one.text);
  });

  it('the read-only API token of the draft preview still reads drafts', async () => {
    const auth = { authorization: `Bearer ${readToken}` };
    const news = await api(`/api/news-articles?status=draft&filters[slug][$eq]=${NEWS.slug}`, auth);
    expect(news.status, news.text).toBe(200);
    expect(news.text).toContain(NEWS.text);
    const one = await api(`/api/news-articles/${newsId}?status=draft`, auth);
    expect(one.status, one.text).toBe(200);
    expect(one.text).toContain(NEWS.title);
    const page = await api(`/api/pages/${pageId}?status=draft`, auth);
    expect(page.status, page.text).toBe(200);
    expect((JSON.parse(page.text) as { data: { title: string } }).data.title).toBe(PAGE_DRAFT.title);
    const alert = await api(`/api/alerts/${alertId}?status=draft`, auth);
    expect(alert.status, alert.text).toBe(200);
    expect(alert.text).toContain(ALERT.text);
    // Without `status`, the token reads published content like everyone else.
    const published = await api(`/api/pages/${pageId}`, auth);
    expect((JSON.parse(published.text) as { data: { title: string } }).data.title).toBe(pagePublishedTitle);
  });

  it('the snapshot pull (anonymous, status=published) still works and carries no draft', async () => {
    const dir = join(tmp, 'snapshot');
    const result = await pullSnapshot({ client: createCmsClient({ baseUrl: strapi.url }), dir, source: strapi.url });
    expect(result.counts.pages).toBeGreaterThan(10);
    expect(result.counts.news).toBeGreaterThan(5);
    const text = await readFile(join(dir, SNAPSHOT_FILE), 'utf8');
    expectNoDraft(text);
    const snapshot = JSON.parse(text) as { pages: { documentId: string; title: string }[] };
    expect(snapshot.pages.find((p) => p.documentId === pageId)?.title).toBe(pagePublishedTitle);
  }, 300_000);
});
