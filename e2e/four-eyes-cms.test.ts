// Four-eyes publishing (docs/adr/0021-four-eyes-publishing.md) in a real Strapi (SQLite, seeded,
// one boot for the file) with the seeded demo accounts: two editors of the Stadt (the author asks
// for the release, the reviewer publishes), the press office, the Feuerwehr, the emergency
// publisher. The author's publish of a public notice is refused through every door — the publish
// button, bulk publish, create-and-publish, clone, REST with an API token, the scheduled task —
// with a German message and nothing published; the reviewer's goes through; a reviewer who edited
// last is refused; an editor of another organisation too. Through the admin API the dashboard uses.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, adminRequests, cm, type Account, type ErrorBody } from './helpers/admin-api.ts';
import { readWholeRecord } from './helpers/record.ts';
import { startStrapi, type StrapiInstance } from './helpers/strapi.ts';

const STAMP = Date.now().toString(36);
const ORG = { stadt: 'stadt-aschersleben', feuerwehr: 'freiwillige-feuerwehr-aschersleben' } as const;
const NOTICE = 'api::public-notice.public-notice';
const NEWS = 'api::news-article.news-article';
const ALERT = 'api::alert.alert';
/** The seeded notice waiting for release (cms/src/seed/four-eyes.ts). */
const WAITING_SLUG = 'satzung-strassenreinigung-entwurf-zur-freigabe';

let strapi: StrapiInstance;
const tokens = new Map<Account, string>();
const emails = new Map<Account, string>();
let apiToken = '';
let superToken = '';
const orgIds = new Map<string, string>();

const as = adminRequests(() => strapi.url, tokens);

interface Row {
  documentId: string;
  slug: string;
  freigabe?: string;
  publishedAt?: string | null;
}

/** The draft as the dashboard shows it (super admin: private fields included). */
async function draftOf(documentId: string): Promise<Row> {
  const res = await fetch(`${strapi.url}${cm(NOTICE, `/${documentId}`)}`, { headers: { authorization: `Bearer ${superToken}` } });
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { data: Row }).data;
}

