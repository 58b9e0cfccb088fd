/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate callbacks run in the browser: they need the DOM types.)
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndServeFixture, FIXTURE, focused, type ServedSite, inContext, axeViolations } from './helpers/browser.ts';
import { REPO } from './helpers/paths.ts';
import { htmlFiles, urlPathOf } from './helpers/site.ts';

/*
 * The design of issue #16 in Debian's Chromium (docs/adr/0017-design-system-kern.md): the site
 * built from a copy of the fixture snapshot in which one news article carries a 4000 × 3000 photo
 * of more than 3 MB (made here with sharp, never committed), served as a static host would.
 * Reflow at 320 px, the phone header and first screen, the phone menu without JavaScript, axe in
 * forced colours and in print, text spacing (WCAG 1.4.12), what a phone downloads of the big photo,
 * and the link-preview tags.
 */

const SITE = join(REPO, 'var', 'test', 'design-site');
const BIG = 'grossfoto-marktplatz_a1b2c3d4e5.jpg';
const BIG_NEWS = '/aktuelles/neue-drehleiter/';

/** One page of each type. */
const PAGE_TYPES = [
  '/',
  '/leben-in-aschersleben/geschichte/',
  '/leistungen/',
  '/leistungen/personalausweis-beantragen/',
  '/lebenslagen/umzug/',
  '/aktuelles/',
  BIG_NEWS,
  '/veranstaltungen/',
  '/veranstaltungen/weihnachtsmarkt-2026/',
  '/aemter/',
  '/aemter/buergerservice/',
  '/einrichtungen/',
  '/einrichtungen/stadt-aschersleben/',
  '/orte/',
  '/orte/johannisturm/',
  '/publikationen/',
  '/amtsblatt/',
  '/bekanntmachungen/',
  '/rat/',
  '/suche/',
  '/en/',
  '/en/living-in-aschersleben/history/',
];

/** A photo-like picture: soft gradients and shapes with fine grain, so the JPEG is big as a real one. */
async function bigPhoto(): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8fb8e8"/><stop offset="1" stop-color="#f3efe4"/></linearGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#s)"/>
    <circle cx="3200" cy="600" r="260" fill="#f6d36b"/>
    <path d="M0 2100 C900 1800 2000 2000 4000 1850 V3000 H0 Z" fill="#6f9e5b"/>
    <rect x="600" y="900" width="700" height="1300" fill="#c9bfae"/><path d="M560 920 L950 300 L1340 920 Z" fill="#b3261e"/>
    <rect x="1700" y="1300" width="1500" height="900" fill="#e7d9c3"/><path d="M1650 1320 L2450 800 L3250 1320 Z" fill="#7a3b2e"/>
  </svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
  // Grain: a deterministic pseudo-random ±24 on every channel (what a camera sensor adds).
  let seed = 16;
  for (let i = 0; i < data.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    data[i] = Math.max(0, Math.min(255, (data[i] ?? 0) + ((seed >> 16) % 49) - 24));
  }
  return sharp(data, { raw: info }).jpeg({ quality: 92 }).toBuffer();
}

/** The fixture snapshot with the big photo as the picture of one news article. */
async function snapshotWithBigPhoto(): Promise<{ dir: string; bytes: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'design-snapshot-'));
  await cp(FIXTURE, dir, { recursive: true });
  const photo = await bigPhoto();
  await writeFile(join(dir, 'media', BIG), photo);
  const file = join(dir, 'snapshot.json');
  const snapshot = JSON.parse(await readFile(file, 'utf8')) as { news: { slug: string; image: unknown }[] };
  const article = snapshot.news.find((n) => `/aktuelles/${n.slug}/` === BIG_NEWS);
  if (!article) throw new Error(`Testdaten: Meldung ${BIG_NEWS} fehlt`);
  article.image = { file: BIG, alt: 'Foto: der Marktplatz mit Rathaus und Kirchturm an einem Sommertag', width: 4000, height: 3000, mime: 'image/jpeg' };
  await writeFile(file, JSON.stringify(snapshot, null, 2));
  return { dir, bytes: photo.length };
}

let site: ServedSite;
let origin: string;
let browser: Browser;
let snapshotDir: string;
let photoBytes: number;

const withPage = <T>(options: BrowserContextOptions, use: (page: Page) => Promise<T>): Promise<T> => inContext(browser, options, use);

