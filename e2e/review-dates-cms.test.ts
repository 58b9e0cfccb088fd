// Owner and review date (docs/adr/0022-review-dates-and-owners.md) in a real Strapi (SQLite,
// seeded, one boot for the file) with the seeded demo accounts and a stand-in SMTP server: a
// publish sets „Prüfen bis“ a year ahead and makes the publisher owner; neither field reaches
// REST; a date too far ahead or an owner who may not edit the page is refused; editors of another
// organisation can neither confirm nor see; „Zu prüfen“ puts overdue first and takes in a page
// citizens rate poorly; the reminder mails each owner exactly their overdue items (titles escaped
// in the HTML part); the owner's confirm and the owner's edit move the date on.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, berlinDay, FEEDBACK_CMS_PATH, FEEDBACK_FIELDS as F, germanDay, oneYearAfter } from '@stadtportal/shared/rules';
import { adminLogin, adminRequests, cm, type Account, type ErrorBody } from './helpers/admin-api.ts';
import { decodeHeader, htmlPart, reminderItems, smtpEnv, startSmtpStandIn, type ReceivedMail, type SmtpStandIn } from './helpers/smtp.ts';
import { startStrapi, type StrapiInstance } from './helpers/strapi.ts';

const STAMP = Date.now().toString(36);
const PAGE = 'api::page.page';
const ORG = { stadt: 'stadt-aschersleben', feuerwehr: 'freiwillige-feuerwehr-aschersleben' } as const;
/** Seeded (cms/src/seed/review.ts): overdue by 45 days, due in 14 days; owner: the Stadt's author. */
const SEEDED = { overdue: 'wohnen', soon: 'sport', rated: 'senioren' } as const;

let strapi: StrapiInstance;
let smtp: SmtpStandIn;
let superToken = '';
const tokens = new Map<Account, string>();
const emails = new Map<Account, string>();
const orgIds = new Map<string, string>();
const as = adminRequests(() => strapi.url, tokens);
// The day as the CMS sees it (Europe/Berlin); a run across midnight in Berlin could tell a different day.
const today = berlinDay();
const ids = { p1: '', p2: '', p3: '', overdue: '', soon: '', rated: '' };
const titles = {
  p1: `Prüftest Stadt überfällig ${STAMP}`,
  p2: `Prüftest Feuerwehr <script>alert(1)</script> & Co ${STAMP}`,
  p3: `Prüftest Stadt noch gültig ${STAMP}`,
};

interface Draft {
  documentId: string;
  title: string;
  verantwortlich?: string | null;
  pruefenBis?: string | null;
}
interface Item {
  typ: string;
  uid: string;
  documentId: string;
  titel: string;
  bearbeiten: string;
  verantwortlich: string | null;
  pruefenBis: string | null;
  pruefenBisAnzeige: string | null;
  status: string;
  gruende: string[];
}
interface ListAnswer {
  data: { heute: string; organisationen: { organisation: { documentId: string; name: string } | null; items: Item[] }[] };
}

