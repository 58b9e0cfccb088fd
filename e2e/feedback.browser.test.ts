/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate callbacks run in the browser: they need the DOM types.)
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BARRIER_FORM_PATH,
  BARRIER_THANKS_PATH,
  CONSENT_TEXT,
  FEEDBACK_FIELDS as F,
  HELPED_CHOICES,
  HELPED_QUESTION,
  MISSING_QUESTION,
  parseFeedback,
  RATING_THANKS_ID,
  type Feedback,
  type FormFields,
} from '@stadtportal/shared/rules';
import { CHROME_ARGS } from '@stadtportal/publish/a11y-gate';
import { startNginx, writeNginxConfig, type NginxProcess } from '@stadtportal/publish/nginx';
import { FIXTURE, inContext, axeViolations } from './helpers/browser.ts';
import { freePort } from './helpers/strapi.ts';
import { buildLiveRelease } from './helpers/publish.ts';

/*
 * The feedback forms of issue 17 in Debian's Chromium, with JavaScript on and off: the site built
 * from the fixture snapshot, served by real nginx through the generated configuration, whose
 * feedback door leads to a stand-in CMS that parses with the contract's parseFeedback and answers
 * as the CMS route does (303 to the page's #rueckmeldung-danke or to the barrier thanks page,
 * German 400). The way through the real Strapi is e2e/feedback-strapi.test.ts.
 */

/** A content page without islands (0 bytes JS), a service card and an event. */
const PAGE = '/leben-in-aschersleben/geschichte/';
const SERVICE = '/leistungen/personalausweis-beantragen/';
const EVENT = '/veranstaltungen/weihnachtsmarkt-2026/';

let tmp: string;
let cms: Server;
let nginx: NginxProcess;
let browser: Browser;
let origin: string;
const stored: Feedback[] = [];

function fieldsOf(body: string): FormFields {
  const fields: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(body)) {
    const had = fields[k];
    fields[k] = had === undefined ? v : [...(Array.isArray(had) ? had : [had]), v];
  }
  return fields;
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'stadtportal-feedback-browser-'));
  const base = join(tmp, 'publish');
  await buildLiveRelease(base, FIXTURE);

  const cmsPort = await freePort();
  cms = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const fields = { ...fieldsOf(Buffer.concat(chunks).toString('utf8')) };
      // The fixture's documentIds carry a "-" („p-geschichte“), Strapi's never: the stand-in takes
      // it out before the contract's grammar (24 lower-case letters and digits) sees it.
      const document = fields[F.document];
      if (typeof document === 'string') fields[F.document] = document.replaceAll('-', '');
      const parsed = parseFeedback(fields);
      if (!parsed.ok) {
        res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          `<!doctype html><html lang="de"><title>Fehler</title><h1>Ihre Angaben sind unvollständig</h1><p>${parsed.errors.map((e) => e.message).join(' ')}</p></html>`,
        );
        return;
      }
      stored.push(parsed.value);
      res.writeHead(303, { location: parsed.value.kind === 'bewertung' ? `${parsed.value.page}#${RATING_THANKS_ID}` : BARRIER_THANKS_PATH });
      res.end();
    });
  });
  await new Promise<void>((resolve) => cms.listen(cmsPort, '127.0.0.1', resolve));

  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const prefix = join(tmp, 'nginx');
  const conf = await writeNginxConfig({
    prefix,
    docroot: join(base, 'current', 'site'),
    port,
    siteOrigin: origin,
    workers: 1,
    feedbackUpstreams: [`127.0.0.1:${cmsPort}`],
    ...(process.getuid?.() === 0 ? { user: 'root' } : {}),
  });
  nginx = await startNginx(conf, prefix, port);
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  if (cms) await new Promise<void>((resolve) => cms.close(() => resolve()));
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const withPage = <T>(options: BrowserContextOptions, use: (page: Page) => Promise<T>): Promise<T> => inContext(browser, options, use);

const rating = (page: Page) => page.locator('form:has(input[name="bewertung"])');

