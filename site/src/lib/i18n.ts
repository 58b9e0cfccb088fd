import {
  DEFAULT_LOCALE,
  InvalidContentError,
  isoDateInBerlin,
  type ContentIssue,
  type Locale,
  type Page,
  type PageTranslation,
} from '@stadtportal/shared';
import type { SiteContent } from './content.ts';
import { EN_DIR, enHomePath, homePath, RESERVED_TOP_LEVEL_SLUGS } from './urls.ts';

/*
 * English pages (docs/adr/0005-english-translations.md). A translation carries only text; where
 * it sits is the German page's place in the hierarchy. Its URL is /en/ followed by one segment
 * per ancestor and one for itself: the English slug where the page is translated, the German
 * slug where it is not — so every English page has a stable path even below an untranslated
 * section, and translating an ancestor later only changes that one segment.
 */

const TYPE = 'page (en)';

/**
 * URL path of every translated page, by documentId. Assumes the German hierarchy is sound
 * (computePagePaths checks it first); a cycle or a missing page is still reported, not looped.
 * Duplicate paths and reserved top-level slugs are content errors naming documentId and field.
 */
export function computeEnglishPaths(pages: readonly Page[], translations: readonly PageTranslation[]): Map<string, string> {
  const byId = new Map(pages.map((p) => [p.documentId, p]));
  const translated = new Map(translations.map((t) => [t.documentId, t]));
  const issues: ContentIssue[] = [];
  /** Path of any page in the English tree (translated or not), memoised. */
  const treePath = new Map<string, string>();

  const pathIn = (documentId: string): string | undefined => {
    const chain: Page[] = [];
    const seen = new Set<string>();
    let base: string = enHomePath();
    for (let id: string | null = documentId; id !== null; ) {
      const known = treePath.get(id);
      if (known !== undefined) {
        base = known;
        break;
      }
      const page = byId.get(id);
      if (page === undefined || seen.has(id)) {
        const message = page === undefined ? `Seite ${id} ist nicht im Snapshot` : 'Die Seitenhierarchie enthält einen Kreis';
        issues.push({ type: TYPE, documentId, field: page === undefined ? 'documentId' : 'parent', message });
        return undefined;
      }
      seen.add(id);
      chain.push(page);
      id = page.parent;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const page = chain[i] as Page;
      base = `${base}${translated.get(page.documentId)?.slug ?? page.slug}/`;
      treePath.set(page.documentId, base);
    }
    return base;
  };

  const paths = new Map<string, string>();
  const owner = new Map<string, string>();
  for (const t of translations) {
    const page = byId.get(t.documentId);
    if (page?.parent === null && RESERVED_TOP_LEVEL_SLUGS.has(t.slug)) {
      // Kept free below /en/ as well, for English versions of the site's own sections.
      issues.push({ type: TYPE, documentId: t.documentId, field: 'slug', message: `Der Slug „${t.slug}“ ist auf oberster Ebene reserviert` });
      continue;
    }
    const path = pathIn(t.documentId);
    if (path === undefined) continue;
    const other = owner.get(path);
    if (other !== undefined) {
      issues.push({ type: TYPE, documentId: t.documentId, field: 'slug', message: `Der Pfad ${path} ist schon vergeben (Seite ${other})` });
      continue;
    }
    owner.set(path, t.documentId);
    paths.set(t.documentId, path);
  }
  if (issues.length > 0) throw new InvalidContentError(issues);
  return paths;
}

/** A page's versions: German always, English where translated. */
export interface Alternates {
  de: string;
  en?: string | undefined;
}

export interface EnglishPage {
  page: Page;
  translation: PageTranslation;
  path: string;
}

const byEnglishTitle = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The English side of the site, built once per build from the loaded content. */
export class EnglishSite {
  /** Translated pages, in the order of the German snapshot. */
  readonly pages: readonly EnglishPage[];
  readonly #byId: ReadonlyMap<string, EnglishPage>;
  readonly #content: SiteContent;

