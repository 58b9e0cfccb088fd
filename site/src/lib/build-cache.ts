/*
 * Keys for Astro's incremental build (`experimental.incrementalBuild`, on when SITE_BUILD_CACHE
 * names a cache folder: the build runner sets it; docs/adr/0015-search-index-in-parts-and-incremental-builds.md).
 *
 * Astro skips rendering a page when its route's code is unchanged and the `cacheKey` its
 * getStaticPaths() returned equals last build's; it copies the earlier HTML instead. A key must
 * therefore change whenever anything the page shows changes. Pages show far more than their own
 * document — navigation, breadcrumbs, children, the owner, online services, the Eilmeldungen at
 * build time — so a key is made of two parts:
 *
 *   shared digest  everything in the snapshot except the fields that only their own page shows
 *                  (OWN_FIELDS), plus the alert banner baked in at build time;
 *   own part       those fields of the page's own document.
 *
 * Editing the text of one page changes only its own part: one page is rendered, the others are
 * copied. Anything else (a title, a new page, a setting, an alert) changes the shared digest and
 * every keyed page is rendered again: correct before fast. Keyed: content pages, news, services,
 * events (with what they show of the build time), council meetings and papers. Pages without a
 * key (lists, offices and places with their opening status at build time, the rest) are always
 * rendered.
 * site/test/incremental.test.ts proves that an incremental build equals a full one byte for byte.
 */
import { createHash } from 'node:crypto';
import { alertSlot, renderAlerts, type NewsArticle, type Page, type Snapshot } from '@stadtportal/shared';

/** Only their own page shows these fields (PageView with its video, NewsArticleView): kept out of the shared digest. */
export const OWN_FIELDS = {
  pages: ['body', 'video', 'updatedAt'],
  news: ['body'],
} as const satisfies { pages: readonly (keyof Page)[]; news: readonly (keyof NewsArticle)[] };

/**
 * Gives a getStaticPaths item its `cacheKey`, made by `make` from the shared digest; a full build
 * (no digest) gives none, so Astro renders every page.
 */
export type CacheKeyEntry = (make: (shared: string) => string) => { cacheKey?: string };

export function cacheKeyEntry(shared: string | null): CacheKeyEntry {
  return (make) => (shared === null ? {} : { cacheKey: make(shared) });
}

/** Is the incremental build on (the runner, or an operator, named a cache folder)? */
export function incrementalBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env['SITE_BUILD_CACHE']);
}

const hash = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** The document without the given fields (only ever serialised into the digest). */
function without(value: object, fields: readonly string[]): Record<string, unknown> {
  const drop = new Set(fields);
  return Object.fromEntries(Object.entries(value).filter(([k]) => !drop.has(k)));
}

/** The shared part of every key: the snapshot without OWN_FIELDS, and the alerts active at `now`. */
export function sharedDigest(snapshot: Snapshot, now: Date): string {
  const shared = {
    ...snapshot,
    pages: snapshot.pages.map((p) => without(p, OWN_FIELDS.pages)),
    news: snapshot.news.map((n) => without(n, OWN_FIELDS.news)),
  };
  return hash(`${JSON.stringify(shared)}\n${alertSlot(renderAlerts(snapshot.alerts, now))}`);
}

function ownPart<T extends object>(doc: T, fields: readonly (keyof T)[]): string {
  return JSON.stringify(fields.map((f) => doc[f]));
}

export function pageCacheKey(shared: string, page: Page): string {
  return hash(`${shared}\n${ownPart(page, OWN_FIELDS.pages)}`);
}

export function newsCacheKey(shared: string, article: NewsArticle): string {
  return hash(`${shared}\n${ownPart(article, OWN_FIELDS.news)}`);
}

/**
 * The key of a page that shows nothing only it owns (services, council meetings and papers) or
 * that also depends on the build time: `facts` are what it shows of that time (an event: past or
 * upcoming, whether its category has a page). Without own fields the key follows the shared
 * digest: copied after a text edit elsewhere, rendered after any other change.
 */
export function sharedCacheKey(shared: string, ...facts: (string | boolean)[]): string {
  return hash(`${shared}\n${JSON.stringify(facts)}`);
}
