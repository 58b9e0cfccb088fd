/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser: they need the DOM types.)
// Citizen feedback end to end (issue 17): the site built from a real Strapi's snapshot, served by
// real nginx whose feedback door leads to that Strapi (FEEDBACK_UPSTREAMS), in Debian's Chromium
// with JavaScript on and off. A rating from a page lands back on the page with the thanks shown;
// it is stored with the page's organisation and visible to that organisation's editor only; a
// barrier report with an address ends on /barriere-melden/danke/ and the confirmation reaches a
// stand-in SMTP server; the sixth submission of one client through nginx is the German
// „Zu viele Anfragen“ page while the first five are stored.
import { request } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCmsClient } from '@stadtportal/shared/client';
import { pullSnapshot } from '@stadtportal/shared/pull';
import { BARRIER_THANKS_PATH, CONSENT_TEXT, FEEDBACK_FIELDS as F, FEEDBACK_PATH, RATING_THANKS_ID } from '@stadtportal/shared/rules';
import { CHROME_ARGS } from '@stadtportal/publish/a11y-gate';
import { startNginx, writeNginxConfig, type NginxProcess } from '@stadtportal/publish/nginx';
import { adminLogin, adminRequests, cm, type Account } from './helpers/admin-api.ts';
import { decodeHeader, smtpEnv, startSmtpStandIn, type SmtpStandIn } from './helpers/smtp.ts';
import { freePort, startStrapi, type StrapiInstance } from './helpers/strapi.ts';
import { inContext } from './helpers/browser.ts';
import { buildLiveRelease } from './helpers/publish.ts';

const RATING = 'api::page-rating.page-rating';
const FEUERWEHR = 'freiwillige-feuerwehr-aschersleben';
const STAMP = Date.now().toString(36);

let tmp: string;
let strapi: StrapiInstance;
let smtp: SmtpStandIn;
let nginx: NginxProcess;
let browser: Browser;
let port: number;
let origin: string;
let superToken = '';
const tokens = new Map<Account, string>();
const as = adminRequests(() => strapi.url, tokens);

/** A published service (or event) of the Feuerwehr, with its site path. */
let rated: { type: 'service' | 'event'; documentId: string; path: string };

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'stadtportal-feedback-strapi-'));
  smtp = await startSmtpStandIn();
  strapi = await startStrapi('sqlite', smtpEnv(smtp));
  superToken = await strapi.adminToken();
  const logins = JSON.parse(await readFile(join(strapi.dir, 'editor-logins.json'), 'utf8')) as Record<Account, { email: string; password: string }>;
  for (const who of ['feuerwehr', 'kulturanstalt'] as const) tokens.set(who, await adminLogin(strapi.url, logins[who].email, logins[who].password));

  for (const kind of [
    { type: 'service', api: 'services', path: (slug: string) => `/leistungen/${slug}/` },
    { type: 'event', api: 'events', path: (slug: string) => `/veranstaltungen/${slug}/` },
  ] as const) {
    const res = await fetch(`${strapi.url}/api/${kind.api}?filters[organisation][slug][$eq]=${FEUERWEHR}&pagination[pageSize]=1`);
    const found = ((await res.json()) as { data?: { documentId: string; slug: string }[] }).data?.[0];
    if (found) {
      rated = { type: kind.type, documentId: found.documentId, path: kind.path(found.slug) };
      break;
    }
  }
  if (!rated) throw new Error('Kein veröffentlichtes Dokument der Feuerwehr im Seed');

  // The public site as the runner builds it: snapshot of what is published, then `pnpm build`.
  const snapDir = join(tmp, 'content');
  await pullSnapshot({ client: createCmsClient({ baseUrl: strapi.url }), dir: snapDir, source: strapi.url });
  const base = join(tmp, 'publish');
  await buildLiveRelease(base, snapDir);

  port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const prefix = join(tmp, 'nginx');
  const conf = await writeNginxConfig({
    prefix,
    docroot: join(base, 'current', 'site'),
    port,
    siteOrigin: origin,
    workers: 1,
    feedbackUpstreams: [new URL(strapi.url).host],
    ...(process.getuid?.() === 0 ? { user: 'root' } : {}),
  });
  nginx = await startNginx(conf, prefix, port);
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  await strapi?.stop();
  await smtp?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const withPage = <T>(options: BrowserContextOptions, use: (page: Page) => Promise<T>): Promise<T> => inContext(browser, options, use);

interface Row {
  documentId: string;
  text?: string;
  rating?: number;
  ratedDocument?: string;
  [field: string]: unknown;
}

async function ratings(who: Account | 'super'): Promise<Row[]> {
  const path = cm(RATING, '?page=1&pageSize=100');
  const res = who === 'super' ? await fetch(`${strapi.url}${path}`, { headers: { authorization: `Bearer ${superToken}` } }) : await as(who, 'GET', path);
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { results: Row[] }).results;
}

