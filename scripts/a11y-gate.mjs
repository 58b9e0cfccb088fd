// The accessibility gate: pa11y-ci (axe + HTML_CodeSniffer, WCAG 2 AA) over EVERY URL of the
// built site's sitemap plus the pages a visitor reaches without the sitemap (error pages, payment
// return pages: built but not indexed), in Debian's Chromium. Exits non-zero when any page has an error and
// names page, rule and element, so a build with a barrier never passes.
//
// Usage: node scripts/a11y-gate.mjs <dist dir>
// Env:   CHROME_PATH (default /usr/bin/chromium), A11Y_CONCURRENCY (default 2),
//        A11Y_MIN_URLS (fail when the sitemap lists fewer URLs; default 1)
//        A11Y_SHARD=i/n (check only shard i of n, 1-based: every n-th sitemap URL from the i-th,
//        so parallel CI jobs split a large site evenly and each shard samples every page type)
//        A11Y_ONLY_FILE (a JSON array of URL paths: check only those; the build runner passes the
//        pages a release changed, scripts/publish/changes.ts)
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { startStaticServer } from './lib/static-server.mjs';

const require = createRequire(import.meta.url);
const pa11yCi = require('pa11y-ci');

export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** All page paths listed in the sitemap(s) of a built site, as "/path/". */
export async function sitemapPaths(dist) {
  const index = await readFile(join(dist, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const paths = [];
  for (const sm of sitemaps) {
    const xml = await readFile(join(dist, sm), 'utf8');
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(m[1]).pathname);
  }
  return paths;
}

/** Folders of a build that hold assets, not pages. */
const NOT_PAGES = new Set(['_astro', 'pagefind', 'medien', 'oparl', 'marke']);

/**
 * HTML pages of the build that the sitemap does not list (404.html, /410/, /zahlung/…/): they
 * are not for search engines, but citizens see them, so they are audited like every other page.
 */
export async function pagesOutsideSitemap(dist, sitemap) {
  const listed = new Set(sitemap);
  const out = [];
  const walk = async (dir, prefix) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!(prefix === '/' && NOT_PAGES.has(entry.name))) await walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      } else if (entry.name === 'index.html') {
        if (!listed.has(prefix)) out.push(prefix);
      } else if (entry.name.endsWith('.html') && prefix === '/') {
        out.push(`/${entry.name}`);
      }
    }
  };
  await walk(resolve(dist), '/');
  return out.sort();
}

/** Parse "i/n" (1 ≤ i ≤ n) into a shard; anything else is an error naming the value. */
export function parseShard(value) {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new Error(`A11Y_SHARD „${value}“ ungültig: erwartet i/n mit 1 ≤ i ≤ n (z. B. 2/8).`);
  }
  return { index, count };
}

/** The paths of one shard: every count-th path, starting at the index-th (1-based). */
export function shardPaths(paths, shard) {
  if (!shard) return paths;
  return paths.filter((_, i) => i % shard.count === shard.index - 1);
}

/**
 * @param {string} distDir
 * @param {{ concurrency?: number, minUrls?: number, shard?: { index: number, count: number },
 *   only?: ReadonlySet<string>, log?: (line: string) => void }} [options]
 *   only: check just these URL paths (the pages a release changed: scripts/publish/changes.ts)
 */
export async function runGate(distDir, { concurrency = 2, minUrls = 1, shard, only, log = console.log } = {}) {
  const dist = resolve(distDir);
  const listed = await sitemapPaths(dist);
  if (listed.length < minUrls) {
    throw new Error(`Sitemap listet nur ${listed.length} URLs (mindestens ${minUrls} erwartet).`);
  }
  const all = [...listed, ...(await pagesOutsideSitemap(dist, listed))];
  if (only) {
    const unknown = [...only].filter((p) => !all.includes(p));
    if (unknown.length > 0) throw new Error(`Zu prüfende Seiten, die der Build nicht hat: ${unknown.slice(0, 5).join(', ')}`);
  }
  const paths = shardPaths(only ? all.filter((p) => only.has(p)) : all, shard);
  if (paths.length === 0) {
    log('Barrierefreiheits-Prüfung: keine geänderte Seite zu prüfen.');
    return { urls: 0, failures: [], seconds: 0 };
  }
  const { server, url: origin } = await startStaticServer(dist, 0);
  const started = Date.now();
  try {
    const urls = paths.map((p) => origin + p);
    const report = await pa11yCi(urls, {
      concurrency,
      // pa11y-ci#354: with several tabs in incognito contexts half the URLs fail.
      useIncognitoBrowserContext: false,
      reporters: [],
      log: { error() {}, info() {}, debug() {} },
      standard: 'WCAG2AA',
      runners: ['axe', 'htmlcs'],
      timeout: 60_000,
      chromeLaunchConfig: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: CHROME_ARGS,
      },
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const failures = [];
    for (const [pageUrl, issues] of Object.entries(report.results)) {
      for (const issue of issues) {
        if (issue instanceof Error || issue.type === undefined) {
          failures.push({ page: pageUrl.slice(origin.length), rule: 'Seitenaufruf', message: String(issue.message ?? issue), selector: '' });
        } else if (issue.type === 'error') {
          failures.push({ page: pageUrl.slice(origin.length), rule: `${issue.runner}:${issue.code}`, message: issue.message, selector: issue.selector });
        }
      }
    }
    for (const f of failures) log(`✗ ${f.page}  [${f.rule}] ${f.message}${f.selector ? `  → ${f.selector}` : ''}`);
    const part = shard ? ` (Teil ${shard.index}/${shard.count} von ${all.length})` : only ? ` (geänderte von ${all.length})` : '';
    log(`Barrierefreiheits-Prüfung (WCAG 2 AA, axe + htmlcs): ${urls.length} Seiten${part} in ${seconds} s, ${failures.length} Fehler.`);
    return { urls: urls.length, failures, seconds: Number(seconds) };
  } finally {
    server.close();
  }
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) {
  const dist = process.argv[2];
  if (!dist) {
    console.error('Aufruf: node scripts/a11y-gate.mjs <dist-verzeichnis>');
    process.exit(2);
  }
  const result = await runGate(dist, {
    concurrency: Number(process.env.A11Y_CONCURRENCY ?? 2),
    minUrls: Number(process.env.A11Y_MIN_URLS ?? 1),
    shard: process.env.A11Y_SHARD ? parseShard(process.env.A11Y_SHARD) : undefined,
    // A JSON array of URL paths (the build runner: the pages this release changed).
    only: process.env.A11Y_ONLY_FILE ? new Set(JSON.parse(await readFile(process.env.A11Y_ONLY_FILE, 'utf8'))) : undefined,
  });
  process.exit(result.failures.length === 0 ? 0 : 1);
}
