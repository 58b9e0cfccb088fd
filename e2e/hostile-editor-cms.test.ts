// A hostile editor in a real Strapi (SQLite, seeded, one boot for the file) with the seeded demo
// accounts (docs/adr/0011-editors-desk.md): every door into another organisation's content —
// duplicate (clone), a new locale on a foreign document, publish/unpublish/discard/delete one by
// one and in bulk, relations whose other side is a foreign document, preview links for drafts
// the user may not read — and uploads whose bytes are not what their name says. Each attack
// asserts the answer AND that nothing was created or changed (re-read through an API token,
// which reads drafts). The controls at the end prove the doors still open for what is allowed.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, adminRequests, cm, type Account, type ErrorBody } from './helpers/admin-api.ts';
import { startStrapi, type StrapiInstance } from './helpers/strapi.ts';

const STAMP = Date.now().toString(36);
const SECRET_TEXT = `VERTRAULICH-${STAMP}: Die Kulturanstalt plant die Schließung des Museums.`;
const ORG = { feuerwehr: 'freiwillige-feuerwehr-aschersleben', kultur: 'aschersleber-kulturanstalt', stadt: 'stadt-aschersleben' } as const;
const PAGE = 'api::page.page';
const NEWS = 'api::news-article.news-article';
const SERVICE = 'api::service.service';
const ONLINE_SERVICE = 'api::online-service.online-service';

let strapi: StrapiInstance;
const tokens = new Map<Account, string>();
let apiToken = '';
const orgIds = new Map<string, string>();

/** Kulturanstalt content the Feuerwehr editor must not reach. */
let kulturDraft = '';
let kulturPublishedNews = '';
let kulturPage = '';
/** A Kulturanstalt page (child of the Kulturanstalt's root page). */
let kulturChildPage = '';
/** The Feuerwehr's own content. */
let feuerwehrRootPage = '';
let feuerwehrChildPage = '';
let feuerwehrDraft = '';
let feuerwehrPublishedNews = '';
let feuerwehrService = '';
/** A Stadt life event („Umzug“). */
let stadtLifeEvent = '';
/** A Feuerwehr page whose English version the press office gave to the Kulturanstalt. */
let mixedPage = '';
let onlineService = '';

const login = (email: string, password: string) => adminLogin(strapi.url, email, password);
const as = adminRequests(() => strapi.url, tokens);

/** REST read with the full-access API token: drafts included (src/public-api/drafts.ts lets tokens read them). */
async function rest<T>(path: string): Promise<T> {
  const res = await fetch(`${strapi.url}${path}`, { headers: { authorization: `Bearer ${apiToken}` } });
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { data: T }).data;
}

interface Row {
  documentId: string;
  slug: string;
  locale?: string;
  title?: string;
  summary?: string;
  publishedAt?: string | null;
  organisation?: { slug: string } | null;
  parent?: { documentId: string; slug: string } | null;
  children?: { documentId: string; slug: string }[];
  services?: { documentId: string; slug: string }[];
}

/** All rows (draft or published) of an API collection matching a filter. */
const rows = (api: string, query: string, status: 'draft' | 'published' = 'draft') =>
  rest<Row[]>(`/api/${api}?status=${status}&pagination[pageSize]=100&${query}`);

async function firstOf(api: string, query: string): Promise<string> {
  const [row] = await rows(api, query, 'published');
  if (!row) throw new Error(`kein Eintrag für /api/${api}?${query}`);
  return row.documentId;
}

/** Expects a refusal (status) with a German message in the error. */
async function expectRefused(res: Response, status: 403 | 400, message?: RegExp): Promise<string> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  const body = JSON.parse(text) as ErrorBody;
  if (message) expect(body.error.message).toMatch(message);
  return body.error.message;
}

/** A German organisation message: „Organisation: …“ naming what the editor may not do. */
const ORG_MESSAGE = /^Organisation: /;