const superAdmin = (method: string, path: string, body?: unknown) =>
  fetch(`${strapi.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${superToken}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

/** The German draft as the dashboard shows it to the super admin (private fields included). */
async function draftOf(documentId: string): Promise<Draft> {
  const res = await superAdmin('GET', cm(PAGE, `/${documentId}?locale=de`));
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { data: Draft }).data;
}

const pageData = (title: string, slug: string, organisation: string) => ({
  title,
  slug,
  summary: 'Kurzbeschreibung der Testseite.',
  seoDescription: 'Beschreibung der Testseite für Suchmaschinen.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Text der Testseite.' }] }],
  organisation: { connect: [{ documentId: orgIds.get(organisation) ?? '' }] },
});

/** Created and published by `who` through the dashboard's routes. */
async function publishedPage(who: Account, title: string, slug: string, organisation: string): Promise<string> {
  const res = await as(who, 'POST', cm(PAGE, '?locale=de'), pageData(title, slug, organisation));
  const text = await res.text();
  expect([200, 201], text).toContain(res.status);
  const id = (JSON.parse(text) as { data: { documentId: string } }).data.documentId;
  const pub = await as(who, 'POST', cm(PAGE, `/${id}/actions/publish?locale=de`), {});
  expect(pub.status, await pub.clone().text()).toBe(200);
  return id;
}

async function seededPage(slug: string): Promise<string> {
  const res = await fetch(`${strapi.url}/api/pages?locale=de&filters[slug][$eq]=${slug}&populate[organisation][fields][0]=slug`);
  const [row] = ((await res.json()) as { data: { documentId: string; organisation: { slug: string } }[] }).data;
  if (!row) throw new Error(`Seite ${slug} fehlt im Seed`);
  expect(row.organisation.slug).toBe(ORG.stadt);
  return row.documentId;
}

async function list(who: Account): Promise<ListAnswer['data']> {
  const res = await as(who, 'GET', '/stadtportal/pruefung');
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  return ((await res.json()) as ListAnswer).data;
}
const allItems = (data: ListAnswer['data']) => data.organisationen.flatMap((g) => g.items);

const confirm = (who: Account, body: unknown) => as(who, 'POST', '/stadtportal/pruefung/bestaetigen', body);

async function expectError(res: Response, status: number, message: RegExp): Promise<void> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect((JSON.parse(text) as ErrorBody).error.message).toMatch(message);
}

beforeAll(async () => {
  smtp = await startSmtpStandIn();
  strapi = await startStrapi('sqlite', smtpEnv(smtp, 'redaktion@aschersleben.example'));
  superToken = await strapi.adminToken();
  const logins = JSON.parse(await readFile(join(strapi.dir, 'editor-logins.json'), 'utf8')) as Record<Account, { email: string; password: string }>;
  for (const who of ['stadt-autorin', 'stadt-freigabe', 'pressestelle', 'feuerwehr', 'eilmeldungen'] as const) {
    tokens.set(who, await adminLogin(strapi.url, logins[who].email, logins[who].password));
    emails.set(who, logins[who].email);
  }
  for (const slug of Object.values(ORG)) {
    const res = await fetch(`${strapi.url}/api/organisations?filters[slug][$eq]=${slug}`);
    const [row] = ((await res.json()) as { data: { documentId: string }[] }).data;
    if (!row) throw new Error(`Organisation ${slug} fehlt`);
    orgIds.set(slug, row.documentId);
  }
  ids.overdue = await seededPage(SEEDED.overdue);
  ids.soon = await seededPage(SEEDED.soon);
  ids.rated = await seededPage(SEEDED.rated);
}, 600_000);

afterAll(async () => {
  await strapi?.stop();
  await smtp?.close();
});

describe('bookkeeping on publish and edit', () => {
  it('a publish sets „Prüfen bis“ one year ahead and makes the publisher owner', async () => {
    ids.p1 = await publishedPage('stadt-freigabe', titles.p1, `prueftest-stadt-${STAMP}`, ORG.stadt);
    const draft = await draftOf(ids.p1);
    expect(draft.pruefenBis).toBe(oneYearAfter(today));
    expect(draft.verantwortlich).toBe(emails.get('stadt-freigabe'));
  });

  it('the dashboard shows German labels and help texts for both fields (every type)', async () => {
    for (const uid of [PAGE, 'api::service.service', 'api::office.office', 'api::place.place']) {
      const res = await superAdmin('GET', `/content-manager/content-types/${uid}/configuration`);
      expect(res.status, await res.clone().text()).toBe(200);
      const meta = ((await res.json()) as { data: { contentType: { metadatas: Record<string, { edit: { label: string; description: string } }> } } }).data
        .contentType.metadatas;
      expect(meta.verantwortlich?.edit, uid).toMatchObject({ label: 'Verantwortlich', description: expect.stringMatching(/^E-Mail-Adresse der Person/) });
      expect(meta.pruefenBis?.edit, uid).toMatchObject({ label: 'Prüfen bis', description: expect.stringMatching(/^Bis zu diesem Tag prüft/) });
    }
  });

  it('neither field reaches the public REST API (pages, offices, places)', async () => {
    for (const path of [
      `/api/pages?locale=de&filters[documentId][$eq]=${ids.p1}`,
      '/api/offices?pagination[pageSize]=5',
      '/api/places?pagination[pageSize]=5',
    ]) {
      const res = await fetch(`${strapi.url}${path}`);
      const body = await res.text();
      expect(res.status, body).toBe(200);
      expect((JSON.parse(body) as { data: unknown[] }).data.length, path).toBeGreaterThan(0);
      expect(body).not.toContain('verantwortlich');
      expect(body).not.toContain('pruefenBis');
    }
  });

  it('hostile values: a date more than a year ahead, an owner of another organisation, an unknown owner — 400 in German, nothing changed', async () => {
    const before = await draftOf(ids.p1);
    const tooLate = await as('stadt-freigabe', 'PUT', cm(PAGE, `/${ids.p1}?locale=de`), { pruefenBis: addDays(oneYearAfter(today), 1) });
    await expectError(tooLate, 400, /„Prüfen bis“ darf höchstens ein Jahr in der Zukunft liegen/);
    for (const owner of [emails.get('feuerwehr'), 'niemand@example.org', emails.get('eilmeldungen')]) {
      const res = await as('stadt-freigabe', 'PUT', cm(PAGE, `/${ids.p1}?locale=de`), { verantwortlich: owner });
      await expectError(res, 400, /„Verantwortlich“: .* ist kein aktives Konto im Redaktionssystem, das diesen Inhalt bearbeiten darf/);
    }
    // Through REST with a full-access API token: refused (or the private fields dropped) — never stored.
    const tokenRes = await superAdmin('POST', '/admin/api-tokens', { name: `pruefung-${STAMP}`, description: 'Test', type: 'full-access', lifespan: null });
    expect(tokenRes.status, await tokenRes.clone().text()).toBe(201);
    const apiToken = ((await tokenRes.json()) as { data: { accessKey: string } }).data.accessKey;
    const rest = await fetch(`${strapi.url}/api/pages/${ids.p1}?locale=de&status=draft`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiToken}` },
      body: JSON.stringify({ data: { pruefenBis: '2099-01-01', verantwortlich: 'niemand@example.org' } }),
    });
    expect([200, 400], await rest.clone().text()).toContain(rest.status);
    expect(await draftOf(ids.p1)).toMatchObject({ pruefenBis: before.pruefenBis, verantwortlich: before.verantwortlich });
  });

  it('an edit by someone else leaves the date as it is (the press office sets an earlier one)', async () => {
    const res = await as('pressestelle', 'PUT', cm(PAGE, `/${ids.p1}?locale=de`), { pruefenBis: addDays(today, -300) });
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await draftOf(ids.p1)).pruefenBis).toBe(addDays(today, -300));
    // The Feuerwehr's page (overdue, a title with markup) and a Stadt page that is not due.
    ids.p2 = await publishedPage('feuerwehr', titles.p2, `prueftest-feuerwehr-${STAMP}`, ORG.feuerwehr);
    const late = await as('pressestelle', 'PUT', cm(PAGE, `/${ids.p2}?locale=de`), { pruefenBis: addDays(today, -10) });
    expect(late.status, await late.clone().text()).toBe(200);
    ids.p3 = await publishedPage('stadt-freigabe', titles.p3, `prueftest-gueltig-${STAMP}`, ORG.stadt);
    expect((await draftOf(ids.p3)).pruefenBis).toBe(oneYearAfter(today));
  });
});