  constructor(content: SiteContent) {
    this.#content = content;
    const translations = content.pages.flatMap((p) => {
      const t = content.translationOf(p.documentId);
      return t ? [t] : [];
    });
    const paths = computeEnglishPaths(content.pages, translations);
    this.pages = translations.map((translation) => ({
      page: content.page(translation.documentId),
      translation,
      path: paths.get(translation.documentId) as string,
    }));
    this.#byId = new Map(this.pages.map((p) => [p.page.documentId, p]));
  }

  get(documentId: string): EnglishPage | undefined {
    return this.#byId.get(documentId);
  }

  /** Both language versions of a German page; `en` only where a translation exists. */
  alternatesOf(documentId: string): Alternates {
    return { de: this.#content.pathOf(documentId), en: this.#byId.get(documentId)?.path };
  }

  /** The translated ones among the main navigation's sections, in the editors' order. */
  sections(): EnglishPage[] {
    return this.#content.settings.mainNavigation.flatMap((id) => {
      const p = this.#byId.get(id);
      return p ? [p] : [];
    });
  }

  /**
   * Translated pages an English visitor cannot reach by navigating down from the translated
   * sections (their section or parent is German-only), legal pages aside (the footer links them):
   * the English home page lists them, so no translation is stranded.
   */
  unreachable(): EnglishPage[] {
    const reached = new Set<string>();
    const queue = this.sections();
    for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
      if (reached.has(p.page.documentId)) continue;
      reached.add(p.page.documentId);
      queue.push(...this.childrenOf(p.page.documentId).translated);
    }
    const legal = new Set(Object.values(this.#content.settings.legalPages));
    return this.pages
      .filter((p) => !reached.has(p.page.documentId) && !legal.has(p.page.documentId))
      .sort((a, b) => byEnglishTitle.compare(a.translation.title, b.translation.title));
  }

  /** Breadcrumb trail of an English page: its translated ancestors only (an English trail never switches language). */
  trailOf(page: Page): EnglishPage[] {
    return this.#content.ancestorsOf(page).flatMap((a) => {
      const p = this.#byId.get(a.documentId);
      return p ? [p] : [];
    });
  }

  /** A page's children: the translated ones (by English title) and the German-only ones. */
  childrenOf(documentId: string): { translated: EnglishPage[]; germanOnly: Page[] } {
    const translated: EnglishPage[] = [];
    const germanOnly: Page[] = [];
    for (const child of this.#content.childrenOf(documentId)) {
      const p = this.#byId.get(child.documentId);
      if (p) translated.push(p);
      else germanOnly.push(child);
    }
    translated.sort((a, b) => byEnglishTitle.compare(a.translation.title, b.translation.title));
    return { translated, germanOnly };
  }
}

const sites = new WeakMap<SiteContent, EnglishSite>();

/** The English side of this build's content (computed once). */
export function englishSite(content: SiteContent): EnglishSite {
  let site = sites.get(content);
  if (!site) {
    site = new EnglishSite(content);
    sites.set(content, site);
  }
  return site;
}

/** The home page of a language. */
export const homePathOf = (lang: Locale): string => (lang === DEFAULT_LOCALE ? homePath() : enHomePath());

/** Is this path an English page's? (/en/ and below) */
export const isEnglishPath = (path: string): boolean => path === enHomePath() || path.startsWith(`/${EN_DIR}/`);

const englishDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', day: 'numeric', month: 'long', year: 'numeric' });

/** A day as English readers write it („20 November 2026“), in Berlin time like formatDate. */
export function formatDateEn(value: string): { datetime: string; text: string } {
  const datetime = isoDateInBerlin(value);
  // The calendar day itself: noon UTC keeps it the same day in any zone.
  return { datetime, text: englishDate.format(new Date(`${datetime}T12:00:00Z`)) };
}
