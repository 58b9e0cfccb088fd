import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
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
 * Existing redirects that pointed at an old URL are re-pointed at the new one (no chains).
 * A redirect *from* the new URL would shadow the page (nginx answers it before any file, in
 * either slash form, docs/adr/0006). If it was created here (an earlier rename: its note starts
 * with „Automatisch angelegt“), it is removed — the address is live again. If someone made it by
 * hand (an editor, possibly of another organisation, or the CSV import), it is not ours to
 * delete: the publish is refused with a message naming the redirect, and rolled back (publish
 * and redirect changes run in one transaction), so nothing half-done remains.
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
  note?: string | null;
}

/** The note of redirects this module creates; only those may it delete again. */
export const AUTO_NOTE_PREFIX = 'Automatisch angelegt';

/** The spellings nginx treats as one address (docs/adr/0006): with and without trailing slash. */
export function addressVariants(path: string): string[] {
  const bare = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return bare === path ? [path, `${path}/`] : [path, bare];
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

/** Redirects whose old address is `path` in any spelling nginx matches alike (case, slash). */
async function redirectsFrom(strapi: Core.Strapi, path: string): Promise<RedirectRow[]> {
  return (await strapi.documents(REDIRECT_UID).findMany({
    filters: { $or: addressVariants(path).map((v) => ({ from: { $eqi: v } })) },
    fields: ['from', 'to', 'note'],
  })) as unknown as RedirectRow[];
}

async function applyMoves(strapi: Core.Strapi, moves: readonly [string, string][]): Promise<void> {
  const redirects = strapi.documents(REDIRECT_UID);
  // First every new URL: a hand-made redirect there refuses the whole publish (nothing changed yet).
  const blocking: string[] = [];
  for (const [, to] of moves) {
    for (const r of await redirectsFrom(strapi, to)) {
      if (!(r.note ?? '').startsWith(AUTO_NOTE_PREFIX)) blocking.push(`„${r.from}“ → ${r.to ?? '410 (entfernt)'}`);
    }
  }
  if (blocking.length > 0) {
    throw new errors.ValidationError(
      `Die neue Adresse ist schon als alte Adresse einer Weiterleitung eingetragen, die nicht automatisch angelegt wurde: ${blocking.join('; ')}. ` +
        'Sie würde die Seite verdecken. Bitte ein anderes Kürzel wählen oder die Weiterleitung zuerst entfernen lassen – es wurde nichts veröffentlicht.',
    );
  }
  for (const [from, to] of moves) {
    // The new URL is a live page now: an automatic redirect from it would hide it (or loop back).
    for (const r of await redirectsFrom(strapi, to)) await redirects.delete({ documentId: r.documentId });
    // Redirects that ended at the old URL now end at the new one: one hop, not a chain.
    const pointing = (await redirects.findMany({ filters: { to: { $eq: from } }, fields: ['from', 'to'] })) as unknown as RedirectRow[];
    const retarget: Record<string, unknown> = { to };
    for (const r of pointing) await redirects.update({ documentId: r.documentId, data: retarget });
    const note = `${AUTO_NOTE_PREFIX}: Adresse geändert am ${new Date().toISOString().slice(0, 10)}`;
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
    const readPaths = read;
    // One transaction: a refused move (applyMoves throws) rolls the publish back with it.
    return strapi.db.transaction(async () => {
      const before = await readPaths();
      const result = await next();
      const moves = movedUrls(before, await readPaths());
      if (moves.length > 0) await applyMoves(strapi, moves);
      return result;
    });
  });
}
