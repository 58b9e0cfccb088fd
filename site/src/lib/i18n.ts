import { DEFAULT_LOCALE, InvalidContentError, isoDateInBerlin, type ContentIssue, type Locale, type Page, type PageTranslation } from '@stadtportal/shared';
import type { SiteContent } from './content.ts';
import { EN_DIR, englishPagePaths, enHomePath, homePath } from '@stadtportal/shared/urls';

/*
 * The English side of the site (docs/adr/0005-english-translations.md). Where an English page
 * lives is the contract's URL scheme (englishPagePaths in shared/src/rules/urls.ts, which the CMS
 * uses for its redirects too): /en/ plus one segment per ancestor, the English slug where the
 * page is translated, the German one where it is not.
 */

/**
 * URL path of every translated page, by documentId. Problems (a translation of no page, a broken
 * chain, a reserved top-level slug, a duplicate path) are content errors naming documentId and field.
 */
export function computeEnglishPaths(pages: readonly Page[], translations: readonly PageTranslation[]): Map<string, string> {
  const { paths, issues } = englishPagePaths(pages, translations);
  if (issues.length > 0) {
    throw new InvalidContentError(issues.map(({ documentId, field, message }): ContentIssue => ({ type: 'page (en)', documentId, field, message })));
  }
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
