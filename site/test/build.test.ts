import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { formatFileSize, PUBLICATION_CATEGORIES, PUBLICATION_LANGUAGES, readSnapshot, type PublicationCategory, type Snapshot } from '@stadtportal/shared';
import ICAL from 'ical.js';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BARRIER_FORM_PATH, BARRIER_THANKS_PATH, FEEDBACK_FIELDS, FEEDBACK_PATH } from '@stadtportal/shared/rules';
import { computePagePaths } from '../src/lib/content.ts';
import { eventPath, feedbackUnavailablePath, officePath, requestErrorPath, servicePath } from '../src/lib/urls.ts';
import { PAYMENT_OUTCOMES, paymentReturnPath } from '../src/lib/online-services.ts';
import { amtsblattByYear, currentNotices, isPublished, issuedBy, noticesByYear, todayInBerlin } from '../src/lib/notices.ts';
import { computeEnglishPaths } from '../src/lib/i18n.ts';
import { OPARL_REFERENCE, officialValidators, walkBuiltOparl } from './helpers/oparl-walk.ts';
import { BUILD_TIMEOUT, FIXTURE, SITE_URL, siteBuild, type BuildResult } from './helpers/astro-build.ts';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/*
 * The real thing: `astro build` in a child process, with the fixture snapshot, into a temporary
 * folder. Builds share the site's .astro/ folder, so they run one after another (one file).
 */

/** The one page with JavaScript (the search island), and the one page not in the search index besides 404. */
const SEARCH_PAGE = 'suche/index.html';
/** Built, but neither in the sitemap nor in the search index (issue 17). */
const NOT_LISTED_FEEDBACK = [BARRIER_THANKS_PATH, feedbackUnavailablePath()];
/** Pages nginx answers errors with: built, never in the sitemap or the search index. */
const ERROR_PAGES = ['404.html', '410/index.html', `${requestErrorPath().slice(1)}index.html`];
const astroBuild = siteBuild;

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** "/a/b/" → "a/b/index.html" (build.format: 'directory'). */
const fileOf = (path: string) => (path === '/' ? 'index.html' : `${path.slice(1)}index.html`);

/** The English home page and one page per translation (docs/adr/0005-english-translations.md). */
function englishPaths(s: Snapshot): string[] {
  return ['/en/', ...computeEnglishPaths(s.pages, s.translations.en.pages).values()];
}
const isEnglish = (file: string) => file.startsWith('en/');

/** Amtsblatt and notices: index pages, one archive page per year, one page per published notice. */
function noticePaths(s: Snapshot): string[] {
  const today = todayInBerlin();
  return [
    '/amtsblatt/',
    ...[...amtsblattByYear(issuedBy(s.amtsblatt, today)).keys()].map((y) => `/amtsblatt/${y}/`),
    '/bekanntmachungen/',
    ...s.notices.filter((n) => isPublished(n, today)).map((n) => `/bekanntmachungen/${n.slug}/`),
    ...[...noticesByYear(s.notices, today).keys()].map((y) => `/bekanntmachungen/archiv/${y}/`),
  ];
}

/**
 * Events of the fixture at BUILD_TIME, written out (not computed with the site's code): list,
 * archive, one page per event, filter pages for months, categories and organisers that have
 * upcoming events. Upcoming: Weihnachtsmarkt (27. 11.–22. 12.), Weihnachtsbaumverbrennen (Jan.),
 * Bürgerforum (Feb.), Frühlingskonzert (März).
 */
function eventPaths(s: Snapshot): string[] {
  return [
    '/veranstaltungen/',
    '/veranstaltungen/archiv/',
    ...s.events.map((e) => `/veranstaltungen/${e.slug}/`),
    ...['2026-11', '2026-12', '2027-01', '2027-02', '2027-03'].map((m) => `/veranstaltungen/monat/${m}/`),
    ...['fest', 'konzert', 'beteiligung'].map((c) => `/veranstaltungen/kategorie/${c}/`),
    ...['aschersleber-kulturanstalt', 'stadt-aschersleben', 'freiwillige-feuerwehr-aschersleben'].map((o) => `/veranstaltungen/veranstalter/${o}/`),
  ];
}

/** Services A–Z and life events: index pages and one page per entry. */
function servicePaths(s: Snapshot): string[] {
  return ['/leistungen/', ...s.services.map((x) => `/leistungen/${x.slug}/`), '/lebenslagen/', ...s.lifeEvents.map((l) => `/lebenslagen/${l.slug}/`)];
}

/** Council information (/rat/): overview, one page per body, meeting and paper, the calendar and the paper list. */
function councilPaths(s: Snapshot): string[] {
  return [
    '/rat/',
    ...s.council.organizations.map((o) => `/rat/gremien/${o.slug}/`),
    '/rat/sitzungen/',
    ...s.council.meetings.map((m) => `/rat/sitzungen/${m.slug}/`),
    '/rat/drucksachen/',
    ...s.council.papers.map((p) => `/rat/drucksachen/${p.slug}/`),
  ];
}

function expectedPaths(s: Snapshot): string[] {
  return [
    '/',
    ...computePagePaths(s.pages).values(),
    '/einrichtungen/',
    ...s.organisations.map((o) => `/einrichtungen/${o.slug}/`),
    '/aktuelles/',
    '/aktuelles/seite/2/',
    ...s.news.map((n) => `/aktuelles/${n.slug}/`),
    '/suche/',
    '/aemter/',
    ...s.offices.map((o) => `/aemter/${o.slug}/`),
    ...servicePaths(s),
    ...eventPaths(s),
    ...noticePaths(s),
    ...englishPaths(s),
    ...councilPaths(s),
    // Town map, one page per place, publications (ADR 0013).
    '/orte/',
    ...s.places.map((p) => `/orte/${p.slug}/`),
    '/publikationen/',
    // The barrier report form (issue 17); its confirmation is outside the sitemap.
    BARRIER_FORM_PATH,
  ];
}

const temp: string[] = [];
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `stadtportal-site-${prefix}-`));
  temp.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of temp) await rm(dir, { recursive: true, force: true });
});