const PHONE = { viewport: { width: 375, height: 667 } } as const;

beforeAll(async () => {
  ({ dir: snapshotDir, bytes: photoBytes } = await snapshotWithBigPhoto());
  site = await buildAndServeFixture(SITE, snapshotDir);
  ({ origin, browser } = site);
}, 600_000);

afterAll(async () => {
  await site?.close();
  if (snapshotDir) await rm(snapshotDir, { recursive: true, force: true });
});

describe('Reflow and the first screen on a phone', () => {
  it('has no horizontal scrolling at 320 px on any page type (WCAG 1.4.10)', async () => {
    await withPage({ viewport: { width: 320, height: 640 } }, async (page) => {
      for (const path of PAGE_TYPES) {
        await page.goto(`${origin}${path}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, path).toBeLessThanOrEqual(320);
      }
    });
  });

  it.each(['/', '/leistungen/personalausweis-beantragen/'])(
    '%s at 375 × 667: the header takes at most a quarter of the screen and the h1 is in the first screen',
    async (path) => {
      await withPage(PHONE, async (page) => {
        await page.goto(`${origin}${path}`);
        const m = await page.evaluate(() => ({
          header: document.querySelector('body > header')?.getBoundingClientRect().height ?? Infinity,
          h1: document.querySelector('h1')?.getBoundingClientRect() ?? null,
        }));
        expect(m.header, 'Kopfzeile').toBeLessThanOrEqual(667 * 0.25);
        expect(m.h1?.top, 'h1 oben').toBeGreaterThanOrEqual(0);
        expect(m.h1?.bottom, 'h1 unten').toBeLessThanOrEqual(667);
        // The navigation is collapsed until „Menü“ is opened.
        expect(await page.locator('nav[aria-label="Hauptnavigation"]').isVisible()).toBe(false);
        expect(await page.locator('details.menu > summary').isVisible()).toBe(true);
      });
    },
  );
});

describe('Phone menu without JavaScript', () => {
  it('opens and closes with the keyboard, and its links are then reachable', async () => {
    await withPage({ ...PHONE, javaScriptEnabled: false }, async (page) => {
      await page.goto(`${origin}/leistungen/`);
      const nav = page.locator('nav[aria-label="Hauptnavigation"]');
      expect(await nav.isVisible()).toBe(false);
      // Skip link, home link, then „Menü“.
      const seen = [];
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        seen.push(f);
        if (f?.tag === 'SUMMARY') break;
      }
      expect(seen.at(-1)?.text).toBe('Menü');
      await page.keyboard.press('Enter');
      expect(await nav.isVisible()).toBe(true);
      expect(await page.getAttribute('details.menu', 'open')).toBe('');
      // Next: the search field, its button, then the first navigation link.
      await page.keyboard.press('Tab');
      expect((await focused(page))?.tag).toBe('INPUT');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const first = await focused(page);
      expect(first?.text).toBe('Rathaus und Bürgerservice');
      // Back to „Menü“ and closed with Space.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      expect((await focused(page))?.tag).toBe('SUMMARY');
      await page.keyboard.press('Space');
      expect(await nav.isVisible()).toBe(false);
      expect(await page.getAttribute('details.menu', 'open')).toBeNull();
    });
  });

  it('shows Leichte Sprache, Gebärdensprache and English with their pictograms without opening anything', async () => {
    await withPage({ ...PHONE, javaScriptEnabled: false }, async (page) => {
      await page.goto(`${origin}/`);
      const links = page.locator('header .access-links a');
      expect(await links.allTextContents()).toEqual(['Leichte Sprache', 'Gebärdensprache', 'English']);
      for (let i = 0; i < 3; i++) {
        expect(await links.nth(i).isVisible()).toBe(true);
        expect(await links.nth(i).locator('.kern-icon').isVisible()).toBe(true);
      }
    });
  });
});

describe('Forced colours, print and text spacing', () => {
  const pages = ['/', '/leistungen/personalausweis-beantragen/', BIG_NEWS, '/veranstaltungen/'];

  it.each(pages)('%s: axe finds nothing with forced colours active, nor in print media', async (path) => {
    for (const viewport of [PHONE.viewport, { width: 1280, height: 800 }]) {
      await withPage({ viewport, forcedColors: 'active' }, async (page) => {
        await page.goto(`${origin}${path}`);
        expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
        expect(await axeViolations(page), `forced-colors ${viewport.width}`).toEqual([]);
      });
      await withPage({ viewport }, async (page) => {
        await page.goto(`${origin}${path}`);
        await page.emulateMedia({ media: 'print' });
        expect(await page.evaluate(() => matchMedia('print').matches)).toBe(true);
        expect(await axeViolations(page), `print ${viewport.width}`).toEqual([]);
        // Print keeps the content and drops the menu.
        expect(await page.locator('main h1').isVisible()).toBe(true);
        expect(await page.locator('nav[aria-label="Hauptnavigation"]').isVisible()).toBe(false);
      });
    }
  });

  it.each(pages)('%s: with WCAG 1.4.12 text spacing nothing is clipped or scrolls sideways', async (path) => {
    for (const viewport of [{ width: 320, height: 640 }, PHONE.viewport, { width: 1280, height: 800 }]) {
      await withPage({ viewport }, async (page) => {
        await page.goto(`${origin}${path}`);
        await page.addStyleTag({
          content:
            '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
        });
        const problems = await page.evaluate(() => {
          const out: string[] = [];
          if (document.documentElement.scrollWidth > window.innerWidth) out.push(`Seite ${document.documentElement.scrollWidth}px breit`);
          for (const el of document.querySelectorAll<HTMLElement>('body *')) {
            const style = getComputedStyle(el);
            const clips = (o: string) => o === 'hidden' || o === 'clip';
            if (el.closest('.visually-hidden, [hidden]') || el.getClientRects().length === 0) continue;
            if (!(el.textContent ?? '').trim()) continue;
            if ((clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
              out.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
            }
          }
          return out;
        });
        expect(problems, `${viewport.width} px`).toEqual([]);
      });
    }
  });
});

describe('Pictures that fit every screen', () => {
  it('sends a phone (375 px, 2× density) the 4000 × 3000 photo of a news article as ≤ 120 KB, never the original', async () => {
    expect(photoBytes, 'Testfoto').toBeGreaterThanOrEqual(3 * 1024 * 1024);
    for (const path of [BIG_NEWS, '/aktuelles/']) {
      await withPage({ ...PHONE, deviceScaleFactor: 2 }, async (page) => {
        const images: { url: string; bytes: number; type: string }[] = [];
        page.on('response', async (res) => {
          if (res.request().resourceType() !== 'image') return;
          const body = await res.body().catch(() => Buffer.alloc(0));
          images.push({ url: res.url(), bytes: body.length, type: res.headers()['content-type'] ?? '' });
        });
        await page.goto(`${origin}${path}`, { waitUntil: 'load' });
        // Bring the teaser into view (lazy) and wait for it to decode.
        const img = page.locator(`main img[src="/medien/${BIG}"]`).first();
        await img.scrollIntoViewIfNeeded();
        await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0)).toBe(true);
        const chosen = await img.evaluate((el) => (el as HTMLImageElement).currentSrc);
        const photo = images.filter((i) => i.url.includes('grossfoto-marktplatz'));
        expect(
          photo.map((p) => p.url),
          path,
        ).toEqual([chosen]);
        expect(chosen, path).toMatch(/\/_astro\/grossfoto-marktplatz_a1b2c3d4e5\.[^/]+\.avif$/);
        expect(photo[0]?.bytes ?? Infinity, `${path}: ${chosen}`).toBeLessThanOrEqual(120 * 1024);
        console.log(`${path}: ${chosen.slice(origin.length)} – ${photo[0]?.bytes} Bytes (Original ${photoBytes} Bytes)`);
      });
    }
  });
});

describe('Link previews', () => {
  it('gives every built page og:title, og:description, an absolute og:image with og:image:alt, og:locale, og:type and a Twitter card', async () => {
    const files = await htmlFiles(SITE);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const { document } = parseHTML(await readFile(file, 'utf8'));
      const meta = (key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
      const where = urlPathOf(SITE, file);
      for (const key of ['og:title', 'og:description', 'og:image:alt', 'og:locale', 'og:type', 'twitter:card', 'twitter:image']) {
        expect(meta(key).trim(), `${where} ${key}`).not.toBe('');
      }
      expect(meta('og:image'), where).toMatch(/^https?:\/\/[^/]+\//);
    }
  });
});
