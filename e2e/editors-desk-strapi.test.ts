// The editors' desk with one real Strapi (SQLite, seeded) and its seeded demo accounts
// (docs/adr/0011-editors-desk.md): per-organisation editors enforced by the RBAC condition and
// the write guard, the press office, the emergency publisher, alt text required on images, the
// slug and required-field rules at save time, scheduled publishing by the cron task (with the
// build webhook), and German field labels. Everything through the admin API the dashboard uses.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, adminRequests, cm, type Account, type ErrorBody } from './helpers/admin-api.ts';
import { freePort, startStrapi, type StrapiInstance } from './helpers/strapi.ts';

const SECRET = `e2e-editors-${'0123456789abcdef'.repeat(2)}`;
const ORG = { feuerwehr: 'freiwillige-feuerwehr-aschersleben', kultur: 'aschersleber-kulturanstalt' } as const;
const PAGE = 'api::page.page';
const NEWS = 'api::news-article.news-article';
const NOTICE = 'api::public-notice.public-notice';
const ALERT = 'api::alert.alert';
const ORGANISATION = 'api::organisation.organisation';
/** Role codes and condition of cms/src/editorial (roles.ts, org-scope.ts). */
const EMERGENCY_ROLE = 'stadtportal-eilmeldungen';
const ORG_EDITOR_ROLE = 'stadtportal-redaktion-organisation';
const OWN_ORGANISATION = 'api::eigene-organisation';
const CM_ACTION = 'plugin::content-manager.explorer';

let strapi: StrapiInstance;
/** The same database started again (restart test). */
let again: StrapiInstance | undefined;
let hooks: Server;
const webhooks: { event: string; uid: string | undefined; documentId: string | undefined }[] = [];
const tokens = new Map<Account, string>();
const orgIds = new Map<string, string>();
let feuerwehrPage = '';
let kulturPage = '';

const login = (email: string, password: string) => adminLogin(strapi.url, email, password);
const as = adminRequests(() => strapi.url, tokens);

let superAdminToken: Promise<string> | undefined;
/** The demo super admin's token, logged in once: admin logins are rate-limited. */
const superToken = () => (superAdminToken ??= strapi.adminToken());

interface PermissionRow {
  action: string;
  subject: string | null;
  properties: { fields?: string[] };
  conditions: string[];
}

/** A permission as „action subject [conditions]“: one comparable line per permission. */
const line = (p: Pick<PermissionRow, 'action' | 'subject' | 'conditions'>) => `${p.action} ${p.subject ?? '–'} [${[...p.conditions].sort().join(', ')}]`;
const lines = (rows: PermissionRow[]) => rows.map(line).sort();

/** The complete permission list of a role, as Settings → Roles shows it (super admin). */
async function rolePermissions(code: string): Promise<PermissionRow[]> {
  const headers = { authorization: `Bearer ${await superToken()}` };
  const roles = (await (await fetch(`${strapi.url}/admin/roles`, { headers })).json()) as { data: { id: number; code: string }[] };
  const role = roles.data.find((r) => r.code === code);
  if (!role) throw new Error(`Rolle ${code} fehlt`);
  const res = await fetch(`${strapi.url}/admin/roles/${role.id}/permissions`, { headers });
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { data: PermissionRow[] }).data;
}

interface ContentTypeInfo {
  uid: string;
  attributes: Record<string, { type: string; target?: string }>;
}

/** The content types with their attributes, as the dashboard reads them (super admin). */
async function contentTypes(): Promise<ContentTypeInfo[]> {
  const res = await fetch(`${strapi.url}/content-manager/content-types`, { headers: { authorization: `Bearer ${await superToken()}` } });
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { data: ContentTypeInfo[] }).data;
}

/** What an account may do in effect (all its roles), as the dashboard loads it after login. */
async function ownPermissions(who: Account): Promise<PermissionRow[]> {
  const res = await as(who, 'GET', '/admin/users/me/permissions');
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { data: PermissionRow[] }).data;
}

