/*
 * The content types of the CMS as both sides need to know them: Strapi's UID, the REST path, what
 * the public role may read, and which types each one refers to. This is the part of the content
 * registry (src/registry) that the CMS reads — it runs compiled CommonJS and can only import this
 * dependency-free folder (docs/adr/0016-one-set-of-rules.md). The public role's permissions and
 * the seed order are computed from it; the pull's registry names its entries by these keys.
 */

import {
  councilBodyPath,
  eventIcsPath,
  eventPath,
  lifeEventPath,
  meetingPath,
  newsArticlePath,
  noticePath,
  officePath,
  organisationCalendarPath,
  organisationPath,
  paperPath,
  placePath,
  servicePath,
} from './urls.ts';

export interface CmsContentType {
  /** Strapi's UID (cms/src/api/<name>/content-types/<name>/schema.json). */
  uid: `api::${string}.${string}`;
  /** REST path: the plural API name of a collection type, the singular one of a single type. */
  api: string;
  kind: 'collection' | 'single';
  /**
   * What the public role may do with it: the snapshot pull runs without a token, so it reads
   * every published type. Empty for a type that stays inside the CMS.
   */
  publicActions: readonly ('find' | 'findOne')[];
  /** Other types this one has relations to (by name): they are seeded first. */
  references: readonly string[];
  /**
   * The site addresses of one document by its slug (uid field `slug`), for a type with a page per
   * document: when a published slug changes, each gets an automatic redirect old → new
   * (cms/src/redirects/slug-change.ts). Pages are not here: their address is a path of slugs
   * (rules/urls.ts, the page tree).
   */
  paths?: (slug: string) => readonly string[];
}

const READ = ['find', 'findOne'] as const;

function collection(name: string, api: string, references: readonly string[] = [], publicActions: CmsContentType['publicActions'] = READ): CmsContentType {
  return { uid: `api::${name}.${name}`, api, kind: 'collection', publicActions, references };
}

/** A type with a page (or more addresses, such as a calendar file) per document. */
function routed(type: CmsContentType, paths: (slug: string) => readonly string[]): CmsContentType {
  return { ...type, paths };
}

/** A single type has no findOne. */
function single(name: string, references: readonly string[] = []): CmsContentType {
  return { uid: `api::${name}.${name}`, api: name, kind: 'single', publicActions: ['find'], references };
}

/** Every content type of the CMS, by its Strapi name. */
export const CMS_CONTENT_TYPES = {
  organisation: routed(collection('organisation', 'organisations'), (s) => [organisationPath(s), organisationCalendarPath(s)]),
  page: collection('page', 'pages', ['organisation']),
  'news-article': routed(collection('news-article', 'news-articles', ['organisation']), (s) => [newsArticlePath(s)]),
  office: routed(collection('office', 'offices', ['organisation']), (s) => [officePath(s)]),
  service: routed(collection('service', 'services', ['organisation', 'office']), (s) => [servicePath(s)]),
  'life-event': routed(collection('life-event', 'life-events', ['organisation', 'service']), (s) => [lifeEventPath(s)]),
  event: routed(collection('event', 'events', ['organisation']), (s) => [eventPath(s), eventIcsPath(s)]),
  'amtsblatt-issue': collection('amtsblatt-issue', 'amtsblatt-issues', ['organisation']),
  'public-notice': routed(collection('public-notice', 'public-notices', ['organisation']), (s) => [noticePath(s)]),
  // Council information (Ratsinformation): public by law (§ 52 KVG LSA); persons hold public data only.
  'legislative-term': collection('legislative-term', 'legislative-terms'),
  location: collection('location', 'locations'),
  person: collection('person', 'persons'),
  'council-organization': routed(collection('council-organization', 'council-organizations', ['legislative-term', 'location', 'person']), (s) => [
    councilBodyPath(s),
  ]),
  paper: routed(collection('paper', 'papers'), (s) => [paperPath(s)]),
  meeting: routed(collection('meeting', 'meetings', ['council-organization', 'location', 'paper']), (s) => [meetingPath(s)]),
  alert: collection('alert', 'alerts'),
  'online-service': collection('online-service', 'online-services', ['service', 'office', 'page']),
  place: routed(collection('place', 'places'), (s) => [placePath(s)]),
  publication: collection('publication', 'publications', ['organisation']),
  // Redirects are public by nature (anyone can request an old URL and see where it goes); the
  // snapshot pull reads them like all other content, without a token. The list is enough.
  redirect: collection('redirect', 'redirects', [], ['find']),
  'site-setting': single('site-setting', ['page', 'service', 'online-service']),
  'map-setting': single('map-setting'),
  // What citizens send back (issue 17, rules/feedback.ts): stored by the CMS's own route
  // (cms/src/feedback), read by editors in the dashboard — never public, never pulled, no REST route.
  'page-rating': collection('page-rating', 'page-ratings', ['organisation'], []),
  'barrier-report': collection('barrier-report', 'barrier-reports', ['organisation'], []),
  // The version history (issue 20, docs/adr/0023-version-history.md): every published version,
  // written and read only by cms/src/history — hidden in the dashboard, no REST route, never pulled.
  'published-version': collection('published-version', 'published-versions', [], []),
} as const satisfies Record<string, CmsContentType>;