describe('astro build with the fixture snapshot', () => {
  let outDir: string;
  let result: BuildResult;
  let snapshot: Snapshot;
  let files: string[];
  let html: Map<string, Document>;

  beforeAll(async () => {
    snapshot = await readSnapshot(FIXTURE);
    outDir = await tempDir('out');
    result = await astroBuild(FIXTURE, outDir);
    if (result.code !== 0) throw new Error(`astro build ist fehlgeschlagen:\n${result.lines.join('\n')}`);
    files = await filesIn(outDir);
    html = new Map();
    for (const f of files.filter((f) => f.endsWith('.html'))) {
      html.set(f, parseHTML(await readFile(join(outDir, f), 'utf8')).document);
    }
  }, BUILD_TIMEOUT);

  it('keeps every content page within the page-weight budget: ≤ 15 KB gzip for HTML, CSS and JS together (bench/)', async () => {
    // Budget from issue 7 (a typical content page ≤ 15 KB); the benchmark reports every page type.
    // Counted: the HTML and every stylesheet and script it loads on first view, gzip level 9.
    const gz = async (file: string) => gzipSync(await readFile(join(outDir, file)), { level: 9 }).length;
    const pages = [...computePagePaths(snapshot.pages).values()].map(fileOf);
    expect(pages.length).toBeGreaterThan(10);
    for (const f of pages) {
      const doc = html.get(f);
      expect(doc, f).toBeDefined();
      const assets = [...(doc?.querySelectorAll('link[rel="stylesheet"], link[rel="modulepreload"], script[src]') ?? [])].map((el) =>
        (el.getAttribute('href') ?? el.getAttribute('src') ?? '').slice(1),
      );
      expect(assets.filter((a) => a.endsWith('.css')).length, f).toBeGreaterThan(0);
      let bytes = await gz(f);
      for (const a of assets) bytes += await gz(a);
      expect(bytes, f).toBeLessThanOrEqual(15 * 1024);
    }
  });

  it('writes exactly one HTML file per page, organisation, news article and list page, plus the error pages', () => {
    // The payment return pages (ADR 0009) are built, but not in the sitemap (noindex).
    const expected = [
      ...expectedPaths(snapshot).map(fileOf),
      ...ERROR_PAGES,
      ...PAYMENT_OUTCOMES.map((o) => fileOf(paymentReturnPath(o))),
      ...NOT_LISTED_FEEDBACK.map(fileOf),
    ].sort();
    expect([...html.keys()].sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(35);
  });

  it('lists every page except 404 in the sitemap, at SITE_URL', async () => {
    const sitemap = await readFile(join(outDir, 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
    expect(urls).toEqual(
      expectedPaths(snapshot)
        .map((p) => `${SITE_URL}${p}`)
        .sort(),
    );
    expect(await readFile(join(outDir, 'sitemap-index.xml'), 'utf8')).toContain(`${SITE_URL}/sitemap-0.xml`);
  });

  it('ships JavaScript only on the search page, the office pages and pages with an embeddable Online-Dienst: one module per island, no script anywhere else', async () => {
    // The office pages carry the opening-status timeline script (docs/adr/0004-opening-hours.md);
    // pages with an iframe/script Online-Dienst and the privacy page the consent island (ADR 0009).
    // Link-only Online-Dienste (payment) need no script.
    const officePages = new Set(snapshot.offices.map((o) => `aemter/${o.slug}/index.html`));
    // Places with opening hours carry the same opening-status script; the town map its island (ADR 0013).
    const placeHourPages = new Set(snapshot.places.filter((p) => p.openingHours !== null).map((p) => `orte/${p.slug}/index.html`));
    expect(placeHourPages.size).toBeGreaterThanOrEqual(2);
    const MAP_PAGE = 'orte/index.html';
    expect(officePages.size).toBeGreaterThanOrEqual(2);
    const pagePaths = computePagePaths(snapshot.pages);
    const englishPaths = computeEnglishPaths(snapshot.pages, snapshot.translations.en.pages);
    const slugOf = new Map([
      ...snapshot.services.map((x) => [x.documentId, `leistungen/${x.slug}/`] as const),
      ...snapshot.offices.map((x) => [x.documentId, `aemter/${x.slug}/`] as const),
    ]);
    const embedded = snapshot.onlineServices.filter((o) => o.embedMode !== 'link');
    const islandPages = new Set([
      ...embedded.flatMap((o) => [...o.services, ...o.offices].map((id) => `${slugOf.get(id)}index.html`)),
      ...embedded.flatMap((o) => o.pages.map((id) => fileOf(pagePaths.get(id) ?? ''))),
      fileOf(pagePaths.get(snapshot.settings.legalPages.datenschutz) ?? ''),
      // The English versions of those content pages show the same cards.
      ...[...embedded.flatMap((o) => o.pages), snapshot.settings.legalPages.datenschutz].flatMap((id) => {
        const en = englishPaths.get(id);
        return en === undefined ? [] : [fileOf(en)];
      }),
    ]);
    expect(islandPages.size).toBeGreaterThanOrEqual(6);
    for (const f of html.keys()) {
      if (f === SEARCH_PAGE || officePages.has(f) || islandPages.has(f) || placeHourPages.has(f) || f === MAP_PAGE) continue;
      // JSON-LD (service cards) is data, not a script: the browser does not run it.
      expect(await readFile(join(outDir, f), 'utf8'), f).not.toMatch(/<script(?![^>]*\stype="application\/ld\+json")/i);
    }
    const modulesOf = (f: string) => {
      // As files (the CSP forbids inline scripts).
      const scripts = [...(html.get(f)?.querySelectorAll('script:not([type="application/ld+json"])') ?? [])];
      for (const script of scripts) {
        expect(script.getAttribute('type'), f).toBe('module');
        expect(script.getAttribute('src'), f).toMatch(/^\/_astro\/[^/]+\.js$/);
        expect(script.textContent, f).toBe('');
      }
      return scripts.map((x) => x.getAttribute('src')?.slice(1) ?? '').sort();
    };
    const [searchModule = '', ...moreSearch] = modulesOf(SEARCH_PAGE);
    expect(moreSearch, SEARCH_PAGE).toEqual([]);
    const single = (files: string[]) => {
      const modules = new Set(
        files.map((f) => {
          const m = modulesOf(f);
          expect(m, f).toHaveLength(1);
          return m[0];
        }),
      );
      // All pages of one island share one bundle.
      expect(modules.size).toBe(1);
      return [...modules][0] ?? '';
    };
    const consentModule = single([...islandPages].filter((f) => !officePages.has(f)));
    // Office pages: the opening-status module, plus the consent module where the office has an embedded Online-Dienst.
    const openingModules = new Set([...officePages].flatMap((f) => modulesOf(f).filter((m) => m !== consentModule)));
    expect(openingModules.size).toBe(1);
    const openingModule = [...openingModules][0] ?? '';
    for (const f of officePages) expect(modulesOf(f), f).toEqual((islandPages.has(f) ? [openingModule, consentModule] : [openingModule]).sort());
    for (const f of placeHourPages) expect(modulesOf(f), f).toEqual([openingModule]);
    const [mapModule = '', ...moreMap] = modulesOf(MAP_PAGE);
    expect(moreMap, MAP_PAGE).toEqual([]);
    expect(new Set([searchModule, openingModule, consentModule, mapModule]).size).toBe(4);
    const js = files.filter((f) => /\.m?js$/.test(f));
    // The consent store (lib/consent.ts) is shared by the consent island and the map: Vite puts it
    // in one chunk both modules import — still one implementation, loaded once.
    const roots = [searchModule, openingModule, consentModule, mapModule];
    const chunks = (
      await Promise.all(roots.map(async (m) => [...(await readFile(join(outDir, m), 'utf8')).matchAll(/from"\.\/([^"]+\.js)"/g)].map((x) => `_astro/${x[1]}`)))
    ).flat();
    expect(js.filter((f) => !f.startsWith('pagefind/')).sort()).toEqual([...new Set([...roots, ...chunks])].sort());
    expect(js).toContain('pagefind/pagefind.js');
  });

  it('renders places: the list by category with addresses (the content of the map without JS), and a place page with the office opening hours, geo: and OSM links', () => {
    const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
    const list = html.get('orte/index.html');
    const listed = [...(list?.querySelectorAll('[data-place-list] a') ?? [])].map((a) => a.getAttribute('href')).sort();
    expect(listed).toEqual(snapshot.places.map((p) => `/orte/${p.slug}/`).sort());
    const markers = JSON.parse(list?.querySelector('city-map')?.getAttribute('data-markers') ?? '[]') as { href: string }[];
    expect(markers.map((m) => m.href).sort()).toEqual(listed);
    // Nothing in the HTML loads a tile: the template sits in a data attribute only.
    expect(list?.querySelector('img[src*="{z}"], img[src^="http"]')).toBeNull();
    const museum = html.get('orte/museum-aschersleben/index.html');
    expect(text(museum?.querySelector('h1'))).toBe('Museum Aschersleben');
    expect(text(museum?.querySelector('.opening-hours [data-status]'))).toMatch(/^(Heute geöffnet bis \d\d:\d\d Uhr|Jetzt geschlossen|Heute geschlossen)/);
    expect([...(museum?.querySelectorAll('.opening-hours-table tbody tr') ?? [])]).toHaveLength(7);
    expect(museum?.querySelector('a[href^="geo:"]')?.getAttribute('href')).toBe('geo:51.75668,11.46262?q=51.75668,11.46262(Museum%20Aschersleben)');
    // A place without opening hours says so instead of an empty table.
    expect(text(html.get('orte/bestehornpark/index.html')?.querySelector('main'))).toContain('Frei zugänglich, keine festen Öffnungszeiten.');
  });

  it('links every place page to its coordinates: a geo: URI (RFC 5870) and openstreetmap.org with a marker', () => {
    expect(snapshot.places.length).toBeGreaterThanOrEqual(5);
    const num = String.raw`(-?\d+(?:\.\d+)?)`;
    const geoPattern = new RegExp(`^geo:${num},${num}\\?q=${num},${num}\\((.+)\\)$`);
    for (const place of snapshot.places) {
      const f = `orte/${place.slug}/index.html`;
      const main = html.get(f)?.querySelector('main');
      const { lat, lon } = place.coordinates;
      const geo = [...(main?.querySelectorAll('a[href^="geo:"]') ?? [])].map((a) => a.getAttribute('href') ?? '');
      expect(geo, f).toHaveLength(1);
      const m = geoPattern.exec(geo[0] ?? '');
      expect(m, `${f}: ${geo[0]}`).not.toBeNull();
      const [geoLat, geoLon, qLat, qLon] = (m?.slice(1, 5) ?? []).map(Number);
      for (const [got, want] of [
        [geoLat, lat],
        [geoLon, lon],
        [qLat, lat],
        [qLon, lon],
      ] as const)
        expect(got, f).toBeCloseTo(want, 6);
      expect(decodeURIComponent(m?.[5] ?? ''), f).toBe(place.name);

      const osm = [...(main?.querySelectorAll('a[href^="https://www.openstreetmap.org/"]') ?? [])].map((a) => new URL(a.getAttribute('href') ?? ''));
      const marker = osm.filter((u) => u.searchParams.has('mlat'));
      expect(marker, f).toHaveLength(1);
      const url = marker[0];
      expect(Number(url?.searchParams.get('mlat')), f).toBeCloseTo(lat, 6);
      expect(Number(url?.searchParams.get('mlon')), f).toBeCloseTo(lon, 6);
      // The map view (#map=zoom/lat/lon) is centred on the place too.
      const view = /^#map=\d+\/(-?[\d.]+)\/(-?[\d.]+)$/.exec(url?.hash ?? '');
      expect(view, `${f}: ${url?.href}`).not.toBeNull();
      expect(Number(view?.[1]), f).toBeCloseTo(lat, 6);
      expect(Number(view?.[2]), f).toBeCloseTo(lon, 6);
    }
  });

  it('lists every publication on /publikationen/ with title, date, file size, language and the accessible-PDF flag, by category (list order) and year (newest first)', () => {
    const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const main = html.get('publikationen/index.html')?.querySelector('main');
    expect(snapshot.publications.length).toBeGreaterThanOrEqual(2);
    // The grouping the page must show, from the snapshot: categories in the contract's order, years newest first,
    // within a year the snapshot's order.
    const expected = (Object.keys(PUBLICATION_CATEGORIES) as PublicationCategory[])
      .map((category) => {
        const list = snapshot.publications.filter((p) => p.category === category);
        const years = [...new Set(list.map((p) => p.date.slice(0, 4)))].sort((a, b) => Number(b) - Number(a));
        return { category, years: years.map((year) => ({ year, publications: list.filter((p) => p.date.slice(0, 4) === year) })) };
      })
      .filter((g) => g.years.length > 0);
    const categorySections = [...(main?.querySelectorAll('section') ?? [])].filter((s) => [...s.children].some((c) => c.localName === 'h2'));
    expect(categorySections.map((s) => text(s.querySelector('h2')))).toEqual(expected.map((g) => PUBLICATION_CATEGORIES[g.category]));
    // Dates as German readers write them, computed here independently of the site's formatter.
    const longDate = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    let shown = 0;
    for (const [i, group] of expected.entries()) {
      const yearSections = [...(categorySections[i]?.querySelectorAll('section') ?? [])];
      expect(
        yearSections.map((s) => text(s.querySelector('h3'))),
        group.category,
      ).toEqual(group.years.map((y) => `Jahr ${y.year}`));
      for (const [j, year] of group.years.entries()) {
        const items = [...(yearSections[j]?.querySelectorAll('li') ?? [])];
        expect(
          items.map((li) => text(li.querySelector('.publication-title'))),
          `${group.category} ${year.year}`,
        ).toEqual(year.publications.map((p) => p.title));
        for (const [k, p] of year.publications.entries()) {
          const li = items[k];
          shown++;
          expect(li?.querySelector('.publication-title [lang]')?.getAttribute('lang') ?? 'de', p.slug).toBe(p.language);
          const meta = text(li?.querySelector('.meta'));
          expect(meta, p.slug).toContain(longDate.format(new Date(`${p.date}T00:00:00Z`)));
          expect(meta, p.slug).toContain(PUBLICATION_LANGUAGES[p.language]);
          expect(meta, p.slug).toContain(snapshot.organisations.find((o) => o.documentId === p.organisation)?.name ?? '(Herausgeber fehlt)');
          const link = li?.querySelector('a.document-link');
          expect(link?.getAttribute('href'), p.slug).toBe(`/medien/${p.file.file}`);
          expect(files, p.slug).toContain(`medien/${p.file.file}`);
          expect(text(link), p.slug).toBe(`${p.title} herunterladen (PDF, ${formatFileSize(p.file.size)})`);
          // A document in another language says so on its link (hreflang), German ones need not.
          expect(link?.getAttribute('hreflang') ?? 'de', p.slug).toBe(p.language);
          const paragraphs = [...(li?.querySelectorAll('p') ?? [])].map(text);
          expect(paragraphs.includes('Barrierefreies PDF'), p.slug).toBe(p.accessible);
          expect(
            paragraphs.some((t) => t.startsWith('Kein barrierefreies PDF')),
            p.slug,
          ).toBe(!p.accessible);
        }
      }
    }
    expect(shown).toBe(snapshot.publications.length);
    expect(main?.querySelectorAll('a.document-link')).toHaveLength(snapshot.publications.length);
    // The fixture has both states of the flag and both languages, so each branch above ran.
    expect(new Set(snapshot.publications.map((p) => p.accessible)).size).toBe(2);
    expect(new Set(snapshot.publications.map((p) => p.language)).size).toBe(2);
  });

  it('shows the umbrella brand — logo with alt text, claim „Älteste Stadt Sachsen-Anhalts“ — on every institution page and wherever else it is used', () => {
    const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const withBrand = [...html].filter(([, doc]) => doc.querySelector('.brand-block') !== null).map(([f]) => f);
    const institutions = snapshot.organisations.map((o) => `einrichtungen/${o.slug}/index.html`);
    expect(institutions.length).toBeGreaterThanOrEqual(2);
    expect(withBrand).toEqual(expect.arrayContaining(institutions));
    for (const f of withBrand) {
      const blocks = html.get(f)?.querySelectorAll('.brand-block') ?? [];
      expect(blocks, f).toHaveLength(1);
      const block = blocks[0];
      const logo = block?.querySelector('img');
      const src = logo?.getAttribute('src') ?? '';
      expect(src, f).toMatch(/^\/marke\/[^/]+\.svg$/);
      expect(files, f).toContain(src.slice(1));
      expect((logo?.getAttribute('alt') ?? '').trim(), f).not.toBe('');
      // The claim is text beside the logo (readable, translatable), not only part of the picture.
      expect(text(block?.querySelector('.brand-claim')), f).toBe('Älteste Stadt Sachsen-Anhalts');
      expect(block?.getAttribute('aria-label'), f).toBeTruthy();
    }
  });

  it('renders an office page: status line, weekly table, contact links, encoded OpenStreetMap link, accessibility', () => {
    const doc = html.get('aemter/buergerservice/index.html');
    if (!doc) throw new Error('aemter/buergerservice/index.html fehlt');
    const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
    expect(text(doc.querySelector('h1'))).toBe('Bürgerservice / Einwohnermeldeamt');
    expect(text(doc.querySelector('[data-status]'))).toMatch(/^(Heute geöffnet bis \d\d:\d\d Uhr|Jetzt geschlossen|Heute geschlossen)/);
    const rows = [...doc.querySelectorAll('.opening-hours-table tbody tr')].map((r) => `${text(r.querySelector('th'))} ${text(r.querySelector('td'))}`);
    expect(rows).toHaveLength(7);
    expect(rows[0]).toBe('Montag 09:00–12:00 Uhr');
    expect(rows[1]).toBe('Dienstag 09:00–12:00 Uhr und 13:00–18:00 Uhr');
    expect(rows[6]).toBe('Sonntag geschlossen');
    const map = [...doc.querySelectorAll('a')].find((a) => text(a) === 'Auf der Karte anzeigen (OpenStreetMap)');
    expect(map?.getAttribute('href')).toBe('https://www.openstreetmap.org/search?query=Markt%201%2C%2006449%20Aschersleben');
    expect(doc.querySelector('iframe')).toBeNull();
    expect(doc.querySelector('a[href="tel:03473958120"]')).not.toBeNull();
    expect(doc.querySelector('a[href="mailto:buergerservice@aschersleben.de"]')).not.toBeNull();
    const access = [...doc.querySelectorAll('.building-accessibility > div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]);
    expect(access).toEqual([
      ['Stufenloser Zugang', 'ja'],
      ['Barrierefreies WC', 'ja'],
      ['Parken', 'Zwei Behindertenparkplätze am Markt'],
      ['Hinweise', 'Aufzug in alle Etagen.'],
    ]);
    const other = html.get('aemter/kulturanstalt-besucherservice/index.html');
    const otherAccess = [...(other?.querySelectorAll('.building-accessibility > div') ?? [])].map((d) => [
      text(d.querySelector('dt')),
      text(d.querySelector('dd')),
    ]);
    expect(otherAccess).toEqual([
      ['Stufenloser Zugang', 'nein'],
      ['Barrierefreies WC', 'nein'],
    ]);
  });

  it('states opening statuses at the build time (BUILD_TIME), not the clock: two builds of one snapshot are identical', () => {
    const stand = 'Stand: 25. November 2026, 12:00 Uhr';
    expect(html.get('aemter/index.html')?.querySelector('main p.meta')?.textContent).toContain(stand);
    expect(html.get('aemter/buergerservice/index.html')?.querySelector('[data-stand]')?.textContent).toContain(stand);
  });

  it('lists every office in the directory, grouped by organisation, and on its organisation page', () => {
    const doc = html.get('aemter/index.html');
    const links = [...(doc?.querySelectorAll('main .office-teaser a[href^="/aemter/"]') ?? [])].map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(snapshot.offices.map((o) => `/aemter/${o.slug}/`).sort());
    const groups = [...(doc?.querySelectorAll('main section h2') ?? [])].map((h) => h.textContent);
    expect(groups).toEqual(['Stadt Aschersleben', 'Aschersleber Kulturanstalt']);
    const org = html.get('einrichtungen/stadt-aschersleben/index.html');
    expect(org?.querySelector('main a[href="/aemter/buergerservice/"]')).not.toBeNull();
    const nav = [...(doc?.querySelectorAll('nav a') ?? [])].map((a) => a.textContent?.trim());
    expect(nav).toContain('Ämter und Öffnungszeiten');
  });

  it('renders a service card: fixed sections in fixed order, „Keine Angaben“, synonyms, office, online, appointment, life events', () => {
    const doc = html.get('leistungen/personalausweis-beantragen/index.html');
    if (!doc) throw new Error('leistungen/personalausweis-beantragen/index.html fehlt');
    const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
    expect(text(doc.querySelector('main h1'))).toBe('Personalausweis beantragen');
    expect([...doc.querySelectorAll('main h2')].map(text)).toEqual([
      'Leistungsbeschreibung',
      'Wer kann die Leistung beantragen?',
      'Voraussetzungen',
      'Welche Unterlagen brauche ich?',
      'Gebühren',
      'Fristen',
      'Bearbeitungsdauer',
      'Rechtsgrundlagen',
      'Zuständige Stelle',
      'Online erledigen',
      'Termin vereinbaren',
      // After the card: the clarity rating (issue 17).
      'Ihre Meinung zu dieser Seite',
    ]);
    const section = (id: string) => doc.querySelector(`section[aria-labelledby="abschnitt-${id}"]`);
    expect(text(section('eligibility')?.querySelector('p'))).toBe('Keine Angaben');
    expect([...(section('fees')?.querySelectorAll('li') ?? [])].map(text)).toEqual(['ab 24 Jahren: 37,00 €', 'unter 24 Jahren: 22,80 €']);
    expect(text(doc.querySelector('.service-synonyms'))).toBe('Auch bekannt als: Perso, Ausweis');
    expect(doc.querySelector('main a[href="/aemter/buergerservice/"]')).not.toBeNull();
    expect(doc.querySelector('main a[href="tel:03473958120"]')).not.toBeNull();
    // Online-Dienste as consent-first cards (ADR 0009): appointment booking under „Termin vereinbaren“.
    const termin = doc.querySelector('section[aria-labelledby="termin"] online-service');
    expect(text(termin?.querySelector('h3'))).toBe('Termin online buchen');
    expect(termin?.getAttribute('data-start')).toBe('https://termine.aschersleben.de/buchen?standort=buergerservice&anliegen=99102013001000');
    expect(termin?.querySelector('a.external')?.getAttribute('href')).toBe('https://termine.aschersleben.de/');
    expect(doc.querySelector('main iframe, main script[src^="http"]')).toBeNull();
    expect(text(doc.querySelector('.service-leika'))).toBe('99102013001000');

    const full = html.get('leistungen/wohnsitz-anmelden/index.html');
    expect(full?.querySelector('section[aria-labelledby="termin"] online-service[data-origin="https://termine.aschersleben.de"]')).not.toBeNull();
    expect([...(full?.querySelectorAll('main .service-card h2') ?? [])].map(text).slice(-1)).toEqual(['Gehört zu diesen Lebenslagen']);
    expect(full?.querySelector('main a[href="/lebenslagen/umzug/"]')).not.toBeNull();
    expect(full?.querySelectorAll('.service-empty')).toHaveLength(1);

    // Without online service and appointment booking: both sections stay, with a sentence instead.
    const bare = html.get('leistungen/saal-mieten/index.html');
    expect(text(bare?.querySelector('section[aria-labelledby="termin"] p'))).toBe(
      'Ein Termin ist nicht nötig. Kommen Sie zu den Öffnungszeiten oder melden Sie sich telefonisch oder per E-Mail.',
    );
    expect(bare?.querySelector('section[aria-labelledby="termin"] a')).toBeNull();
    const none = html.get('leistungen/personalausweis-beantragen/index.html');
    expect(text(none?.querySelector('section[aria-labelledby="online"] > p'))).toBe('Für diese Leistung gibt es noch keinen Online-Dienst.');
    expect(bare?.querySelector('.service-synonyms')).toBeNull();
    expect(bare?.querySelectorAll('.service-empty')).toHaveLength(7);
  });

  it('gives every service card one GovernmentService in JSON-LD, every event page one Event, and no other page any', () => {
    const services = new Set(snapshot.services.map((x) => `leistungen/${x.slug}/index.html`));
    const events = new Set(snapshot.events.map((e) => `veranstaltungen/${e.slug}/index.html`));
    // Places: TouristAttraction for sights, museums and parks, Place otherwise (ADR 0013).
    const places = new Map(snapshot.places.map((p) => [`orte/${p.slug}/index.html`, p]));
    for (const [f, doc] of html) {
      const ld = [...doc.querySelectorAll('script[type="application/ld+json"]')];
      expect(ld, f).toHaveLength(services.has(f) || events.has(f) || places.has(f) ? 1 : 0);
      const type = () => (JSON.parse(ld[0]?.textContent ?? 'null') as { '@type'?: string })['@type'];
      if (events.has(f)) expect(type(), f).toBe('Event');
      const place = places.get(f);
      if (place) expect(type(), f).toBe(['sehenswuerdigkeit', 'museum', 'park'].includes(place.category) ? 'TouristAttraction' : 'Place');
    }
    const doc = html.get('leistungen/umzug-innerhalb-der-stadt/index.html');
    const data = JSON.parse(doc?.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null') as Record<string, unknown>;
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: 'Umzug innerhalb der Stadt melden',
      alternateName: ['Ummeldung', 'Adressänderung'],
      url: `${SITE_URL}/leistungen/umzug-innerhalb-der-stadt/`,
      provider: { '@type': 'GovernmentOrganization', name: 'Stadt Aschersleben', url: `${SITE_URL}/einrichtungen/stadt-aschersleben/` },
      areaServed: { '@type': 'City', name: 'Aschersleben' },
      availableChannel: [
        {
          '@type': 'ServiceChannel',
          serviceLocation: {
            name: 'Bürgerservice / Einwohnermeldeamt',
            address: { streetAddress: 'Markt 1', postalCode: '06449', addressLocality: 'Aschersleben' },
          },
          servicePhone: { telephone: '03473 958-120' },
          serviceUrl: 'https://termine.aschersleben.de/',
        },
      ],
    });
  });

  it("lists the services A–Z with a letter navigation (Ü under U, German order) and life events in the editor's order", () => {
    const doc = html.get('leistungen/index.html');
    const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
    const nav = doc?.querySelector('nav.letter-nav');
    expect(nav?.getAttribute('aria-label')).toBe('Leistungen nach Anfangsbuchstaben');
    expect(nav?.querySelectorAll('li')).toHaveLength(26);
    expect([...(nav?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      '#buchstabe-p',
      '#buchstabe-s',
      '#buchstabe-u',
      '#buchstabe-w',
    ]);
    expect(text(nav?.querySelector('li:first-child'))).toBe('A (keine Leistungen)');
    expect([...(doc?.querySelectorAll('main h2') ?? [])].map((h) => `${h.id}:${text(h)}`)).toEqual([
      'buchstabe-p:P',
      'buchstabe-s:S',
      'buchstabe-u:U',
      'buchstabe-w:W',
    ]);
    const u = [...(doc?.querySelectorAll('section[aria-labelledby="buchstabe-u"] h3') ?? [])].map(text);
    expect(u).toEqual(['Übermittlungssperre einrichten', 'Umzug innerhalb der Stadt melden']);

    const life = html.get('lebenslagen/umzug/index.html');
    expect([...(life?.querySelectorAll('main ol h3 a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      '/leistungen/wohnsitz-anmelden/',
      '/leistungen/umzug-innerhalb-der-stadt/',
      '/leistungen/uebermittlungssperre-einrichten/',
    ]);
    expect(html.get('lebenslagen/index.html')?.querySelector('main a[href="/lebenslagen/feier-planen/"]')).not.toBeNull();

    const office = html.get('aemter/buergerservice/index.html');
    expect(text(office?.querySelector('section[aria-labelledby="leistungen"] h2'))).toBe('Leistungen dieses Amts');
    expect(office?.querySelectorAll('section[aria-labelledby="leistungen"] li')).toHaveLength(4);
  });

  it('lists upcoming events by month with German dates, and past ones in the archive, newest first', () => {
    const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
    const list = html.get('veranstaltungen/index.html');
    if (!list) throw new Error('veranstaltungen/index.html fehlt');
    expect([...list.querySelectorAll('main section > h2')].map(text)).toEqual(['November 2026', 'Januar 2027', 'Februar 2027', 'März 2027']);
    expect([...list.querySelectorAll('main .event-teaser-title a')].map((a) => a.getAttribute('href'))).toEqual([
      '/veranstaltungen/weihnachtsmarkt-2026/',
      '/veranstaltungen/weihnachtsbaumverbrennen-2027/',
      '/veranstaltungen/buergerforum-2035/',
      '/veranstaltungen/fruehlingskonzert-2027/',
    ]);
    const when = [...list.querySelectorAll('main .event-when')].map(text);
    expect(when).toEqual([
      '27. November – 22. Dezember 2026',
      'Sa., 9. Januar 2027, 16:00–20:00 Uhr',
      'Do., 11. Februar 2027, 18:00–20:30 Uhr',
      'So., 28. März 2027, 17:00–18:30 Uhr',
    ]);
    expect(list.querySelector('nav.event-filters a[aria-current="page"]')?.getAttribute('href')).toBe('/veranstaltungen/');

    const december = html.get('veranstaltungen/monat/2026-12/index.html');
    expect([...(december?.querySelectorAll('main .event-teaser-title a') ?? [])].map(text)).toEqual(['Ascherslebener Weihnachtsmarkt']);
    expect(december?.querySelector('nav.event-filters a[aria-current="page"]')?.getAttribute('href')).toBe('/veranstaltungen/monat/2026-12/');
    const fest = html.get('veranstaltungen/kategorie/fest/index.html');
    expect([...(fest?.querySelectorAll('main .event-teaser-title a') ?? [])].map(text)).toEqual(['Ascherslebener Weihnachtsmarkt', 'Weihnachtsbaumverbrennen']);

    const archive = html.get('veranstaltungen/archiv/index.html');
    expect([...(archive?.querySelectorAll('main section > h2') ?? [])].map(text)).toEqual(['2026']);
    expect([...(archive?.querySelectorAll('main .event-teaser-title a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      '/veranstaltungen/lange-kinonacht-2026/',
      '/veranstaltungen/altstadtfuehrung-hanse/',
      '/veranstaltungen/stadtrat-maerz-2026/',
    ]);
    expect(text(archive?.querySelector('main .event-when'))).toBe('Sa., 24. Oktober 2026, 20:00 Uhr – So., 25. Oktober 2026, 02:30 Uhr');

    const org = html.get('einrichtungen/aschersleber-kulturanstalt/index.html');
    expect([...(org?.querySelectorAll('section[aria-labelledby="veranstaltungen"] .event-teaser-title a') ?? [])].map(text)).toEqual([
      'Ascherslebener Weihnachtsmarkt',
      'Frühlingskonzert: Schubert, Brahms; Chöre & Klavier',
    ]);
    expect(org?.querySelector('a[href="/einrichtungen/aschersleber-kulturanstalt/veranstaltungen.ics"]')).not.toBeNull();
  });

  it('renders an event page with all fields, calendar links and schema.org Event data', () => {
    const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
    const ld = (doc: Document | undefined) =>
      JSON.parse(doc?.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null') as Record<string, unknown>;
    const concert = html.get('veranstaltungen/fruehlingskonzert-2027/index.html');
    if (!concert) throw new Error('veranstaltungen/fruehlingskonzert-2027/index.html fehlt');
    expect(text(concert.querySelector('h1'))).toBe('Frühlingskonzert: Schubert, Brahms; Chöre & Klavier');
    const facts = Object.fromEntries(
      [...concert.querySelectorAll('.event-details > div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]),
    );
    expect(facts).toEqual({
      Wann: 'So., 28. März 2027, 17:00–18:30 Uhr',
      Wo: 'Kirche St. Stephani',
      Veranstalter: 'Aschersleber Kulturanstalt',
      Kategorie: 'Konzert',
      Eintritt: '14 €, ermäßigt 9 €',
      Barrierefreiheit: 'Das Hauptportal hat eine Rampe.',
    });
    expect(concert.querySelector('a[href="/veranstaltungen/fruehlingskonzert-2027.ics"]')?.textContent).toBe('In den Kalender übernehmen (.ics)');
    expect(concert.querySelector('a[href="/einrichtungen/aschersleber-kulturanstalt/veranstaltungen.ics"]')).not.toBeNull();
    expect(ld(concert)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Frühlingskonzert: Schubert, Brahms; Chöre & Klavier',
      startDate: '2027-03-28T17:00:00+02:00',
      endDate: '2027-03-28T18:30:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Kirche St. Stephani' },
      organizer: { '@type': 'Organization', name: 'Aschersleber Kulturanstalt' },
      offers: { '@type': 'Offer', description: '14 €, ermäßigt 9 €' },
    });
    const market = ld(html.get('veranstaltungen/weihnachtsmarkt-2026/index.html'));
    expect(market).toMatchObject({ startDate: '2026-11-27', endDate: '2026-12-22', isAccessibleForFree: true });
    expect(market['image']).toEqual([`${SITE_URL}/medien/stadtmauer.png`]);
    expect(market['location']).toMatchObject({
      address: { '@type': 'PostalAddress', streetAddress: 'Holzmarkt', postalCode: '06449', addressLocality: 'Aschersleben' },
    });
    const past = html.get('veranstaltungen/lange-kinonacht-2026/index.html');
    expect(text(past?.querySelector('.event-past'))).toBe('Diese Veranstaltung hat bereits stattgefunden.');
    expect(text(html.get('veranstaltungen/index.html')?.querySelector('.event-past'))).toBeUndefined();
  });

  it('writes an .ics file per event and a feed per organisation with events that ical.js reads back exactly', async () => {
    const read = async (file: string) => {
      const calendar = new ICAL.Component(ICAL.parse(await readFile(join(outDir, file), 'utf8')));
      for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
      return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    };
    for (const e of snapshot.events) {
      const [got, ...rest] = await read(`veranstaltungen/${e.slug}.ics`);
      expect(rest, e.slug).toEqual([]);
      expect(got?.summary, e.slug).toBe(e.title);
      expect(got?.uid, e.slug).toBe(`${e.documentId}@www.aschersleben.example`);
      if (e.allDay) {
        expect(got?.startDate.isDate, e.slug).toBe(true);
      } else {
        expect(got?.startDate.zone?.tzid, e.slug).toBe('Europe/Berlin');
        expect(got?.startDate.toJSDate().toISOString(), e.slug).toBe(e.start);
        expect(got?.endDate.toJSDate().toISOString(), e.slug).toBe(e.end);
      }
    }
    const feeds = files.filter((f) => f.endsWith('/veranstaltungen.ics')).sort();
    expect(feeds).toEqual(
      ['aschersleber-kulturanstalt', 'freiwillige-feuerwehr-aschersleben', 'stadt-aschersleben'].map((o) => `einrichtungen/${o}/veranstaltungen.ics`),
    );
    // The town's March session is older than the feed's 180 days.
    expect((await read('einrichtungen/stadt-aschersleben/veranstaltungen.ics')).map((e) => e.summary).sort()).toEqual([
      'Altstadtführung: Auf den Spuren der Hanse',
      'Bürgerforum „Aschersleben 2035“',
    ]);
    expect((await read('einrichtungen/aschersleber-kulturanstalt/veranstaltungen.ics')).map((e) => e.summary).sort()).toEqual([
      'Ascherslebener Weihnachtsmarkt',
      'Frühlingskonzert: Schubert, Brahms; Chöre & Klavier',
      'Lange Kinonacht zur Zeitumstellung',
    ]);
  });

  it('builds a German search index of every German page except 404 and the search page, from <main> only', async () => {
    const entry = JSON.parse(await readFile(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['de']);
    // English pages stay out: the search UI is German, and one index keeps its results in one language.
    const english = [...html.keys()].filter(isEnglish);
    expect(english.length).toBeGreaterThan(1);
    // Not indexed: the error pages (404, 410, refused request), the search page, the payment return
    // pages (ADR 0009), the barrier report's confirmation and the page of an unreachable feedback service (issue 17).
    expect(entry.languages['de']?.page_count).toBe(html.size - ERROR_PAGES.length - 1 - PAYMENT_OUTCOMES.length - NOT_LISTED_FEEDBACK.length - english.length);
    for (const [f, doc] of html) {
      const marked = [...doc.querySelectorAll('[data-pagefind-body]')];
      if (ERROR_PAGES.includes(f) || f === SEARCH_PAGE || f.startsWith('zahlung/') || NOT_LISTED_FEEDBACK.map(fileOf).includes(f) || isEnglish(f))
        expect(marked, f).toEqual([]);
      else
        expect(
          marked.map((el) => el.tagName),
          f,
        ).toEqual(['MAIN']);
    }
    // A site this size is one part: the list of further parts the search island merges is empty.
    expect(JSON.parse(await readFile(join(outDir, 'pagefind', 'teile.json'), 'utf8'))).toEqual([]);
    // Only our own search UI ships: Pagefind's stock UI fails WCAG 2 AA.
    expect(files.filter((f) => /^pagefind\/pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f))).toEqual([]);
  });

  it('puts a labelled search form (GET /suche/?q=) in the header of every page', () => {
    for (const [f, doc] of html) {
      const form = doc.querySelector('header form[role="search"]');
      expect(form?.getAttribute('action'), f).toBe('/suche/');
      expect(form?.getAttribute('method'), f).toBe('get');
      const input = form?.querySelector('input[type="search"][name="q"]');
      const [label, button] = isEnglish(f) ? ['Search the website (in German)', 'Search'] : ['Website durchsuchen', 'Suchen'];
      expect(form?.querySelector(`label[for="${input?.getAttribute('id')}"]`)?.textContent, f).toBe(label);
      expect(form?.querySelector('button[type="submit"]')?.textContent, f).toBe(button);
    }
  });

  it('copies the snapshot images to /medien/', async () => {
    const media = (await readdir(join(FIXTURE, 'media'))).sort();
    expect(media.length).toBeGreaterThan(0);
    expect(
      files
        .filter((f) => f.startsWith('medien/'))
        .map((f) => f.slice('medien/'.length))
        .sort(),
    ).toEqual(media);
  });

  it('gives every page its language (en below /en/, else de), one h1, a <main> for the skip link and a title with the site name', () => {
    for (const [f, doc] of html) {
      expect(doc.documentElement.getAttribute('lang'), f).toBe(isEnglish(f) ? 'en' : 'de');
      expect(doc.querySelectorAll('h1'), f).toHaveLength(1);
      const skip = doc.querySelector('.skip-link')?.getAttribute('href') ?? '';
      expect(doc.querySelector(`main${skip}`), f).not.toBeNull();
      expect(doc.querySelector('title')?.textContent, f).toMatch(/Stadt Aschersleben/);
    }
  });

  it('bakes the Eilmeldung active at build time into every page, inside the SSI block before the live include', async () => {
    // The fixture has one alert active at BUILD_TIME (Glätte, gefahr) and one that ended in January.
    const slot = /<!--# block name="eilmeldung" -->(.*?)<!--# endblock --><!--# include virtual="\/_eilmeldung" stub="eilmeldung" -->/s;
    for (const [f, doc] of html) {
      const raw = await readFile(join(outDir, f), 'utf8');
      const baked = slot.exec(raw)?.[1] ?? '';
      expect(baked, f).toMatch(/^<aside class="alert-banner" aria-label="Eilmeldung" lang="de">/);
      expect(raw.match(/Glätte: Winterdienst im Einsatz/g), f).toHaveLength(1);
      expect(raw, f).not.toContain('Hochwasser an der Eine');
      // Right after the skip link, before the header: the first thing after „skip to content“.
      const aside = doc.querySelector('aside.alert-banner');
      expect(aside?.previousElementSibling?.classList.contains('skip-link'), f).toBe(true);
      expect(aside?.querySelector('.alert-banner__severity')?.textContent, f).toBe('Gefahr:');
      expect(aside?.querySelector('a')?.getAttribute('href'), f).toBe('/veranstaltungen/');
      expect(aside?.querySelector('time')?.textContent, f).toBe('25. November 2026, 13:00 Uhr');
    }
  });

  it('links only to pages and images that exist in the build', () => {
    const existing = new Set(files);
    for (const [f, doc] of html) {
      for (const el of doc.querySelectorAll('a[href^="/"], img[src^="/"], link[href^="/"], script[src^="/"], form[action^="/"]')) {
        const target = (el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '').split('#')[0] ?? '';
        // The feedback forms post to nginx's door to the CMS, not to a file of the build.
        if (el.tagName === 'FORM' && target === FEEDBACK_PATH) continue;
        const file = target.endsWith('/') ? fileOf(target) : decodeURIComponent(target.slice(1));
        expect(existing.has(file), `${f} → ${target}`).toBe(true);
      }
    }
  });

  it('ends every content page, service, office and event with the rating of that document (issue 17)', () => {
    const F = FEEDBACK_FIELDS;
    const rated = [
      ...[...computePagePaths(snapshot.pages)].map(([id, path]) => ['page', id, path] as const),
      ...snapshot.services.map((x) => ['service', x.documentId, servicePath(x.slug)] as const),
      ...snapshot.offices.map((x) => ['office', x.documentId, officePath(x.slug)] as const),
      ...snapshot.events.map((x) => ['event', x.documentId, eventPath(x.slug)] as const),
    ];
    for (const [type, id, path] of rated) {
      const doc = html.get(fileOf(path));
      const form = doc?.querySelector(`main form[action="${FEEDBACK_PATH}"]:has(input[name="${F.rating}"])`);
      const value = (name: string) => form?.querySelector(`input[type="hidden"][name="${name}"]`)?.getAttribute('value');
      expect([value(F.type), value(F.document), value(F.page)], path).toEqual([type, id, path]);
      // The barrier report of this page, prefilled with it.
      const barrier = doc?.querySelector(`main details form[action="${FEEDBACK_PATH}"]`);
      expect(barrier?.querySelector(`input[name="${F.page}"]`)?.getAttribute('value'), path).toBe(path);
    }
    // Pages of no single document carry none.
    expect(html.get('index.html')?.querySelector(`form[action="${FEEDBACK_PATH}"]`)).toBeNull();
    expect(html.get('aktuelles/index.html')?.querySelector(`form[action="${FEEDBACK_PATH}"]`)).toBeNull();
  });

  it('writes the OParl API: a walk from system.json reaches every JSON file below /oparl/v1.1/, all valid, nothing dangling', () => {
    const walk = walkBuiltOparl(outDir, SITE_URL);
    expect(walk.files.every((f) => f.endsWith('.json'))).toBe(true);
    expect(walk.files).toEqual(files.filter((f) => f.startsWith('oparl/v1.1/')).sort());
    expect(officialValidators() !== undefined).toBe(existsSync(join(OPARL_REFERENCE, 'schema')));
    expect(walk.problems).toEqual([]);
    expect(walk.unreached).toEqual([]);
    expect([...walk.visited].map((u) => new URL(u).pathname.slice(1)).sort()).toEqual(walk.files);
    // The API is data, not pages: not in the sitemap (so not in the accessibility gate or the search index).
    expect(files.some((f) => f.startsWith('pagefind/') && f.includes('oparl'))).toBe(false);
  });

  it('renders a meeting page: non-public items as number and „nicht öffentlich“, papers linked, cancelled meetings marked', () => {
    const page = html.get('rat/sitzungen/stadtrat-2026-11-18/index.html');
    const rows = [...(page?.querySelectorAll('main tbody tr') ?? [])].map((tr) => [...tr.children].map((c) => c.textContent?.trim()));
    expect(rows.filter((r) => r[0]?.startsWith('N '))).toEqual([
      ['N 1', 'nicht öffentlich', '–'],
      ['N 2', 'nicht öffentlich', '–'],
    ]);
    expect(page?.querySelector('main tbody a[href="/rat/drucksachen/af-2026-002/"]')?.textContent).toBe('Testdrucksache 2: Sanierung Objekt 2');
    expect(html.get('rat/sitzungen/hauptausschuss-2026-12-09/index.html')?.querySelector('main .notice-expired')?.textContent).toBe('Diese Sitzung fällt aus.');
    const paper = html.get('rat/drucksachen/af-2026-002/index.html');
    expect([...(paper?.querySelectorAll('main tbody tr td:last-child') ?? [])].map((td) => td.textContent)).toEqual(['Beschlossen', 'Abgelehnt']);
  });

  it('renders the news list in pages of ten with German dates', () => {
    const first = html.get('aktuelles/index.html');
    const second = html.get('aktuelles/seite/2/index.html');
    expect(first?.querySelectorAll('main .news-teaser')).toHaveLength(10);
    expect(second?.querySelectorAll('main .news-teaser')).toHaveLength(snapshot.news.length - 10);
    expect(second?.querySelector('nav.pagination')?.textContent).toContain('Seite 2 von 2');
    const time = first?.querySelector('time[datetime="2026-11-24"]');
    expect(time?.textContent).toBe('24. November 2026');
  });

  it('shows on a content page its owner and the date it was last changed', () => {
    const doc = html.get('leben-in-aschersleben/geschichte/index.html');
    expect(doc?.querySelector('.owner a')?.getAttribute('href')).toBe('/einrichtungen/stadt-aschersleben/');
    expect(doc?.querySelector('.owner time[datetime="2026-11-20"]')?.textContent).toBe('20. November 2026');
  });

  // ── English pages (docs/adr/0005-english-translations.md) ──
  it('gives every page OpenGraph and Twitter card tags: title, description, type, locale, an absolute image URL that exists, with alt text', () => {
    const existing = new Set(files);
    for (const [f, doc] of html) {
      const meta = (key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
      expect(meta('og:title'), f).not.toBe('');
      expect(meta('og:description'), f).toBe(doc.querySelector('meta[name="description"]')?.getAttribute('content'));
      expect(meta('og:type'), f).toMatch(/^(website|article)$/);
      expect(meta('og:locale'), f).toBe(isEnglish(f) ? 'en_GB' : 'de_DE');
      const image = meta('og:image');
      expect(image.startsWith(`${SITE_URL}/`), `${f}: ${image}`).toBe(true);
      expect(existing.has(decodeURIComponent(image.slice(SITE_URL.length + 1))), `${f}: ${image}`).toBe(true);
      expect(meta('og:image:alt').trim(), f).not.toBe('');
      expect(meta('twitter:card'), f).toBe('summary_large_image');
      expect(meta('twitter:image'), f).toBe(image);
      expect(meta('twitter:image:alt'), f).toBe(meta('og:image:alt'));
    }
    // A news article with a picture: type article, its own picture as a JPEG ≤ 1200 px from the pipeline.
    const news = html.get('aktuelles/weihnachtsmarkt-eroeffnet/index.html');
    const ogOf = (doc: Document | undefined, key: string) => doc?.querySelector(`meta[property="${key}"]`)?.getAttribute('content');
    expect(ogOf(news, 'og:type')).toBe('article');
    expect(ogOf(news, 'og:image')).toMatch(new RegExp(`^${SITE_URL}/_astro/stadtmauer\\.[^/]+\\.jpe?g$`));
    expect(ogOf(news, 'og:image:alt')).toBe('Zeichnung: Stadtmauer mit Zinnen vor blauem Himmel');
    // A page without a picture: the home page's picture (Website-Einstellungen) and its alt text.
    expect(ogOf(html.get('impressum/index.html'), 'og:image:alt')).toBe(snapshot.settings.heroImage?.alt);
  });

  describe('English pages', () => {
    const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
    const hreflangs = (doc: Document | undefined) =>
      Object.fromEntries(
        [...(doc?.querySelectorAll('link[rel="alternate"][hreflang]') ?? [])].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
      );
    const languageSwitch = (doc: Document | undefined) => doc?.querySelectorAll('header a[hreflang]') ?? [];

    it('exist for translated pages only, at /en/ + English slugs, with the English text', () => {
      const english = [...html.keys()].filter(isEnglish).sort();
      expect(english).toEqual([
        'en/culture-and-tourism/index.html',
        'en/index.html',
        'en/living-in-aschersleben/history/index.html',
        'en/living-in-aschersleben/index.html',
      ]);
      const doc = html.get('en/living-in-aschersleben/history/index.html');
      expect(text(doc?.querySelector('h1'))).toBe('History');
      expect(doc?.querySelector('title')?.textContent).toBe('History – Stadt Aschersleben');
      expect(text(doc?.querySelector('main .lead'))).toMatch(/^From the first mention/);
    });

    it('link both versions with hreflang de, en and x-default (German), on the German page too', () => {
      const de = `${SITE_URL}/kultur-und-tourismus/`;
      const en = `${SITE_URL}/en/culture-and-tourism/`;
      const expected = { de, en, 'x-default': de };
      expect(hreflangs(html.get('en/culture-and-tourism/index.html'))).toEqual(expected);
      expect(hreflangs(html.get('kultur-und-tourismus/index.html'))).toEqual(expected);
      expect(hreflangs(html.get('index.html'))).toEqual({ de: `${SITE_URL}/`, en: `${SITE_URL}/en/`, 'x-default': `${SITE_URL}/` });
      // No translation, no alternates.
      expect(hreflangs(html.get('rathaus-und-buergerservice/index.html'))).toEqual({});
    });

    it('offer the language switch only where the other version exists', () => {
      const toEnglish = [...languageSwitch(html.get('kultur-und-tourismus/index.html'))];
      expect(toEnglish.map((a) => [a.getAttribute('href'), a.getAttribute('hreflang'), a.getAttribute('lang'), text(a)])).toEqual([
        ['/en/culture-and-tourism/', 'en', 'en', 'English'],
      ]);
      const toGerman = [...languageSwitch(html.get('en/living-in-aschersleben/history/index.html'))];
      expect(toGerman.map((a) => [a.getAttribute('href'), a.getAttribute('hreflang'), a.getAttribute('lang'), text(a)])).toEqual([
        ['/leben-in-aschersleben/geschichte/', 'de', 'de', 'Deutsch'],
      ]);
      const translated = new Set(snapshot.translations.en.pages.map((p) => p.documentId));
      const paths = computePagePaths(snapshot.pages);
      for (const p of snapshot.pages) {
        const f = fileOf(paths.get(p.documentId) ?? '');
        expect(languageSwitch(html.get(f)).length, f).toBe(translated.has(p.documentId) ? 1 : 0);
      }
    });

    it('have English chrome: skip link, navigation of translated sections, breadcrumbs, footer, English dates', () => {
      const doc = html.get('en/living-in-aschersleben/history/index.html');
      expect(text(doc?.querySelector('.skip-link'))).toBe('Skip to content');
      const nav = doc?.querySelector('header nav[aria-label="Main navigation"]');
      expect([...(nav?.querySelectorAll('a') ?? [])].map((a) => [text(a), a.getAttribute('href')])).toEqual([
        ['Living in Aschersleben', '/en/living-in-aschersleben/'],
        ['Culture and Tourism', '/en/culture-and-tourism/'],
      ]);
      const crumbs = [...(doc?.querySelectorAll('nav.breadcrumbs li') ?? [])].map((li) => text(li));
      expect(crumbs).toEqual(['Home', 'Living in Aschersleben', 'History']);
      expect(doc?.querySelector('nav.breadcrumbs a')?.getAttribute('href')).toBe('/en/');
      expect(doc?.querySelector('footer')?.getAttribute('aria-label')).toBe('Footer');
      // The legal pages are German-only in the fixture: marked as such, in text and hreflang.
      const impressum = [...(doc?.querySelectorAll('footer a') ?? [])].find((a) => a.getAttribute('href') === '/impressum/');
      expect(text(impressum)).toBe('Legal notice (in German)');
      expect(impressum?.getAttribute('hreflang')).toBe('de');
      expect(doc?.querySelector('.owner time')?.getAttribute('datetime')).toBe('2026-11-21');
      expect(text(doc?.querySelector('.owner time'))).toBe('21 November 2026');
      expect(doc?.querySelector('.owner a')?.getAttribute('lang')).toBe('de');
    });

    it('list German-only subpages apart, marked German, and translated ones as cards', () => {
      const doc = html.get('en/culture-and-tourism/index.html');
      const german = doc?.querySelector('main ul[lang="de"]');
      expect([...(german?.querySelectorAll('a') ?? [])].map((a) => [text(a), a.getAttribute('href'), a.getAttribute('hreflang')])).toEqual([
        ['Sehenswürdigkeiten', '/kultur-und-tourismus/sehenswuerdigkeiten/', 'de'],
      ]);
      const cards = html.get('en/living-in-aschersleben/index.html')?.querySelectorAll('main .card a');
      expect([...(cards ?? [])].map((a) => a.getAttribute('href'))).toEqual(['/en/living-in-aschersleben/history/']);
    });

    it('have an English home page with the translated sections and the way to the German site', () => {
      const doc = html.get('en/index.html');
      expect(text(doc?.querySelector('h1'))).toBe('Welcome to Aschersleben');
      expect([...(doc?.querySelectorAll('main .card a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
        '/en/living-in-aschersleben/',
        '/en/culture-and-tourism/',
      ]);
      expect(doc?.querySelector('main a[href="/"][hreflang="de"]')).not.toBeNull();
    });
  });

  it('renders the Amtsblatt: this year newest first, contents as a list, PDF link with type and size, one page per year', () => {
    const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
    const doc = html.get('amtsblatt/index.html');
    const titles = [...(doc?.querySelectorAll('main .amtsblatt-issue-title') ?? [])].map(text);
    expect(titles).toEqual(['Amtsblatt Nr. 11/2026 vom 20. November 2026', 'Amtsblatt Nr. 10/2026 vom 16. Oktober 2026']);
    const first = doc?.querySelector('main .amtsblatt-issue');
    expect([...(first?.querySelectorAll('ul > li') ?? [])].map(text)).toEqual(snapshot.amtsblatt.find((a) => a.slug === '2026-11')?.contents);
    const pdf = first?.querySelector('a.document-link');
    // 1504 bytes: decimal kB with one decimal, German comma.
    expect(text(pdf)).toBe('Amtsblatt Nr. 11/2026 herunterladen (PDF, 1,5 kB)');
    expect(pdf?.getAttribute('href')).toBe('/medien/Amtsblatt_2026_11_f1x7ur311.pdf');
    expect(pdf?.getAttribute('download')).toBe('Amtsblatt-2026-11.pdf');
    expect(files).toContain('medien/Amtsblatt_2026_11_f1x7ur311.pdf');
    const yearLinks = [...(doc?.querySelectorAll('main a[href^="/amtsblatt/2"]') ?? [])].map((a) => a.getAttribute('href'));
    expect(yearLinks).toEqual(['/amtsblatt/2026/', '/amtsblatt/2025/']);
    const archive = html.get('amtsblatt/2025/index.html');
    expect(text(archive?.querySelector('h1'))).toBe('Amtsblatt 2025');
    expect([...(archive?.querySelectorAll('main .amtsblatt-issue-title') ?? [])].map(text)).toEqual(['Amtsblatt Nr. 12/2025 vom 19. Dezember 2025']);
    expect(archive?.querySelector('main a[aria-current="page"]')?.getAttribute('href')).toBe('/amtsblatt/2025/');
  });

  it('lists the current notices with kind and dates, and every published notice in its year’s archive, newest first', () => {
    const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
    const today = todayInBerlin();
    const doc = html.get('bekanntmachungen/index.html');
    const listed = [...(doc?.querySelectorAll('main .notice-teaser-title a') ?? [])].map((a) => a.getAttribute('href'));
    const expected = currentNotices(snapshot.notices, today).map((n) => `/bekanntmachungen/${n.slug}/`);
    expect(listed.sort()).toEqual(expected.sort());
    // Without an end of posting, a statute is current on any build day; a 2025 meeting never is.
    expect(listed).toContain('/bekanntmachungen/haushaltssatzung-2026/');
    expect(listed).not.toContain('/bekanntmachungen/sitzung-stadtrat-2025-12-10/');
    const satzung = [...(doc?.querySelectorAll('main .notice-teaser') ?? [])].find((el) =>
      el.querySelector('a[href="/bekanntmachungen/haushaltssatzung-2026/"]'),
    );
    expect(text(satzung?.querySelector('.meta'))).toBe('Satzung Veröffentlicht am 20. März 2026');
    expect(doc?.querySelector('main a[href="/amtsblatt/"]')).not.toBeNull();
    expect([...(doc?.querySelectorAll('main a[href^="/bekanntmachungen/archiv/"]') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      '/bekanntmachungen/archiv/2026/',
      '/bekanntmachungen/archiv/2025/',
    ]);
    const y2025 = html.get('bekanntmachungen/archiv/2025/index.html');
    const metas = [...(y2025?.querySelectorAll('main .notice-teaser .meta') ?? [])].map(text);
    expect(metas).toEqual([
      'Sitzung Veröffentlicht am 1. Dezember 2025 Aushang bis 10. Dezember 2025 abgelaufen',
      'Allgemeinverfügung Veröffentlicht am 21. November 2025 Aushang bis 23. Dezember 2025 abgelaufen',
    ]);
  });

  it('shows a notice with its facts and attachment, and says in words when it has expired', () => {
    const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
    const satzung = html.get('bekanntmachungen/haushaltssatzung-2026/index.html');
    expect(text(satzung?.querySelector('h1'))).toBe('Haushaltssatzung der Stadt Aschersleben für das Haushaltsjahr 2026');
    expect(satzung?.querySelector('.notice-expired')).toBeNull();
    const link = satzung?.querySelector('main a.document-link');
    expect(text(link)).toBe('Anlage herunterladen: Haushaltssatzung-2026 (PDF, 1,2 kB)');
    expect(link?.getAttribute('type')).toBe('application/pdf');
    const facts = [...(satzung?.querySelectorAll('.notice-facts > div') ?? [])].map((d) => `${text(d.querySelector('dt'))}: ${text(d.querySelector('dd'))}`);
    expect(facts).toEqual(['Art der Bekanntmachung: Satzung', 'Veröffentlicht am: 20. März 2026', 'Bekannt gemacht von: Stadt Aschersleben']);
    const sitzung = html.get('bekanntmachungen/sitzung-stadtrat-2025-12-10/index.html');
    const expired = sitzung?.querySelector('main .notice-expired');
    // Posted until 10 December: no longer current from the 11th.
    expect(text(expired)).toBe('Diese Bekanntmachung ist seit dem 11. Dezember 2025 nicht mehr aktuell. Sie bleibt im Archiv: Bekanntmachungen 2025.');
    expect(expired?.querySelector('a')?.getAttribute('href')).toBe('/bekanntmachungen/archiv/2025/');
    expect(sitzung?.querySelector('main a.document-link')).toBeNull();
  });
});

describe('astro build with a broken or missing snapshot', () => {
  it(
    'fails with the SnapshotMissingError message as the first line when there is no snapshot',
    async () => {
      const empty = await tempDir('leer');
      const result = await astroBuild(empty, await tempDir('out-leer'));
      expect(result.code).not.toBe(0);
      expect(result.lines[0]).toContain(`Kein Inhalts-Snapshot unter ${join(empty, 'snapshot.json')}`);
    },
    BUILD_TIMEOUT,
  );

  it(
    'fails naming documentId and field when a top-level page takes a reserved slug',
    async () => {
      const dir = await tempDir('reserviert');
      await cp(FIXTURE, dir, { recursive: true });
      const raw = JSON.parse(await readFile(join(dir, 'snapshot.json'), 'utf8')) as Snapshot;
      raw.pages = raw.pages.map((p) => (p.documentId === 'p-wirtschaft' ? { ...p, slug: 'aktuelles' } : p));
      await writeFile(join(dir, 'snapshot.json'), JSON.stringify(raw));
      const result = await astroBuild(dir, await tempDir('out-reserviert'));
      expect(result.code).not.toBe(0);
      expect(result.lines.join('\n')).toMatch(/page p-wirtschaft, Feld „slug“: Der Slug „aktuelles“ ist auf oberster Ebene reserviert/);
    },
    BUILD_TIMEOUT,
  );
});