/** documentId of the first German page of an organisation (public REST, published content). */
async function pageOf(orgSlug: string): Promise<string> {
  const res = await fetch(`${strapi.url}/api/pages?locale=de&filters[organisation][slug][$eq]=${orgSlug}&pagination[pageSize]=1`);
  const id = ((await res.json()) as { data: { documentId: string }[] }).data[0]?.documentId;
  if (!id) throw new Error(`keine Seite der Organisation ${orgSlug}`);
  return id;
}

/** How many published entries with this slug the public REST API returns (0 or 1). */
async function publicCount(apiName: string, slug: string): Promise<number> {
  const res = await fetch(`${strapi.url}/api/${apiName}?filters[slug][$eq]=${slug}`);
  return ((await res.json()) as { data: unknown[] }).data.length;
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`Zeitüberschreitung: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const newPage = (slug: string, organisation: string) => ({
  title: `Testseite ${slug}`,
  slug,
  summary: 'Kurz',
  seoDescription: 'Beschreibung',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Inhalt' }] }],
  organisation: { connect: [{ documentId: organisation }] },
});

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

async function upload(who: Account, name: string, type: string, bytes: Buffer, fileInfo?: Record<string, unknown>): Promise<Response> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
  if (fileInfo) form.append('fileInfo', JSON.stringify(fileInfo));
  return fetch(`${strapi.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${tokens.get(who)}` }, body: form });
}

beforeAll(async () => {
  // The build runner's stand-in: records what Strapi's webhook sends.
  hooks = createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      if (req.headers.authorization === `Bearer ${SECRET}`) {
        const body = JSON.parse(raw) as { event: string; uid?: string; entry?: { documentId?: string } };
        webhooks.push({ event: body.event, uid: body.uid, documentId: body.entry?.documentId });
      }
      res.writeHead(202).end();
    });
  });
  const port = await freePort();
  await new Promise<void>((ok) => hooks.listen(port, '127.0.0.1', ok));
  strapi = await startStrapi('sqlite', {
    BUILD_WEBHOOK_URL: `http://127.0.0.1:${port}/webhook`,
    WEBHOOK_SECRET: SECRET,
    // The scheduling task every 2 s instead of every minute.
    SCHEDULE_CRON: '*/2 * * * * *',
  });
  const logins = JSON.parse(await readFile(join(strapi.dir, 'editor-logins.json'), 'utf8')) as Record<Account, { email: string; password: string }>;
  for (const who of ['feuerwehr', 'kulturanstalt', 'pressestelle', 'eilmeldungen'] as const) {
    tokens.set(who, await login(logins[who].email, logins[who].password));
  }
  for (const slug of Object.values(ORG)) {
    const res = await fetch(`${strapi.url}/api/organisations?filters[slug][$eq]=${slug}`);
    orgIds.set(slug, ((await res.json()) as { data: { documentId: string }[] }).data[0]?.documentId ?? '');
  }
  feuerwehrPage = await pageOf(ORG.feuerwehr);
  kulturPage = await pageOf(ORG.kultur);
});

afterAll(async () => {
  await again?.stop();
  await strapi?.stop();
  await new Promise((r) => hooks?.close(r));
});