describe('who may confirm and see', () => {
  it('an editor of another organisation cannot confirm (403) and does not see the item', async () => {
    await expectError(await confirm('feuerwehr', { uid: PAGE, documentId: ids.p1 }), 403, /nicht zu Ihrer Organisation/);
    expect((await draftOf(ids.p1)).pruefenBis).toBe(addDays(today, -300));
    const data = await list('feuerwehr');
    const seen = allItems(data).map((i) => i.documentId);
    expect(seen).toContain(ids.p2);
    expect(seen).not.toContain(ids.p1);
    expect(seen).not.toContain(ids.overdue);
    expect(data.organisationen.map((g) => g.organisation?.documentId)).toEqual([orgIds.get(ORG.feuerwehr)]);
  });

  it('other roles 403, no login 401, bad requests 400/404 in German', async () => {
    await expectError(await as('eilmeldungen', 'GET', '/stadtportal/pruefung'), 403, /Redaktionen und die Pressestelle/);
    expect((await fetch(`${strapi.url}/stadtportal/pruefung`)).status).toBe(401);
    await expectError(
      await confirm('stadt-freigabe', { uid: 'api::news-article.news-article', documentId: ids.p1 }),
      400,
      /„uid“ muss einer dieser Inhaltstypen sein/,
    );
    await expectError(await confirm('stadt-freigabe', { uid: PAGE, documentId: { $ne: '' } }), 400, /„documentId“ fehlt oder ist ungültig/);
    await expectError(await confirm('stadt-freigabe', { uid: PAGE, documentId: 'gibtesnicht0000000000000' }), 404, /Diesen Inhalt gibt es nicht/);
  });
});

