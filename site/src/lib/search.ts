/*
 * The logic of the search page's island (components/SearchResults.astro), kept free of globals
 * so that it is unit-tested with a DOM from linkedom: reading the query, turning Pagefind's
 * results into list items, and making its excerpts safe.
 *
 * Pagefind's excerpt is HTML: page text with the matches wrapped in <mark>. It comes from our
 * own build, but the text in it comes from the CMS, so it is never given to innerHTML of the
 * live page. It is parsed into an inert document (DOMParser: no scripts run, no images load)
 * and rebuilt from text nodes, keeping only <mark>.
 */
import { t } from '../i18n/de.ts';

/** The part of Pagefind's browser API (/pagefind/pagefind.js, 1.6) that the island uses. */
export interface PagefindApi {
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
  /** Adds another bundle (an index part: search-index.ts) to the searched index. */
  mergeIndex(path: string): Promise<void>;
}

/**
 * The bundles listed in /pagefind/teile.json (parts 2… of the index). Anything but an array of
 * same-site folders below /pagefind/ means the file is not ours: an error, not a silent
 * search over part of the site.
 */
export function parseIndexParts(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((p): p is string => typeof p === 'string' && /^\/pagefind\/[a-z0-9-]+\/$/.test(p))) {
    throw new Error(`Suchindex: Teileliste ungültig: ${JSON.stringify(value)}`);
  }
  return value;
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** The query parameter of the search form (`<input name="q">`) and the search page. */
export const QUERY_PARAM = 'q';
/** Longer input is cut: nobody types 200 characters, and Pagefind gains nothing from them. */
export const MAX_QUERY_LENGTH = 200;
/** Results rendered at once; the rest follow on request ("Weitere Treffer anzeigen"). */
export const PAGE_SIZE = 10;

/** The trimmed, length-limited search term from a location's query string ("" if none). */
export function readQuery(search: string): string {
  const raw = new URLSearchParams(search).get(QUERY_PARAM) ?? '';
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/** The status line for a finished search (announced through the page's live region). */
export function statusText(count: number, query: string): string {
  return count === 0 ? t('search.none', { query }) : t('search.count', { count: count.toLocaleString('de-DE'), query });
}

/**
 * Only a same-site path may become a result link: Pagefind gives "/a/b/", and anything else
 * (another host, "//host", "javascript:") means the index was not ours.
 */
export function safeResultHref(url: string): string | null {
  return /^\/(?![/\\])/.test(url) ? url : null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Elements whose content is not page text; everything else contributes its text. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'textarea', 'select']);

export type ParseHtml = (html: string) => Document;
const browserParse: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html');

/**
 * Pagefind's excerpt as nodes of `doc`: text, and <mark> around matches (never nested, never
 * with attributes). Any other markup is dropped and its text kept; script-like elements are
 * dropped with their content.
 */
export function excerptFragment(excerpt: string, doc: Document, parse: ParseHtml = browserParse): DocumentFragment {
  const out = doc.createDocumentFragment();
  const body = parse(`<!doctype html><html><body>${excerpt}</body></html>`).body;
  const copy = (from: Node, to: Node, inMark: boolean): void => {
    for (const child of Array.from(from.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        to.appendChild(doc.createTextNode(child.textContent ?? ''));
      } else if (child.nodeType === ELEMENT_NODE) {
        const name = (child as Element).localName.toLowerCase();
        if (DROPPED.has(name)) continue;
        if (name === 'mark' && !inMark) {
          const mark = doc.createElement('mark');
          copy(child, mark, true);
          to.appendChild(mark);
        } else {
          copy(child, to, inMark);
        }
      }
      // Comments and processing instructions are not text: skipped.
    }
  };
  copy(body, out, false);
  out.normalize();
  return out;
}

/**
 * One result as a list item: the page title as a link in an h3 (below the page's h2
 * „Suchergebnisse“), then the excerpt. null when the result has no usable address.
 */
export function resultItem(data: PagefindResultData, doc: Document, parse: ParseHtml = browserParse): HTMLLIElement | null {
  const href = safeResultHref(data.url);
  if (href === null) return null;
  const li = doc.createElement('li');
  li.className = 'search-result';
  const heading = doc.createElement('h3');
  heading.className = 'search-result-title';
  const link = doc.createElement('a');
  link.setAttribute('href', href);
  // The title is Pagefind's text of the page's h1; textContent never interprets it as markup.
  link.textContent = data.meta['title']?.trim() || href;
  heading.appendChild(link);
  li.appendChild(heading);
  const excerpt = doc.createElement('p');
  excerpt.className = 'search-result-excerpt';
  excerpt.appendChild(excerptFragment(data.excerpt, doc, parse));
  if (excerpt.textContent?.trim()) li.appendChild(excerpt);
  return li;
}
