/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate callbacks run in the browser: they need the DOM types.)
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cspSourcesOf, SNAPSHOT_VERSION, type OnlineService } from '@stadtportal/shared';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_ARGS } from '../scripts/a11y-gate.mjs';
import { securityHeaders } from '../scripts/publish/nginx.ts';
import { startStaticServer } from '../scripts/lib/static-server.mjs';
import { FIXTURE, focused, tabUntil } from './helpers/browser.ts';
import { REPO } from './helpers/paths.ts';
import { STAND_IN_HEIGHT, startStandInProviders, type StandInProviders } from './helpers/stand-in-providers.ts';

/*
 * The consent-first islands (ADR 0009) in Debian's Chromium, against stand-in providers on
 * 127.0.0.1 (each its own origin, started here, never shipped): the site is built from a copy
 * of the fixture snapshot whose Online-Dienste point to the stand-ins. The browser's network log
 * (and the stand-ins' own request logs) prove that nothing reaches a provider before consent.
 * The site is served with the production security headers (scripts/publish/nginx.ts), its CSP
 * listing the providers of this snapshot (shared/src/csp-sources.ts), so the islands are shown
 * to work under the real policy: no inline code, frames and widget only from the providers.
 */

const run = promisify(execFile);
const WORK = join(REPO, 'var', 'test', 'online-services');
const SNAPSHOT = join(WORK, 'snapshot');
const DIST = join(WORK, 'dist');

// axe-core comes with pa11y (the gate's runner): the same version the gate uses.
const requireFromPa11y = createRequire(createRequire(join(REPO, 'e2e', 'package.json')).resolve('pa11y-ci/package.json'));
const AXE = createRequire(requireFromPa11y.resolve('pa11y/package.json')).resolve('axe-core/axe.min.js');
/** Where the test server serves axe (never part of the site). */
const AXE_PATH = '/__test__/axe.min.js';

