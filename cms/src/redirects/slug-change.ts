import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CMS_CONTENT_TYPES, type CmsContentType } from '@stadtportal/shared/rules';
import { englishPagePaths, germanPagePaths, type TreeNode } from '@stadtportal/shared/urls';
import { REDIRECT_UID } from './validate';

/*
 * Automatic redirects when a published address changes. When an editor publishes a document
 * whose published version had another slug (or, for pages, another parent), every URL that
 * changed gets a Weiterleitung old → new (301), so links and bookmarks keep working:
 *   - a page's URL is the path of its ancestors' slugs, so renaming or moving a page changes the
 *     URLs of its whole subtree; each published descendant gets its own redirect (the nginx maps
 *     match exact keys, a prefix rule would need regex locations and order). The same holds below
 *     /en/: an English page's path has a segment per ancestor (the English slug where translated,
 *     the German one where not), so publishing either language may move English URLs;
 *   - news, services, life events, events (page and .ics), notices, offices, organisations (page
 *     and calendar), places, council bodies, meetings and papers. Publications have no page of
 *     their own (their list links the PDF), the Amtsblatt is listed by year, and an organiser's
 *     page of upcoming events (/veranstaltungen/veranstalter/…) exists only while it has some:
 *     a redirect there could soon point nowhere.
 * The URL scheme is the contract's (shared/src/rules/urls.ts, compiled for the CMS, ADR 0016):
 * the addresses computed here are the ones the site builds, by the same functions.
 * Existing redirects that pointed at an old URL are re-pointed at the new one (no chains).
 * A redirect *from* the new URL would shadow the page (nginx answers it before any file, in
 * either slash form, docs/adr/0006). If it was created here (an earlier rename: its note starts
 * with „Automatisch angelegt“), it is removed — the address is live again. If someone made it by
 * hand (an editor, possibly of another organisation, or the CSV import), it is not ours to
 * delete: the publish is refused with a message naming the redirect, and rolled back (publish
 * and redirect changes run in one transaction), so nothing half-done remains.
 */

/** The published URLs of documents, by a key per document and language; same index = same kind of URL. */
type Paths = Map<string, string[]>;

interface FlatType {
  uid: UID.ContentType;
  paths: (slug: string) => string[];
}

/**
 * Every routed type with one page per document, by its uid-field `slug`: the registry's CMS part
 * (shared/src/rules/content-types.ts) names their addresses, so a new routed type is covered
 * by its entry there.
 */
const FLAT: FlatType[] = Object.values<CmsContentType>(CMS_CONTENT_TYPES).flatMap(({ uid, paths }) =>
  paths ? [{ uid: uid as UID.ContentType, paths: (slug: string) => [...paths(slug)] }] : [],
);

const PAGE_UID = 'api::page.page';
/** The languages the site has (docs/adr/0005): German at the root, English below /en/. */
const DEFAULT_LOCALE = 'de';
const ENGLISH_LOCALE = 'en';

interface PageRow {
  documentId: string;
  slug: string;
  parent?: { documentId: string } | null;
}

/**
 * Published page URLs, German (key: documentId) and English (key: "en:" + documentId), computed
 * by the site's page tree. Pages with a broken chain (unpublished parent, cycle) have no URL and
 * are left out; the snapshot and the build report those, a redirect could point nowhere.
 */
async function pagePaths(strapi: Core.Strapi): Promise<Paths> {
  const german = (await strapi.documents(PAGE_UID).findMany({
    status: 'published',
    locale: DEFAULT_LOCALE,
    fields: ['slug'],
    populate: { parent: { fields: ['documentId'] } },
  })) as unknown as PageRow[];
  // The hierarchy is the German page's (a translation carries only text and its slug).
  const english = (await strapi.documents(PAGE_UID).findMany({ status: 'published', locale: ENGLISH_LOCALE, fields: ['slug'] })) as unknown as PageRow[];
  const tree: TreeNode[] = german.map((r) => ({ documentId: r.documentId, slug: r.slug, parent: r.parent?.documentId ?? null }));
  const out: Paths = new Map();
  for (const [id, path] of germanPagePaths(tree).paths) out.set(id, [path]);
  for (const [id, path] of englishPagePaths(tree, english).paths) out.set(`${ENGLISH_LOCALE}:${id}`, [path]);
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
    const params = context.params as { documentId?: string };
    const documentId = params.documentId;
    if (!documentId) return next();
    let read: (() => Promise<Paths>) | null = null;
    if (context.uid === PAGE_UID) {
      // Either language may move URLs of both (an untranslated ancestor's segment is German).
      read = () => pagePaths(strapi);
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
