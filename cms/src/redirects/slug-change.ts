import type { Core, UID } from '@strapi/strapi';
import { REDIRECT_UID } from './validate';

/*
 * Automatic redirects when a published address changes. When an editor publishes a document
 * whose published version had another slug (or, for pages, another parent), every URL that
 * changed gets a Weiterleitung old → new (301), so links and bookmarks keep working:
 *   - a page's URL is the path of its ancestors' slugs, so renaming or moving a page changes the
 *     URLs of its whole subtree; each published descendant gets its own redirect (the nginx maps
 *     match exact keys, a prefix rule would need regex locations and order);
 *   - news, services, life events, events (page and .ics), notices, offices, organisations.
 * The URL scheme is site/src/lib/urls.ts (repeated here: the CMS cannot import the site).
 * Existing redirects that pointed at an old URL are re-pointed at the new one (no chains), and a
 * redirect *from* a URL that is live again is removed (it would shadow the page, or loop when a
 * page is renamed back).
 * Only the default locale (German) is handled: English pages (/en/…) are not yet covered.
 */

type Paths = Map<string, string[]>;

interface FlatType {
  uid: UID.ContentType;
  paths: (slug: string) => string[];
}

const FLAT: FlatType[] = [
  { uid: 'api::news-article.news-article', paths: (s) => [`/aktuelles/${s}/`] },
  { uid: 'api::service.service', paths: (s) => [`/leistungen/${s}/`] },
  { uid: 'api::life-event.life-event', paths: (s) => [`/lebenslagen/${s}/`] },
  { uid: 'api::event.event', paths: (s) => [`/veranstaltungen/${s}/`, `/veranstaltungen/${s}.ics`] },
  { uid: 'api::public-notice.public-notice', paths: (s) => [`/bekanntmachungen/${s}/`] },
  { uid: 'api::office.office', paths: (s) => [`/aemter/${s}/`] },
  { uid: 'api::organisation.organisation', paths: (s) => [`/einrichtungen/${s}/`, `/einrichtungen/${s}/veranstaltungen.ics`] },
];

const PAGE_UID = 'api::page.page';
const DEFAULT_LOCALE = 'de';

interface PageRow {
  documentId: string;
  slug: string;
  parent?: { documentId: string } | null;
}

/** Published German page URLs by documentId (pages with a broken chain are left out). */
async function pagePaths(strapi: Core.Strapi): Promise<Paths> {
  const rows = (await strapi.documents(PAGE_UID).findMany({
    status: 'published',
    locale: DEFAULT_LOCALE,
    fields: ['slug'],
    populate: { parent: { fields: ['documentId'] } },
  })) as unknown as PageRow[];
  const byId = new Map(rows.map((r) => [r.documentId, r]));
  const out: Paths = new Map();
  const pathOf = (id: string, seen: Set<string>): string | null => {
    const known = out.get(id);
    if (known) return known[0] ?? null;
    const row = byId.get(id);
    if (!row || seen.has(id)) return null; // unpublished parent or a cycle: no URL
    seen.add(id);
    const parentId = row.parent?.documentId ?? null;
    const base = parentId === null ? '/' : pathOf(parentId, seen);
    if (base === null) return null;
    const path = `${base}${row.slug}/`;
    out.set(id, [path]);
    return path;
  };
  for (const id of byId.keys()) pathOf(id, new Set());
  return out;
}

async function flatPaths(strapi: Core.Strapi, type: FlatType, documentId: string): Promise<Paths> {
  const doc = (await strapi.documents(type.uid).findOne({ documentId, status: 'published', fields: ['slug'] })) as { slug?: unknown } | null;
  return typeof doc?.slug === 'string' && doc.slug !== '' ? new Map([[documentId, type.paths(doc.slug)]]) : new Map();
}

interface RedirectRow {
  documentId: string;
  from: string;
  to: string | null;
}

/** old URL → new URL for every document whose published URL changed. */
export function movedUrls(before: Paths, after: Paths): [string, string][] {
  const moves: [string, string][] = [];
  for (const [id, oldPaths] of before) {
    const newPaths = after.get(id);
    if (!newPaths) continue; // unpublished or unreachable now: nothing to point at
    oldPaths.forEach((old, i) => {
      const now = newPaths[i];
      if (now !== undefined && now !== old) moves.push([old, now]);
    });
  }
  return moves;
}

async function applyMoves(strapi: Core.Strapi, moves: readonly [string, string][]): Promise<void> {
  const redirects = strapi.documents(REDIRECT_UID);
  for (const [from, to] of moves) {
    // The new URL is a live page now: a redirect from it would hide the page (or loop back).
    const shadowing = (await redirects.findMany({ filters: { from: { $eq: to } }, fields: ['from'] })) as unknown as RedirectRow[];
    for (const r of shadowing) await redirects.delete({ documentId: r.documentId });
    // Redirects that ended at the old URL now end at the new one: one hop, not a chain.
    const pointing = (await redirects.findMany({ filters: { to: { $eq: from } }, fields: ['from', 'to'] })) as unknown as RedirectRow[];
    const retarget: Record<string, unknown> = { to };
    for (const r of pointing) await redirects.update({ documentId: r.documentId, data: retarget });
    const note = `Automatisch angelegt: Adresse geändert am ${new Date().toISOString().slice(0, 10)}`;
    const [existing] = (await redirects.findMany({ filters: { from: { $eq: from } }, fields: ['from'] })) as unknown as RedirectRow[];
    // A plain record: without generated types Strapi's Input type knows no attribute names.
    const data: Record<string, unknown> = { from, to, kind: 'dauerhaft_301', note };
    if (existing) await redirects.update({ documentId: existing.documentId, data });
    else await redirects.create({ data });
    strapi.log.info(`Weiterleitung angelegt: ${from} → ${to}`);
  }
}

export function registerSlugRedirects(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.action !== 'publish') return next();
    const params = context.params as { documentId?: string; locale?: string | string[] };
    const documentId = params.documentId;
    if (!documentId) return next();
    let read: (() => Promise<Paths>) | null = null;
    if (context.uid === PAGE_UID) {
      // Other locales have their own URLs (/en/…), not handled yet.
      if (params.locale === undefined || params.locale === DEFAULT_LOCALE) read = () => pagePaths(strapi);
    } else {
      const type = FLAT.find((t) => t.uid === context.uid);
      if (type) read = () => flatPaths(strapi, type, documentId);
    }
    if (!read) return next();
    const before = await read();
    const result = await next();
    const moves = movedUrls(before, await read());
    if (moves.length > 0) await applyMoves(strapi, moves);
    return result;
  });
}
