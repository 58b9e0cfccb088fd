import {
  InvalidContentError,
  readSnapshot,
  snapshotDir,
  type Alert,
  type MapTiles,
  type Place,
  type Publication,
  type ContentIssue,
  type Council,
  type AmtsblattIssue,
  type Event,
  type LifeEvent,
  type NewsArticle,
  type Office,
  type OnlineService,
  type PageTranslation,
  type PublicNotice,
  type Service,
  type Organisation,
  type Page,
  type SiteSettings,
  type Snapshot,
} from '@stadtportal/shared';
import { CONTENT_REGISTRY, indexByDocumentId, type ContentRegistry } from '@stadtportal/shared/registry';
import { cacheKeyEntry, incrementalBuild, sharedDigest, type CacheKeyEntry } from './build-cache.ts';
import { germanPagePaths } from '@stadtportal/shared/urls';

/*
 * The snapshot, indexed once for the whole build. Every lookup a page template makes is a Map
 * access or a walk up its own parent chain, so building n pages stays O(n) overall (the site
 * must scale to 10 000 pages; a `pages.find` per page would make it quadratic).
 */

const byTitle = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

function must<V>(map: ReadonlyMap<string, V>, key: string, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`content.ts: ${what} ${key} ist nicht im Snapshot`);
  return value;
}

/** The top-level lists of the snapshot whose entries have a documentId. */
type KeyedList = { [K in keyof Snapshot]: Snapshot[K] extends readonly { documentId: string }[] ? K : never }[keyof Snapshot];

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * URL path of every page from its parent chain: "/<ancestor slugs>/<slug>/", computed by the
 * contract's page tree (shared/src/rules/urls.ts, which the CMS uses for its redirects too).
 * Reserved top-level slugs, duplicate paths, missing parents and cycles are content errors naming
 * the page's documentId and the field to fix.
 */
export function computePagePaths(pages: readonly Page[]): Map<string, string> {
  const { paths, issues } = germanPagePaths(pages);
  if (issues.length > 0) {
    throw new InvalidContentError(issues.map(({ documentId, field, message }): ContentIssue => ({ type: 'page', documentId, field, message })));
  }
  return paths;
}

export class SiteContent {
  readonly settings: SiteSettings;
  readonly pages: readonly Page[];
  readonly organisations: readonly Organisation[];
  /** Newest first; same date: by slug, so the order is stable between builds. */
  readonly news: readonly NewsArticle[];
  /** Every keyed list of the registry by documentId (registry path → documentId → entry). */
  readonly #index: ReadonlyMap<string, ReadonlyMap<string, unknown>>;
  readonly #pathOf: ReadonlyMap<string, string>;
  readonly #children: ReadonlyMap<string, readonly Page[]>;
  readonly #entryPages: ReadonlyMap<string, readonly Page[]>;
  readonly #newsOf: ReadonlyMap<string, readonly NewsArticle[]>;
  /** By name. */
  readonly offices: readonly Office[];
  readonly #officesOf: ReadonlyMap<string, readonly Office[]>;
  /** By title (German collation). */
  readonly services: readonly Service[];
  readonly #servicesOfOffice: ReadonlyMap<string, readonly Service[]>;
  /** By title. */
  readonly lifeEvents: readonly LifeEvent[];
  readonly #lifeEventsOfService: ReadonlyMap<string, readonly LifeEvent[]>;
  readonly #lifeEventById: ReadonlyMap<string, LifeEvent>;
  /** All events (past ones too), by start; same start: by slug. */
  readonly events: readonly Event[];
  readonly #eventsOf: ReadonlyMap<string, readonly Event[]>;
  readonly #eventById: ReadonlyMap<string, Event>;
  /** Newest first. */
  readonly amtsblatt: readonly AmtsblattIssue[];
  /** All notices (expired ones too), newest publication first; same day: by slug. */
  readonly notices: readonly PublicNotice[];
  /** Eilmeldungen as published (ended and scheduled ones too): the layout bakes in the active ones. */
  readonly alerts: readonly Alert[];
  /** Places by name (German collation); lists and the map group them (lib/places.ts). */
  readonly places: readonly Place[];
  /** Publications, newest first; same day: by title. */
  readonly publications: readonly Publication[];
  /** The map's tile provider, or null: no map, the list only. */
  readonly mapTiles: MapTiles | null;
  /** Online-Dienste of third parties; where each appears: lib/online-services.ts (ADR 0009). */
  readonly onlineServices: readonly OnlineService[];
  /** Council information (/rat/ and the OParl API): lib/council.ts indexes it. */
  readonly council: Council;
  readonly #pageEn: ReadonlyMap<string, PageTranslation>;