export type CmsContentTypeName = keyof typeof CMS_CONTENT_TYPES;

/**
 * The types that stay inside the CMS (no public action): never pulled into the snapshot, and a
 * save of one is no publication — neither recorded in the publication record nor a reason to build.
 */
export function internalTypeUids(types: Readonly<Record<string, CmsContentType>> = CMS_CONTENT_TYPES): string[] {
  return Object.values(types)
    .filter((t) => t.publicActions.length === 0)
    .map((t) => t.uid);
}

/** Every action the public role holds (Strapi's `<uid>.<action>`). */
export function publicReadActions(types: Readonly<Record<string, CmsContentType>> = CMS_CONTENT_TYPES): string[] {
  return Object.values(types).flatMap((t) => t.publicActions.map((action) => `${t.uid}.${action}`));
}

/**
 * The types in an order in which each comes after every type it refers to (stable otherwise:
 * the declared order). Throws on a reference to an unknown type and on a cycle, naming them.
 */
export function seedOrder(types: Readonly<Record<string, CmsContentType>> = CMS_CONTENT_TYPES): string[] {
  const ordered: string[] = [];
  const done = new Set<string>();
  const visiting = new Set<string>();
  const visit = (name: string, trail: readonly string[]): void => {
    if (done.has(name)) return;
    const type = types[name];
    if (type === undefined) throw new Error(`Inhaltstyp „${trail.at(-1) ?? name}“ verweist auf unbekannten Typ „${name}“`);
    if (visiting.has(name)) throw new Error(`Inhaltstypen verweisen im Kreis aufeinander: ${[...trail, name].join(' → ')}`);
    visiting.add(name);
    for (const ref of type.references) visit(ref, [...trail, name]);
    visiting.delete(name);
    done.add(name);
    ordered.push(name);
  };
  for (const name of Object.keys(types)) visit(name, []);
  return ordered;
}

/**
 * Seed steps in seed order: a step that writes several types (a type and its children) comes
 * after every step whose types it refers to — ranked by the last of its types in seedOrder(),
 * stable otherwise. The seed (cms/src/seed/index.ts) lists its steps in any order.
 */
export function inSeedOrder<S extends { writes: readonly string[] }>(
  steps: readonly S[],
  types: Readonly<Record<string, CmsContentType>> = CMS_CONTENT_TYPES,
): S[] {
  const order = seedOrder(types);
  const rank = (step: S): number =>
    Math.max(
      ...step.writes.map((name) => {
        const i = order.indexOf(name);
        if (i < 0) throw new Error(`Seed-Schritt schreibt unbekannten Inhaltstyp „${name}“`);
        return i;
      }),
    );
  return steps
    .map((step, i) => ({ step, i, rank: rank(step) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.step);
}
