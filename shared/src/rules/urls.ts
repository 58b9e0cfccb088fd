/*
 * The site's URL scheme, once: where every routed type lives, the section folders a page may not
 * take, and the page tree (a page's URL is the path of its ancestors' slugs, in German and below
 * /en/ in English). The site builds its links from it, the snapshot check and the site build
 * check the page tree with it, and the CMS computes the old and new addresses of a renamed
 * document with it (automatic redirects, cms/src/redirects/slug-change.ts). That is why it lives
 * with the rules: pure, without dependencies, compiled for the CMS (docs/adr/0016). All page
 * paths end in "/" (the site's trailingSlash: 'always').
 */

export const NEWS_DIR = 'aktuelles';
export const ORGANISATIONS_DIR = 'einrichtungen';
export const MEDIA_DIR_URL = 'medien';
export const SEARCH_DIR = 'suche';
export const OFFICES_DIR = 'aemter';
export const SERVICES_DIR = 'leistungen';
export const LIFE_EVENTS_DIR = 'lebenslagen';
export const EVENTS_DIR = 'veranstaltungen';
export const AMTSBLATT_DIR = 'amtsblatt';
export const NOTICES_DIR = 'bekanntmachungen';
/** English pages live below /en/ (German, the default language, has no prefix). */
export const EN_DIR = 'en';
/** Pagefind's index and browser script (written by the site's search-index.ts after the build). */
export const PAGEFIND_DIR = 'pagefind';
/** Below PAGEFIND_DIR: the URL folders of the index parts 2…, which the search island merges. */
export const PAGEFIND_PARTS_FILE = 'teile.json';
/** Where payment platforms send the citizen back (/zahlung/erfolgreich/ …). */
export const PAYMENT_RETURN_DIR = 'zahlung';
/** The city map and directory of places (Stadtplan), one page per place. */
export const PLACES_DIR = 'orte';
/** Printed products as PDF by category and year (one list page, no page per publication). */
export const PUBLICATIONS_DIR = 'publikationen';
/** Council information (docs/adr/0010-council-information-and-oparl.md). */
export const COUNCIL_DIR = 'rat';
/** The static OParl API (JSON files), not a page section: outside the sitemap and the a11y gate. */
export const OPARL_DIR = 'oparl';
/**
 * Citizen feedback (issue 17, rules/feedback.ts): the forms post to /rueckmeldung (nginx passes
 * that one address to the CMS); the folder below it holds the site's page for a feedback service
 * that cannot be reached. A page with this slug would be shadowed, so it is reserved.
 */
export const FEEDBACK_DIR = 'rueckmeldung';
/** The barrier report: the form page and its confirmation below it. */
export const BARRIER_DIR = 'barriere-melden';
/**
 * The German page nginx answers a request it refuses itself with (400, 405, 413, 414, 494), instead
 * of its English default; internal in nginx, so the address is reserved but never served as a page.
 */
export const ERROR_DIR = 'fehler';

/** Top-level page slugs the site uses for its own sections; a page may not take them. */
export const RESERVED_TOP_LEVEL_SLUGS: ReadonlySet<string> = new Set([
  ORGANISATIONS_DIR,
  NEWS_DIR,
  MEDIA_DIR_URL,
  SEARCH_DIR,
  PAGEFIND_DIR,
  OFFICES_DIR,
  SERVICES_DIR,
  LIFE_EVENTS_DIR,
  EVENTS_DIR,
  AMTSBLATT_DIR,
  NOTICES_DIR,
  EN_DIR,
  PAYMENT_RETURN_DIR,
  PLACES_DIR,
  PUBLICATIONS_DIR,
  COUNCIL_DIR,
  OPARL_DIR,
  FEEDBACK_DIR,
  BARRIER_DIR,
  ERROR_DIR,
]);

/** URL folder of Pagefind index part n (1-based): part 1 is the primary bundle. */
export function pagefindPartDir(part: number): string {
  return part === 1 ? `/${PAGEFIND_DIR}/` : `/${PAGEFIND_DIR}/teil-${part}/`;
}