  readonly #snapshot: Snapshot;
  #sharedDigest: { at: number; digest: string } | undefined;

  /** `registry`: the content types the snapshot holds (default: all of them). */
  constructor(snapshot: Snapshot, registry: ContentRegistry = CONTENT_REGISTRY) {
    this.#snapshot = snapshot;
    this.settings = snapshot.settings;
    this.pages = snapshot.pages;
    this.organisations = snapshot.organisations;
    this.#index = indexByDocumentId(snapshot, registry);
    this.#pathOf = computePagePaths(snapshot.pages);

    const children = new Map<string, Page[]>();
    const entryPages = new Map<string, Page[]>();
    // The legal pages are linked from every footer; listing them among an organisation's
    // pages again would only bury its real topics.
    const legal = new Set(Object.values(snapshot.settings.legalPages));
    for (const p of snapshot.pages) {
      if (p.parent !== null) pushTo(children, p.parent, p);
      // An organisation's entry points: its pages whose parent is not its own (or none).
      const parentOrg = p.parent === null ? null : this.page(p.parent).organisation;
      if (parentOrg !== p.organisation && !legal.has(p.documentId)) pushTo(entryPages, p.organisation, p);
    }
    const sortByTitle = (a: Page, b: Page) => byTitle.compare(a.title, b.title);
    for (const list of children.values()) list.sort(sortByTitle);
    for (const list of entryPages.values()) list.sort(sortByTitle);
    this.#children = children;
    this.#entryPages = entryPages;

    this.news = [...snapshot.news].sort((a, b) => (a.date === b.date ? a.slug.localeCompare(b.slug) : a.date < b.date ? 1 : -1));
    const newsOf = new Map<string, NewsArticle[]>();
    for (const n of this.news) pushTo(newsOf, n.organisation, n);
    this.#newsOf = newsOf;

    this.offices = [...snapshot.offices].sort((a, b) => byTitle.compare(a.name, b.name));
    const officesOf = new Map<string, Office[]>();
    for (const o of this.offices) pushTo(officesOf, o.organisation, o);
    this.#officesOf = officesOf;

    this.services = [...snapshot.services].sort((a, b) => byTitle.compare(a.title, b.title));
    const servicesOfOffice = new Map<string, Service[]>();
    for (const x of this.services) pushTo(servicesOfOffice, x.office, x);
    this.#servicesOfOffice = servicesOfOffice;

    this.lifeEvents = [...snapshot.lifeEvents].sort((a, b) => byTitle.compare(a.title, b.title));
    const lifeEventsOfService = new Map<string, LifeEvent[]>();
    for (const l of this.lifeEvents) for (const id of l.services) pushTo(lifeEventsOfService, id, l);
    this.#lifeEventsOfService = lifeEventsOfService;
    this.#lifeEventById = new Map(this.lifeEvents.map((l) => [l.documentId, l]));

    this.events = [...snapshot.events].sort((a, b) => (a.start === b.start ? a.slug.localeCompare(b.slug) : Date.parse(a.start) - Date.parse(b.start)));
    const eventsOf = new Map<string, Event[]>();
    for (const e of this.events) pushTo(eventsOf, e.organisation, e);
    this.#eventsOf = eventsOf;
    this.#eventById = new Map(this.events.map((e) => [e.documentId, e]));

    this.amtsblatt = [...snapshot.amtsblatt].sort((a, b) => (a.date === b.date ? b.number - a.number : a.date < b.date ? 1 : -1));
    this.notices = [...snapshot.notices].sort((a, b) =>
      a.publishedOn === b.publishedOn ? a.slug.localeCompare(b.slug) : a.publishedOn < b.publishedOn ? 1 : -1,
    );
    this.#pageEn = new Map(snapshot.translations.en.pages.map((p) => [p.documentId, p]));
    this.alerts = snapshot.alerts;
    this.places = [...snapshot.places].sort((a, b) => byTitle.compare(a.name, b.name));
    this.publications = [...snapshot.publications].sort((a, b) => (a.date === b.date ? byTitle.compare(a.title, b.title) : a.date < b.date ? 1 : -1));
    this.mapTiles = snapshot.mapTiles;
    this.onlineServices = snapshot.onlineServices;
    this.council = snapshot.council;
  }

