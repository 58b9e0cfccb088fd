// Citizens talk back (issue 17) against a real Strapi (SQLite, seeded, one boot for the file):
// the public route POST /stadtportal/rueckmeldung takes a clarity rating or a barrier report as a
// plain form or JSON and stores it with the organisation of the rated (or reporting) published
// document — and nothing else. Hostile input first: every refused request is answered 400 in
// German and stores nothing (counted before and after); a filled honeypot looks like success and
// stores nothing; the sixth submission of one client in the window is a German 429 page while
// the first five are stored; X-Real-IP counts only from the trusted proxy (loopback); the generic
// REST create stays closed. Then who reads what in the dashboard (organisation editors only
// their own, the accessibility officer all) and the confirmation e-mail at a stand-in SMTP server.
import { request } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BARRIER_THANKS_PATH, barrierDueDate, FEEDBACK_CMS_PATH, FEEDBACK_FIELDS as F, FEEDBACK_LIMITS, RATING_THANKS_ID } from '@stadtportal/shared/rules';
import { adminLogin, adminRequests, cm, type Account } from './helpers/admin-api.ts';
import { decodeHeader, smtpEnv, startSmtpStandIn, type SmtpStandIn } from './helpers/smtp.ts';
import { startStrapi, type StrapiInstance } from './helpers/strapi.ts';

const RATING = 'api::page-rating.page-rating';
const BARRIER = 'api::barrier-report.barrier-report';
const ORG = { feuerwehr: 'freiwillige-feuerwehr-aschersleben', kultur: 'aschersleber-kulturanstalt' } as const;

let strapi: StrapiInstance;
let smtp: SmtpStandIn;
let superToken = '';
const tokens = new Map<Account, string>();
const as = adminRequests(() => strapi.url, tokens);

interface Doc {
  type: 'page' | 'service' | 'office' | 'event';
  documentId: string;
  organisation: string;
  path: string;
}
/** A published document of each organisation (and the organisations' documentIds). */
const docs = new Map<keyof typeof ORG, Doc>();

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let clientNo = 0;
/** A fresh client address for each request that is not about the limit (nginx's X-Real-IP). */
const freshClient = () => {
  clientNo += 1;
  return `10.17.${Math.floor(clientNo / 250)}.${(clientNo % 250) + 1}`;
};

/** A raw POST (node:http: the local address and every header under the test's control). */
function post(body: string, headers: Record<string, string>, localAddress = '127.0.0.1'): Promise<Answer> {
  const url = new URL(FEEDBACK_CMS_PATH, strapi.url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        headers: { 'content-length': String(Buffer.byteLength(body)), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

type Fields = Record<string, string | string[]>;

const form = (fields: Fields): string => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) p.append(k, one);
  return p.toString();
};

/** A browser's form POST from a client behind nginx. */
const postForm = (fields: Fields, client = freshClient()) =>
  post(form(fields), { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'x-real-ip': client });

/** The same as JSON, answered as JSON. */
const postJson = (body: unknown, client = freshClient()) =>
  post(JSON.stringify(body), { 'content-type': 'application/json', accept: 'application/json', 'x-real-ip': client });

const rating = (doc: Doc, extra: Fields = {}): Fields => ({
  [F.kind]: 'bewertung',
  [F.type]: doc.type,
  [F.document]: doc.documentId,
  [F.page]: doc.path,
  [F.rating]: '2',
  [F.choice]: ['info-fehlt', 'veraltet'],
  [F.text]: 'Die Öffnungszeiten fehlen.',
  [F.honeypot]: '',
  ...extra,
});

const barrier = (extra: Fields = {}): Fields => ({
  [F.kind]: 'barriere',
  [F.page]: '/rathaus/',
  [F.problem]: 'Das Formular lässt sich nicht mit der Tastatur bedienen.',
  [F.email]: '',
  [F.consent]: 'ja',
  [F.honeypot]: '',
  ...extra,
});

const superAdmin = (path: string, init: RequestInit = {}) =>
  fetch(`${strapi.url}${path}`, { ...init, headers: { 'content-type': 'application/json', authorization: `Bearer ${superToken}` } });

async function count(uid: string): Promise<number> {
  const res = await superAdmin(cm(uid, '?page=1&pageSize=1'));
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { pagination: { total: number } }).pagination.total;
}

