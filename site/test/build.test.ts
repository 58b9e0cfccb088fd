import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSnapshot, type Snapshot } from '@stadtportal/shared';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computePagePaths } from '../src/lib/content.ts';

/*
 * The real thing: `astro build` in a child process, with the fixture snapshot, into a temporary
 * folder. Builds share the site's .astro/ folder, so they run one after another (one file).
 */

const SITE_DIR = fileURLToPath(new URL('../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./fixtures/snapshot/', import.meta.url));
const ASTRO_BIN = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const SITE_URL = 'https://www.aschersleben.example';
const BUILD_TIMEOUT = 180_000;
/** The one page with JavaScript (the search island), and the one page not in the search index besides 404. */
const SEARCH_PAGE = 'suche/index.html';

interface BuildResult {
  code: number | null;
  /** stdout and stderr interleaved as they arrived, without colour codes. */
  lines: string[];
}

function astroBuild(snapshotDir: string, outDir: string): Promise<BuildResult> {
  // A clean environment: vitest's NODE_ENV=test would give a development build; CI=1 keeps
  // Astro from asking questions, NO_COLOR keeps the lines comparable.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    SNAPSHOT_DIR: snapshotDir,
    SITE_URL,
    NO_COLOR: '1',
    CI: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO_BIN, 'build', '--outDir', outDir], { cwd: SITE_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = output.replace(/\u001b\[[0-9;]*m/g, '').split('\n').filter((l) => l.trim() !== '');
      resolve({ code, lines });
    });
  });
}

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** "/a/b/" → "a/b/index.html" (build.format: 'directory'). */
const fileOf = (path: string) => (path === '/' ? 'index.html' : `${path.slice(1)}index.html`);

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

  it('writes exactly one HTML file per page, organisation, news article and list page, plus 404', () => {
    const expected = [...expectedPaths(snapshot).map(fileOf), '404.html'].sort();
    expect([...html.keys()].sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(35);
  });

  it('lists every page except 404 in the sitemap, at SITE_URL', async () => {
    const sitemap = await readFile(join(outDir, 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
    expect(urls).toEqual(expectedPaths(snapshot).map((p) => `${SITE_URL}${p}`).sort());
    expect(await readFile(join(outDir, 'sitemap-index.xml'), 'utf8')).toContain(`${SITE_URL}/sitemap-0.xml`);
  });

  it('ships JavaScript only on the search page and the office pages: one module file each, no script anywhere else', async () => {
    // The office pages carry the opening-status timeline script (docs/adr/0004-opening-hours.md).
    const officePages = new Set(snapshot.offices.map((o) => `aemter/${o.slug}/index.html`));
    expect(officePages.size).toBeGreaterThanOrEqual(2);
    for (const f of html.keys()) {
      if (f === SEARCH_PAGE || officePages.has(f)) continue;
      expect(await readFile(join(outDir, f), 'utf8'), f).not.toMatch(/<script/i);
    }
    const moduleOf = (f: string) => {
      // As files (the CSP will forbid inline scripts).
      const scripts = [...(html.get(f)?.querySelectorAll('script') ?? [])];
      expect(scripts, f).toHaveLength(1);
      expect(scripts[0]?.getAttribute('type'), f).toBe('module');
      expect(scripts[0]?.getAttribute('src'), f).toMatch(/^\/_astro\/[^/]+\.js$/);
      expect(scripts[0]?.textContent, f).toBe('');
      return scripts[0]?.getAttribute('src')?.slice(1);
    };
    const searchModule = moduleOf(SEARCH_PAGE);
    const officeModules = new Set([...officePages].map(moduleOf));
    // All office pages share one bundle, and it is not the search island's.
    expect(officeModules.size).toBe(1);
    expect(officeModules.has(searchModule)).toBe(false);
    const js = files.filter((f) => /\.m?js$/.test(f));
    expect(js.filter((f) => !f.startsWith('pagefind/')).sort()).toEqual([searchModule, ...officeModules].sort());
    expect(js).toContain('pagefind/pagefind.js');
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
    const otherAccess = [...(other?.querySelectorAll('.building-accessibility > div') ?? [])].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]);
    expect(otherAccess).toEqual([
      ['Stufenloser Zugang', 'nein'],
      ['Barrierefreies WC', 'nein'],
    ]);
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

  it('builds a German search index of every page except 404 and the search page, from <main> only', async () => {
    const entry = JSON.parse(await readFile(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['de']);
    expect(entry.languages['de']?.page_count).toBe(html.size - 2);
    for (const [f, doc] of html) {
      const marked = [...doc.querySelectorAll('[data-pagefind-body]')];
      if (f === '404.html' || f === SEARCH_PAGE) expect(marked, f).toEqual([]);
      else expect(marked.map((el) => el.tagName), f).toEqual(['MAIN']);
    }
    // Only our own search UI ships: Pagefind's stock UI fails WCAG 2 AA.
    expect(files.filter((f) => /^pagefind\/pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f))).toEqual([]);
  });

  it('puts a labelled search form (GET /suche/?q=) in the header of every page', () => {
    for (const [f, doc] of html) {
      const form = doc.querySelector('header form[role="search"]');
      expect(form?.getAttribute('action'), f).toBe('/suche/');
      expect(form?.getAttribute('method'), f).toBe('get');
      const input = form?.querySelector('input[type="search"][name="q"]');
      expect(form?.querySelector(`label[for="${input?.getAttribute('id')}"]`)?.textContent, f).toBe('Website durchsuchen');
      expect(form?.querySelector('button[type="submit"]')?.textContent, f).toBe('Suchen');
    }
  });

  it('copies the snapshot images to /medien/', async () => {
    const media = (await readdir(join(FIXTURE, 'media'))).sort();
    expect(media.length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith('medien/')).map((f) => f.slice('medien/'.length)).sort()).toEqual(media);
  });

  it('gives every page lang="de", one h1, a <main> for the skip link and a title with the site name', () => {
    for (const [f, doc] of html) {
      expect(doc.documentElement.getAttribute('lang'), f).toBe('de');
      expect(doc.querySelectorAll('h1'), f).toHaveLength(1);
      const skip = doc.querySelector('.skip-link')?.getAttribute('href') ?? '';
      expect(doc.querySelector(`main${skip}`), f).not.toBeNull();
      expect(doc.querySelector('title')?.textContent, f).toMatch(/Stadt Aschersleben/);
    }
  });

  it('links only to pages and images that exist in the build', () => {
    const existing = new Set(files);
    for (const [f, doc] of html) {
      for (const el of doc.querySelectorAll('a[href^="/"], img[src^="/"], link[href^="/"], script[src^="/"], form[action^="/"]')) {
        const target = (el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '').split('#')[0] ?? '';
        const file = target.endsWith('/') ? fileOf(target) : decodeURIComponent(target.slice(1));
        expect(existing.has(file), `${f} → ${target}`).toBe(true);
      }
    }
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
});

describe('astro build with a broken or missing snapshot', () => {
  it('fails with the SnapshotMissingError message as the first line when there is no snapshot', async () => {
    const empty = await tempDir('leer');
    const result = await astroBuild(empty, await tempDir('out-leer'));
    expect(result.code).not.toBe(0);
    expect(result.lines[0]).toContain(`Kein Inhalts-Snapshot unter ${join(empty, 'snapshot.json')}`);
  }, BUILD_TIMEOUT);

  it('fails naming documentId and field when a top-level page takes a reserved slug', async () => {
    const dir = await tempDir('reserviert');
    await cp(FIXTURE, dir, { recursive: true });
    const raw = JSON.parse(await readFile(join(dir, 'snapshot.json'), 'utf8')) as Snapshot;
    raw.pages = raw.pages.map((p) => (p.documentId === 'p-wirtschaft' ? { ...p, slug: 'aktuelles' } : p));
    await writeFile(join(dir, 'snapshot.json'), JSON.stringify(raw));
    const result = await astroBuild(dir, await tempDir('out-reserviert'));
    expect(result.code).not.toBe(0);
    expect(result.lines.join('\n')).toMatch(/page p-wirtschaft, Feld „slug“: Der Slug „aktuelles“ ist auf oberster Ebene reserviert/);
  }, BUILD_TIMEOUT);
});
