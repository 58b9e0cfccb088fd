/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate callbacks run in the browser: they need the DOM types.)
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndServeFixture, FIXTURE, type ServedSite } from './helpers/browser.ts';
import {
  axeViolations,
  cspDirectives,
  productionPolicy,
  recordCspViolations,
  serveWithHeaders,
  type HeaderProxy,
  type ProductionPolicy,
} from './helpers/csp.ts';
import { REPO } from './helpers/paths.ts';

/*
 * The city map is consent-first (DSGVO): in Debian's Chromium, against the fixture site whose
 * tile provider is a stand-in tile server on 127.0.0.1 started here, the page makes no request
 * to the provider before „Karte laden“, shows one marker per place after it, remembers the
 * consent per provider origin and withdraws it; without JavaScript the list carries the same
 * places; axe finds nothing in either state of the island. The site is served with the production
 * security headers, the CSP computed by the publishing code from this snapshot (its img-src must
 * name the tile origin), and the browser reports no violation while the tiles load.
 */

const SITE = join(REPO, 'var', 'test', 'city-map-site');
const SNAPSHOT = join(REPO, 'var', 'test', 'city-map-snapshot');

/** A 1×1 PNG: every tile of the stand-in provider. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

interface TileServer {
  origin: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

async function startTileServer(): Promise<TileServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    if (/^\/\d+\/\d+\/\d+\.png$/.test(path)) {
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': PNG.byteLength });
      res.end(PNG);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const listHrefs = (page: Page): Promise<string[]> => page.$$eval('[data-place-list] a', (links) => links.map((a) => a.getAttribute('href') ?? '').sort());
const markerHrefs = (page: Page): Promise<string[]> => page.$$eval('.city-map-marker', (links) => links.map((a) => a.getAttribute('href') ?? '').sort());

describe('Stadtplan: Karte erst nach Einwilligung, Liste ohne JavaScript', () => {
  let tiles: TileServer;
  let site: ServedSite;
  let proxy: HeaderProxy;
  let policy: ProductionPolicy;
  /** Where the browser goes: the site behind the production security headers. */
  let origin: string;
  let browser: Browser;
  let fixturePlaces: string[];
  /** CSP violations the browser reported, on any page of any test. */
  const cspViolations: string[] = [];

  beforeAll(async () => {
    tiles = await startTileServer();
    // The fixture snapshot with its tile provider pointed at the stand-in.
    await rm(SNAPSHOT, { recursive: true, force: true });
    await cp(FIXTURE, SNAPSHOT, { recursive: true });
    const file = join(SNAPSHOT, 'snapshot.json');
    const snapshot = JSON.parse(await readFile(file, 'utf8')) as { mapTiles: { tileUrl: string }; places: { slug: string }[] };
    snapshot.mapTiles.tileUrl = `${tiles.origin}/{z}/{x}/{y}.png`;
    fixturePlaces = snapshot.places.map((p) => `/orte/${p.slug}/`).sort();
    await writeFile(file, JSON.stringify(snapshot));
    site = await buildAndServeFixture(SITE, SNAPSHOT);
    browser = site.browser;
    policy = await productionPolicy(SNAPSHOT);
    proxy = await serveWithHeaders(site.origin, policy.headers);
    origin = proxy.origin;
  }, 600_000);

  afterAll(async () => {
    await proxy?.close();
    await site?.close();
    await tiles?.close();
    await rm(SNAPSHOT, { recursive: true, force: true });
  });

  /** A browser context whose CSP reports land in cspViolations. */
  async function newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
    const context = await browser.newContext(options);
    await recordCspViolations(context, cspViolations);
    return context;
  }

  it('hat Orte in der Fixture (Voraussetzung)', () => {
    expect(fixturePlaces.length).toBeGreaterThanOrEqual(5);
  });

  it('erlaubt in der CSP der Produktion Bilder genau vom Kachel-Anbieter dieses Snapshots', async () => {
    const context = await newContext();
    const page = await context.newPage();
    try {
      const response = await page.goto(`${origin}/orte/`);
      const csp = cspDirectives((await response?.allHeaders())?.['content-security-policy'] ?? '');
      expect(csp.get('img-src')).toEqual(["'self'", 'data:', tiles.origin]);
      // Tiles are <img> elements: nothing else of the provider's is allowed.
      for (const directive of ['default-src', 'script-src', 'connect-src', 'frame-src', 'style-src']) {
        expect(csp.get(directive)?.join(' '), directive).not.toContain(tiles.origin);
      }
      expect(policy.sources.imgSrc).toEqual([tiles.origin]);
    } finally {
      await context.close();
    }
  });

  it('lädt vor der Einwilligung nichts vom Kachel-Anbieter, nach „Karte laden“ Kacheln und einen Marker je Ort, axe in beiden Zuständen ohne Befund', async () => {
    const context = await newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const seen: string[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith(tiles.origin)) seen.push(r.url());
    });
    try {
      await page.goto(`${origin}/orte/`, { waitUntil: 'networkidle' });
      const load = page.getByRole('button', { name: 'Karte laden' });
      await expect.poll(() => load.isVisible()).toBe(true);
      // Give lazy behaviour every chance to misbehave before counting.
      await page.waitForTimeout(500);
      expect(tiles.requests).toEqual([]);
      expect(seen).toEqual([]);
      expect(await page.locator('.city-map-marker').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      await load.click();
      await expect.poll(() => page.locator('.city-map-marker').count(), { timeout: 10_000 }).toBe(fixturePlaces.length);
      await page.waitForLoadState('networkidle');
      expect(tiles.requests.length).toBeGreaterThan(0);
      for (const path of tiles.requests) expect(path).toMatch(/^\/\d+\/\d+\/\d+\.png$/);
      // The tiles arrived under the production policy: every tile image is decoded, and the
      // browser reported no violation (a tile origin missing from img-src would be both).
      const tileImages = page.locator(`city-map img[src^="${tiles.origin}/"]`);
      expect(await tileImages.count()).toBeGreaterThan(0);
      // Polled: a re-render (the view settling after the fit) replaces the tiles with new
      // images that may still be decoding; a blocked tile never decodes, so this still fails.
      await expect
        .poll(() => tileImages.evaluateAll((imgs) => imgs.filter((i) => !(i instanceof HTMLImageElement && i.complete && i.naturalWidth > 0)).length), {
          timeout: 10_000,
        })
        .toBe(0);
      expect(cspViolations).toEqual([]);
      expect(await markerHrefs(page)).toEqual(fixturePlaces);
      // Every marker is inside the view at the fitted zoom, so none is hidden from keyboard users.
      expect(await page.locator('.city-map-marker:visible').count()).toBe(fixturePlaces.length);
      // The focus went to the map, and the status says what happened.
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('city-map-view');
      expect(await page.textContent('city-map [role="status"]')).toMatch(/Karte geladen: \d+ Orte/);
      expect(await axeViolations(page)).toEqual([]);

      // Zooming in asks for tiles of the next zoom level.
      const before = tiles.requests.length;
      const zoomOf = (p: string) => Number(p.split('/')[1]);
      const maxZoomBefore = Math.max(...tiles.requests.map(zoomOf));
      await page.getByRole('button', { name: 'Vergrößern' }).click();
      await page.waitForLoadState('networkidle');
      expect(tiles.requests.length).toBeGreaterThan(before);
      expect(Math.max(...tiles.requests.slice(before).map(zoomOf))).toBe(maxZoomBefore + 1);
      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('merkt sich die Einwilligung je Anbieter-Origin und widerruft sie', async () => {
    const context = await newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/orte/`);
      await page.getByLabel('Entscheidung für OpenStreetMap merken').check();
      await page.getByRole('button', { name: 'Karte laden' }).click();
      await expect.poll(() => page.locator('.city-map-marker').count()).toBe(fixturePlaces.length);
      const stored = await page.evaluate(() => window.localStorage.getItem('stadtportal:einwilligungen'));
      expect(Object.keys(JSON.parse(stored ?? '{}') as object)).toEqual([tiles.origin]);

      // Next visit: the map loads without a click.
      await page.reload();
      await expect.poll(() => page.locator('.city-map-marker').count()).toBe(fixturePlaces.length);

      await page.getByRole('button', { name: 'Karte entfernen und Einwilligung widerrufen' }).click();
      expect(await page.locator('.city-map-marker').count()).toBe(0);
      expect(await page.evaluate(() => window.localStorage.getItem('stadtportal:einwilligungen'))).toBeNull();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Karte laden');

      // After withdrawal a new visit loads nothing from the provider again.
      const before = tiles.requests.length;
      await page.reload({ waitUntil: 'networkidle' });
      expect(await page.locator('.city-map-marker').count()).toBe(0);
      expect(tiles.requests.length).toBe(before);
    } finally {
      await context.close();
    }
  });

  it('zeigt ohne JavaScript dieselben Orte als Liste mit Anschrift, ohne tote Knöpfe und ohne Anfrage an den Anbieter', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      const before = tiles.requests.length;
      await page.goto(`${origin}/orte/`, { waitUntil: 'networkidle' });
      expect(await listHrefs(page)).toEqual(fixturePlaces);
      // The map's controls need JavaScript: none is shown without it (no dead buttons).
      expect(await page.locator('city-map button:visible').count()).toBe(0);
      expect(await page.textContent('main')).toContain('Johannispromenade 2, 06449 Aschersleben');
      expect(await page.getByText('Die Karte braucht JavaScript.').isVisible()).toBe(true);
      expect(tiles.requests.length).toBe(before);
    } finally {
      await context.close();
    }
  });

  it('verlinkt jeden Ort mit geo:- und OpenStreetMap-Link, ohne Kachel-Anfrage', async () => {
    const context = await newContext();
    const page = await context.newPage();
    try {
      const before = tiles.requests.length;
      await page.goto(`${origin}/orte/johannisturm/`, { waitUntil: 'networkidle' });
      expect(await page.getAttribute('a[href^="geo:"]', 'href')).toBe('geo:51.75795,11.46498?q=51.75795,11.46498(Johannisturm)');
      expect(await page.getAttribute('a[href^="https://www.openstreetmap.org/?mlat="]', 'href')).toBe(
        'https://www.openstreetmap.org/?mlat=51.75795&mlon=11.46498#map=18/51.75795/11.46498',
      );
      expect(tiles.requests.length).toBe(before);
    } finally {
      await context.close();
    }
  });

  it('läuft unter der Content-Security-Policy der Produktion: der Browser meldete in allen Tests keinen Verstoß', () => {
    expect(cspViolations).toEqual([]);
  });
});