describe.each([
  ['JavaScript on', true],
  ['JavaScript off', false],
])('%s', (_label, javaScriptEnabled) => {
  it('rates a page: the follow-up question follows the rating, the thanks shows on the page, the form goes', async () => {
    stored.length = 0;
    await withPage({ javaScriptEnabled }, async (page) => {
      await page.goto(`${origin}${PAGE}`);
      expect(await page.locator('script').count()).toBe(0);
      const form = rating(page);
      await expect.poll(() => page.locator(`#${RATING_THANKS_ID}`).isVisible()).toBe(false);
      await form.getByRole('radio', { name: 'Schwer verständlich' }).check();
      expect(await form.getByRole('group', { name: new RegExp(MISSING_QUESTION.replace('?', '\\?')) }).isVisible()).toBe(true);
      expect(await form.getByRole('group', { name: new RegExp(HELPED_QUESTION.replace('?', '\\?')) }).isVisible()).toBe(false);
      await form.getByRole('radio', { name: 'Gut verständlich', exact: true }).check();
      expect(await form.getByRole('group', { name: new RegExp(HELPED_QUESTION.replace('?', '\\?')) }).isVisible()).toBe(true);
      expect(await form.getByRole('group', { name: new RegExp(MISSING_QUESTION.replace('?', '\\?')) }).isVisible()).toBe(false);
      await form.getByRole('checkbox', { name: HELPED_CHOICES.klar }).check();
      await form.getByLabel(/Möchten Sie uns noch etwas dazu sagen/).fill('Gut erklärt, danke.');
      await Promise.all([page.waitForURL(`**${PAGE}#${RATING_THANKS_ID}`), form.getByRole('button', { name: 'Rückmeldung senden' }).click()]);
      expect(await page.locator(`#${RATING_THANKS_ID}`).isVisible()).toBe(true);
      expect(await page.getByRole('status').textContent()).toContain('Vielen Dank für Ihre Rückmeldung!');
      expect(await rating(page).isVisible()).toBe(false);
    });
    expect(stored).toEqual([
      expect.objectContaining({
        kind: 'bewertung',
        type: 'page',
        document: 'pgeschichte',
        page: PAGE,
        rating: 4,
        choices: ['klar'],
        text: 'Gut erklärt, danke.',
      }),
    ]);
  });

  it('reports a barrier from a service card’s <details>, prefilled with the card, and lands on the thanks page', async () => {
    stored.length = 0;
    await withPage({ javaScriptEnabled }, async (page) => {
      await page.goto(`${origin}${SERVICE}`);
      await page.getByText('Barriere auf dieser Seite melden').click();
      const form = page.locator('details form');
      await form.getByLabel(/Was funktioniert nicht/).fill('Die Tabelle der Gebühren liest mein Screenreader durcheinander vor.');
      await form.getByRole('textbox', { name: /E-Mail-Adresse für eine Antwort/ }).fill('buergerin@example.org');
      await form.getByLabel(CONSENT_TEXT.slice(0, 40), { exact: false }).check();
      await Promise.all([page.waitForURL(`**${BARRIER_THANKS_PATH}`), form.getByRole('button', { name: 'Meldung senden' }).click()]);
      expect(await page.locator('h1').textContent()).toBe('Vielen Dank für Ihre Meldung');
    });
    expect(stored).toEqual([
      expect.objectContaining({ kind: 'barriere', source: { type: 'service', document: 'sperso' }, page: SERVICE, email: 'buergerin@example.org' }),
    ]);
  });

  it('reports a barrier on the standalone form with the page address typed in', async () => {
    stored.length = 0;
    await withPage({ javaScriptEnabled }, async (page) => {
      await page.goto(`${origin}/`);
      await Promise.all([page.waitForURL(`**${BARRIER_FORM_PATH}`), page.locator('footer').getByRole('link', { name: 'Barriere melden' }).click()]);
      await page.getByLabel(/Was funktioniert nicht/).fill('Der Kontrast der Termine ist zu schwach.');
      await page.getByLabel(/Adresse der Seite/).fill('/veranstaltungen/');
      await page.getByLabel(CONSENT_TEXT.slice(0, 40), { exact: false }).check();
      await Promise.all([page.waitForURL(`**${BARRIER_THANKS_PATH}`), page.getByRole('button', { name: 'Meldung senden' }).click()]);
    });
    expect(stored).toEqual([expect.objectContaining({ kind: 'barriere', source: null, page: '/veranstaltungen/', email: '' })]);
  });
});

describe('accessibility of the forms', () => {
  it.each([PAGE, SERVICE, EVENT, BARRIER_FORM_PATH, BARRIER_THANKS_PATH])(
    '%s: axe finds nothing, with a rating chosen and the barrier form open',
    async (path) => {
      await withPage({ bypassCSP: true }, async (page) => {
        await page.goto(`${origin}${path}`);
        if ((await rating(page).count()) > 0) {
          await rating(page).getByRole('radio', { name: 'Teils verständlich' }).check();
          await page.getByText('Barriere auf dieser Seite melden').click();
        }
        expect(await axeViolations(page)).toEqual([]);
      });
    },
  );

  it('the thanks state (:target) has no violations, and forced colours and 320 px neither', async () => {
    for (const options of [{ bypassCSP: true }, { bypassCSP: true, forcedColors: 'active' as const, viewport: { width: 320, height: 640 } }]) {
      await withPage(options, async (page) => {
        await page.goto(`${origin}${PAGE}#${RATING_THANKS_ID}`);
        expect(await page.locator(`#${RATING_THANKS_ID}`).isVisible()).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        await page.goto(`${origin}${PAGE}`);
        await rating(page).getByRole('radio', { name: 'Gar nicht verständlich' }).check();
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(options.viewport?.width ?? 1280);
      });
    }
  });

  it('keeps the honeypot out of the tab order and out of the accessibility tree', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin}${PAGE}`);
      const snapshot = await page.locator('main').ariaSnapshot();
      expect(snapshot).not.toContain('Bitte leer lassen');
      await rating(page)
        .getByLabel(/Möchten Sie uns noch etwas dazu sagen/)
        .focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).not.toBe('website');
    });
  });

  it('hides the forms in print', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin}${PAGE}`);
      await page.emulateMedia({ media: 'print' });
      expect(await rating(page).isVisible()).toBe(false);
      expect(await page.locator('details.feedback-details').isVisible()).toBe(false);
    });
  });
});
