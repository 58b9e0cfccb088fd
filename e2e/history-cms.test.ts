// The history of published versions (docs/adr/0023-version-history.md) in a real Strapi (SQLite,
// seeded, one boot for the file) with the seeded editors, through the admin routes the dashboard
// uses: a page edited and published three times has three versions with the right diffs; an
// unchanged republish adds none; restoring the first makes the draft equal to it and leaves the
// published page alone; an editor of another organisation is refused; bad ids get 4xx; an
// editor's markup stays data; the runner's release-live names the release; the store is not
// reachable through REST or the content manager. (The restore drill keeps the history:
// e2e/backup-restore.test.ts.)
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, adminRequests, cm, type Account } from './helpers/admin-api.ts';
import { startStrapi, type StrapiInstance } from './helpers/strapi.ts';

const STAMP = Date.now().toString(36);
const WEBHOOK_SECRET = `geheim-${STAMP}-0123456789abcdef`;
const PAGE = 'api::page.page';
const HISTORY_UID = 'api::published-version.published-version';
const EVIL_TITLE = `<script>alert("x")</script><img src=x onerror=alert(1)> ${STAMP}`;

let strapi: StrapiInstance;
let superToken = '';
const tokens = new Map<Account, string>();
const as = adminRequests(() => strapi.url, tokens);
let feuerwehrOrg = '';
let feuerwehrEmail = '';

interface Version {
  id: number;
  documentId: string;
  locale: string | null;
  hash: string;
  publishedAt: string;
  actor: string;
  release: string | null;
}
interface FieldDiff {
  field: string;
  label: string;
  change: string;
  before: string;
  after: string;
  parts: { op: string; text: string }[];
}

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const v1 = (slug: string) => ({
  title: `Bürgerbüro ${slug}`,
  slug,
  summary: 'Öffnungszeiten und Termine.',
  seoDescription: 'Das Bürgerbüro der Feuerwehr.',
  body: paragraph('Wir sind montags für Sie da.'),
});

async function ok<T>(res: Response, status = 200): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

async function createPage(data: Record<string, unknown>): Promise<string> {
  const res = await as('feuerwehr', 'POST', cm(PAGE, '?locale=de'), { ...data, organisation: { connect: [{ documentId: feuerwehrOrg }] } });
  const text = await res.text();
  expect([200, 201], text).toContain(res.status);
  return (JSON.parse(text) as { data: { documentId: string } }).data.documentId;
}
const save = async (id: string, data: Record<string, unknown>) => ok(await as('feuerwehr', 'PUT', cm(PAGE, `/${id}?locale=de`), data));
const publish = async (id: string) => ok(await as('feuerwehr', 'POST', cm(PAGE, `/${id}/actions/publish?locale=de`), {}));

const versionsPath = (id: string) => `/stadtportal/history/versions?uid=${PAGE}&documentId=${id}&locale=de`;
const versions = async (id: string, who: Account = 'feuerwehr') => (await ok<{ data: Version[] }>(await as(who, 'GET', versionsPath(id)))).data;
const diff = async (from: number, to: number) =>
  (await ok<{ data: { fields: FieldDiff[] } }>(await as('feuerwehr', 'GET', `/stadtportal/history/diff?from=${from}&to=${to}`))).data.fields;

beforeAll(async () => {
  strapi = await startStrapi('sqlite', { WEBHOOK_SECRET });
  const logins = JSON.parse(await readFile(join(strapi.dir, 'editor-logins.json'), 'utf8')) as Record<Account, { email: string; password: string }>;
  for (const who of ['feuerwehr', 'kulturanstalt', 'pressestelle'] as const)
    tokens.set(who, await adminLogin(strapi.url, logins[who].email, logins[who].password));
  feuerwehrEmail = logins.feuerwehr.email;
  superToken = await strapi.adminToken();
  const res = await fetch(`${strapi.url}/api/organisations?filters[slug][$eq]=freiwillige-feuerwehr-aschersleben`);
  feuerwehrOrg = ((await res.json()) as { data: { documentId: string }[] }).data[0]?.documentId ?? '';
  expect(feuerwehrOrg).not.toBe('');
}, 600_000);

afterAll(async () => {
  await strapi?.stop();
});