const orgRef = (slug: string) => ({ connect: [{ documentId: orgIds.get(slug) ?? '' }] });

const newsDraft = (slug: string, organisation: string, title = `Meldung ${slug}`) => ({
  title,
  slug,
  date: '2026-12-01',
  teaser: 'Kurz',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Inhalt' }] }],
  organisation: orgRef(organisation),
});

const newPage = (slug: string, organisation: string, extra: Record<string, unknown> = {}) => ({
  title: `Testseite ${slug}`,
  slug,
  summary: 'Kurz',
  seoDescription: 'Beschreibung',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Inhalt' }] }],
  organisation: orgRef(organisation),
  ...extra,
});

async function created(res: Response): Promise<string> {
  const text = await res.text();
  expect([200, 201], text).toContain(res.status);
  return (JSON.parse(text) as { data: { documentId: string } }).data.documentId;
}

/** Published, by the public REST API (no credential: published only). */
async function isPublic(api: string, documentId: string): Promise<boolean> {
  const res = await fetch(`${strapi.url}/api/${api}?filters[documentId][$eq]=${documentId}`);
  return ((await res.json()) as { data: unknown[] }).data.length === 1;
}

/** 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const HTML = Buffer.from('<!doctype html><html><body><script>fetch("/admin")</script>Bericht</body></html>\n');
const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.domain)</script><rect width="10" height="10"/></svg>\n',
);

async function uploadWith(
  authorization: string,
  path: string,
  name: string,
  type: string,
  bytes: Buffer,
  fileInfo?: Record<string, unknown>,
): Promise<Response> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
  if (fileInfo) form.append('fileInfo', JSON.stringify(fileInfo));
  return fetch(`${strapi.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${authorization}` }, body: form });
}
const upload = (who: Account, name: string, type: string, bytes: Buffer, fileInfo?: Record<string, unknown>) =>
  uploadWith(tokens.get(who) ?? '', '/upload', name, type, bytes, fileInfo);

/** How many media-library files carry this name (press office's view of the library). */
async function filesNamed(name: string): Promise<number> {
  const res = await as('pressestelle', 'GET', `/upload/files?filters[name][$eq]=${encodeURIComponent(name)}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { pagination: { total: number } }).pagination.total;
}

beforeAll(async () => {
  strapi = await startStrapi('sqlite', {
    // The preview handler is on (config/admin.ts); the preview server itself is not needed: what
    // is tested is whether Strapi hands out a signed link at all.
    PREVIEW_SECRET: randomBytes(32).toString('hex'),
    PREVIEW_URL: 'http://127.0.0.1:9',
  });
  const logins = JSON.parse(await readFile(join(strapi.dir, 'editor-logins.json'), 'utf8')) as Record<Account, { email: string; password: string }>;
  for (const who of ['feuerwehr', 'kulturanstalt', 'pressestelle', 'eilmeldungen'] as const) {
    tokens.set(who, await login(logins[who].email, logins[who].password));
  }
  // A full-access API token, as an operator (or an integration) would hold one.
  const superToken = await strapi.adminToken();
  const tokenRes = await fetch(`${strapi.url}/admin/api-tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${superToken}` },
    body: JSON.stringify({ name: `hostile-${STAMP}`, description: 'Test', type: 'full-access', lifespan: null }),
  });
  expect(tokenRes.status, await tokenRes.clone().text()).toBe(201);
  apiToken = ((await tokenRes.json()) as { data: { accessKey: string } }).data.accessKey;

  for (const slug of Object.values(ORG)) orgIds.set(slug, await firstOf('organisations', `filters[slug][$eq]=${slug}`));

  kulturPage = await firstOf('pages', 'locale=de&filters[slug][$eq]=kulturanstalt');
  kulturChildPage = await firstOf('pages', 'locale=de&filters[slug][$eq]=veranstaltungen');
  feuerwehrRootPage = await firstOf('pages', 'locale=de&filters[slug][$eq]=feuerwehr');
  feuerwehrChildPage = await firstOf('pages', 'locale=de&filters[slug][$eq]=mitmachen');
  kulturPublishedNews = await firstOf('news-articles', `filters[organisation][slug][$eq]=${ORG.kultur}`);
  feuerwehrPublishedNews = await firstOf('news-articles', `filters[organisation][slug][$eq]=${ORG.feuerwehr}`);
  feuerwehrService = await firstOf('services', `filters[organisation][slug][$eq]=${ORG.feuerwehr}`);
  stadtLifeEvent = await firstOf('life-events', 'filters[slug][$eq]=umzug');
  onlineService = await firstOf('online-services', 'filters[slug][$eq]=termin-buchen');

  // The Kulturanstalt's confidential draft, written by its own editor.
  kulturDraft = await created(await as('kulturanstalt', 'POST', cm(NEWS), newsDraft(`vertraulich-${STAMP}`, ORG.kultur, SECRET_TEXT)));
  feuerwehrDraft = await created(await as('feuerwehr', 'POST', cm(NEWS), newsDraft(`feuerwehr-entwurf-${STAMP}`, ORG.feuerwehr)));

  // A document with two owners: the press office adds an English version for the Kulturanstalt
  // to a new Feuerwehr page (a mistake, or a deliberate hand-over — either way not only the Feuerwehr's).
  mixedPage = await created(await as('feuerwehr', 'POST', cm(PAGE, '?locale=de'), newPage(`gemischt-${STAMP}`, ORG.feuerwehr)));
  await created(await as('pressestelle', 'PUT', cm(PAGE, `/${mixedPage}?locale=en`), newPage(`mixed-${STAMP}`, ORG.kultur)));
});

afterAll(async () => {
  await strapi?.stop();
});

describe('Tür 1: Duplizieren (clone)', () => {
  it('Feuerwehr clones the Kulturanstalt’s confidential draft under its own organisation: 403, no copy', async () => {
    const res = await as('feuerwehr', 'POST', cm(NEWS, `/clone/${kulturDraft}`), { slug: `kopie-${STAMP}`, organisation: orgRef(ORG.feuerwehr) });
    await expectRefused(res, 403);
    expect(await rows('news-articles', `filters[title][$eq]=${encodeURIComponent(SECRET_TEXT)}`)).toHaveLength(1);
    expect(await rows('news-articles', `filters[slug][$eq]=kopie-${STAMP}`)).toHaveLength(0);
  });

  it('Feuerwehr clones a published Kulturanstalt page: 403, no copy', async () => {
    const res = await as('feuerwehr', 'POST', cm(PAGE, `/clone/${kulturPage}?locale=de`), {
      slug: `kopie-seite-${STAMP}`,
      organisation: orgRef(ORG.feuerwehr),
    });
    await expectRefused(res, 403);
    expect(await rows('pages', `locale=de&filters[slug][$eq]=kopie-seite-${STAMP}`)).toHaveLength(0);
  });

  it('Feuerwehr clones its own news into the Kulturanstalt: 403, nothing created there', async () => {
    const res = await as('feuerwehr', 'POST', cm(NEWS, `/clone/${feuerwehrDraft}`), { slug: `untergeschoben-${STAMP}`, organisation: orgRef(ORG.kultur) });
    await expectRefused(res, 403, ORG_MESSAGE);
    expect(await rows('news-articles', `filters[slug][$eq]=untergeschoben-${STAMP}`)).toHaveLength(0);
  });

  it('Feuerwehr clones its own page with a foreign parent given in the body: 403, nothing created', async () => {
    const res = await as('feuerwehr', 'POST', cm(PAGE, `/clone/${feuerwehrChildPage}?locale=de`), {
      slug: `klon-fremder-parent-${STAMP}`,
      parent: { connect: [{ documentId: kulturPage, locale: 'de' }] },
    });
    await expectRefused(res, 403, ORG_MESSAGE);
    expect(await rows('pages', `locale=de&filters[slug][$eq]=klon-fremder-parent-${STAMP}`)).toHaveLength(0);
  });

  it('Feuerwehr clones its root page, which the press office hung under a Stadt page: the copy would join that page’s children — 403, nothing created', async () => {
    const slug = `klon-unter-stadt-${STAMP}`;
    const res = await as('feuerwehr', 'POST', cm(PAGE, `/clone/${feuerwehrRootPage}?locale=de`), { slug });
    await expectRefused(res, 403, ORG_MESSAGE);
    expect(await rows('pages', `locale=de&filters[slug][$eq]=${slug}`)).toHaveLength(0);
  });

  it('the emergency publisher clones a Kulturanstalt draft: 403, no copy', async () => {
    const res = await as('eilmeldungen', 'POST', cm(NEWS, `/clone/${kulturDraft}`), { slug: `eil-kopie-${STAMP}` });
    expect(res.status).toBe(403);
    expect(await rows('news-articles', `filters[slug][$eq]=eil-kopie-${STAMP}`)).toHaveLength(0);
  });

  it.each([
    [{ providerOrigin: 'https://evil.example', startUrl: 'https://evil.example/' }, 'providerOrigin'],
    [{ embedMode: 'script', scriptUrl: 'https://evil.example/x.js' }, 'scriptUrl'],
    [{ providerOrigin: 'javascript:alert(1)' }, 'providerOrigin'],
  ])('the press office clones an online service with %j: 400 naming „%s“, no copy', async (change, field) => {
    const slug = `dienst-klon-${field.toLowerCase()}-${randomBytes(3).toString('hex')}`;
    const res = await as('pressestelle', 'POST', cm(ONLINE_SERVICE, `/clone/${onlineService}`), { slug, ...change });
    const text = await res.text();
    expect(res.status, text).toBe(400);
    expect((JSON.parse(text) as { error: { details?: { errors?: { path: string[] }[] } } }).error.details?.errors?.[0]?.path).toEqual([field]);
    expect(await rows('online-services', `filters[slug][$eq]=${slug}`)).toHaveLength(0);
  });
});

describe('Tür 2: neue Sprachfassung eines fremden Dokuments', () => {
  it('Feuerwehr adds an English version (own organisation) to a Kulturanstalt page: 403, no English version', async () => {
    const res = await as('feuerwehr', 'PUT', cm(PAGE, `/${kulturPage}?locale=en`), newPage(`hijacked-${STAMP}`, ORG.feuerwehr));
    await expectRefused(res, 403, ORG_MESSAGE);
    expect(await rows('pages', `locale=en&filters[documentId][$eq]=${kulturPage}`)).toHaveLength(0);
  });

  it('Feuerwehr creates and publishes an English version of a Kulturanstalt page in one request: 403, nothing public', async () => {
    const res = await as('feuerwehr', 'POST', cm(PAGE, `/${kulturPage}/actions/publish?locale=en`), newPage(`hijacked-live-${STAMP}`, ORG.feuerwehr));
    await expectRefused(res, 403);
    expect(await rows('pages', `locale=en&filters[documentId][$eq]=${kulturPage}`)).toHaveLength(0);
    const pub = await fetch(`${strapi.url}/api/pages?locale=en&filters[slug][$eq]=hijacked-live-${STAMP}`);
    expect(((await pub.json()) as { data: unknown[] }).data).toHaveLength(0);
  });

  it('Feuerwehr edits its German version of a page whose English version belongs to the Kulturanstalt: 403, unchanged', async () => {
    const res = await as('feuerwehr', 'PUT', cm(PAGE, `/${mixedPage}?locale=de`), { summary: 'Übernommen' });
    await expectRefused(res, 403, ORG_MESSAGE);
    const [de] = await rows('pages', `locale=de&filters[documentId][$eq]=${mixedPage}`);
    expect(de?.summary).toBe('Kurz');
  });

  it('Feuerwehr deletes its German version of that mixed page: 403, both versions still there', async () => {
    const res = await as('feuerwehr', 'DELETE', cm(PAGE, `/${mixedPage}?locale=de`));
    await expectRefused(res, 403);
    expect(await rows('pages', `locale=de&filters[documentId][$eq]=${mixedPage}`)).toHaveLength(1);
    expect(await rows('pages', `locale=en&filters[documentId][$eq]=${mixedPage}`)).toHaveLength(1);
  });

  it('Feuerwehr publishes its German version of the mixed page: 403, nothing public', async () => {
    const res = await as('feuerwehr', 'POST', cm(PAGE, `/${mixedPage}/actions/publish?locale=de`), {});
    await expectRefused(res, 403, ORG_MESSAGE);
    expect(await isPublic('pages', mixedPage)).toBe(false);
  });
});

describe('Tür 3: Vorschau-Links', () => {
  const previewUrl = (uid: string, documentId: string, extra = '') => `/content-manager/preview/url/${uid}?documentId=${documentId}&status=draft${extra}`;

  it('the emergency publisher asks for a preview of the Kulturanstalt’s draft news: 403 in German, no link', async () => {
    const res = await as('eilmeldungen', 'GET', previewUrl(NEWS, kulturDraft));
    const message = await expectRefused(res, 403, /^Vorschau: /);
    expect(message).not.toContain('http');
  });

  it('the emergency publisher asks for a preview of a page: 403, no link', async () => {
    await expectRefused(await as('eilmeldungen', 'GET', previewUrl(PAGE, kulturPage, '&locale=de')), 403, /^Vorschau: /);
  });

  it('Feuerwehr asks for a preview of the Kulturanstalt’s draft news: 403, no link', async () => {
    await expectRefused(await as('feuerwehr', 'GET', previewUrl(NEWS, kulturDraft)), 403, /^Vorschau: /);
  });

  it('Feuerwehr asks for a preview of a Kulturanstalt page: 403, no link', async () => {
    await expectRefused(await as('feuerwehr', 'GET', previewUrl(PAGE, kulturPage, '&locale=de')), 403, /^Vorschau: /);
  });
});

describe('Tür 4: Schreibaktionen auf fremde Dokumente', () => {
  it('Feuerwehr publishes the Kulturanstalt’s draft: 403, not public', async () => {
    await expectRefused(await as('feuerwehr', 'POST', cm(NEWS, `/${kulturDraft}/actions/publish`), {}), 403);
    expect(await isPublic('news-articles', kulturDraft)).toBe(false);
  });

  it('Feuerwehr unpublishes a Kulturanstalt page: 403, still public', async () => {
    await expectRefused(await as('feuerwehr', 'POST', cm(PAGE, `/${kulturPage}/actions/unpublish?locale=de`), {}), 403);
    expect(await isPublic('pages', kulturPage)).toBe(true);
  });

  it('Feuerwehr discards the Kulturanstalt’s pending changes of a page: 403, the draft keeps them', async () => {
    const pending = `Geplante Änderung ${STAMP}`;
    expect((await as('kulturanstalt', 'PUT', cm(PAGE, `/${kulturPage}?locale=de`), { summary: pending })).status).toBe(200);
    await expectRefused(await as('feuerwehr', 'POST', cm(PAGE, `/${kulturPage}/actions/discard?locale=de`), {}), 403);
    const [draft] = await rows('pages', `locale=de&filters[documentId][$eq]=${kulturPage}`);
    expect(draft?.summary).toBe(pending);
  });

  it('Feuerwehr deletes a Kulturanstalt news article: 403, still there', async () => {
    await expectRefused(await as('feuerwehr', 'DELETE', cm(NEWS, `/${kulturPublishedNews}`)), 403);
    expect(await isPublic('news-articles', kulturPublishedNews)).toBe(true);
  });

  it('Feuerwehr bulk-publishes its own and the Kulturanstalt’s draft: 403, neither public', async () => {
    const res = await as('feuerwehr', 'POST', cm(NEWS, '/actions/bulkPublish'), { documentIds: [feuerwehrDraft, kulturDraft] });
    await expectRefused(res, 403);
    expect(await isPublic('news-articles', kulturDraft)).toBe(false);
    expect(await isPublic('news-articles', feuerwehrDraft)).toBe(false);
  });

  it('Feuerwehr bulk-unpublishes its own and a Kulturanstalt news article: 403, both still public', async () => {
    const res = await as('feuerwehr', 'POST', cm(NEWS, '/actions/bulkUnpublish'), { documentIds: [feuerwehrPublishedNews, kulturPublishedNews] });
    await expectRefused(res, 403);
    expect(await isPublic('news-articles', kulturPublishedNews)).toBe(true);
    expect(await isPublic('news-articles', feuerwehrPublishedNews)).toBe(true);
  });

  it('Feuerwehr bulk-deletes its own and the Kulturanstalt’s draft: 403, both still there', async () => {
    const res = await as('feuerwehr', 'POST', cm(NEWS, '/actions/bulkDelete'), { documentIds: [feuerwehrDraft, kulturDraft] });
    await expectRefused(res, 403);
    expect(await rows('news-articles', `filters[documentId][$in][0]=${feuerwehrDraft}&filters[documentId][$in][1]=${kulturDraft}`)).toHaveLength(2);
  });

  it('Feuerwehr takes a Kulturanstalt page as child of its own page (inverse relation): 403, the foreign page keeps its parent', async () => {
    const res = await as('feuerwehr', 'PUT', cm(PAGE, `/${feuerwehrRootPage}?locale=de`), {
      children: { connect: [{ documentId: kulturChildPage, locale: 'de' }] },
    });
    await expectRefused(res, 403, ORG_MESSAGE);
    const [child] = await rows('pages', `locale=de&filters[documentId][$eq]=${kulturChildPage}&populate[parent][fields][0]=slug`);
    expect(child?.parent?.slug).toBe('kulturanstalt');
  });

  it('Feuerwehr creates a page with a Kulturanstalt page as its child: 403, nothing created, the foreign page keeps its parent', async () => {
    const slug = `kinderraub-${STAMP}`;
    const res = await as(
      'feuerwehr',
      'POST',
      cm(PAGE, '?locale=de'),
      newPage(slug, ORG.feuerwehr, { children: { connect: [{ documentId: kulturChildPage, locale: 'de' }] } }),
    );
    await expectRefused(res, 403, ORG_MESSAGE);
    expect(await rows('pages', `locale=de&filters[slug][$eq]=${slug}`)).toHaveLength(0);
    const [child] = await rows('pages', `locale=de&filters[documentId][$eq]=${kulturChildPage}&populate[parent][fields][0]=slug`);
    expect(child?.parent?.slug).toBe('kulturanstalt');
  });

  it('Feuerwehr hangs its page under a Kulturanstalt page (adds to the foreign page’s children): 403, unchanged', async () => {
    const res = await as('feuerwehr', 'PUT', cm(PAGE, `/${feuerwehrChildPage}?locale=de`), { parent: { connect: [{ documentId: kulturPage, locale: 'de' }] } });
    await expectRefused(res, 403, ORG_MESSAGE);
    const [page] = await rows('pages', `locale=de&filters[documentId][$eq]=${kulturPage}&populate[children][fields][0]=slug`);
    expect(page?.children?.map((c) => c.slug)).not.toContain('mitmachen');
  });

  it('Feuerwehr links its service into the Stadt’s life event „Umzug“ (many-to-many, inverse side): 403, the life event unchanged', async () => {
    const before = await rows('life-events', `filters[documentId][$eq]=${stadtLifeEvent}&populate[services][fields][0]=slug`);
    const res = await as('feuerwehr', 'PUT', cm(SERVICE, `/${feuerwehrService}`), { lifeEvents: { connect: [{ documentId: stadtLifeEvent }] } });
    await expectRefused(res, 403, ORG_MESSAGE);
    const after = await rows('life-events', `filters[documentId][$eq]=${stadtLifeEvent}&populate[services][fields][0]=slug`);
    expect(after[0]?.services?.map((s) => s.documentId).sort()).toEqual(before[0]?.services?.map((s) => s.documentId).sort());
  });
});

describe('Tür 5: Uploads nach Inhalt, nicht nach Namen', () => {
  it('refuses an HTML file named .pdf (declared application/pdf) with a German message naming the file; nothing stored', async () => {
    const name = `bericht-${STAMP}.pdf`;
    const message = await expectRefused(await upload('feuerwehr', name, 'application/pdf', HTML), 400);
    expect(message).toContain(name);
    expect(message).toMatch(/Erlaubt sind JPEG, PNG, WebP, AVIF, GIF, PDF, MP4- und WebM-Videos und WebVTT-Untertitel/);
    expect(await filesNamed(name)).toBe(0);
  });

  it('refuses an SVG image (with alt text) in German; nothing stored', async () => {
    const name = `wappen-${STAMP}.svg`;
    const message = await expectRefused(await upload('pressestelle', name, 'image/svg+xml', SVG, { alternativeText: 'Wappen' }), 400);
    expect(message).toContain(name);
    expect(await filesNamed(name)).toBe(0);
  });

  it('refuses an SVG renamed .png (declared image/png); nothing stored', async () => {
    const name = `wappen-${STAMP}.png`;
    const message = await expectRefused(await upload('feuerwehr', name, 'image/png', SVG, { alternativeText: 'Wappen' }), 400);
    expect(message).toContain(name);
    expect(await filesNamed(name)).toBe(0);
  });

  it('refuses PNG bytes under an .html name (the extension decides how a server sends it); nothing stored', async () => {
    const name = `seite-${STAMP}.html`;
    const message = await expectRefused(await upload('feuerwehr', name, 'text/html', PNG, { alternativeText: 'Punkt' }), 400);
    expect(message).toContain(name);
    expect(await filesNamed(name)).toBe(0);
  });

  it('refuses unknown bytes named .pdf; nothing stored', async () => {
    const name = `daten-${STAMP}.pdf`;
    const message = await expectRefused(await upload('feuerwehr', name, 'application/pdf', randomBytes(64)), 400);
    expect(message).toContain(name);
    expect(await filesNamed(name)).toBe(0);
  });

  it('refuses an HTML file named .pdf through the REST upload with an API token; nothing stored', async () => {
    const name = `rest-bericht-${STAMP}.pdf`;
    const message = await expectRefused(await uploadWith(apiToken, '/api/upload', name, 'application/pdf', HTML), 400);
    expect(message).toContain(name);
    expect(await filesNamed(name)).toBe(0);
  });

  it('refuses replacing a stored PNG by HTML named .png; the stored file keeps its bytes', async () => {
    const name = `ersetzen-${STAMP}.png`;
    const ok = await upload('pressestelle', name, 'image/png', PNG, { alternativeText: 'Ein Punkt' });
    expect(ok.status, await ok.clone().text()).toBe(201);
    const [file] = (await ok.json()) as { id: number; url: string }[];
    const res = await uploadWith(tokens.get('pressestelle') ?? '', `/upload?id=${file?.id}`, name, 'image/png', HTML, { alternativeText: 'Ein Punkt' });
    const message = await expectRefused(res, 400);
    expect(message).toContain(name);
    const stored = Buffer.from(await (await fetch(`${strapi.url}${file?.url}`)).arrayBuffer());
    expect(stored.subarray(0, 8)).toEqual(PNG.subarray(0, 8));
  });
});

describe('Kontrollen: was erlaubt ist, geht weiter', () => {
  it('Feuerwehr duplicates its own news within its organisation (200)', async () => {
    const res = await as('feuerwehr', 'POST', cm(NEWS, `/clone/${feuerwehrDraft}`), { slug: `eigene-kopie-${STAMP}`, organisation: orgRef(ORG.feuerwehr) });
    expect(res.status, await res.clone().text()).toBe(200);
    const [copy] = await rows('news-articles', `filters[slug][$eq]=eigene-kopie-${STAMP}&populate[organisation][fields][0]=slug`);
    expect(copy?.organisation?.slug).toBe(ORG.feuerwehr);
  });

  it('Feuerwehr clones its root page with the links cleared: a copy without parent (200)', async () => {
    const slug = `klon-ohne-parent-${STAMP}`;
    const res = await as('feuerwehr', 'POST', cm(PAGE, `/clone/${feuerwehrRootPage}?locale=de`), { slug, parent: { set: [] }, children: { set: [] } });
    expect(res.status, await res.clone().text()).toBe(200);
    const [copy] = await rows('pages', `locale=de&filters[slug][$eq]=${slug}&populate[parent][fields][0]=slug&populate[organisation][fields][0]=slug`);
    expect(copy?.parent ?? null).toBeNull();
    expect(copy?.organisation?.slug).toBe(ORG.feuerwehr);
  });

  it('Feuerwehr adds an English version to its own page and publishes its own news', async () => {
    const page = await created(await as('feuerwehr', 'POST', cm(PAGE, '?locale=de'), newPage(`eigen-${STAMP}`, ORG.feuerwehr)));
    const en = await as('feuerwehr', 'PUT', cm(PAGE, `/${page}?locale=en`), newPage(`own-${STAMP}`, ORG.feuerwehr));
    expect(en.status, await en.clone().text()).toBe(200);
    const pub = await as('feuerwehr', 'POST', cm(NEWS, `/${feuerwehrPublishedNews}/actions/publish`), {});
    expect(pub.status, await pub.clone().text()).toBe(200);
  });

  it('Feuerwehr creates a page under its own page (relation to own content)', async () => {
    const res = await as(
      'feuerwehr',
      'POST',
      cm(PAGE, '?locale=de'),
      newPage(`unterseite-${STAMP}`, ORG.feuerwehr, { parent: { connect: [{ documentId: feuerwehrRootPage, locale: 'de' }] } }),
    );
    expect(res.status, await res.clone().text()).toBe(201);
  });

  it('preview links for those who may read the draft: Feuerwehr for its own, the press office for the Kulturanstalt’s', async () => {
    const own = await as('feuerwehr', 'GET', `/content-manager/preview/url/${NEWS}?documentId=${feuerwehrDraft}&status=draft`);
    expect(own.status, await own.clone().text()).toBe(200);
    expect(((await own.json()) as { data: { url: string } }).data.url).toMatch(/^http:\/\/127\.0\.0\.1:9\/vorschau\/meldung\//);
    const press = await as('pressestelle', 'GET', `/content-manager/preview/url/${NEWS}?documentId=${kulturDraft}&status=draft`);
    expect(press.status, await press.clone().text()).toBe(200);
  });

  it('a PNG with alt text and a PDF are still accepted', async () => {
    const png = await upload('feuerwehr', `punkt-${STAMP}.png`, 'image/png', PNG, { alternativeText: 'Ein Punkt' });
    expect(png.status, await png.clone().text()).toBe(201);
    const pdf = await upload('feuerwehr', `satzung-${STAMP}.pdf`, 'application/pdf', PDF);
    expect(pdf.status, await pdf.clone().text()).toBe(201);
    expect(((await pdf.json()) as { mime: string }[])[0]?.mime).toBe('application/pdf');
  });
});