const PERSO = '/leistungen/personalausweis-beantragen/';
const PERSO_LEIKA = '99102013001000';
const SPERRE = '/leistungen/uebermittlungssperre-einrichten/';
const UMZUG = '/leistungen/umzug-innerhalb-der-stadt/';
const OFFICE = '/aemter/buergerservice/';
const RATHAUS = '/rathaus-und-buergerservice/';
const STADTRAT = '/rathaus-und-buergerservice/stadtrat/';
const PRIVACY = '/datenschutz/';
const CONSENT_KEY = 'stadtportal:einwilligungen';
const APPOINTMENT_NAME = 'Terminbuchung Bürgerservice';
/** Waiting for the browser: generous, since the machine may be busy (a wait, not a timing assertion). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

function onlineServices(p: StandInProviders): OnlineService[] {
  const common = {
    document: null,
    scriptUrl: null,
    services: [],
    offices: [],
    pages: [],
    updatedAt: '2026-11-20T10:00:00.000Z',
  };
  return [
    {
      ...common,
      documentId: 'os-termin',
      slug: 'terminbuchung-buergerservice',
      name: APPOINTMENT_NAME,
      kind: 'appointment',
      summary: 'Termin im Bürgerservice online buchen.',
      providerName: 'Termin-Stand-in',
      providerOrigin: p.appointment.origin,
      embedMode: 'iframe',
      startUrl: `${p.appointment.origin}/buchung?amt={amt}&leistung={leistung}`,
      fallbackUrl: `${p.appointment.origin}/aschersleben/`,
      privacyNote: 'Name, E-Mail-Adresse und Wunschtermin gehen an den Termin-Stand-in.',
      services: ['s-perso', 's-wohnsitz'],
      offices: ['off-buergerservice'],
    },
    {
      ...common,
      documentId: 'os-zahlung',
      slug: 'gebuehren-bezahlen',
      name: 'Gebühren online bezahlen',
      kind: 'payment',
      summary: 'Die Gebühr online bezahlen.',
      providerName: 'Bezahl-Stand-in',
      providerOrigin: p.payment.origin,
      embedMode: 'link',
      startUrl: `${p.payment.origin}/bezahlen?ok={erfolg}&err={fehler}&cancel={abbruch}&leistung={leistung}`,
      fallbackUrl: `${p.payment.origin}/`,
      privacyNote: 'Zahlungsdaten gehen nur an den Bezahl-Stand-in.',
      services: ['s-perso'],
    },
    {
      ...common,
      documentId: 'os-formular',
      slug: 'sperre-online',
      name: 'Übermittlungssperre online beantragen',
      kind: 'form',
      summary: 'Den Antrag online ausfüllen.',
      providerName: 'Formular-Stand-in',
      providerOrigin: p.forms.origin,
      embedMode: 'iframe',
      startUrl: `${p.forms.origin}/formular?leistung={leistung}`,
      fallbackUrl: `${p.forms.origin}/formulare/`,
      privacyNote: 'Ihre Angaben gehen an den Formular-Stand-in.',
      services: ['s-sperre'],
    },
    {
      ...common,
      documentId: 'os-bus',
      slug: 'bus-sachsen-anhalt',
      name: 'BUS Sachsen-Anhalt',
      kind: 'statePortal',
      summary: 'Die Leistungen des Landes.',
      providerName: 'Portal-Stand-in',
      providerOrigin: p.portal.origin,
      embedMode: 'iframe',
      startUrl: `${p.portal.origin}/bus/`,
      fallbackUrl: `${p.portal.origin}/bus/start`,
      privacyNote: 'Ihre Suche geht an den Portal-Stand-in.',
      pages: ['p-rathaus'],
    },
    {
      ...common,
      documentId: 'os-melder',
      slug: 'behoerdenmelder',
      name: 'Behördenmelder',
      kind: 'issueReporting',
      summary: 'Schäden und Mängel im Stadtgebiet melden.',
      providerName: 'Portal-Stand-in',
      providerOrigin: p.portal.origin,
      embedMode: 'script',
      startUrl: `${p.portal.origin}/melder/aschersleben`,
      scriptUrl: `${p.portal.origin}/melder/widget.js`,
      fallbackUrl: `${p.portal.origin}/melder/karte`,
      privacyNote: 'Ihre Meldung mit Ort und Foto geht an den Portal-Stand-in.',
      pages: ['p-stadtrat'],
    },
  ];
}

/**
 * The static server with the production security headers in front: a static host serves the
 * files, nginx adds the headers — here a small proxy adds them.
 */