/** A form POST to the site's nginx from a loopback address of our choice (nginx's $remote_addr). */
function postThroughNginx(body: string, localAddress: string): Promise<{ status: number; location: string; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: FEEDBACK_PATH,
        method: 'POST',
        localAddress,
        agent: false,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', 'content-length': String(Buffer.byteLength(body)) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, location: String(res.headers.location ?? ''), text: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe.each([
  ['JavaScript on', true],
  ['JavaScript off', false],
])('%s', (label, javaScriptEnabled) => {
  const text = `Verständlich erklärt (${label}, ${STAMP})`;

  it('a rating from the page lands back on the page with the thanks; only the page’s organisation reads it', async () => {
    await withPage({ javaScriptEnabled }, async (page) => {
      await page.goto(`${origin}${rated.path}`);
      const form = page.locator(`form:has(input[name="${F.rating}"])`);
      await form.getByRole('radio', { name: 'Sehr gut verständlich' }).check();
      await form.getByRole('checkbox', { name: 'Schnell gefunden' }).check();
      await form.getByLabel(/Möchten Sie uns noch etwas dazu sagen/).fill(text);
      await Promise.all([page.waitForURL(`**${rated.path}#${RATING_THANKS_ID}`), form.getByRole('button', { name: 'Rückmeldung senden' }).click()]);
      expect(await page.locator(`#${RATING_THANKS_ID}`).isVisible()).toBe(true);
      expect(await page.getByRole('status').textContent()).toContain('Vielen Dank für Ihre Rückmeldung!');
      expect(await form.isVisible()).toBe(false);
    });
    const stored = (await ratings('super')).find((r) => r.text === text);
    expect(stored).toMatchObject({ rating: 5, ratedDocument: rated.documentId, page: rated.path, choices: ['schnell-gefunden'] });
    expect((await ratings('feuerwehr')).some((r) => r.text === text)).toBe(true);
    expect((await ratings('kulturanstalt')).some((r) => r.text === text)).toBe(false);
  });
});

describe('barrier report', () => {
  it('with an address: the page’s prefilled form ends on the thanks page, and the confirmation arrives', async () => {
    const to = `melderin-${STAMP}@example.org`;
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${origin}${rated.path}`);
      await page.getByText('Barriere auf dieser Seite melden').click();
      const form = page.locator('details form');
      await form.getByLabel(/Was funktioniert nicht/).fill('Die Schaltfläche ist mit der Tastatur nicht erreichbar.');
      await form.getByRole('textbox', { name: /E-Mail-Adresse für eine Antwort/ }).fill(to);
      await form.getByLabel(CONSENT_TEXT.slice(0, 40), { exact: false }).check();
      await Promise.all([page.waitForURL(`**${BARRIER_THANKS_PATH}`), form.getByRole('button', { name: 'Meldung senden' }).click()]);
      expect(await page.locator('h1').textContent()).toBe('Vielen Dank für Ihre Meldung');
    });
    const mail = await smtp.waitFor((m) => m.to.includes(to));
    expect(decodeHeader(mail.headers.subject ?? '')).toBe('Ihre Meldung einer Barriere ist eingegangen');
    expect(mail.text).toContain('Die Schaltfläche ist mit der Tastatur nicht erreichbar.');
  });
});

describe('the limit per client, through nginx', () => {
  it('the sixth rating of one client in the window is the German „Zu viele Anfragen“ page; the first five are stored', async () => {
    // nginx puts the connection's address into X-Real-IP: a loopback address of this test alone.
    const client = '127.0.0.17';
    const body = (i: number) =>
      new URLSearchParams({
        [F.kind]: 'bewertung',
        [F.type]: rated.type,
        [F.document]: rated.documentId,
        [F.page]: rated.path,
        [F.rating]: '3',
        [F.text]: `Grenze ${i} ${STAMP}`,
      }).toString();
    const answers = [];
    for (let i = 1; i <= 6; i++) answers.push(await postThroughNginx(body(i), client));
    expect(answers.map((a) => a.status)).toEqual([303, 303, 303, 303, 303, 429]);
    expect(answers[0]?.location).toBe(`${rated.path}#${RATING_THANKS_ID}`);
    expect(answers[5]?.text).toContain('Zu viele Anfragen');
    const texts = (await ratings('super')).map((r) => r.text);
    expect([1, 2, 3, 4, 5, 6].filter((i) => texts.includes(`Grenze ${i} ${STAMP}`))).toEqual([1, 2, 3, 4, 5]);
    // Another citizen (another address) is not affected.
    expect((await postThroughNginx(body(7), '127.0.0.18')).status).toBe(303);
  });
});