/** Published notices (public REST, published only): all, or those with this documentId or slug. */
async function publishedNotices(filter = ''): Promise<number> {
  const res = await fetch(`${strapi.url}/api/public-notices?pagination[pageSize]=1${filter}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { meta: { pagination: { total: number } } }).meta.pagination.total;
}
const isPublic = async (documentId: string) => (await publishedNotices(`&filters[documentId][$eq]=${documentId}`)) === 1;
/** Draft versions with this slug (API token: drafts included). */
async function draftsWithSlug(slug: string): Promise<number> {
  const res = await fetch(`${strapi.url}/api/public-notices?status=draft&filters[slug][$eq]=${slug}`, { headers: { authorization: `Bearer ${apiToken}` } });
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { data: unknown[] }).data.length;
}

const orgRef = (slug: string) => ({ connect: [{ documentId: orgIds.get(slug) ?? '' }] });
const notice = (slug: string, organisation: string = ORG.stadt) => ({
  title: `Bekanntmachung ${slug}`,
  slug,
  category: 'sonstiges',
  publishedOn: '2026-12-07',
  summary: 'Kurzbeschreibung der Bekanntmachung.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Text der Bekanntmachung.' }] }],
  organisation: orgRef(organisation),
});

async function created(res: Response): Promise<string> {
  const text = await res.text();
  expect([200, 201], text).toContain(res.status);
  return (JSON.parse(text) as { data: { documentId: string } }).data.documentId;
}

/** A refusal: 403 with the German four-eyes message (or the organisation rule's). */
async function expectRefused(res: Response, message: RegExp): Promise<void> {
  const text = await res.text();
  expect(res.status, text).toBe(403);
  expect((JSON.parse(text) as ErrorBody).error.message).toMatch(message);
}
const FOUR_EYES = /^Vier-Augen-Prinzip: Diese Bekanntmachung muss von einer zweiten Person freigegeben werden/;

/** A notice of the Stadt by the author, put up for release („zur-freigabe“ saved by the author). */
async function waitingNotice(slug: string): Promise<string> {
  const id = await created(await as('stadt-autorin', 'POST', cm(NOTICE), notice(slug)));
  const put = await as('stadt-autorin', 'PUT', cm(NOTICE, `/${id}`), { ...notice(slug), freigabe: 'zur-freigabe' });
  expect(put.status, await put.clone().text()).toBe(200);
  expect((await draftOf(id)).freigabe).toBe('zur-freigabe');
  return id;
}

/** The dashboard's publish button: it sends the form as it is (here: unchanged) with the publish. */
const publishButton = (who: Account, id: string, slug: string, extra: Record<string, unknown> = {}) =>
  as(who, 'POST', cm(NOTICE, `/${id}/actions/publish`), { ...notice(slug), freigabe: 'zur-freigabe', ...extra });

beforeAll(async () => {
  // The scheduled task every two seconds, as in editors-desk-strapi.test.ts.
  strapi = await startStrapi('sqlite', { SCHEDULE_CRON: '*/2 * * * * *' });
  const logins = JSON.parse(await readFile(join(strapi.dir, 'editor-logins.json'), 'utf8')) as Record<Account, { email: string; password: string }>;
  for (const who of ['stadt-autorin', 'stadt-freigabe', 'pressestelle', 'feuerwehr', 'eilmeldungen'] as const) {
    tokens.set(who, await adminLogin(strapi.url, logins[who].email, logins[who].password));
    emails.set(who, logins[who].email);
  }
  superToken = await strapi.adminToken();
  const tokenRes = await fetch(`${strapi.url}/admin/api-tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${superToken}` },
    body: JSON.stringify({ name: `vier-augen-${STAMP}`, description: 'Test', type: 'full-access', lifespan: null }),
  });
  expect(tokenRes.status, await tokenRes.clone().text()).toBe(201);
  apiToken = ((await tokenRes.json()) as { data: { accessKey: string } }).data.accessKey;
  for (const slug of Object.values(ORG)) {
    const res = await fetch(`${strapi.url}/api/organisations?filters[slug][$eq]=${slug}`);
    const [row] = ((await res.json()) as { data: { documentId: string }[] }).data;
    if (!row) throw new Error(`Organisation ${slug} fehlt`);
    orgIds.set(slug, row.documentId);
  }
}, 600_000);

afterAll(async () => {
  await strapi?.stop();
});

describe('Demo und Listenansicht', () => {
  it('seeds one notice waiting for release, unpublished, and shows „Freigabe“ as a list column', async () => {
    const res = await fetch(`${strapi.url}${cm(NOTICE, `?filters[slug][$eq]=${WAITING_SLUG}`)}`, { headers: { authorization: `Bearer ${superToken}` } });
    const list = ((await res.json()) as { results: Row[] }).results;
    expect(list).toHaveLength(1);
    expect(list[0]?.freigabe).toBe('zur-freigabe');
    expect(await publishedNotices(`&filters[slug][$eq]=${WAITING_SLUG}`)).toBe(0);

    for (const uid of [NOTICE, 'api::amtsblatt-issue.amtsblatt-issue']) {
      const conf = await fetch(`${strapi.url}/content-manager/content-types/${uid}/configuration`, { headers: { authorization: `Bearer ${superToken}` } });
      const data = ((await conf.json()) as { data: { contentType: { layouts: { list: string[] }; metadatas: Record<string, { list: { label: string } }> } } })
        .data;
      expect(data.contentType.layouts.list).toContain('freigabe');
      expect(data.contentType.metadatas.freigabe?.list.label).toBe('Freigabe');
    }
  });
});

describe('Die Autorin veröffentlicht ihre Bekanntmachung durch keine Tür', () => {
  it('refuses the publish button before the release was asked for, and after', async () => {
    const slug = `vier-augen-knopf-${STAMP}`;
    const id = await created(await as('stadt-autorin', 'POST', cm(NOTICE), notice(slug)));
    await expectRefused(await as('stadt-autorin', 'POST', cm(NOTICE, `/${id}/actions/publish`), {}), /noch nicht zur Freigabe gestellt/);
    const put = await as('stadt-autorin', 'PUT', cm(NOTICE, `/${id}`), { freigabe: 'zur-freigabe' });
    expect(put.status, await put.clone().text()).toBe(200);
    await expectRefused(await publishButton('stadt-autorin', id, slug), /Sie haben sie zuletzt bearbeitet/);
    await expectRefused(await as('stadt-autorin', 'POST', cm(NOTICE, `/${id}/actions/publish`), {}), FOUR_EYES);
    expect(await isPublic(id)).toBe(false);
  });

  it('refuses bulk publish (the whole batch, nothing published)', async () => {
    const before = await publishedNotices();
    const a = await waitingNotice(`vier-augen-bulk-a-${STAMP}`);
    const b = await waitingNotice(`vier-augen-bulk-b-${STAMP}`);
    await expectRefused(await as('stadt-autorin', 'POST', cm(NOTICE, '/actions/bulkPublish'), { documentIds: [a, b] }), FOUR_EYES);
    expect(await publishedNotices()).toBe(before);
  });

  it('refuses create-and-publish in one request; nothing is created', async () => {
    const slug = `vier-augen-neu-${STAMP}`;
    await expectRefused(await as('stadt-autorin', 'POST', cm(NOTICE, '/actions/publish'), { ...notice(slug), freigabe: 'zur-freigabe' }), FOUR_EYES);
    expect(await draftsWithSlug(slug)).toBe(0);
  });

  it('a clone starts as a draft not put up for release, and cannot be published by its author', async () => {
    const source = await waitingNotice(`vier-augen-vorlage-${STAMP}`);
    const slug = `vier-augen-kopie-${STAMP}`;
    const copy = await created(await as('stadt-autorin', 'POST', cm(NOTICE, `/clone/${source}`), { ...notice(slug), freigabe: 'zur-freigabe' }));
    expect((await draftOf(copy)).freigabe).toBe('entwurf');
    expect(await isPublic(copy)).toBe(false);
    await expectRefused(await as('stadt-autorin', 'POST', cm(NOTICE, `/${copy}/actions/publish`), {}), /noch nicht zur Freigabe gestellt/);
    expect(await isPublic(copy)).toBe(false);
  });

  it('refuses REST writes with an API token that publish (create and update), nothing published or created', async () => {
    const before = await publishedNotices();
    const rest = (method: string, path: string, data: unknown) =>
      fetch(`${strapi.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiToken}` },
        body: JSON.stringify({ data }),
      });
    const slug = `vier-augen-rest-${STAMP}`;
    const { organisation: _, ...plain } = notice(slug);
    await expectRefused(await rest('POST', '/api/public-notices?status=published', { ...plain, organisation: orgIds.get(ORG.stadt) }), FOUR_EYES);
    expect(await draftsWithSlug(slug)).toBe(0);

    const waiting = await waitingNotice(`vier-augen-rest-warten-${STAMP}`);
    await expectRefused(await rest('PUT', `/api/public-notices/${waiting}?status=published`, { summary: 'Geändert über die API.' }), /API-Token/);
    expect(await isPublic(waiting)).toBe(false);
    expect(await publishedNotices()).toBe(before);
  });

  it('a change through an API token puts the notice back to „entwurf“: nobody has seen it yet', async () => {
    const waiting = await waitingNotice(`vier-augen-api-aenderung-${STAMP}`);
    // Without `status=draft` Strapi's REST update publishes too (refused above).
    const res = await fetch(`${strapi.url}/api/public-notices/${waiting}?status=draft`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiToken}` },
      body: JSON.stringify({ data: { summary: 'Von einer Schnittstelle geändert.' } }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await draftOf(waiting)).freigabe).toBe('entwurf');
    await expectRefused(await as('stadt-freigabe', 'POST', cm(NOTICE, `/${waiting}/actions/publish`), {}), /noch nicht zur Freigabe gestellt/);
  });

  it('the scheduled task does not publish a four-eyes notice (no second person), and says why in the log', async () => {
    const slug = `vier-augen-geplant-${STAMP}`;
    const id = await created(
      await as('stadt-autorin', 'POST', cm(NOTICE), { ...notice(slug), freigabe: 'zur-freigabe', publishAt: new Date(Date.now() - 60_000).toISOString() }),
    );
    // Several runs of the task (every two seconds).
    await new Promise((r) => setTimeout(r, 6_000));
    expect(await isPublic(id)).toBe(false);
    expect(strapi.log()).toMatch(new RegExp(`${id}.*Vier-Augen-Prinzip.*zeitgesteuerte Veröffentlichung ist keine zweite Person`));
  });
});

