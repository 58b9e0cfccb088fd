import { spawn } from 'node:child_process';
import { access, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSnapshot, type NewsArticle, type Snapshot } from '@stadtportal/shared';
import { parseHTML } from 'linkedom';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The RSS feeds of a real `astro build` with the fixture snapshot, read back with parsers that
 * share no code with @astrojs/rss (which writes with fast-xml-parser): rss-parser (xml2js/sax)
 * for the feed as a reader sees it, linkedom's XML parser for the raw elements. Expectations
 * come from the snapshot, never from the site's own feed code.
 */

const SITE_DIR = fileURLToPath(new URL('../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./fixtures/snapshot/', import.meta.url));
const ASTRO_BIN = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const SITE = 'https://www.aschersleben.example';
const BUILD_TIMEOUT = 180_000;
const SUBSCRIBE = 'Meldungen als RSS-Feed abonnieren';

/*
 * The output folder lies inside the site folder on purpose: Astro keeps its prerender chunks in
 * the output folder only when that is below the working directory, else in the shared
 * site/.astro/.prerender, where a build running at the same time (test/build.test.ts runs in
 * parallel) deletes them mid-build. The chunks must also resolve the site's node_modules.
 * .astro/ is git-ignored.
 */
async function astroBuild(outDir: string): Promise<void> {
  // Far from Berlin, so a date that only looks right in the machine's time zone fails.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    SNAPSHOT_DIR: FIXTURE,
    SITE_URL: SITE,
    TZ: 'Pacific/Kiritimati',
    NO_COLOR: '1',
    CI: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const output = await new Promise<{ code: number | null; text: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO_BIN, 'build', '--outDir', outDir], { cwd: SITE_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, text }));
  });
  if (output.code !== 0) throw new Error(`astro build ist fehlgeschlagen:\n${output.text}`);
}

/** "/a/b/" → "a/b/index.html", "/a/rss.xml" → "a/rss.xml" (build.format: 'directory'). */
const fileOf = (path: string) => (path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1));

/** The site path of an absolute URL on SITE; fails the test for any other host. */
function sitePath(url: string | undefined): string {
  const u = new URL(url ?? '');
  expect(u.origin).toBe(SITE);
  return u.pathname;
}

/** Day and time of an instant on the wall clock in Berlin, "YYYY-MM-DD HH:mm" (Intl, not date-fns). */
const berlinWallClock = (instant: Date): string =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);

const newestFirst = (news: readonly NewsArticle[]) => [...news].sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));