  /**
   * An entry of any keyed list of the registry by its place in the snapshot (`notes`,
   * `council.terms`) and documentId; undefined: not in the snapshot.
   */
  entryIn(list: string, documentId: string): unknown {
    return this.#index.get(list)?.get(documentId);
  }

  /** An entry of a top-level list, typed; a missing one is a programming error (references are checked). */
  #entry<K extends KeyedList>(list: K, documentId: string, what: string): Snapshot[K][number] {
    const byId = this.#index.get(list);
    if (byId === undefined) throw new Error(`content.ts: Liste ${list} ist nicht in der Registry`);
    // The index holds the entries of snapshot[list] itself, which the snapshot's type describes.
    return must(byId, documentId, what) as Snapshot[K][number];
  }

  page(documentId: string): Page {
    return this.#entry('pages', documentId, 'Seite');
  }

  organisation(documentId: string): Organisation {
    return this.#entry('organisations', documentId, 'Organisation');
  }

  pathOf(documentId: string): string {
    return must(this.#pathOf, documentId, 'Pfad der Seite');
  }

  childrenOf(documentId: string): readonly Page[] {
    return this.#children.get(documentId) ?? [];
  }

  /** From the top-level page down to the parent of `page`. */
  ancestorsOf(page: Page): Page[] {
    const out: Page[] = [];
    for (let id = page.parent; id !== null;) {
      const p = this.page(id);
      out.unshift(p);
      id = p.parent;
    }
    return out;
  }

  /** The organisation's pages that start one of its subtrees (legal pages aside), by title. */
  entryPagesOf(organisationId: string): readonly Page[] {
    return this.#entryPages.get(organisationId) ?? [];
  }

  /** The organisation's offices, by name. */
  officesOf(organisationId: string): readonly Office[] {
    return this.#officesOf.get(organisationId) ?? [];
  }

  office(documentId: string): Office {
    return this.#entry('offices', documentId, 'Amt');
  }

  service(documentId: string): Service {
    return this.#entry('services', documentId, 'Leistung');
  }

  lifeEvent(documentId: string): LifeEvent {
    return must(this.#lifeEventById, documentId, 'Lebenslage');
  }

  event(documentId: string): Event {
    return must(this.#eventById, documentId, 'Veranstaltung');
  }

  /** Services the office is responsible for, by title. */
  servicesOfOffice(officeId: string): readonly Service[] {
    return this.#servicesOfOffice.get(officeId) ?? [];
  }

  /** Life events that include the service, by title. */
  lifeEventsOf(serviceId: string): readonly LifeEvent[] {
    return this.#lifeEventsOfService.get(serviceId) ?? [];
  }

  /** The organisation's events (past ones too), by start. */
  eventsOf(organisationId: string): readonly Event[] {
    return this.#eventsOf.get(organisationId) ?? [];
  }

  /** The English translation of a page, if there is one. */
  translationOf(pageId: string): PageTranslation | undefined {
    return this.#pageEn.get(pageId);
  }

  /** The organisation's news, newest first. */
  newsOf(organisationId: string): readonly NewsArticle[] {
    return this.#newsOf.get(organisationId) ?? [];
  }

  /**
   * The keyed routes' `cacheKey` entries for a build at `now` (lib/build-cache.ts): from the shared
   * digest when the incremental build is on, none in a full build. The digest covers the whole
   * snapshot, so it is computed only then, and once per build, not once per route.
   */
  cacheKeys(now: Date): CacheKeyEntry {
    if (!incrementalBuild()) return cacheKeyEntry(null);
    if (this.#sharedDigest?.at !== now.getTime()) this.#sharedDigest = { at: now.getTime(), digest: sharedDigest(this.#snapshot, now) };
    return cacheKeyEntry(this.#sharedDigest.digest);
  }
}

let loading: Promise<SiteContent> | undefined;

/**
 * The snapshot of this build, read and validated once (memoised promise): every page's
 * getStaticPaths and the layout share one copy.
 */
export function loadContent(): Promise<SiteContent> {
  loading ??= readSnapshot(snapshotDir()).then((s) => new SiteContent(s));
  return loading;
}

/**
 * The draft preview server (site/preview/, docs/adr/0014-draft-preview.md) is one long-running
 * process: when a new release goes live it swaps in that release's snapshot, so the layout's
 * loadContent() sees the current navigation and footer. A static build never calls this.
 */
export function replaceContent(snapshot: Snapshot): SiteContent {
  const content = new SiteContent(snapshot);
  loading = Promise.resolve(content);
  return content;
}