export const homePath = (): string => '/';
export const organisationsPath = (): string => `/${ORGANISATIONS_DIR}/`;
export const organisationPath = (slug: string): string => `/${ORGANISATIONS_DIR}/${slug}/`;
/** Subscribable iCalendar feed of one organisation's events. */
export const organisationCalendarPath = (orgSlug: string): string => `/${ORGANISATIONS_DIR}/${orgSlug}/veranstaltungen.ics`;
export const officesPath = (): string => `/${OFFICES_DIR}/`;
export const officePath = (slug: string): string => `/${OFFICES_DIR}/${slug}/`;
/** The A–Z index of services; `#buchstabe-a` … are its letter anchors. */
export const servicesPath = (): string => `/${SERVICES_DIR}/`;
export const servicePath = (slug: string): string => `/${SERVICES_DIR}/${slug}/`;
export const lifeEventsPath = (): string => `/${LIFE_EVENTS_DIR}/`;
export const lifeEventPath = (slug: string): string => `/${LIFE_EVENTS_DIR}/${slug}/`;
/** Upcoming events; the filters are own pages (no JS needed): by month, category, organiser. */
export const eventsPath = (): string => `/${EVENTS_DIR}/`;
export const eventPath = (slug: string): string => `/${EVENTS_DIR}/${slug}/`;
/** One event as iCalendar file (RFC 5545), for „In den Kalender übernehmen“. */
export const eventIcsPath = (slug: string): string => `/${EVENTS_DIR}/${slug}.ics`;
/** `month` as YYYY-MM */
export const eventsMonthPath = (month: string): string => `/${EVENTS_DIR}/monat/${month}/`;
export const eventsCategoryPath = (category: string): string => `/${EVENTS_DIR}/kategorie/${category}/`;
export const eventsOrganiserPath = (orgSlug: string): string => `/${EVENTS_DIR}/veranstalter/${orgSlug}/`;
export const eventsArchivePath = (): string => `/${EVENTS_DIR}/archiv/`;
export const amtsblattPath = (): string => `/${AMTSBLATT_DIR}/`;
export const amtsblattYearPath = (year: string): string => `/${AMTSBLATT_DIR}/${year}/`;
/** Current public notices; the archive is by year of publication. */
export const noticesPath = (): string => `/${NOTICES_DIR}/`;
export const noticePath = (slug: string): string => `/${NOTICES_DIR}/${slug}/`;
export const noticesYearPath = (year: string): string => `/${NOTICES_DIR}/archiv/${year}/`;
export const newsArticlePath = (slug: string): string => `/${NEWS_DIR}/${slug}/`;
/** List page n (1-based) of the news: page 1 is the section's own address. */
export const newsListPath = (n: number): string => (n === 1 ? `/${NEWS_DIR}/` : `/${NEWS_DIR}/seite/${n}/`);
/** The search page; the query goes in `?q=`. */
export const searchPath = (): string => `/${SEARCH_DIR}/`;
/** Contract file names are [A-Za-z0-9_.-] only; encoding still guards against a foreign snapshot. */
export const mediaPath = (file: string): string => `/${MEDIA_DIR_URL}/${encodeURIComponent(file)}`;
export const placesPath = (): string => `/${PLACES_DIR}/`;
export const placePath = (slug: string): string => `/${PLACES_DIR}/${slug}/`;
/** The directory of one category (e.g. „Übernachten“): an anchor on the list page. */
export const placeCategoryPath = (category: string): string => `/${PLACES_DIR}/#kategorie-${category}`;
export const publicationsPath = (): string => `/${PUBLICATIONS_DIR}/`;
/** The English home page; an English page's path is /en/ + the path of its English slugs. */
export const enHomePath = (): string => `/${EN_DIR}/`;

export const councilPath = (): string => `/${COUNCIL_DIR}/`;
export const councilBodyPath = (slug: string): string => `/${COUNCIL_DIR}/gremien/${slug}/`;
export const meetingsPath = (): string => `/${COUNCIL_DIR}/sitzungen/`;
export const meetingsArchivePath = (): string => `/${COUNCIL_DIR}/sitzungen/archiv/`;
export const meetingPath = (slug: string): string => `/${COUNCIL_DIR}/sitzungen/${slug}/`;
/** Subscribable iCalendar feed of all meetings. */
export const meetingsIcsPath = (): string => `/${COUNCIL_DIR}/sitzungen.ics`;
export const papersPath = (): string => `/${COUNCIL_DIR}/drucksachen/`;
export const paperPath = (slug: string): string => `/${COUNCIL_DIR}/drucksachen/${slug}/`;
/** The page nginx shows when the feedback service is not configured or does not answer (503). */
export const feedbackUnavailablePath = (): string => `/${FEEDBACK_DIR}/nicht-erreichbar/`;
/** The page for a request nginx refuses (nginx.ts: error_page 400 405 413 414 494). */
export const requestErrorPath = (): string => `/${ERROR_DIR}/`;
/** Entry point of the OParl API: the System object. */
export const oparlSystemPath = (): string => `/${OPARL_DIR}/v1.1/system.json`;

