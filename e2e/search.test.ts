/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate callbacks run in the browser: they need the DOM types.)
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '@stadtportal/publish/static-server';
import { buildSearchIndex } from '../site/search-index.ts';
import { buildAndServeFixture, focused, pagesContaining, tabUntil, type ServedSite } from './helpers/browser.ts';
import { REPO } from './helpers/paths.ts';

/*
 * The site search as a visitor uses it, in Debian's Chromium: the site is built from the
 * fixture snapshot with `pnpm build` (Pagefind indexes it in the same step), served as a static
 * host would, and searched with the keyboard only. Then the same page without JavaScript, and
 * axe on the page with results.
 */

const SITE = join(REPO, 'var', 'test', 'search-site');
/** A word of the fixture that only the history page has in its text (checked below). */
const WORD = 'Mauerring';
const TARGET = '/leben-in-aschersleben/geschichte/';

// axe-core comes with pa11y (the gate's runner): the same version the gate uses.
const requireFromPa11y = createRequire(createRequire(join(REPO, 'e2e', 'package.json')).resolve('pa11y-ci/package.json'));
const AXE = createRequire(requireFromPa11y.resolve('pa11y/package.json')).resolve('axe-core/axe.min.js');

describe('Suche (Pagefind) mit der Tastatur, ohne JavaScript und mit axe', () => {
  let site: ServedSite;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    site = await buildAndServeFixture(SITE);
    ({ origin, browser } = site);
  }, 600_000);

  afterAll(async () => {
    await site?.close();
  });

  it('hat das Suchwort nur im Inhalt genau einer Seite (Voraussetzung)', async () => {
    expect(await pagesContaining(SITE, WORD)).toEqual([TARGET]);
  });

  it('findet eine Seite nur mit der Tastatur: Tab zum Suchfeld im Kopf, Wort, Enter, Tab zum Treffer, Enter', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/`);
      // From the start of the page: first the skip link, then (after the logo link) the search field.
      const path = await tabUntil(page, (f) => f?.tag === 'INPUT', 5);
      expect(path[0]?.text).toBe('Zum Inhalt springen');
      const field = path.at(-1);
      expect(field?.inHeader).toBe(true);
      expect(await page.getAttribute(`#${field?.id}`, 'type')).toBe('search');
      expect(await page.textContent(`label[for="${field?.id}"]`)).toBe('Website durchsuchen');

      await page.keyboard.type(WORD);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${origin}/suche/?q=${WORD}`);

      const status = page.locator('[role="status"]');
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(`1 Treffer für „${WORD}“`);
      expect(await status.getAttribute('aria-live')).toBe('polite');
      // The field on the search page shows what was searched; focus stays where it was.
      expect(await page.inputValue('main input[type="search"]')).toBe(WORD);
      expect(await focused(page)).toBeNull();

      const results = page.locator('main ol li');
      expect(await results.count()).toBe(1);
      const first = results.first().locator('a');
      expect(await first.getAttribute('href')).toBe(TARGET);
      expect(await first.textContent()).toBe('Geschichte');
      expect(await results.first().locator('mark').first().textContent()).toBe(WORD);
      // The message for browsers without JavaScript is gone.
      expect(await page.locator('main').getByText('Die Suche braucht JavaScript', { exact: false }).isVisible()).toBe(false);

      await tabUntil(page, (f) => f?.tag === 'A' && f.href === TARGET && !f.inHeader, 40);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${origin}${TARGET}`);
      expect(await page.textContent('main h1')).toBe('Geschichte');
    } finally {
      await context.close();
    }
  });

  it('findet eine Seite über ein verstecktes Synonym (SearchTerms: data-pagefind-meta)', async () => {
    // No content has synonyms yet: add the markup SearchTerms.astro renders to a copy of the
    // built site and index it again with the same Pagefind and options as the build.
    const copy = `${SITE}-synonyme`;
    await rm(copy, { recursive: true, force: true });
    await cp(SITE, copy, { recursive: true });
    const file = join(copy, TARGET, 'index.html');
    const html = await readFile(file, 'utf8');
    expect(html).toContain('data-pagefind-body>');
    await writeFile(
      file,
      html.replace('data-pagefind-body>', 'data-pagefind-body><span hidden data-pagefind-meta="synonyms:Stadtmauer-Rundgang, Wehrgang"></span>'),
    );
    await buildSearchIndex(copy, { log: () => {} });
    const { server: copyServer, url } = await startStaticServer(copy, 0);
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      expect(html).not.toContain('Wehrgang');
      await page.goto(`${url}/suche/?q=Wehrgang`);
      await expect.poll(() => page.textContent('[role="status"]'), { timeout: 15_000 }).toBe('1 Treffer für „Wehrgang“');
      expect(await page.locator('main ol a').getAttribute('href')).toBe(TARGET);
      // Hidden on the page itself: not shown, not read out.
      await page.goto(`${url}${TARGET}`);
      expect(await page.locator('body').innerText()).not.toContain('Wehrgang');
    } finally {
      await context.close();
      copyServer.close();
      await rm(copy, { recursive: true, force: true });
    }
  });

  it('sucht über alle Teile eines in Teilen geschriebenen Suchindex (große Websites, search-index.ts)', async () => {
    const status = async (url: string, q: string) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await page.goto(`${url}/suche/?q=${encodeURIComponent(q)}`);
        await expect.poll(() => page.textContent('[role="status"]'), { timeout: 15_000 }).toMatch(/Treffer/);
        const links = page.locator('main ol a');
        return { text: await page.textContent('[role="status"]'), first: (await links.count()) > 0 ? await links.first().getAttribute('href') : null };
      } finally {
        await context.close();
      }
    };
    // The same site indexed in parts of 20 pages: the hit for WORD must come from a later part.
    const copy = `${SITE}-teile`;
    await rm(copy, { recursive: true, force: true });
    await cp(SITE, copy, { recursive: true });
    const partSize = 20;
    const { bundles } = await buildSearchIndex(copy, { partSize, reusable: true, log: () => {} });
    // What each bundle was made from (search-index.ts writes it for the next build's reuse).
    const sources = JSON.parse(await readFile(join(copy, 'pagefind', 'quellen.json'), 'utf8')) as { parts: { dir: string; files: string[] }[] };
    expect(sources.parts.map((p) => p.dir)).toEqual(bundles);
    expect(bundles.length).toBeGreaterThan(2);
    for (const p of sources.parts) expect(p.files.length).toBeLessThanOrEqual(partSize);
    expect(JSON.parse(await readFile(join(copy, 'pagefind', 'teile.json'), 'utf8'))).toEqual(bundles.slice(1));
    const targetBundle = sources.parts.find((p) => p.files.includes(`${TARGET.slice(1)}index.html`))?.dir;
    expect(targetBundle).toBeDefined();
    expect(targetBundle).not.toBe('/pagefind/');
    // The next build with one page changed: only that page's part is indexed again, the others
    // are copied from the previous build (the build runner passes the live release).
    const next = `${SITE}-teile-2`;
    await rm(next, { recursive: true, force: true });
    await cp(copy, next, { recursive: true });
    const file = join(next, TARGET, 'index.html');
    await writeFile(file, (await readFile(file, 'utf8')).replace('data-pagefind-body>', 'data-pagefind-body><p>Quappendorf</p>'));
    const again = await buildSearchIndex(next, { partSize, previous: copy, log: () => {} });
    expect(again.copied).toBe(bundles.length - 1);
    const { server: copyServer, url } = await startStaticServer(copy, 0);
    const { server: nextServer, url: nextUrl } = await startStaticServer(next, 0);
    try {
      expect(await status(url, WORD)).toEqual({ text: `1 Treffer für „${WORD}“`, first: TARGET });
      // Every page is found as in the one-part index: the counts agree for a word on most pages.
      expect((await status(url, 'Stadt')).text).toBe((await status(origin, 'Stadt')).text);
      expect((await status(url, 'Quappendorf')).text).toMatch(/^Keine Treffer für „Quappendorf“/);
      expect(await status(nextUrl, 'Quappendorf')).toEqual({ text: '1 Treffer für „Quappendorf“', first: TARGET });
      expect((await status(nextUrl, 'Stadt')).text).toBe((await status(origin, 'Stadt')).text);
    } finally {
      copyServer.close();
      nextServer.close();
      await rm(copy, { recursive: true, force: true });
      await rm(next, { recursive: true, force: true });
    }
  });

  it('sagt, wenn nichts gefunden wurde, und zeigt die Übersichten', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/suche/?q=Xylophonkonzertsaal`);
      await expect.poll(() => page.textContent('[role="status"]'), { timeout: 15_000 }).toMatch(/^Keine Treffer für „Xylophonkonzertsaal“\./);
      expect(await page.locator('main ol li').count()).toBe(0);
      expect(await page.isVisible('main a[href="/einrichtungen/"]')).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('erklärt ohne JavaScript, was stattdessen hilft', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/suche/?q=${WORD}`);
      const main = page.locator('main');
      expect(await main.getByText('Die Suche braucht JavaScript', { exact: false }).isVisible()).toBe(true);
      // Ways to every content without search: the main navigation's overview pages.
      for (const href of ['/rathaus-und-buergerservice/', '/aktuelles/', '/einrichtungen/']) {
        expect(await main.locator(`a[href="${href}"]`).isVisible(), href).toBe(true);
      }
      expect(await main.locator('ol li').count()).toBe(0);
      // The header form still works: it is plain HTML.
      expect(await page.getAttribute('header form[role="search"]', 'action')).toBe('/suche/');
    } finally {
      await context.close();
    }
  });

  it('hat auf der Suchseite mit Treffern keine axe-Verstöße (WCAG 2 A/AA)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      // A word with several hits, so the list, the marks and the status are all on the page.
      await page.goto(`${origin}/suche/?q=Aschersleben`);
      await expect.poll(() => page.textContent('[role="status"]'), { timeout: 15_000 }).toMatch(/^\d+ Treffer für „Aschersleben“$/);
      expect(await page.locator('main ol li').count()).toBeGreaterThan(1);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
        ).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lädt mehr Treffer auf Wunsch und setzt den Fokus auf den ersten neuen', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      // „Stadt“ is on nearly every page of the fixture: more than one batch of ten.
      await page.goto(`${origin}/suche/?q=Stadt`);
      await expect.poll(() => page.textContent('[role="status"]'), { timeout: 15_000 }).toMatch(/^\d+ Treffer für „Stadt“$/);
      const total = Number((await page.textContent('[role="status"]'))?.split(' ')[0]);
      expect(total).toBeGreaterThan(10);
      expect(await page.locator('main ol li').count()).toBe(10);
      await tabUntil(page, (f) => f?.tag === 'BUTTON' && f.text === 'Weitere Treffer anzeigen', 80);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('main ol li').count()).toBe(Math.min(total, 20));
      const eleventh = await page.locator('main ol li').nth(10).locator('a').getAttribute('href');
      expect((await focused(page))?.href).toBe(eleventh);
    } finally {
      await context.close();
    }
  });
});