interface Row {
  documentId: string;
  [field: string]: unknown;
}
async function list(who: Account | 'super', uid: string): Promise<Row[]> {
  const path = cm(uid, '?page=1&pageSize=100');
  const res = who === 'super' ? await superAdmin(path) : await as(who, 'GET', path);
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { results: Row[] }).results;
}

/** The organisation a stored entry points to (read through the database's relation, via the super admin's list filter). */
async function ofOrganisation(uid: string, organisation: string): Promise<Row[]> {
  const res = await superAdmin(cm(uid, `?page=1&pageSize=100&filters[$and][0][organisation][documentId][$eq]=${organisation}`));
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { results: Row[] }).results;
}

async function publishedDocOf(org: string): Promise<Doc> {
  const kinds = [
    { type: 'service', api: 'services', path: (slug: string) => `/leistungen/${slug}/` },
    { type: 'event', api: 'events', path: (slug: string) => `/veranstaltungen/${slug}/` },
    { type: 'office', api: 'offices', path: (slug: string) => `/aemter/${slug}/` },
  ] as const;
  for (const kind of kinds) {
    const res = await fetch(
      `${strapi.url}/api/${kind.api}?filters[organisation][slug][$eq]=${org}&populate[organisation][fields][0]=documentId&pagination[pageSize]=1`,
    );
    const found = ((await res.json()) as { data?: { documentId: string; slug: string; organisation: { documentId: string } }[] }).data?.[0];
    if (found) return { type: kind.type, documentId: found.documentId, organisation: found.organisation.documentId, path: kind.path(found.slug) };
  }
  throw new Error(`Kein veröffentlichtes Dokument der Organisation ${org} im Seed`);
}

beforeAll(async () => {
  smtp = await startSmtpStandIn();
  strapi = await startStrapi('sqlite', smtpEnv(smtp));
  superToken = await strapi.adminToken();
  const logins = JSON.parse(await readFile(join(strapi.dir, 'editor-logins.json'), 'utf8')) as Record<Account, { email: string; password: string }>;
  for (const who of ['feuerwehr', 'kulturanstalt', 'pressestelle', 'barrierefreiheit', 'eilmeldungen'] as const) {
    tokens.set(who, await adminLogin(strapi.url, logins[who].email, logins[who].password));
  }
  docs.set('feuerwehr', await publishedDocOf(ORG.feuerwehr));
  docs.set('kultur', await publishedDocOf(ORG.kultur));
});

afterAll(async () => {
  await strapi?.stop();
  await smtp?.close();
});

const doc = (org: keyof typeof ORG): Doc => docs.get(org)!;