/*
 * The page tree. Each page's URL is its parent's URL plus its own segment, so it is computed from
 * the minimal shape every door has (the snapshot's pages, the CMS's rows) and memoised: a walk
 * up to the first ancestor whose fate is known, then down again, O(n) for the whole tree.
 */

/** What the tree needs of a page: its id, its (German) slug and its parent's id. */
export interface TreeNode {
  readonly documentId: string;
  readonly slug: string;
  readonly parent: string | null;
}

/** A translation: the page it translates and its own slug. */
export interface TreeTranslation {
  readonly documentId: string;
  readonly slug: string;
}

/**
 * A problem of the tree, naming the page and the field to fix. `rule` says which check found it,
 * so a caller that checks only some of them (the snapshot leaves reserved slugs to the build) can
 * pick; the message is German, for editors.
 */
export interface TreeIssue {
  documentId: string;
  field: 'slug' | 'parent' | 'documentId';
  rule: 'missing-parent' | 'cycle' | 'below-broken' | 'missing-page' | 'reserved' | 'duplicate';
  message: string;
}

export interface PageTree {
  /** URL path by documentId, for every page whose parent chain reaches the top. */
  paths: Map<string, string>;
  issues: TreeIssue[];
}

/** Why a page has no URL: its own parent is missing, it is on a cycle, or an ancestor is broken. */
type Broken = { kind: 'missing-parent'; parent: string } | { kind: 'cycle' } | { kind: 'below'; ancestor: string };

/** Paths of all pages below `root`, each segment chosen by `segment`; the broken ones apart. */
function walkTree(pages: readonly TreeNode[], root: string, segment: (page: TreeNode) => string): { paths: Map<string, string>; broken: Map<string, Broken> } {
  const byId = new Map(pages.map((p) => [p.documentId, p]));
  const paths = new Map<string, string>();
  const broken = new Map<string, Broken>();
  for (const start of pages) {
    const chain: TreeNode[] = [];
    const onChain = new Map<string, number>();
    let base: string | undefined = root;
    let cause: { index: number; broken: Broken } | undefined;
    for (let cur: TreeNode | undefined = start; cur !== undefined;) {
      const known = paths.get(cur.documentId);
      if (known !== undefined) {
        base = known;
        break;
      }
      const fate = broken.get(cur.documentId);
      if (fate !== undefined) {
        cause = { index: chain.length, broken: { kind: 'below', ancestor: cur.documentId } };
        break;
      }
      const seenAt = onChain.get(cur.documentId);
      if (seenAt !== undefined) {
        // Everything from the first visit on is the cycle; what led into it is below it.
        for (const p of chain.slice(seenAt)) broken.set(p.documentId, { kind: 'cycle' });
        cause = { index: seenAt, broken: { kind: 'below', ancestor: cur.documentId } };
        break;
      }
      onChain.set(cur.documentId, chain.length);
      chain.push(cur);
      if (cur.parent === null) break;
      const parent = byId.get(cur.parent);
      if (parent === undefined) {
        broken.set(cur.documentId, { kind: 'missing-parent', parent: cur.parent });
        cause = { index: chain.length - 1, broken: { kind: 'below', ancestor: cur.documentId } };
        break;
      }
      cur = parent;
    }
    if (cause !== undefined) {
      for (const p of chain.slice(0, cause.index)) broken.set(p.documentId, cause.broken);
      continue;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const p = chain[i] as TreeNode;
      base = `${base}${segment(p)}/`;
      paths.set(p.documentId, base);
    }
  }
  return { paths, broken };
}

const CYCLE_MESSAGE = 'Die Seitenhierarchie enthält einen Kreis';
const missingParentMessage = (parent: string): string => `Übergeordnete Seite ${parent} ist nicht (veröffentlicht) vorhanden`;
const duplicateMessage = (slug: string, path: string, other: string): string => `Slug „${slug}“ ist schon vergeben: der Pfad ${path} gehört Seite ${other}`;