describe('Freigabe durch eine zweite Person', () => {
  it('the reviewer publishes (publish button with the unchanged form); the state starts over; the record names the reviewer', async () => {
    const slug = `vier-augen-frei-${STAMP}`;
    const id = await waitingNotice(slug);
    const res = await publishButton('stadt-freigabe', id, slug);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await isPublic(id)).toBe(true);
    expect((await draftOf(id)).freigabe).toBe('entwurf');
    const entries = (await readWholeRecord(strapi.url, superToken)).filter((e) => e.documentId === id && e.action === 'publish');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.actor).toContain(emails.get('stadt-freigabe'));
  });

  it('publishes the seeded waiting notice by a second editor of the Stadt', async () => {
    const res = await fetch(`${strapi.url}${cm(NOTICE, `?filters[slug][$eq]=${WAITING_SLUG}`)}`, { headers: { authorization: `Bearer ${superToken}` } });
    const [row] = ((await res.json()) as { results: Row[] }).results;
    if (!row) throw new Error('wartende Bekanntmachung fehlt');
    const pub = await as('stadt-freigabe', 'POST', cm(NOTICE, `/${row.documentId}/actions/publish`), {});
    expect(pub.status, await pub.clone().text()).toBe(200);
    expect(await isPublic(row.documentId)).toBe(true);
  });

  it('refuses a reviewer who edited last (saved before, or changed the form with the publish); then refuses the requester; a third person publishes', async () => {
    const slug = `vier-augen-korrigiert-${STAMP}`;
    const id = await waitingNotice(slug);
    // Changes in the form sent with the publish: an edit of the reviewer's own (rolled back).
    await expectRefused(await publishButton('stadt-freigabe', id, slug, { summary: 'Vom Prüfer geändert.' }), /Sie haben sie zuletzt bearbeitet/);
    expect(await isPublic(id)).toBe(false);
    const edit = await as('stadt-freigabe', 'PUT', cm(NOTICE, `/${id}`), { ...notice(slug), summary: 'Vom Prüfer korrigiert.', freigabe: 'zur-freigabe' });
    expect(edit.status, await edit.clone().text()).toBe(200);
    await expectRefused(await publishButton('stadt-freigabe', id, slug, { summary: 'Vom Prüfer korrigiert.' }), /Sie haben sie zuletzt bearbeitet/);
    // The author is no longer the last editor, but asked for the release.
    await expectRefused(await as('stadt-autorin', 'POST', cm(NOTICE, `/${id}/actions/publish`), {}), /Sie haben sie zur Freigabe gestellt/);
    expect(await isPublic(id)).toBe(false);
    const press = await as('pressestelle', 'POST', cm(NOTICE, `/${id}/actions/publish`), {});
    expect(press.status, await press.clone().text()).toBe(200);
    expect(await isPublic(id)).toBe(true);
  });

  it('refuses an editor of another organisation (the organisation rule)', async () => {
    const id = await waitingNotice(`vier-augen-fremd-${STAMP}`);
    // Strapi's RBAC condition („Nur Inhalte der eigenen Organisation“) answers first, with its bare 403.
    for (const res of [
      await as('feuerwehr', 'POST', cm(NOTICE, `/${id}/actions/publish`), {}),
      await as('feuerwehr', 'POST', cm(NOTICE, '/actions/bulkPublish'), { documentIds: [id] }),
    ]) {
      expect(res.status, await res.text()).toBe(403);
    }
    expect(await isPublic(id)).toBe(false);
  });
});