describe('hostile input: a German 400 and nothing stored', () => {
  const bad: [string, () => Fields, string][] = [
    ['oversized text', () => rating(doc('feuerwehr'), { [F.text]: 'ä'.repeat(FEEDBACK_LIMITS.text + 1) }), 'höchstens 500 Zeichen'],
    ['an unknown field', () => rating(doc('feuerwehr'), { admin: 'ja' }), 'Unbekanntes Feld „admin“'],
    ['a field of the other kind', () => rating(doc('feuerwehr'), { [F.email]: 'a@b.example' }), 'Unbekanntes Feld „email“'],
    ['another kind', () => rating(doc('feuerwehr'), { [F.kind]: 'kommentar' }), 'Unbekannte Art der Rückmeldung'],
    ['a document that does not exist', () => rating(doc('feuerwehr'), { [F.document]: 'gibtesnicht0000000000000' }), 'Diese Seite gibt es nicht (mehr).'],
    ['a document of another type', () => rating(doc('feuerwehr'), { [F.type]: 'page' }), 'Diese Seite gibt es nicht (mehr).'],
    ['HTML in the text', () => rating(doc('feuerwehr'), { [F.text]: '<script>alert(1)</script>' }), 'bitte ohne HTML-Auszeichnungen'],
    ['a page path to another host', () => rating(doc('feuerwehr'), { [F.page]: '//evil.example/' }), 'Die Adresse der Seite ist ungültig'],
    ['a full URL as page', () => rating(doc('feuerwehr'), { [F.page]: 'https://evil.example/' }), 'Die Adresse der Seite ist ungültig'],
    ['a rating out of range', () => rating(doc('feuerwehr'), { [F.rating]: '6' }), 'Bewertung von 1 bis 5'],
    ['a bracketed field name', () => ({ ...rating(doc('feuerwehr')), 'text[x]': 'y' }), 'Feld „text'],
    ['a barrier report without consent', () => barrier({ [F.consent]: '' }), 'Einwilligung'],
    ['a barrier report with a bad address', () => barrier({ [F.email]: 'nicht@' }), 'E-Mail-Adresse ist ungültig'],
    [
      'a barrier report from a page that does not exist',
      () => barrier({ [F.type]: 'event', [F.document]: 'gibtesnicht0000000000000' }),
      'Diese Seite gibt es nicht (mehr).',
    ],
  ];

  it.each(bad)('%s (form): 400 German HTML page, escaped', async (_name, fields, message) => {
    const before = [await count(RATING), await count(BARRIER)];
    const res = await postForm(fields());
    expect(res.status, res.body).toBe(400);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('Ihre Rückmeldung wurde nicht gespeichert');
    expect(res.body).toContain(message.replace(/</g, '&lt;'));
    expect(res.body).toContain('>Zurück</a>');
    expect(res.body).not.toMatch(/<script/i);
    expect([await count(RATING), await count(BARRIER)]).toEqual(before);
  });

  it.each(bad)('%s (JSON): 400 with the field errors', async (_name, fields, message) => {
    const before = [await count(RATING), await count(BARRIER)];
    const res = await postJson(fields());
    expect(res.status, res.body).toBe(400);
    const body = JSON.parse(res.body) as { error: { message: string; fields: { field: string; message: string }[] } };
    expect(body.error.message).toContain('nicht gespeichert');
    expect(body.error.fields.map((f) => f.message).join(' | ')).toContain(message);
    expect([await count(RATING), await count(BARRIER)]).toEqual(before);
  });

  it('JSON with wrong types, nesting, an array or broken JSON: 400, nothing stored', async () => {
    const before = [await count(RATING), await count(BARRIER)];
    for (const body of [
      { ...rating(doc('feuerwehr')), [F.rating]: 2 },
      { ...rating(doc('feuerwehr')), [F.text]: { $ne: '' } },
      { ...rating(doc('feuerwehr')), [F.choice]: [1, 2] },
      [rating(doc('feuerwehr'))],
      null,
    ]) {
      const res = await postJson(body);
      expect(res.status, `${JSON.stringify(body)} → ${res.body}`).toBe(400);
    }
    const broken = await post('{"art": "bewertung",', { 'content-type': 'application/json', accept: 'application/json', 'x-real-ip': freshClient() });
    expect(broken.status, broken.body).toBe(400);
    expect(broken.body).toContain('nicht gelesen werden');
    expect([await count(RATING), await count(BARRIER)]).toEqual(before);
  });

  it('a body over the limit: 413 in German, another content type: 415, nothing stored', async () => {
    const before = [await count(RATING), await count(BARRIER)];
    const big = form(rating(doc('feuerwehr'), { [F.text]: 'x'.repeat(FEEDBACK_LIMITS.body) }));
    const res = await post(big, { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', 'x-real-ip': freshClient() });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('Rückmeldung zu groß');
    const multipart = await post('--x\r\n\r\n--x--', {
      'content-type': 'multipart/form-data; boundary=x',
      accept: 'application/json',
      'x-real-ip': freshClient(),
    });
    expect(multipart.status).toBe(415);
    expect([await count(RATING), await count(BARRIER)]).toEqual(before);
  });

  it('a filled honeypot is answered like a success and stores nothing', async () => {
    const before = [await count(RATING), await count(BARRIER)];
    const res = await postForm(rating(doc('feuerwehr'), { [F.honeypot]: 'https://spam.example' }));
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`${doc('feuerwehr').path}#${RATING_THANKS_ID}`);
    const json = await postJson(barrier({ [F.honeypot]: 'x' }));
    expect(json.status).toBe(201);
    expect([await count(RATING), await count(BARRIER)]).toEqual(before);
  });

  it('the generic REST create is closed to the public', async () => {
    const before = [await count(RATING), await count(BARRIER)];
    for (const api of ['page-ratings', 'barrier-reports']) {
      const res = await fetch(`${strapi.url}/api/${api}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ data: { rating: 1, page: '/', ratedType: 'page', ratedDocument: 'x', receivedAt: new Date().toISOString() } }),
      });
      expect([403, 404, 405], `${api}: ${res.status}`).toContain(res.status);
      const read = await fetch(`${strapi.url}/api/${api}`);
      expect([403, 404], `${api} lesen: ${read.status}`).toContain(read.status);
    }
    expect([await count(RATING), await count(BARRIER)]).toEqual(before);
  });
});

describe('accepted feedback', () => {
  it('a rating by form is stored with the document’s organisation; 303 back to the page’s thanks', async () => {
    const d = doc('feuerwehr');
    const before = await count(RATING);
    const res = await postForm(rating(d, { [F.text]: 'Zeile 1\r\nZeile 2 & „Anführung“' }));
    expect(res.status, res.body).toBe(303);
    expect(res.headers.location).toBe(`${d.path}#${RATING_THANKS_ID}`);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(await count(RATING)).toBe(before + 1);
    const stored = (await ofOrganisation(RATING, d.organisation)).find((r) => r.text === 'Zeile 1\nZeile 2 & „Anführung“');
    expect(stored).toMatchObject({ rating: 2, page: d.path, ratedType: d.type, ratedDocument: d.documentId, choices: ['info-fehlt', 'veraltet'] });
    expect(stored?.receivedAt).toEqual(expect.any(String));
  });

  it('a rating as JSON: 201 { ok: true }', async () => {
    const d = doc('kultur');
    const res = await postJson(rating(d, { [F.rating]: '5', [F.choice]: ['klar'], [F.text]: '' }));
    expect(res.status, res.body).toBe(201);
    expect(JSON.parse(res.body)).toEqual({ ok: true });
    expect((await ofOrganisation(RATING, d.organisation)).some((r) => r.rating === 5)).toBe(true);
  });

  it('a barrier report from a page’s footer: case „offen“, due one month later, the page’s organisation; 303 to the thanks page', async () => {
    const d = doc('kultur');
    const problem = `Kontrast zu schwach ${Date.now()}`;
    const res = await postForm(barrier({ [F.type]: d.type, [F.document]: d.documentId, [F.page]: d.path, [F.problem]: problem }));
    expect(res.status, res.body).toBe(303);
    expect(res.headers.location).toBe(BARRIER_THANKS_PATH);
    const stored = (await ofOrganisation(BARRIER, d.organisation)).find((r) => r.problem === problem);
    expect(stored).toMatchObject({ caseStatus: 'offen', page: d.path, dueDate: barrierDueDate(new Date()).toISOString().slice(0, 10) });
  });

  it('a barrier report with an address: stored first, then the German confirmation with the due date arrives', async () => {
    const to = `melderin-${Date.now()}@example.org`;
    const res = await postJson(barrier({ [F.email]: to, [F.page]: '' }));
    expect(res.status, res.body).toBe(201);
    const mail = await smtp.waitFor((m) => m.to.includes(to));
    const due = barrierDueDate(new Date()).toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' });
    expect(decodeHeader(mail.headers.subject ?? '')).toBe('Ihre Meldung einer Barriere ist eingegangen');
    expect(mail.text).toContain(`spätestens bis zum ${due}`);
    expect(mail.text).toContain('Das Formular lässt sich nicht mit der Tastatur bedienen.');
  });
});

describe('the limit per client', () => {
  it('the sixth submission of one client in the window gets the German 429 page; the first five are stored', async () => {
    const client = '10.99.0.1';
    const before = await count(RATING);
    for (let i = 1; i <= 5; i++) {
      const res = await postForm(rating(doc('feuerwehr'), { [F.text]: `Limit ${i}` }), client);
      expect(res.status, `Nr. ${i}: ${res.body}`).toBe(303);
    }
    const sixth = await postForm(rating(doc('feuerwehr'), { [F.text]: 'Limit 6' }), client);
    expect(sixth.status).toBe(429);
    expect(sixth.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(sixth.headers['cache-control']).toBe('no-store');
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
    expect(sixth.body).toContain('Zu viele Anfragen');
    expect(await count(RATING)).toBe(before + 5);
    // Another client is not affected.
    expect((await postForm(rating(doc('feuerwehr')), '10.99.0.2')).status).toBe(303);
  });

  it('X-Real-IP from a peer that is no trusted proxy is ignored: inventing addresses does not escape the limit', async () => {
    // 127.0.0.2 is loopback, but not the trusted proxy (127.0.0.1, ::1).
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++) {
      const body = form(rating(doc('kultur'), { [F.text]: `Peer ${i}` }));
      const res = await post(body, { 'content-type': 'application/x-www-form-urlencoded', 'x-real-ip': `10.50.0.${i}` }, '127.0.0.2');
      statuses.push(res.status);
    }
    expect(statuses).toEqual([303, 303, 303, 303, 303, 429]);
  });
});

describe('who reads feedback in the dashboard', () => {
  it('an organisation editor reads the ratings and barrier reports of their own organisation only — without the reporter’s address', async () => {
    const own = await list('feuerwehr', RATING);
    expect(own.length).toBeGreaterThan(0);
    const feuerwehrIds = new Set((await ofOrganisation(RATING, doc('feuerwehr').organisation)).map((r) => r.documentId));
    for (const r of own) expect(feuerwehrIds.has(r.documentId), JSON.stringify(r)).toBe(true);
    const kulturRatings = await ofOrganisation(RATING, doc('kultur').organisation);
    const foreign = await as('feuerwehr', 'GET', cm(RATING, `/${kulturRatings[0]!.documentId}`));
    expect(foreign.status).toBe(403);

    const kulturReports = await list('kulturanstalt', BARRIER);
    expect(kulturReports.length).toBeGreaterThan(0);
    for (const r of kulturReports) expect(r).not.toHaveProperty('email');
    expect(await list('feuerwehr', BARRIER)).toEqual([]);
  });

  it('nobody creates feedback in the dashboard; organisation editors do not change it', async () => {
    const before = [await count(RATING), await count(BARRIER)];
    const d = doc('feuerwehr');
    const data = {
      rating: 1,
      page: d.path,
      ratedType: d.type,
      ratedDocument: d.documentId,
      receivedAt: new Date().toISOString(),
      organisation: { connect: [{ documentId: d.organisation }] },
    };
    expect((await as('feuerwehr', 'POST', cm(RATING), data)).status).toBe(403);
    expect((await as('barrierefreiheit', 'POST', cm(RATING), data)).status).toBe(403);
    const byAdmin = await superAdmin(cm(RATING), { method: 'POST', body: JSON.stringify(data) });
    expect(byAdmin.status, await byAdmin.text()).toBe(403);
    const [rated] = await list('feuerwehr', RATING);
    expect((await as('feuerwehr', 'PUT', cm(RATING, `/${rated!.documentId}`), { text: 'geändert' })).status).toBe(403);
    expect([await count(RATING), await count(BARRIER)]).toEqual(before);
  });

  it('the accessibility officer reads all barrier reports (with address) and ratings, and answers a case', async () => {
    const reports = await list('barrierefreiheit', BARRIER);
    expect(reports.length).toBe(await count(BARRIER));
    expect(reports.some((r) => typeof r.email === 'string')).toBe(true);
    expect((await list('barrierefreiheit', RATING)).length).toBe(await count(RATING));
    const [first] = reports;
    const res = await as('barrierefreiheit', 'PUT', cm(BARRIER, `/${first!.documentId}`), {
      caseStatus: 'beantwortet',
      answeredAt: new Date().toISOString(),
      note: 'Kontrast angepasst.',
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(((await res.json()) as { data: Row }).data).toMatchObject({ caseStatus: 'beantwortet', note: 'Kontrast angepasst.' });
  });

  it('the press office reads all ratings but no barrier report', async () => {
    expect((await list('pressestelle', RATING)).length).toBe(await count(RATING));
    expect((await as('pressestelle', 'GET', cm(BARRIER, '?page=1&pageSize=10'))).status).toBe(403);
  });
});

interface Overview {
  data: {
    days: number;
    threshold: number;
    pages: {
      type: string;
      documentId: string;
      page: string;
      organisation: { documentId: string } | null;
      count: number;
      average: number;
      zuPruefen: boolean;
      texts: { text: string }[];
    }[];
  };
}

describe('the editors’ overview', () => {
  const overview = async (who: Account | 'super'): Promise<Response> =>
    who === 'super' ? superAdmin('/stadtportal/rueckmeldungen/uebersicht') : as(who, 'GET', '/stadtportal/rueckmeldungen/uebersicht');

  it('an organisation editor sees their own pages with average, count, free texts as data, and the ones to review', async () => {
    const res = await overview('feuerwehr');
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { data } = (await res.json()) as Overview;
    expect(data).toMatchObject({ days: 90, threshold: 3 });
    expect(data.pages.length).toBeGreaterThan(0);
    for (const p of data.pages) expect(p.organisation?.documentId).toBe(doc('feuerwehr').organisation);
    const page = data.pages.find((p) => p.documentId === doc('feuerwehr').documentId)!;
    expect(page.count).toBeGreaterThanOrEqual(3);
    expect(page.average).toBe(2);
    expect(page.zuPruefen).toBe(true);
    expect(page.texts.map((t) => t.text)).toContain('Zeile 1\nZeile 2 & „Anführung“');
  });

  it('the officer and the press office see all organisations; the emergency role none', async () => {
    for (const who of ['barrierefreiheit', 'pressestelle', 'super'] as const) {
      const { data } = (await (await overview(who)).json()) as Overview;
      const orgs = new Set(data.pages.map((p) => p.organisation?.documentId));
      expect(orgs.has(doc('feuerwehr').organisation) && orgs.has(doc('kultur').organisation), who).toBe(true);
    }
    expect((await overview('eilmeldungen')).status).toBe(403);
    expect((await fetch(`${strapi.url}/stadtportal/rueckmeldungen/uebersicht`)).status).toBe(401);
  });
});

describe('a document that is no longer published', () => {
  it('a rating of an unpublished document is refused with „Diese Seite gibt es nicht (mehr).“', async () => {
    const d = doc('feuerwehr');
    const un = await superAdmin(cm(`api::${d.type}.${d.type}`, `/${d.documentId}/actions/unpublish`), { method: 'POST', body: '{}' });
    expect(un.status, await un.clone().text()).toBe(200);
    const before = await count(RATING);
    const res = await postJson(rating(d));
    expect(res.status).toBe(400);
    expect(res.body).toContain('Diese Seite gibt es nicht (mehr).');
    expect(await count(RATING)).toBe(before);
  });
});