/** Why a page has no URL, as an issue naming it (field `parent`: that is where the chain breaks). */
function brokenIssue(documentId: string, b: Broken): TreeIssue {
  if (b.kind === 'cycle') return { documentId, field: 'parent', rule: 'cycle', message: CYCLE_MESSAGE };
  if (b.kind === 'missing-parent') return { documentId, field: 'parent', rule: 'missing-parent', message: missingParentMessage(b.parent) };
  return { documentId, field: 'parent', rule: 'below-broken', message: `Die Seitenhierarchie über Seite ${b.ancestor} ist unterbrochen` };
}

/**
 * German page URLs: "/<ancestor slugs>/<slug>/". Problems name the page to fix: a missing parent
 * and each page on a cycle (field `parent`; the pages below them just have no URL), a reserved
 * top-level slug and a path that an earlier page already has (field `slug`). Pages with a
 * reserved slug or a duplicate path keep their path in `paths`: it is where they would be.
 */
export function germanPagePaths(pages: readonly TreeNode[]): PageTree {
  const { paths, broken } = walkTree(pages, homePath(), (p) => p.slug);
  const issues: TreeIssue[] = [];
  const owner = new Map<string, string>();
  for (const p of pages) {
    const b = broken.get(p.documentId);
    if (b !== undefined) {
      // The cause is named once; the pages below it follow when it is fixed.
      if (b.kind !== 'below') issues.push(brokenIssue(p.documentId, b));
      continue;
    }
    if (p.parent === null && RESERVED_TOP_LEVEL_SLUGS.has(p.slug)) {
      issues.push({
        documentId: p.documentId,
        field: 'slug',
        rule: 'reserved',
        message: `Der Slug „${p.slug}“ ist auf oberster Ebene reserviert (${[...RESERVED_TOP_LEVEL_SLUGS].join(', ')})`,
      });
    }
    const path = paths.get(p.documentId) as string;
    const other = owner.get(path);
    if (other !== undefined) issues.push({ documentId: p.documentId, field: 'slug', rule: 'duplicate', message: duplicateMessage(p.slug, path, other) });
    else owner.set(path, p.documentId);
  }
  return { paths, issues };
}

/**
 * English page URLs (docs/adr/0005-english-translations.md): a translation carries only text; its
 * place is the German page's. Its URL is /en/ followed by one segment per ancestor and one for
 * itself — the English slug where the page is translated, the German slug where it is not — so
 * every English page has a stable path even below an untranslated section. Only translated pages
 * get a path; problems name the translated page (a translation of no page: field `documentId`).
 * A translated top-level page may not take a reserved slug: /en/ keeps them free for English
 * versions of the site's own sections.
 */
export function englishPagePaths(pages: readonly TreeNode[], translations: readonly TreeTranslation[]): PageTree {
  const englishSlug = new Map(translations.map((t) => [t.documentId, t.slug]));
  const tree = walkTree(pages, enHomePath(), (p) => englishSlug.get(p.documentId) ?? p.slug);
  const byId = new Map(pages.map((p) => [p.documentId, p]));
  const paths = new Map<string, string>();
  const issues: TreeIssue[] = [];
  const owner = new Map<string, string>();
  for (const t of translations) {
    const page = byId.get(t.documentId);
    if (page === undefined) {
      issues.push({ documentId: t.documentId, field: 'documentId', rule: 'missing-page', message: 'Übersetzung ohne (veröffentlichte) deutsche Seite' });
      continue;
    }
    const b = tree.broken.get(t.documentId);
    if (b !== undefined) {
      // Every translation without a path is named: the English tree has no other report of it.
      issues.push(brokenIssue(t.documentId, b));
      continue;
    }
    if (page.parent === null && RESERVED_TOP_LEVEL_SLUGS.has(t.slug)) {
      issues.push({ documentId: t.documentId, field: 'slug', rule: 'reserved', message: `Der Slug „${t.slug}“ ist auf oberster Ebene reserviert` });
      continue;
    }
    const path = tree.paths.get(t.documentId) as string;
    const other = owner.get(path);
    if (other !== undefined) {
      issues.push({ documentId: t.documentId, field: 'slug', rule: 'duplicate', message: duplicateMessage(t.slug, path, other) });
      continue;
    }
    owner.set(path, t.documentId);
    paths.set(t.documentId, path);
  }
  return { paths, issues };
}