describe('Versionsgeschichte einer Seite', () => {
  let page = '';
  let list: Version[] = [];
  const slug = `buergerbuero-${STAMP}`;
  const data1 = v1(slug);
  const data2 = { ...data1, title: `Bürgerbüro Mitte ${slug}` };
  const data3 = { ...data2, body: paragraph('Wir sind dienstags für Sie da.') };

  beforeAll(async () => {
    page = await createPage(data1);
    await publish(page);
    await save(page, data2);
    await publish(page);
    await save(page, data3);
    await publish(page);
    list = await versions(page);
  });

  it('keeps three versions for three publishes, newest first, with who published', () => {
    expect(list).toHaveLength(3);
    expect(new Set(list.map((v) => v.hash)).size).toBe(3);
    expect(list.map((v) => v.id)).toEqual([...list.map((v) => v.id)].sort((a, b) => b - a));
    for (const v of list) {
      expect(v.documentId).toBe(page);
      expect(v.locale).toBe('de');
      expect(v.actor).toContain(feuerwehrEmail);
    }
  });

  it('adds no version for a republish without change', async () => {
    await publish(page);
    expect((await versions(page)).map((v) => v.id)).toEqual(list.map((v) => v.id));
  });

  it('diffs field by field: the changed title, then the changed paragraph, nothing else', async () => {
    const [third, second, first] = list as [Version, Version, Version];
    const titleDiff = await diff(first.id, second.id);
    expect(titleDiff.map((f) => [f.field, f.label, f.change])).toEqual([['title', 'Titel', 'changed']]);
    expect(titleDiff[0]?.before).toBe(data1.title);
    expect(titleDiff[0]?.after).toBe(data2.title);
    expect(titleDiff[0]?.parts).toContainEqual({ op: 'added', text: 'Mitte ' });

    const bodyDiff = await diff(second.id, third.id);
    expect(bodyDiff.map((f) => [f.field, f.change])).toEqual([['body', 'changed']]);
    expect(bodyDiff[0]?.parts).toEqual([
      { op: 'same', text: 'Wir sind ' },
      { op: 'removed', text: 'montags' },
      { op: 'added', text: 'dienstags' },
      { op: 'same', text: ' für Sie da.' },
    ]);
    expect(await diff(first.id, first.id)).toEqual([]);
  });

  it('restores the first version as the draft and leaves the published page as it is', async () => {
    const first = list.at(-1) as Version;
    const res = await ok<{ data: { editPath: string } }>(await as('feuerwehr', 'POST', '/stadtportal/history/restore', { version: first.id }));
    expect(res.data.editPath).toBe(`/admin/content-manager/collection-types/${PAGE}/${page}?plugins[i18n][locale]=de`);

    const draft = (await ok<{ data: Record<string, unknown> }>(await as('feuerwehr', 'GET', cm(PAGE, `/${page}?locale=de`)))).data;
    for (const field of ['title', 'slug', 'summary', 'seoDescription', 'body'] as const) expect(draft[field], field).toEqual(data1[field]);

    const live = await fetch(`${strapi.url}/api/pages?filters[documentId][$eq]=${page}&locale=de`);
    const [published] = ((await live.json()) as { data: { title: string; body: unknown }[] }).data;
    expect(published?.title).toBe(data3.title);
    expect(published?.body).toEqual(data3.body);
    // Restoring is editing: no publish, so no new version.
    expect(await versions(page)).toHaveLength(3);
  });

  it('refuses an editor of another organisation on list, diff and restore; the press office sees all', async () => {
    const [newest, , first] = list as [Version, Version, Version];
    const refused = [
      await as('kulturanstalt', 'GET', versionsPath(page)),
      await as('kulturanstalt', 'GET', `/stadtportal/history/diff?from=${first.id}&to=${newest.id}`),
      await as('kulturanstalt', 'POST', '/stadtportal/history/restore', { version: newest.id }),
    ];
    for (const res of refused) {
      const text = await res.text();
      expect(res.status, text).toBe(403);
      expect(text).toMatch(/nicht zu Ihrer Organisation/);
    }
    expect(await versions(page, 'pressestelle')).toHaveLength(3);
    // The refused restore changed nothing.
    const draft = (await ok<{ data: { title: string } }>(await as('feuerwehr', 'GET', cm(PAGE, `/${page}?locale=de`)))).data;
    expect(draft.title).toBe(data1.title);
  });

  it('answers bad or unknown ids with 4xx and a German message, never 500', async () => {
    const cases: [string, string, unknown, number][] = [
      ['GET', '/stadtportal/history/diff?from=abc&to=1', undefined, 400],
      ['GET', '/stadtportal/history/diff?from=1', undefined, 400],
      ['GET', '/stadtportal/history/diff?from=99999999&to=99999998', undefined, 404],
      ['POST', '/stadtportal/history/restore', { version: 'eins' }, 400],
      ['POST', '/stadtportal/history/restore', [1], 400],
      ['POST', '/stadtportal/history/restore', { version: 99999999 }, 404],
      ['GET', `/stadtportal/history/versions?uid=api::nicht.da&documentId=${page}`, undefined, 400],
      ['GET', `/stadtportal/history/versions?uid=${HISTORY_UID}&documentId=${page}`, undefined, 400],
      ['GET', `/stadtportal/history/versions?uid=${PAGE}&documentId=../../x`, undefined, 400],
      ['GET', `/stadtportal/history/versions?uid=${PAGE}&documentId=${page}&locale=de'--`, undefined, 400],
    ];
    for (const [method, path, body, status] of cases) {
      const res = await as('feuerwehr', method, path, body);
      const text = await res.text();
      expect(res.status, `${method} ${path}: ${text}`).toBe(status);
      expect(text).toMatch(/Versionsgeschichte: /);
    }
    // Versions of two different documents are not compared.
    const other = await versions(await publishOther());
    const mixed = await as('feuerwehr', 'GET', `/stadtportal/history/diff?from=${other[0]?.id}&to=${list[0]?.id}`);
    expect(mixed.status).toBe(400);
    // Without login: 401.
    expect((await fetch(`${strapi.url}${versionsPath(page)}`)).status).toBe(401);
  });

  async function publishOther(): Promise<string> {
    const id = await createPage(v1(`anderes-${STAMP}`));
    await publish(id);
    return id;
  }
});