describe('„Zu prüfen“', () => {
  it('overdue first (oldest due first), then soon due, then a page citizens rate poorly', async () => {
    for (const [i, rating] of ['1', '2', '1'].entries()) {
      const res = await fetch(`${strapi.url}${FEEDBACK_CMS_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'x-real-ip': `10.22.0.${i + 1}` },
        body: JSON.stringify({
          [F.kind]: 'bewertung',
          [F.type]: 'page',
          [F.document]: ids.rated,
          [F.page]: '/leben-in-aschersleben/senioren/',
          [F.rating]: rating,
          [F.choice]: ['info-fehlt'],
          [F.text]: '',
          [F.honeypot]: '',
        }),
      });
      expect(res.status, await res.clone().text()).toBe(201);
    }
    const data = await list('stadt-autorin');
    expect(data.heute).toBe(today);
    expect(data.organisationen.map((g) => g.organisation?.documentId)).toEqual([orgIds.get(ORG.stadt)]);
    const items = allItems(data);
    expect(items.map((i) => i.documentId)).toEqual([ids.p1, ids.overdue, ids.soon, ids.rated]);
    expect(items.map((i) => i.status)).toEqual(['ueberfaellig', 'ueberfaellig', 'bald', 'bewertung']);
    const [p1, overdue, soon, rated] = items as [Item, Item, Item, Item];
    expect(p1).toMatchObject({
      typ: 'Seite',
      titel: titles.p1,
      verantwortlich: emails.get('stadt-freigabe'),
      pruefenBisAnzeige: germanDay(addDays(today, -300)),
      bearbeiten: `/admin/content-manager/collection-types/${PAGE}/${ids.p1}`,
      gruende: [`überfällig seit ${germanDay(addDays(today, -300))}`],
    });
    expect(overdue).toMatchObject({ titel: 'Wohnen', verantwortlich: emails.get('stadt-autorin'), pruefenBis: addDays(today, -45) });
    expect(soon.gruende).toEqual([`fällig am ${germanDay(addDays(today, 14))}`]);
    expect(rated.gruende).toEqual(['von Bürgern schlecht bewertet (Ø 1,33 aus 3 Bewertungen)']);
    // The press office sees every organisation, the Feuerwehr's item too.
    expect(allItems(await list('pressestelle')).map((i) => i.documentId)).toEqual(expect.arrayContaining([ids.p1, ids.p2, ids.overdue]));
  });
});

describe('the weekly reminder (stand-in SMTP)', () => {
  it('only a super admin triggers it by hand', async () => {
    await expectError(await as('pressestelle', 'POST', '/stadtportal/pruefung/erinnerung'), 403, /nur Super-Admins/);
    expect(smtp.mails).toHaveLength(0);
  });

  it('one mail per owner with overdue items, listing exactly that owner’s overdue items; titles escaped in HTML', async () => {
    const res = await superAdmin('POST', '/stadtportal/pruefung/erinnerung');
    expect(res.status, await res.clone().text()).toBe(200);
    const owners = [emails.get('feuerwehr'), emails.get('stadt-autorin'), emails.get('stadt-freigabe')].sort();
    expect(((await res.json()) as { data: { versandt: string[] } }).data.versandt).toEqual(owners);
    expect(smtp.mails.map((m) => m.to.join(',')).sort()).toEqual(owners);
    const mailTo = (who: Account) => smtp.mails.find((m) => m.to.includes(emails.get(who) ?? '')) as ReceivedMail;
    expect(reminderItems(mailTo('stadt-freigabe'))).toEqual([titles.p1]);
    expect(reminderItems(mailTo('stadt-autorin'))).toEqual(['Wohnen']);
    expect(reminderItems(mailTo('feuerwehr'))).toEqual([titles.p2]);
    expect(decodeHeader(mailTo('stadt-autorin').headers.subject ?? '')).toBe('Erinnerung: 1 Inhalt ist zu prüfen');
    expect(mailTo('stadt-autorin').text).toContain(`überfällig seit ${germanDay(addDays(today, -45))}`);
    const html = htmlPart(mailTo('feuerwehr').raw);
    expect(html).toContain('Prüftest Feuerwehr &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(html).not.toMatch(/<script/i);
  });

  it('the owner’s confirm and the owner’s edit move the date a year on; the next reminder leaves them out', async () => {
    const res = await confirm('stadt-freigabe', { uid: PAGE, documentId: ids.p1 });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(((await res.json()) as { data: { pruefenBisAnzeige: string } }).data.pruefenBisAnzeige).toBe(germanDay(oneYearAfter(today)));
    expect((await draftOf(ids.p1)).pruefenBis).toBe(oneYearAfter(today));
    const edit = await as('stadt-autorin', 'PUT', cm(PAGE, `/${ids.overdue}?locale=de`), { summary: `Geprüft am ${germanDay(today)}.` });
    expect(edit.status, await edit.clone().text()).toBe(200);
    expect((await draftOf(ids.overdue)).pruefenBis).toBe(oneYearAfter(today));
    const before = smtp.mails.length;
    const again = await superAdmin('POST', '/stadtportal/pruefung/erinnerung');
    expect(again.status, await again.clone().text()).toBe(200);
    expect(smtp.mails.slice(before).map((m) => m.to.join(','))).toEqual([emails.get('feuerwehr')]);
    expect(allItems(await list('stadt-autorin')).map((i) => i.documentId)).toEqual([ids.soon, ids.rated]);
  });
});