describe('Redaktion je Organisation (Rollen und Bedingung)', () => {
  it('the Feuerwehr editor cannot read, update or publish a Kulturanstalt page (403)', async () => {
    const read = await as('feuerwehr', 'GET', cm(PAGE, `/${kulturPage}?locale=de`));
    expect(read.status).toBe(403);
    const update = await as('feuerwehr', 'PUT', cm(PAGE, `/${kulturPage}?locale=de`), { summary: 'Übernommen' });
    expect(update.status).toBe(403);
    const publish = await as('feuerwehr', 'POST', cm(PAGE, `/${kulturPage}/actions/publish?locale=de`), {});
    expect(publish.status).toBe(403);
    // …and the page is unchanged.
    const check = await as('pressestelle', 'GET', cm(PAGE, `/${kulturPage}?locale=de`));
    expect(((await check.json()) as { data: { summary: string } }).data.summary).not.toBe('Übernommen');
  });

  it('the Feuerwehr editor reads, updates and publishes its own page', async () => {
    const read = await as('feuerwehr', 'GET', cm(PAGE, `/${feuerwehrPage}?locale=de`));
    expect(read.status, await read.clone().text()).toBe(200);
    const summary = 'Die Freiwillige Feuerwehr Aschersleben: Einsatzabteilung, Jugendfeuerwehr, Mitmachen.';
    const update = await as('feuerwehr', 'PUT', cm(PAGE, `/${feuerwehrPage}?locale=de`), { summary });
    expect(update.status, await update.clone().text()).toBe(200);
    const publish = await as('feuerwehr', 'POST', cm(PAGE, `/${feuerwehrPage}/actions/publish?locale=de`), {});
    expect(publish.status, await publish.clone().text()).toBe(200);
    const pub = await fetch(`${strapi.url}/api/pages/${feuerwehrPage}?locale=de`);
    expect(((await pub.json()) as { data: { summary: string } }).data.summary).toBe(summary);
  });

  it('lists only its own organisation’s pages to the Feuerwehr editor, all to the press office', async () => {
    const own = await as('feuerwehr', 'GET', cm(PAGE, '?page=1&pageSize=100&locale=de'));
    expect(own.status).toBe(200);
    const ids = ((await own.json()) as { results: { documentId: string }[] }).results.map((r) => r.documentId);
    expect(ids).toContain(feuerwehrPage);
    expect(ids).not.toContain(kulturPage);
    const all = await as('pressestelle', 'GET', cm(PAGE, '?page=1&pageSize=100&locale=de'));
    const allIds = ((await all.json()) as { results: { documentId: string }[] }).results.map((r) => r.documentId);
    expect(allIds).toEqual(expect.arrayContaining([feuerwehrPage, kulturPage]));
    expect(allIds.length).toBeGreaterThan(ids.length);
  });

  it('refuses creating a page for another organisation or moving its own page there', async () => {
    const foreign = await as('feuerwehr', 'POST', cm(PAGE, '?locale=de'), newPage('fremde-seite', orgIds.get(ORG.kultur) ?? ''));
    expect(foreign.status, await foreign.clone().text()).toBe(403);
    expect(((await foreign.json()) as ErrorBody).error.message).toContain('eigenen Organisation');
    const ownNew = await as('feuerwehr', 'POST', cm(PAGE, '?locale=de'), newPage('feuerwehr-test', orgIds.get(ORG.feuerwehr) ?? ''));
    expect(ownNew.status, await ownNew.clone().text()).toBe(201);
    const created = ((await ownNew.json()) as { data: { documentId: string } }).data.documentId;
    const move = await as('feuerwehr', 'PUT', cm(PAGE, `/${created}?locale=de`), {
      organisation: { connect: [{ documentId: orgIds.get(ORG.kultur) }], disconnect: [{ documentId: orgIds.get(ORG.feuerwehr) }] },
    });
    expect(move.status).toBe(403);
  });

  it('the Kulturanstalt editor: its own page yes, the Feuerwehr page no', async () => {
    expect((await as('kulturanstalt', 'GET', cm(PAGE, `/${kulturPage}?locale=de`))).status).toBe(200);
    expect((await as('kulturanstalt', 'GET', cm(PAGE, `/${feuerwehrPage}?locale=de`))).status).toBe(403);
  });

  it('shows the assignment on the organisation in the dashboard (relation to admin users)', async () => {
    const superToken = await strapi.adminToken();
    const orgId = orgIds.get(ORG.feuerwehr) ?? '';
    const res = await fetch(`${strapi.url}/content-manager/relations/api::organisation.organisation/${orgId}/editors`, {
      headers: { authorization: `Bearer ${superToken}` },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const editors = ((await res.json()) as { results: { id: number }[] }).results;
    expect(editors).toHaveLength(1);
    // The org editor reads organisations (relation picker) but not who edits them.
    const asEditor = await as('feuerwehr', 'GET', cm('api::organisation.organisation', `/${orgId}`));
    expect(asEditor.status).toBe(200);
    expect(((await asEditor.json()) as { data: Record<string, unknown> }).data).not.toHaveProperty('editors');
    expect((await as('feuerwehr', 'PUT', cm('api::organisation.organisation', `/${orgId}`), { phone: '03473 0' })).status).toBe(403);
  });

  it('the Feuerwehr editor’s complete permission list: every action on a scoped type carries the organisation condition', async () => {
    // The scoped types: every api:: type with an `organisation` relation (ADR 0011), read from the schemas.
    const scoped = (await contentTypes())
      .filter((t) => t.uid.startsWith('api::') && t.attributes.organisation?.type === 'relation' && t.attributes.organisation.target === ORGANISATION)
      .map((t) => t.uid);
    expect(scoped).toEqual(
      expect.arrayContaining([
        PAGE,
        NEWS,
        NOTICE,
        'api::office.office',
        'api::service.service',
        'api::life-event.life-event',
        'api::event.event',
        'api::amtsblatt-issue.amtsblatt-issue',
      ]),
    );
    expect(scoped).not.toContain(ALERT);
    // Citizens' ratings and barrier reports (issue 17): the organisation's own, read only.
    const feedback = ['api::page-rating.page-rating', 'api::barrier-report.barrier-report'];
    expect(scoped).toEqual(expect.arrayContaining(feedback));

    const expected = [
      ...scoped
        .filter((subject) => !feedback.includes(subject))
        .flatMap((subject) =>
          ['create', 'read', 'update', 'delete', 'publish'].map((a) => line({ action: `${CM_ACTION}.${a}`, subject, conditions: [OWN_ORGANISATION] })),
        ),
      ...feedback.map((subject) => line({ action: `${CM_ACTION}.read`, subject, conditions: [OWN_ORGANISATION] })),
      // Organisations are read by all (relation picker) — unconditioned, but without `editors`.
      line({ action: `${CM_ACTION}.read`, subject: ORGANISATION, conditions: [] }),
      // The shared media library, without deleting.
      ...['read', 'assets.create', 'assets.update', 'assets.download', 'assets.copy-link'].map((a) =>
        line({ action: `plugin::upload.${a}`, subject: null, conditions: [] }),
      ),
    ].sort();
    const role = await rolePermissions(ORG_EDITOR_ROLE);
    expect(lines(role)).toEqual(expected);
    expect(lines(await ownPermissions('feuerwehr'))).toEqual(expected);
    const orgRead = role.find((p) => p.subject === ORGANISATION);
    expect(orgRead?.properties.fields).not.toContain('editors');
    expect(orgRead?.properties.fields).toContain('name');
  });

  it('the press office edits every organisation’s content', async () => {
    const update = await as('pressestelle', 'PUT', cm(PAGE, `/${kulturPage}?locale=de`), {
      seoDescription: 'Die Kulturanstalt Aschersleben: Theater, Konzerte, Museen.',
    });
    expect(update.status, await update.clone().text()).toBe(200);
    expect((await as('pressestelle', 'GET', cm(PAGE, `/${feuerwehrPage}?locale=de`))).status).toBe(200);
  });
});

describe('Eilmeldungen-Rolle', () => {
  it('creates and publishes an alert', async () => {
    const start = new Date(Date.now() - 60_000).toISOString();
    const end = new Date(Date.now() + 3_600_000).toISOString();
    const created = await as('eilmeldungen', 'POST', cm(ALERT), {
      title: 'Sperrung der Hecklinger Straße',
      slug: 'sperrung-hecklinger-strasse',
      severity: 'warnung',
      text: 'Wegen eines Wasserrohrbruchs ist die Hecklinger Straße gesperrt.',
      start,
      end,
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const id = ((await created.json()) as { data: { documentId: string } }).data.documentId;
    const published = await as('eilmeldungen', 'POST', cm(ALERT, `/${id}/actions/publish`), {});
    expect(published.status, await published.clone().text()).toBe(200);
    const pub = await fetch(`${strapi.url}/api/alerts/${id}`);
    expect(pub.status).toBe(200);
    // Deleting is not part of the role.
    expect((await as('eilmeldungen', 'DELETE', cm(ALERT, `/${id}`))).status).toBe(403);
  });

  it('can do nothing else: no pages, news, media, settings', async () => {
    expect((await as('eilmeldungen', 'GET', cm(PAGE, `/${feuerwehrPage}?locale=de`))).status).toBe(403);
    expect((await as('eilmeldungen', 'GET', cm(NEWS, '?page=1&pageSize=10'))).status).toBe(403);
    expect((await as('eilmeldungen', 'POST', cm(NEWS), { title: 'x', slug: 'x' })).status).toBe(403);
    expect((await as('eilmeldungen', 'PUT', cm(PAGE, `/${feuerwehrPage}?locale=de`), { summary: 'x' })).status).toBe(403);
    expect((await as('eilmeldungen', 'GET', '/content-manager/single-types/api::site-setting.site-setting')).status).toBe(403);
    expect((await upload('eilmeldungen', 'punkt.png', 'image/png', PNG, { alternativeText: 'Ein Punkt' })).status).toBe(403);
  });

  it('holds exactly create/read/update/publish of alerts, unconditioned — the complete list of the role and of the account', async () => {
    // roles.ts: no delete, no other content type, no media, no settings.
    const expected = ['create', 'read', 'update', 'publish'].map((a) => line({ action: `${CM_ACTION}.${a}`, subject: ALERT, conditions: [] })).sort();
    const role = await rolePermissions(EMERGENCY_ROLE);
    expect(lines(role)).toEqual(expected);
    expect(lines(await ownPermissions('eilmeldungen'))).toEqual(expected);
    // Field-level: only the alert's own fields, none of another type.
    const alertFields = Object.keys((await contentTypes()).find((t) => t.uid === ALERT)?.attributes ?? {});
    expect(alertFields).toContain('title');
    for (const p of role) for (const f of p.properties.fields ?? []) expect(alertFields).toContain(f);
  });

  it('org editors cannot publish alerts', async () => {
    expect((await as('feuerwehr', 'GET', cm(ALERT, '?page=1&pageSize=10'))).status).toBe(403);
  });
});

describe('Pflichtangaben beim Speichern', () => {
  it('refuses an image without alt text with a German message, accepts it with one', async () => {
    const without = await upload('pressestelle', 'ohne-alt.png', 'image/png', PNG);
    expect(without.status).toBe(400);
    const message = ((await without.json()) as ErrorBody).error.message;
    expect(message).toContain('Alternativtext fehlt');
    const blank = await upload('pressestelle', 'leer-alt.png', 'image/png', PNG, { alternativeText: '   ' });
    expect(blank.status).toBe(400);

    const ok = await upload('feuerwehr', 'mit-alt.png', 'image/png', PNG, { alternativeText: 'Ein roter Punkt' });
    expect(ok.status, await ok.clone().text()).toBe(201);
    const [file] = (await ok.json()) as { id: number; alternativeText: string }[];
    expect(file?.alternativeText).toBe('Ein roter Punkt');

    // Removing it later under „Details bearbeiten“ is refused too; the stored text stays.
    const form = new FormData();
    form.append('fileInfo', JSON.stringify({ alternativeText: '', name: 'mit-alt.png' }));
    const clear = await fetch(`${strapi.url}/upload?id=${file?.id}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.get('pressestelle')}` },
      body: form,
    });
    expect(clear.status).toBe(400);
    expect(((await clear.json()) as ErrorBody).error.message).toContain('Alternativtext fehlt');

    // Documents need none: the link text describes them.
    const pdf = await upload('pressestelle', 'satzung.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n%%EOF\n'));
    expect(pdf.status, await pdf.clone().text()).toBe(201);
  });

  it('refuses a town colour that would make text unreadable, with the German message of the contrast rules, and accepts a readable one', async () => {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${await superToken()}` };
    const url = `${strapi.url}/content-manager/single-types/api::site-setting.site-setting`;
    const stored = async () => ((await (await fetch(url, { headers })).json()) as { data: { primaryColor: string; accentColor: string } }).data;
    const before = await stored();
    expect(before).toMatchObject({ primaryColor: '#1d4f91', accentColor: '#b3261e' });
    const light = await fetch(url, { method: 'PUT', headers, body: JSON.stringify({ primaryColor: '#8ab4e8' }) });
    expect(light.status).toBe(400);
    expect(((await light.json()) as ErrorBody).error.message).toMatch(
      /^Hauptfarbe #8ab4e8: zu wenig Kontrast für Links auf Weiß – 2,\d+:1, mindestens 4,5:1 nötig \(WCAG 2\.2\)/,
    );
    const yellow = await fetch(url, { method: 'PUT', headers, body: JSON.stringify({ accentColor: '#f2c500' }) });
    expect(yellow.status).toBe(400);
    expect(((await yellow.json()) as ErrorBody).error.message).toMatch(/^Akzentfarbe #f2c500: zu wenig Kontrast/);
    expect(await stored()).toMatchObject({ primaryColor: '#1d4f91', accentColor: '#b3261e' });
    const green = await fetch(url, { method: 'PUT', headers, body: JSON.stringify({ primaryColor: '#0b5a3c' }) });
    expect(green.status, await green.clone().text()).toBe(200);
    expect((await stored()).primaryColor).toBe('#0b5a3c');
    await fetch(url, { method: 'PUT', headers, body: JSON.stringify({ primaryColor: before.primaryColor }) });
  });

  it('serves the design settings to the snapshot pull: colours, logo and home page picture with their files, „Häufig gesucht“ with one target each', async () => {
    const res = await fetch(`${strapi.url}/api/site-setting?populate[social]=true`);
    expect(res.status).toBe(200);
    type Rel = { documentId: string } | null;
    const data = (
      (await res.json()) as {
        data: {
          primaryColor: string;
          logo: { alt: string; media: { url: string } } | null;
          heroImage: { alt: string; media: { url: string } } | null;
          topTasks: { service: Rel; onlineService: Rel; page: Rel }[];
        };
      }
    ).data;
    expect(data.primaryColor).toMatch(/^#[0-9a-f]{6}$/);
    expect(data.logo?.media.url).toMatch(/^\/uploads\/.+\.png$/);
    expect(data.heroImage?.alt).toMatch(/^Zeichnung: die Stadtansicht von Aschersleben/);
    expect(data.topTasks).toHaveLength(8);
    for (const task of data.topTasks) expect([task.service, task.onlineService, task.page].filter((t) => t !== null)).toHaveLength(1);
  });

  it('refuses a slug the site cannot use, naming the field in German', async () => {
    const res = await as('pressestelle', 'POST', cm(PAGE, '?locale=de'), newPage('Neue_Seite', orgIds.get(ORG.feuerwehr) ?? ''));
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.message).toMatch(/^Adresse \(Slug\): „Neue_Seite“ ist nicht erlaubt/);
  });

  it('saves an incomplete draft but refuses to publish it, listing the missing fields', async () => {
    const draft = await as('pressestelle', 'POST', cm(NEWS), { title: 'Halbfertige Meldung', slug: 'halbfertige-meldung' });
    expect(draft.status, await draft.clone().text()).toBe(201);
    const id = ((await draft.json()) as { data: { documentId: string } }).data.documentId;
    const publish = await as('pressestelle', 'POST', cm(NEWS, `/${id}/actions/publish`), {});
    expect(publish.status).toBe(400);
    const message = ((await publish.json()) as ErrorBody).error.message;
    expect(message).toContain('Vor dem Veröffentlichen ausfüllen');
    expect(message).toContain('„Datum“');
    expect(message).toContain('„Organisation“');
  });
});

/**
 * The scheduling round trip for one type (cms/src/editorial/schedule.ts): a draft saved with
 * `publishAt` a few seconds ahead stays a draft until then and is published by the task — once, with one entry.publish webhook for
 * that type — without `publishAt` in the public API; an `unpublishAt` set later withdraws it,
 * with an entry.unpublish webhook.
 */
async function expectScheduledRoundTrip(who: Account, uid: string, apiName: string, draft: { slug: string } & Record<string, unknown>): Promise<void> {
  const { slug } = draft;
  // A few seconds ahead, not in the past: the task runs every 2 s, so a past time could be acted on
  // before the check below — which asks whether it waits for the time.
  const publishAt = Date.now() + 6_000;
  const created = await as(who, 'POST', cm(uid), { ...draft, publishAt: new Date(publishAt).toISOString() });
  expect(created.status, await created.clone().text()).toBe(201);
  const id = ((await created.json()) as { data: { documentId: string } }).data.documentId;
  const early = await publicCount(apiName, slug);
  if (Date.now() < publishAt) expect(early).toBe(0);
  const published = () => webhooks.filter((w) => w.event === 'entry.publish' && w.documentId === id);

  await until(`${uid} geplant veröffentlicht`, async () => (await publicCount(apiName, slug)) === 1);
  await until(`${uid}: Webhook entry.publish`, async () => published().length > 0);
  expect(published()[0]?.uid).toBe(uid);
  // Fires once: the next runs leave it alone (no second publish webhook).
  await new Promise((r) => setTimeout(r, 4_500));
  expect(published()).toHaveLength(1);

  // publishAt/unpublishAt are editorial, not content: not in the public API.
  const pub = await fetch(`${strapi.url}/api/${apiName}?filters[slug][$eq]=${slug}`);
  expect(((await pub.json()) as { data: Record<string, unknown>[] }).data[0]).not.toHaveProperty('publishAt');

  const later = await as(who, 'PUT', cm(uid, `/${id}`), { unpublishAt: new Date(Date.now() + 3_000).toISOString() });
  expect(later.status, await later.clone().text()).toBe(200);
  await until(`${uid} geplant zurückgezogen`, async () => (await publicCount(apiName, slug)) === 0);
  await until(`${uid}: Webhook entry.unpublish`, async () => webhooks.some((w) => w.event === 'entry.unpublish' && w.documentId === id && w.uid === uid));
}

describe('Zeitgesteuerte Veröffentlichung', () => {
  it('publishes a news draft whose publishAt has passed, with the build webhook, and unpublishes it at unpublishAt', async () => {
    await expectScheduledRoundTrip('feuerwehr', NEWS, 'news-articles', {
      title: 'Tag der offenen Tür bei der Feuerwehr',
      slug: 'geplante-meldung-feuerwehrfest',
      date: '2026-11-25',
      teaser: 'Die Freiwillige Feuerwehr Aschersleben lädt ein.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Fahrzeugschau, Löschübung, Kinderprogramm.' }] }],
      organisation: { connect: [{ documentId: orgIds.get(ORG.feuerwehr) }] },
    });
  });

  it('publishes a public notice draft whose publishAt has passed, with the build webhook, and unpublishes it at unpublishAt', async () => {
    await expectScheduledRoundTrip('pressestelle', NOTICE, 'public-notices', {
      title: 'Allgemeinverfügung zum Abbrennen von Osterfeuern',
      slug: 'geplante-bekanntmachung-osterfeuer',
      category: 'allgemeinverfuegung',
      publishedOn: '2026-11-25',
      summary: 'Osterfeuer sind nur mit Anzeige bei der Freiwilligen Feuerwehr erlaubt.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Die Anzeige ist bis eine Woche vor dem Feuer einzureichen.' }] }],
      organisation: { connect: [{ documentId: orgIds.get(ORG.feuerwehr) }] },
    });
  });

  it('refuses unpublishAt before publishAt', async () => {
    const res = await as('pressestelle', 'POST', cm(NEWS), {
      title: 'Falsch geplant',
      slug: 'falsch-geplant',
      publishAt: '2026-12-02T10:00:00.000Z',
      unpublishAt: '2026-12-01T10:00:00.000Z',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.message).toContain('Zurückziehen am (geplant): muss nach „Veröffentlichen am (geplant)“ liegen');
  });
});

describe('Deutsche Feldnamen im Dashboard', () => {
  it('stores German labels in the content-manager configuration', async () => {
    const res = await as('pressestelle', 'GET', '/content-manager/content-types/api::page.page/configuration');
    expect(res.status, await res.clone().text()).toBe(200);
    const conf = (await res.json()) as { data: { contentType: { metadatas: Record<string, { edit: { label: string }; list: { label: string } }> } } };
    const meta = conf.data.contentType.metadatas;
    expect(meta.title?.edit.label).toBe('Titel');
    expect(meta.seoDescription?.edit.label).toBe('Beschreibung für Suchmaschinen');
    expect(meta.organisation?.list.label).toBe('Organisation');
  });

  it('after a restart: labels again, an editor’s own label kept, no second role or account', async () => {
    // An editor renames a field under „Ansicht konfigurieren“ (as the super admin may).
    const superToken = await strapi.adminToken();
    const path = '/content-manager/content-types/api::page.page/configuration';
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${superToken}` };
    const before = (await (await fetch(`${strapi.url}${path}`, { headers })).json()) as {
      data: {
        contentType: { settings: unknown; layouts: unknown; metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }> };
      };
    };
    const { settings, layouts, metadatas } = before.data.contentType;
    const summary = metadatas.summary;
    if (!summary) throw new Error('metadatas.summary fehlt');
    summary.edit.label = 'Anrisstext (eigene Wahl)';
    // The GET answer carries the relations' list.mainField, which the PUT validation refuses.
    for (const meta of Object.values(metadatas)) delete meta.list.mainField;
    const put = await fetch(`${strapi.url}${path}`, { method: 'PUT', headers, body: JSON.stringify({ settings, layouts, metadatas }) });
    expect(put.status, await put.clone().text()).toBe(200);

    // Same database, a new process (as after an update or a reboot).
    await strapi.halt();
    again = await startStrapi('sqlite', {
      DATABASE_FILENAME: join(strapi.dir, 'data.db'),
      PUBLIC_DIR: join(strapi.dir, 'public'),
      DEMO_LOGIN_FILE: join(strapi.dir, 'demo-login.json'),
    });
    const logins = JSON.parse(await readFile(join(strapi.dir, 'editor-logins.json'), 'utf8')) as Record<Account, { email: string; password: string }>;
    const token = await (async () => {
      const res = await fetch(`${again?.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(logins.pressestelle),
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { data: { token: string } }).data.token;
    })();
    const after = (await (await fetch(`${again.url}${path}`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      data: { contentType: { metadatas: Record<string, { edit: { label: string } }> } };
    };
    expect(after.data.contentType.metadatas.summary?.edit.label).toBe('Anrisstext (eigene Wahl)');
    expect(after.data.contentType.metadatas.title?.edit.label).toBe('Titel');

    const superAgain = await fetch(`${again.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(await strapi.demoLogin()),
    });
    const superAgainToken = ((await superAgain.json()) as { data: { token: string } }).data.token;
    const roles = (await (await fetch(`${again.url}/admin/roles`, { headers: { authorization: `Bearer ${superAgainToken}` } })).json()) as {
      data: { name: string; usersCount: number }[];
    };
    const press = roles.data.filter((r) => r.name === 'Pressestelle');
    expect(press).toHaveLength(1);
    expect(press[0]?.usersCount).toBe(1);
    // Feuerwehr, Kulturanstalt, and the Stadt's author and reviewer (four-eyes publishing, ADR 0021).
    expect(roles.data.find((r) => r.name === 'Redaktion (Organisation)')?.usersCount).toBe(4);
  });
});