describe('Wo das Vier-Augen-Prinzip nicht gilt', () => {
  it('the Feuerwehr switched it off for its notices (seed): its editor publishes alone', async () => {
    const id = await created(await as('feuerwehr', 'POST', cm(NOTICE), notice(`feuerwehr-osterfeuer-${STAMP}`, ORG.feuerwehr)));
    const pub = await as('feuerwehr', 'POST', cm(NOTICE, `/${id}/actions/publish`), {});
    expect(pub.status, await pub.clone().text()).toBe(200);
    expect(await isPublic(id)).toBe(true);
  });

  it('news are off by default: the author publishes a Stadt news article alone', async () => {
    const id = await created(
      await as('stadt-autorin', 'POST', cm(NEWS), {
        title: 'Neue Öffnungszeiten',
        slug: `vier-augen-meldung-${STAMP}`,
        date: '2026-12-07',
        teaser: 'Kurz',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Inhalt' }] }],
        organisation: orgRef(ORG.stadt),
      }),
    );
    const pub = await as('stadt-autorin', 'POST', cm(NEWS, `/${id}/actions/publish`), {});
    expect(pub.status, await pub.clone().text()).toBe(200);
  });

  it('the emergency publisher still creates and publishes an alert alone', async () => {
    const id = await created(
      await as('eilmeldungen', 'POST', cm(ALERT), {
        title: 'Sperrung Vier-Augen-Test',
        slug: `sperrung-${STAMP}`,
        severity: 'warnung',
        text: 'Wegen eines Wasserrohrbruchs ist die Straße gesperrt.',
        start: new Date(Date.now() - 60_000).toISOString(),
        end: new Date(Date.now() + 3_600_000).toISOString(),
      }),
    );
    const pub = await as('eilmeldungen', 'POST', cm(ALERT, `/${id}/actions/publish`), {});
    expect(pub.status, await pub.clone().text()).toBe(200);
  });
});