describe('Markup eines Redakteurs', () => {
  it('stays text in the JSON of list and diff', async () => {
    const slug = `markup-${STAMP}`;
    const page = await createPage({ ...v1(slug), title: EVIL_TITLE });
    await publish(page);
    await save(page, { ...v1(slug), title: `Harmlos ${STAMP}` });
    await publish(page);
    const [second, first] = (await versions(page)) as [Version, Version];
    const res = await as('feuerwehr', 'GET', `/stadtportal/history/diff?from=${first.id}&to=${second.id}`);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const fields = (await ok<{ data: { fields: FieldDiff[] } }>(res)).data.fields;
    expect(fields.map((f) => f.field)).toEqual(['title']);
    expect(fields[0]?.before).toBe(EVIL_TITLE);
    expect(
      fields[0]?.parts
        .filter((p) => p.op !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(EVIL_TITLE);
  });
});

describe('Release und Speicher', () => {
  it('names the release the runner reported live on the versions published before', async () => {
    const page = await createPage(v1(`release-${STAMP}`));
    await publish(page);
    expect((await versions(page))[0]?.release).toBeNull();
    const release = `2026-12-07T18-00-00Z-${STAMP}`;
    const res = await fetch(`${strapi.url}/stadtportal/publication-record/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${WEBHOOK_SECRET}` },
      body: JSON.stringify({ action: 'release-live', release, gates: { Barrierefreiheit: 'bestanden' } }),
    });
    expect(res.status, await res.text()).toBe(201);
    expect((await versions(page))[0]?.release).toBe(release);
    // The next publish belongs to the next release.
    await save(page, { ...v1(`release-${STAMP}`), summary: 'Neu.' });
    await publish(page);
    expect((await versions(page)).map((v) => v.release)).toEqual([null, release]);
  });

  it('keeps the seed’s publications too (the seed publishes through the Document Service)', async () => {
    // The oldest published page: one of the seed's.
    const res = await fetch(`${strapi.url}/api/pages?sort=id:asc&pagination[pageSize]=1&locale=de`);
    const seeded = ((await res.json()) as { data: { documentId: string }[] }).data[0];
    if (seeded === undefined) throw new Error('Keine Seite aus dem Seed');
    const list = await versions(seeded.documentId, 'pressestelle');
    expect(list.length).toBeGreaterThanOrEqual(1);
    expect(list[0]?.actor).toBe('System');
  });

  it('keeps a version published in one step through REST with an API token (status=published)', async () => {
    const tokenRes = await fetch(`${strapi.url}/admin/api-tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${superToken}` },
      body: JSON.stringify({ name: `versionen-${STAMP}`, description: 'Test', type: 'full-access', lifespan: null }),
    });
    const apiToken = (await ok<{ data: { accessKey: string } }>(tokenRes, 201)).data.accessKey;
    const res = await fetch(`${strapi.url}/api/pages?status=published&locale=de`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiToken}` },
      body: JSON.stringify({ data: { ...v1(`rest-${STAMP}`), organisation: feuerwehrOrg } }),
    });
    const page = (await ok<{ data: { documentId: string } }>(res, 201)).data.documentId;
    const list = await versions(page, 'pressestelle');
    expect(list).toHaveLength(1);
    expect(list[0]?.actor).toBe(`API-Token „versionen-${STAMP}“`);
  });

  it('is not reachable through REST or the content manager', async () => {
    expect((await fetch(`${strapi.url}/api/published-versions`)).status).toBe(404);
    const press = await as('pressestelle', 'GET', cm(HISTORY_UID));
    expect(press.status).toBe(403);
    const asSuper = await fetch(`${strapi.url}/content-manager/content-types`, { headers: { authorization: `Bearer ${superToken}` } });
    const types = ((await asSuper.json()) as { data: { uid: string; isDisplayed: boolean }[] }).data;
    expect(types.find((t) => t.uid === HISTORY_UID)?.isDisplayed).toBe(false);
  });
});
