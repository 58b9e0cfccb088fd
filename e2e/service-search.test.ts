/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate callbacks run in the browser: they need the DOM types.)
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readSnapshot, type Service } from '@stadtportal/shared';
import { parseHTML } from 'linkedom';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_ARGS } from '../scripts/a11y-gate.mjs';
import { startStaticServer } from '../scripts/lib/static-server.mjs';
import { REPO } from './helpers/paths.ts';
import { htmlFiles, urlPathOf } from './helpers/site.ts';

/*
 * A citizen who knows a service only by its everyday name („Adressänderung“, the card is called
 * „Umzug innerhalb der Stadt melden“) finds it with the site search, keyboard only, in Debian's
 * Chromium. The site is built from the fixture snapshot with `pnpm build` (Pagefind indexes the
 * visible „Auch bekannt als: …“ line of the card) and served as a static host would.
 */

const run = promisify(execFile);
const SITE = join(REPO, 'var', 'test', 'service-search-site');
const FIXTURE = join(REPO, 'site', 'test', 'fixtures', 'snapshot');
const SYNONYM = 'Adressänderung';
const SLUG = 'umzug-innerhalb-der-stadt';
const TARGET = `/leistungen/${SLUG}/`;

interface Focused {
  tag: string;
  href: string | null;
  inHeader: boolean;
  text: string;
}

function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    return { tag: el.tagName, href: el.getAttribute('href'), inHeader: el.closest('header') !== null, text: el.textContent?.trim() ?? '' };
  });
}

/** Presses Tab until `done` holds for the focused element; returns the elements passed on the way. */
async function tabUntil(page: Page, done: (f: Focused | null) => boolean, max: number): Promise<(Focused | null)[]> {
  const path: (Focused | null)[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    path.push(f);
    if (done(f)) return path;
  }
  throw new Error(`Nach ${max}× Tab nicht erreicht; Weg: ${JSON.stringify(path)}`);
}

describe('Leistung über ein Synonym finden, nur mit der Tastatur (Chromium)', () => {
  let server: Server;
  let origin: string;
  let browser: Browser;
  let service: Service;

  beforeAll(async () => {
    const snapshot = await readSnapshot(FIXTURE);
    const found = snapshot.services.find((s) => s.slug === SLUG);
    if (!found) throw new Error(`Die Fixture hat keine Leistung ${SLUG}`);
    service = found;
    await rm(SITE, { recursive: true, force: true });
    await run('bash', ['scripts/run.sh', 'build'], {
      cwd: REPO,
      env: { ...process.env, SNAPSHOT_DIR: FIXTURE, SITE_DIST: SITE },
      maxBuffer: 64 * 1024 * 1024,
    });
    ({ server, url: origin } = await startStaticServer(SITE, 0));
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  it('hat das Synonym nicht im Titel, aber sichtbar auf der Leistungsseite – und auf keiner anderen Seite (Voraussetzung)', async () => {
    expect(service.synonyms).toContain(SYNONYM);
    expect(service.title.toLowerCase()).not.toContain(SYNONYM.toLowerCase());
    const withWord: string[] = [];
    for (const file of await htmlFiles(SITE)) {
      const { document } = parseHTML(await readFile(file, 'utf8'));
      if (document.querySelector('main')?.textContent?.includes(SYNONYM)) withWord.push(urlPathOf(SITE, file));
    }
    expect(withWord).toEqual([TARGET]);
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