async function serveWithHeaders(staticOrigin: string, headers: [string, string][]): Promise<{ server: Server; origin: string }> {
  const axe = await readFile(AXE);
  const server = createServer((req, res) => {
    // axe for the tests, as a same-origin file: the CSP blocks the inline script Playwright's
    // addScriptTag({ path }) would insert (and the tests would see that as a violation).
    if (req.url === AXE_PATH) {
      res.writeHead(200, { ...Object.fromEntries(headers), 'content-type': 'text/javascript; charset=utf-8' }).end(axe);
      return;
    }
    fetch(`${staticOrigin}${req.url ?? '/'}`, { redirect: 'manual' })
      .then(async (upstream) => {
        const out: Record<string, string> = Object.fromEntries(headers);
        for (const [k, v] of upstream.headers) if (k === 'content-type' || k === 'location') out[k] = v;
        res.writeHead(upstream.status, out).end(Buffer.from(await upstream.arrayBuffer()));
      })
      .catch((error: unknown) => res.writeHead(502, { 'content-type': 'text/plain' }).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A copy of the fixture snapshot whose Online-Dienste point to the stand-ins. */
async function writeSnapshot(p: StandInProviders): Promise<void> {
  await rm(SNAPSHOT, { recursive: true, force: true });
  await cp(FIXTURE, SNAPSHOT, { recursive: true });
  const file = join(SNAPSHOT, 'snapshot.json');
  const snapshot = JSON.parse(await readFile(file, 'utf8')) as { version: number; services: Record<string, unknown>[]; onlineServices?: unknown[] };
  snapshot.version = SNAPSHOT_VERSION;
  // Fields of snapshot version 2, gone since the Online-Dienste (a no-op once the fixture is migrated).
  for (const s of snapshot.services) {
    delete s['onlineServices'];
    delete s['appointmentUrl'];
  }
  snapshot.onlineServices = onlineServices(p);
  await writeFile(file, JSON.stringify(snapshot, null, 2));
}

interface Log {
  urls: string[];
}

/** Every request the page makes, from the browser's network log. */
function logRequests(page: Page): Log {
  const log: Log = { urls: [] };
  page.on('request', (r) => log.urls.push(r.url()));
  return log;
}

describe('Online-Dienste: Einwilligung zuerst (Stand-in-Anbieter, Chromium)', () => {
  let providers: StandInProviders;
  let server: Server;
  let proxy: Server;
  let origin: string;
  /** Content-Security-Policy violations the browser reported, on any page of any test. */
  const cspViolations: string[] = [];
  let browser: Browser;
  let providerOrigins: string[];

  const toProviders = (log: Log) => log.urls.filter((u) => providerOrigins.some((o) => u.startsWith(`${o}/`)));
  const standInRequests = () => [providers.forms, providers.appointment, providers.payment, providers.portal].flatMap((s) => s.requests);

  beforeAll(async () => {
    providers = await startStandInProviders();
    providerOrigins = [providers.forms, providers.appointment, providers.payment, providers.portal].map((s) => s.origin);
    await writeSnapshot(providers);
    await rm(DIST, { recursive: true, force: true });
    await mkdir(DIST, { recursive: true });
    // The servers first: the address is SITE_URL, so the payment return URLs lead back to it.
    let staticOrigin: string;
    ({ server, url: staticOrigin } = (await startStaticServer(DIST, 0)) as { server: Server; url: string });
    ({ server: proxy, origin } = await serveWithHeaders(staticOrigin, securityHeaders({ contentSources: cspSourcesOf({ onlineServices: onlineServices(providers) }) })));
    await run('pnpm', ['--filter', '@stadtportal/site', 'build'], {
      cwd: REPO,
      env: { ...process.env, SNAPSHOT_DIR: SNAPSHOT, SITE_DIST: DIST, SITE_URL: origin },
      maxBuffer: 64 * 1024 * 1024,
    });
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    if (proxy) await new Promise<void>((resolve) => proxy.close(() => resolve()));
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    await providers?.close();
  });

  async function withPage<T>(fn: (page: Page, context: BrowserContext) => Promise<T>, options: { javaScriptEnabled?: boolean } = {}): Promise<T> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(`${page.url()}: ${m.text()}`);
    });
    try {
      return await fn(page, context);
    } finally {
      await context.close();
    }
  }

  const card = (page: Page, name: string) => page.locator('online-service').filter({ has: page.locator('.online-service-title', { hasText: name }) });

  async function axeViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ url: AXE_PATH });
    return page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      // The provider's frame is not our page (and has no axe in it): only our document is checked.
      const result = await axe.run(document, { iframes: false, runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  }

  it('sendet vor der Einwilligung keine einzige Anfrage an einen Anbieter – auf keiner Seite mit Online-Diensten', async () => {
    await withPage(async (page) => {
      const log = logRequests(page);
      for (const path of [PERSO, SPERRE, OFFICE, RATHAUS, STADTRAT, PRIVACY, '/']) {
        await page.goto(`${origin}${path}`);
        await page.waitForLoadState('networkidle');
      }
      expect(log.urls.some((u) => u.startsWith(`${origin}/_astro/`) && u.endsWith('.js'))).toBe(true);
      expect(toProviders(log)).toEqual([]);
      // And from the providers' side: nothing arrived.
      expect(standInRequests()).toEqual([]);
      // The script ran (the consent controls are shown), yet no frame exists.
      await page.goto(`${origin}${PERSO}`);
      expect(await card(page, APPOINTMENT_NAME).locator('button[data-load]').isVisible()).toBe(true);
      expect(await page.locator('iframe').count()).toBe(0);
    });
  });

  it('lädt nach „Dienst laden“ den Rahmen mit Amt und Leistung, Titel, Sandbox, Referrer-Policy und lazy; ohne „merken“ nur für diesen Aufruf', async () => {
    await withPage(async (page) => {
      const log = logRequests(page);
      await page.goto(`${origin}${PERSO}`);
      const appointment = card(page, APPOINTMENT_NAME);
      await appointment.locator('button[data-load]').click();
      const frame = appointment.locator('iframe');
      await frame.waitFor();
      const expected = `${providers.appointment.origin}/buchung?amt=buergerservice&leistung=${PERSO_LEIKA}`;
      expect(await frame.getAttribute('src')).toBe(expected);
      expect(await frame.getAttribute('title')).toBe(`${APPOINTMENT_NAME} (eingebettet von Termin-Stand-in)`);
      expect(await frame.getAttribute('sandbox')).toBe('allow-scripts allow-forms allow-same-origin allow-popups');
      expect(await frame.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
      expect(await frame.getAttribute('loading')).toBe('lazy');
      await poll(() => appointment.locator('[role="status"]').textContent()).toBe(`${APPOINTMENT_NAME} geladen.`);
      expect(toProviders(log)).toEqual([expected]);
      // The provider received the presets, and only our origin as referrer (no path).
      const content = page.frameLocator(`online-service iframe`);
      expect(await content.locator('#amt').textContent()).toBe('buergerservice');
      expect(await content.locator('#leistung').textContent()).toBe(PERSO_LEIKA);
      expect(await appointment.locator('button[data-withdraw]').isVisible()).toBe(true);
      expect(await appointment.locator('button[data-load]').isVisible()).toBe(false);
      // The payment card beside it stays a link and loaded nothing.
      expect(toProviders(log).some((u) => u.startsWith(providers.payment.origin))).toBe(false);

      // Not remembered: the next page view asks again.
      expect(await page.evaluate((key) => localStorage.getItem(key), CONSENT_KEY)).toBeNull();
      log.urls.length = 0;
      await page.reload();
      await page.waitForLoadState('networkidle');
      expect(toProviders(log)).toEqual([]);
      expect(await page.locator('iframe').count()).toBe(0);
    });
  });

  it('passt die Höhe nur auf Nachrichten des Anbieter-Rahmens an; fremde Origins und die Seite selbst ändern nichts', async () => {
    await withPage(async (page) => {
      await page.goto(`${origin}${PERSO}`);
      const appointment = card(page, APPOINTMENT_NAME);
      await appointment.locator('button[data-load]').click();
      const frame = appointment.locator('iframe');
      const height = () => frame.evaluate((f) => Math.round(f.getBoundingClientRect().height));
      // The stand-in asks for its height on load.
      await poll(height).toBe(STAND_IN_HEIGHT);

      // Two more frames post the same message to our page: one of a foreign origin, and one of
      // the provider's own origin that is not our frame (origin right, window wrong).
      const addFrame = (src: string, id: string) =>
        page.evaluate(
          ([src, id]) => {
            const f = document.createElement('iframe');
            f.src = src ?? '';
            f.title = id ?? '';
            document.body.append(f);
            return new Promise((resolve) => f.addEventListener('load', resolve, { once: true }));
          },
          [src, id],
        );
      // (The foreign frame is another provider's: the CSP allows frames only from the providers.)
      await addFrame(`${providers.forms.origin}/fremd`, 'fremd');
      await addFrame(`${providers.appointment.origin}/zweiter-rahmen`, 'zweiter');
      const frameAt = (prefix: string) => {
        const f = page.frames().find((x) => x.url().startsWith(prefix));
        if (!f) throw new Error(`Rahmen ${prefix} fehlt`);
        return f;
      };
      const provider = frameAt(`${providers.appointment.origin}/buchung`);
      const sameOriginOther = frameAt(`${providers.appointment.origin}/zweiter-rahmen`);
      const foreign = frameAt(`${providers.forms.origin}/fremd`);
      await foreign.evaluate(() => parent.postMessage({ type: 'stadtportal:resize', height: 1500 }, '*'));
      await sameOriginOther.evaluate(() => parent.postMessage({ type: 'stadtportal:resize', height: 1550 }, '*'));
      // Our own window posting to itself (origin of the site, not of the provider).
      await page.evaluate(() => window.postMessage({ type: 'stadtportal:resize', height: 1600 }, '*'));
      // The provider's frame with a malformed message.
      await provider.evaluate(() => parent.postMessage({ type: 'stadtportal:resize', height: '1700' }, '*'));
      // A probe through the same queue: once it arrived, the messages posted before it were handled.
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const probe = (e: MessageEvent) => {
              if (e.data !== 'probe') return;
              window.removeEventListener('message', probe);
              resolve();
            };
            window.addEventListener('message', probe);
            window.postMessage('probe', '*');
          }),
      );
      expect(await height()).toBe(STAND_IN_HEIGHT);
      // The provider's frame, well-formed: resized.
      await provider.evaluate(() => parent.postMessage({ type: 'stadtportal:resize', height: 900 }, '*'));
      await poll(height).toBe(900);
      // Bounds: a provider cannot hide its frame.
      await provider.evaluate(() => parent.postMessage({ type: 'stadtportal:resize', height: 0 }, '*'));
      await poll(height).toBe(200);
    });
  });

  it('geht ganz mit der Tastatur: merken (Leertaste), laden (Enter), Fokus im Rahmen; Widerruf auf der Datenschutzseite, danach keine Anfrage mehr', async () => {
    await withPage(async (page) => {
      const log = logRequests(page);
      await page.goto(`${origin}${PERSO}`);
      const remember = await tabUntil(page, (f) => f?.tag === 'INPUT' && f.id.startsWith('online-dienst-terminbuchung'), 80);
      const checkboxId = remember.at(-1)?.id ?? '';
      await page.keyboard.press('Space');
      expect(await page.isChecked(`#${checkboxId}`)).toBe(true);
      await page.keyboard.press('Tab');
      expect((await focused(page))?.text).toBe(`Dienst laden (${APPOINTMENT_NAME})`);
      expect(toProviders(log)).toEqual([]);
      await page.keyboard.press('Enter');
      // Focus moves to the service it brought (the button is gone).
      await poll(async () => (await focused(page))?.tag).toBe('IFRAME');
      await poll(() => card(page, APPOINTMENT_NAME).locator('[role="status"]').textContent()).toBe(`${APPOINTMENT_NAME} geladen.`);
      // The next Tab goes into the provider's form.
      const provider = page.frames().find((f) => f.url().startsWith(providers.appointment.origin));
      if (!provider) throw new Error('Anbieter-Rahmen fehlt');
      await page.keyboard.press('Tab');
      await poll(() => provider.evaluate(() => document.activeElement?.id)).toBe('tag');
      const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, string>, CONSENT_KEY);
      expect(Object.keys(stored)).toEqual([providers.appointment.origin]);

      // Remembered: the next view loads at once, without taking the focus.
      log.urls.length = 0;
      await page.reload();
      await page.locator('online-service iframe').waitFor();
      expect(toProviders(log).filter((u) => u.startsWith(providers.appointment.origin))).toHaveLength(1);
      expect(await focused(page)).toBeNull();

      // Withdraw on the privacy page, with the keyboard.
      await page.goto(`${origin}${PRIVACY}`);
      const row = page.locator(`[data-provider="${providers.appointment.origin}"]`);
      await poll(() => row.locator('[data-state]').textContent()).toMatch(/^Eingewilligt am \d{1,2}\.\d{1,2}\.\d{4}\.$/);
      expect(await page.locator(`[data-provider="${providers.portal.origin}"] [data-state]`).textContent()).toBe('Keine Einwilligung gespeichert.');
      await tabUntil(page, (f) => f?.tag === 'BUTTON' && f.text === 'Einwilligung widerrufen (Termin-Stand-in)', 80);
      await page.keyboard.press('Enter');
      await poll(() => page.locator('consent-overview > [role="status"]').textContent()).toBe('Einwilligung für Termin-Stand-in widerrufen.');
      expect(await row.locator('[data-state]').textContent()).toBe('Keine Einwilligung gespeichert.');
      expect(await row.locator('button').isVisible()).toBe(false);
      expect(await page.evaluate((key) => localStorage.getItem(key), CONSENT_KEY)).toBeNull();

      log.urls.length = 0;
      await page.goto(`${origin}${PERSO}`);
      await page.waitForLoadState('networkidle');
      expect(toProviders(log)).toEqual([]);
      expect(await page.locator('iframe').count()).toBe(0);
    });
  });

  it('widerruft auch direkt auf der Karte: Rahmen weg, Fokus auf „Dienst laden“', async () => {
    await withPage(async (page) => {
      await page.goto(`${origin}${SPERRE}`);
      const form = card(page, 'Übermittlungssperre online beantragen');
      await form.locator('input[data-remember]').check();
      await form.locator('button[data-load]').click();
      const frame = form.locator('iframe');
      await frame.waitFor();
      expect(await frame.getAttribute('src')).toBe(`${providers.forms.origin}/formular?leistung=uebermittlungssperre-einrichten`);
      await form.locator('button[data-withdraw]').click();
      expect(await frame.count()).toBe(0);
      expect(await form.locator('[role="status"]').textContent()).toBe('Einwilligung für Formular-Stand-in widerrufen. Von dort wird nichts mehr geladen.');
      expect((await focused(page))?.text).toBe('Dienst laden (Übermittlungssperre online beantragen)');
      expect(await page.evaluate((key) => localStorage.getItem(key), CONSENT_KEY)).toBeNull();
    });
  });

  it('lädt das Skript-Widget (Behördenmelder) erst nach Einwilligung; der Fuß jeder Seite verlinkt die Melder-Seite', async () => {
    await withPage(async (page) => {
      const log = logRequests(page);
      await page.goto(`${origin}/`);
      const footerLink = page.locator('footer a', { hasText: 'Mängel melden (Behördenmelder)' });
      expect(await footerLink.getAttribute('href')).toBe(STADTRAT);
      await footerLink.click();
      await page.waitForURL(`${origin}${STADTRAT}`);
      await page.waitForLoadState('networkidle');
      expect(toProviders(log)).toEqual([]);
      expect(await page.locator('script[src^="http://"]').count()).toBe(0);
      await card(page, 'Behördenmelder').locator('button[data-load]').click();
      await poll(() => page.locator('.melder-widget').textContent()).toBe(`Behördenmelder-Widget für ${providers.portal.origin}/melder/aschersleben`);
      expect(toProviders(log)).toEqual([`${providers.portal.origin}/melder/widget.js`]);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('zeigt auf der Bürgerservice-Seite BUS neben dem A–Z der Stadt', async () => {
    await withPage(async (page) => {
      await page.goto(`${origin}${RATHAUS}`);
      const section = page.locator('section[aria-labelledby="online-dienste"]');
      expect(await section.locator('a[href="/leistungen/"]').textContent()).toBe('Leistungen der Stadt von A bis Z');
      expect(await card(page, 'BUS Sachsen-Anhalt').locator('.meta').textContent()).toBe('Landesportal · Anbieter: Portal-Stand-in');
    });
  });

  it('funktioniert ohne JavaScript als Link: kein toter Knopf, „In neuem Fenster öffnen“ führt zum Anbieter', async () => {
    await withPage(
      async (page, context) => {
        await page.goto(`${origin}${PERSO}`);
        const appointment = card(page, APPOINTMENT_NAME);
        expect(await appointment.locator('button[data-load]').isVisible()).toBe(false);
        expect(await appointment.locator('input[data-remember]').isVisible()).toBe(false);
        const link = appointment.locator('a.external');
        expect(await link.isVisible()).toBe(true);
        expect(await link.getAttribute('href')).toBe(`${providers.appointment.origin}/aschersleben/`);
        const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
        await popup.waitForLoadState();
        expect(popup.url()).toBe(`${providers.appointment.origin}/aschersleben/`);
        expect(await popup.textContent('h1')).toBe('Terminbuchung (Stand-in)');
        // Payment is a link in any case.
        expect(await card(page, 'Gebühren online bezahlen').locator('a.external').isVisible()).toBe(true);
        await page.goto(`${origin}${PRIVACY}`);
        expect(await page.getByText('Ohne JavaScript wird nichts gespeichert', { exact: false }).isVisible()).toBe(true);
        expect(await page.locator('[data-overview]').isVisible()).toBe(false);
      },
      { javaScriptEnabled: false },
    );
  });

  it('führt zur Zahlung hinaus und zeigt nach der Rückleitung jedes Ergebnis klar an', async () => {
    const outcomes = [
      { link: 'Jetzt bezahlen', path: '/zahlung/erfolgreich/', h1: 'Zahlung erfolgreich' },
      { link: 'Zahlung schlägt fehl', path: '/zahlung/fehlgeschlagen/', h1: 'Zahlung fehlgeschlagen' },
      { link: 'Zahlung abbrechen', path: '/zahlung/abgebrochen/', h1: 'Zahlung abgebrochen' },
    ];
    await withPage(async (page) => {
      for (const o of outcomes) {
        await page.goto(`${origin}${PERSO}`);
        await card(page, 'Gebühren online bezahlen').locator('a.external').click();
        await page.waitForURL((u) => u.origin === providers.payment.origin && u.pathname === '/bezahlen');
        const url = new URL(page.url());
        expect(url.searchParams.get('leistung')).toBe(PERSO_LEIKA);
        expect(url.searchParams.get('ok')).toBe(`${origin}/zahlung/erfolgreich/`);
        await page.getByRole('link', { name: o.link }).click();
        await page.waitForURL(`${origin}${o.path}`);
        expect(await page.textContent('main h1')).toBe(o.h1);
        expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
        expect(await page.locator('main a[href="/leistungen/"]').count()).toBe(1);
        expect(await page.locator('script').count()).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
      }
    });
    const sitemap = await readFile(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toContain('/zahlung/');
  });

  it('hat vor und nach der Einwilligung keine axe-Verstöße (Leistung, Amt, Datenschutz)', async () => {
    await withPage(async (page) => {
      for (const path of [PERSO, OFFICE, RATHAUS]) {
        await page.goto(`${origin}${path}`);
        expect(await axeViolations(page), `${path} vorher`).toEqual([]);
      }
      await page.goto(`${origin}${PERSO}`);
      const appointment = card(page, APPOINTMENT_NAME);
      await appointment.locator('input[data-remember]').check();
      await appointment.locator('button[data-load]').click();
      await poll(() => appointment.locator('[role="status"]').textContent()).toBe(`${APPOINTMENT_NAME} geladen.`);
      expect(await axeViolations(page), `${PERSO} nachher`).toEqual([]);
      await page.goto(`${origin}${PRIVACY}`);
      await page.locator(`[data-provider="${providers.appointment.origin}"] button`).waitFor();
      expect(await axeViolations(page), `${PRIVACY} mit Einwilligung`).toEqual([]);
    });
  });

  it('liefert Seiten ohne Insel ohne JavaScript aus', async () => {
    await withPage(async (page) => {
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      for (const path of ['/', UMZUG, '/leben-in-aschersleben/geschichte/']) {
        await page.goto(`${origin}${path}`);
        await page.waitForLoadState('networkidle');
      }
      expect(scripts).toEqual([]);
    });
  });

  it('läuft unter der Content-Security-Policy der Produktion: der Browser meldete in allen Tests keinen Verstoß', async () => {
    await withPage(async (page) => {
      const response = await page.goto(`${origin}${PERSO}`);
      const csp = (await response?.allHeaders())?.['content-security-policy'] ?? '';
      expect(csp).toContain(`frame-src ${[providers.appointment.origin, providers.forms.origin, providers.portal.origin].sort().join(' ')}`);
      expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' ${providers.portal.origin}`);
      // The payment provider is only linked: not in the policy.
      expect(csp).not.toContain(providers.payment.origin);
    });
    expect(cspViolations).toEqual([]);
  });
});