describe('RSS feeds of a build with the fixture snapshot', () => {
  let outDir: string;
  let snapshot: Snapshot;
  let files: Set<string>;
  const rssParser = new Parser();
  const orgName = (id: string) => snapshot.organisations.find((o) => o.documentId === id)?.name;

  beforeAll(async () => {
    snapshot = await readSnapshot(FIXTURE);
    const parent = join(SITE_DIR, '.astro', 'test-builds');
    await mkdir(parent, { recursive: true });
    outDir = await mkdtemp(join(parent, 'rss-'));
    await astroBuild(outDir);
    const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
    files = new Set(entries.filter((e) => e.isFile()).map((e) => relative(outDir, join(e.parentPath, e.name))));
  }, BUILD_TIMEOUT);
  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  const read = (file: string) => readFile(join(outDir, file), 'utf8');
  const html = async (file: string) => parseHTML(await read(file)).document;
  const feed = async (file: string) => rssParser.parseString(await read(file));

  it('writes one feed for all news and one per organisation that has news, and no other', () => {
    const withNews = snapshot.organisations.filter((o) => snapshot.news.some((n) => n.organisation === o.documentId));
    expect(withNews.length).toBeLessThan(snapshot.organisations.length);
    expect([...files].filter((f) => f.endsWith('rss.xml')).sort()).toEqual(
      ['aktuelles/rss.xml', ...withNews.map((o) => `einrichtungen/${o.slug}/rss.xml`)].sort(),
    );
    // The organisation page and the feed share the folder /einrichtungen/<slug>/.
    for (const o of withNews) expect(files.has(`einrichtungen/${o.slug}/index.html`), o.slug).toBe(true);
  });

  it('describes the all-news channel in German, with language and self link', async () => {
    const f = await feed('aktuelles/rss.xml');
    expect(f.title).toBe('Aktuelles – Stadt Aschersleben');
    expect(f.description).toBe('Meldungen und Pressemitteilungen von Stadt Aschersleben und ihren Einrichtungen.');
    expect(f.link).toBe(`${SITE}/aktuelles/`);
    expect(f.language).toBe('de-de');
    expect(f.feedUrl).toBe(`${SITE}/aktuelles/rss.xml`);

    const doc = new (parseHTML('<html></html>').DOMParser)().parseFromString(await read('aktuelles/rss.xml'), 'text/xml');
    expect(doc.documentElement.getAttribute('version')).toBe('2.0');
    const self = doc.getElementsByTagName('atom:link')[0];
    expect(self?.getAttribute('rel')).toBe('self');
    expect(self?.getAttribute('type')).toBe('application/rss+xml');
    expect(doc.documentElement.getAttribute('xmlns:atom')).toBe('http://www.w3.org/2005/Atom');
    expect([...doc.querySelectorAll('guid')].map((g) => g.getAttribute('isPermaLink'))).toEqual(snapshot.news.map(() => 'true'));
  });

  it('lists every news item, newest first, with title, teaser, organisation and permalink', async () => {
    const expected = newestFirst(snapshot.news);
    const f = await feed('aktuelles/rss.xml');
    expect(f.items.map((i) => i.title)).toEqual(expected.map((n) => n.title));
    f.items.forEach((item, i) => {
      const n = expected[i] as NewsArticle;
      expect(item.link, n.slug).toBe(`${SITE}/aktuelles/${n.slug}/`);
      expect(item.guid, n.slug).toBe(item.link);
      expect(item.content, n.slug).toBe(n.teaser);
      expect(item.creator, n.slug).toBe(orgName(n.organisation));
      expect(item.categories, n.slug).toEqual([orgName(n.organisation)]);
    });
  });

  it('keeps umlauts, German quotes and ampersands in titles and teasers', async () => {
    const special = snapshot.news.find((n) => n.slug === 'fruehlingsfest-grauer-hof');
    expect(special?.title).toMatch(/[„“&äöüß]/);
    const xml = await read('aktuelles/rss.xml');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const item = (await feed('aktuelles/rss.xml')).items.find((i) => i.link === `${SITE}/aktuelles/fruehlingsfest-grauer-hof/`);
    expect(item?.title).toBe('Frühlingsfest im Grauen Hof: „Musik & Märchen“ für Groß und Klein');
    expect(item?.content).toBe(special?.teaser);
    // The ampersand is escaped once: raw it would not parse, twice it would show as "&amp;".
    expect(xml).toContain('<title>Frühlingsfest im Grauen Hof: „Musik &amp; Märchen“ für Groß und Klein</title>');
  });

  it('dates every item at 00:00 in Berlin on its news date, in summer (CEST) and in winter (CET)', async () => {
    const byLink = new Map(snapshot.news.map((n) => [`${SITE}/aktuelles/${n.slug}/`, n]));
    const items = (await feed('aktuelles/rss.xml')).items;
    for (const item of items) {
      const n = byLink.get(item.link ?? '');
      // rss-parser reads pubDate into isoDate, an instant; on the Berlin clock it is midnight of the news day.
      expect(berlinWallClock(new Date(item.isoDate ?? '')), item.link).toBe(`${n?.date} 00:00`);
      expect(item.pubDate, item.link).toMatch(
        /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} 00:00:00 \+0[12]00$/,
      );
    }
    const pubDate = (slug: string) => items.find((i) => i.link === `${SITE}/aktuelles/${slug}/`)?.pubDate;
    expect(pubDate('amtsblatt-erschienen')).toBe('Thu, 22 Oct 2026 00:00:00 +0200'); // summer time
    expect(pubDate('strompreise-2027')).toBe('Thu, 29 Oct 2026 00:00:00 +0100'); // winter time, the week after
    expect(pubDate('ferienpass')).toBe('Mon, 31 Aug 2026 00:00:00 +0200');
    expect(pubDate('weihnachtsmarkt-eroeffnet')).toBe('Tue, 24 Nov 2026 00:00:00 +0100');
    // The clocks go forward at 02:00 that night: midnight is still winter time.
    expect(pubDate('fruehlingsfest-grauer-hof')).toBe('Sun, 29 Mar 2026 00:00:00 +0100');
  });

  it('links only to pages of the build', async () => {
    for (const file of [...files].filter((f) => f.endsWith('rss.xml'))) {
      const f = await feed(file);
      const links = [f.link, f.feedUrl, ...f.items.map((i) => i.link)];
      for (const link of links) expect(files.has(fileOf(sitePath(link))), `${file} → ${link}`).toBe(true);
      expect(f.feedUrl, file).toBe(`${SITE}/${file}`);
    }
  });

  it('gives each organisation with news a feed of exactly its news, titled with its name', async () => {
    for (const org of snapshot.organisations) {
      const own = newestFirst(snapshot.news.filter((n) => n.organisation === org.documentId));
      if (own.length === 0) continue;
      const f = await feed(`einrichtungen/${org.slug}/rss.xml`);
      expect(f.title).toBe(`Meldungen von ${org.name}`);
      expect(f.description).toBe(`Meldungen und Pressemitteilungen von ${org.name}.`);
      expect(f.link).toBe(`${SITE}/einrichtungen/${org.slug}/`);
      expect(f.language).toBe('de-de');
      expect(f.items.map((i) => i.link)).toEqual(own.map((n) => `${SITE}/aktuelles/${n.slug}/`));
      expect(f.items.map((i) => i.creator)).toEqual(own.map(() => org.name));
    }
  });

  it('announces the feeds in the head of the news list and of organisation pages, and links them visibly', async () => {
    const expectFeed = async (page: string, href: string, title: string) => {
      const doc = await html(page);
      const alternates = [...doc.querySelectorAll('head link[rel="alternate"][type="application/rss+xml"]')];
      expect(
        alternates.map((l) => [l.getAttribute('href'), l.getAttribute('title')]),
        page,
      ).toEqual([[href, title]]);
      // The title the page announces is the channel's own.
      expect((await feed(fileOf(sitePath(href)))).title, page).toBe(title);
      const visible = [...doc.querySelectorAll('main a')].filter((a) => a.textContent === SUBSCRIBE);
      expect(
        visible.map((a) => a.getAttribute('href')),
        page,
      ).toEqual([sitePath(href)]);
    };
    for (const page of ['aktuelles/index.html', 'aktuelles/seite/2/index.html']) {
      await expectFeed(page, `${SITE}/aktuelles/rss.xml`, 'Aktuelles – Stadt Aschersleben');
    }
    for (const org of snapshot.organisations) {
      if (!snapshot.news.some((n) => n.organisation === org.documentId)) continue;
      await expectFeed(`einrichtungen/${org.slug}/index.html`, `${SITE}/einrichtungen/${org.slug}/rss.xml`, `Meldungen von ${org.name}`);
    }
  });

  it('neither announces nor links a feed for an organisation without news', async () => {
    const org = snapshot.organisations.find((o) => o.documentId === 'o-abwasser');
    expect(org).toBeDefined();
    expect(snapshot.news.filter((n) => n.organisation === org?.documentId)).toEqual([]);
    const page = `einrichtungen/${org?.slug}/index.html`;
    await expect(access(join(outDir, `einrichtungen/${org?.slug}/rss.xml`))).rejects.toThrow(/ENOENT/);
    const doc = await html(page);
    expect(doc.querySelector('main h1')?.textContent).toBe(org?.name);
    expect(doc.querySelectorAll('link[rel="alternate"]')).toHaveLength(0);
    expect([...doc.querySelectorAll('a')].filter((a) => a.textContent === SUBSCRIBE || (a.getAttribute('href') ?? '').endsWith('rss.xml'))).toEqual([]);
  });
});
