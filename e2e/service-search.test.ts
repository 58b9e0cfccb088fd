/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate callbacks run in the browser: they need the DOM types.)
import { join } from 'node:path';
import { readSnapshot, type Service } from '@stadtportal/shared';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndServeFixture, FIXTURE, pagesContaining, tabUntil, type ServedSite } from './helpers/browser.ts';
import { REPO } from './helpers/paths.ts';

/*
 * A citizen who knows a service only by its everyday name („Adressänderung“, the card is called
 * „Umzug innerhalb der Stadt melden“) finds it with the site search, keyboard only, in Debian's
 * Chromium. The site is built from the fixture snapshot with `pnpm build` (Pagefind indexes the
 * visible „Auch bekannt als: …“ line of the card) and served as a static host would.
 */

const SITE = join(REPO, 'var', 'test', 'service-search-site');
const SYNONYM = 'Adressänderung';
const SLUG = 'umzug-innerhalb-der-stadt';
const TARGET = `/leistungen/${SLUG}/`;

describe('Leistung über ein Synonym finden, nur mit der Tastatur (Chromium)', () => {
  let site: ServedSite;
  let origin: string;
  let browser: Browser;
  let service: Service;

  beforeAll(async () => {
    const snapshot = await readSnapshot(FIXTURE);
    const found = snapshot.services.find((s) => s.slug === SLUG);
    if (!found) throw new Error(`Die Fixture hat keine Leistung ${SLUG}`);
    service = found;
    site = await buildAndServeFixture(SITE);
    ({ origin, browser } = site);
  }, 600_000);

  afterAll(async () => {
    await site?.close();
  });

  it('hat das Synonym nicht im Titel, aber sichtbar auf der Leistungsseite – und auf keiner anderen Seite (Voraussetzung)', async () => {
    expect(service.synonyms).toContain(SYNONYM);
    expect(service.title.toLowerCase()).not.toContain(SYNONYM.toLowerCase());
    expect(await pagesContaining(SITE, SYNONYM)).toEqual([TARGET]);
  });

  it('findet die Leistung: Tab zum Suchfeld, Synonym, Enter, Tab zum Treffer, Enter – die Leistungsseite ist offen', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/`);
      const path = await tabUntil(page, (f) => f?.tag === 'INPUT', 5);
      expect(path[0]?.text).toBe('Zum Inhalt springen');
      expect(path.at(-1)?.inHeader).toBe(true);

      await page.keyboard.type(SYNONYM);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${origin}/suche/?q=${encodeURIComponent(SYNONYM)}`);
      await expect.poll(() => page.textContent('[role="status"]'), { timeout: 15_000 }).toBe(`1 Treffer für „${SYNONYM}“`);
      const result = page.locator('main ol li a').first();
      expect(await result.getAttribute('href')).toBe(TARGET);
      expect(await result.textContent()).toBe(service.title);

      const steps = await tabUntil(page, (f) => f?.tag === 'A' && f.href === TARGET && !f.inHeader, 40);
      expect(steps.length).toBeGreaterThan(1);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${origin}${TARGET}`);
      expect(await page.textContent('main h1')).toBe(service.title);
      expect(await page.locator('main .service-synonyms').innerText()).toContain(SYNONYM);
    } finally {
      await context.close();
    }
  });
});
