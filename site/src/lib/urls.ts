/*
 * The site's URL scheme in one place (fixed by the contract): every link is built here, so a
 * change of scheme is one edit. All paths end in "/" (trailingSlash: 'always').
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
/** Pagefind's index and browser script (written by search-index.ts after the build). */
export const PAGEFIND_DIR = 'pagefind';
/** Below PAGEFIND_DIR: the URL folders of the index parts 2…, which the search island merges. */
export const PAGEFIND_PARTS_FILE = 'teile.json';
/** URL folder of index part n (1-based): part 1 is the primary bundle. */
export function pagefindPartDir(part: number): string {
  return part === 1 ? `/${PAGEFIND_DIR}/` : `/${PAGEFIND_DIR}/teil-${part}/`;
}
/** Where payment platforms send the citizen back (/zahlung/erfolgreich/ …): lib/online-services.ts. */
export const PAYMENT_RETURN_DIR = 'zahlung';
/** The city map and directory of places (Stadtplan), one page per place. */
export const PLACES_DIR = 'orte';
/** Printed products as PDF by category and year. */
export const PUBLICATIONS_DIR = 'publikationen';

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
  // Council information and the OParl API (lib/council.ts).
  'rat',
  'oparl',
]);

export const homePath = (): string => '/';
export const organisationsPath = (): string => `/${ORGANISATIONS_DIR}/`;
export const organisationPath = (slug: string): string => `/${ORGANISATIONS_DIR}/${slug}/`;
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
/** Subscribable iCalendar feed of one organisation's events. */
export const organisationCalendarPath = (orgSlug: string): string => `/${ORGANISATIONS_DIR}/${orgSlug}/veranstaltungen.ics`;
export const amtsblattPath = (): string => `/${AMTSBLATT_DIR}/`;
export const amtsblattYearPath = (year: string): string => `/${AMTSBLATT_DIR}/${year}/`;
/** Current public notices; the archive is by year of publication. */
export const noticesPath = (): string => `/${NOTICES_DIR}/`;
export const noticePath = (slug: string): string => `/${NOTICES_DIR}/${slug}/`;
export const noticesYearPath = (year: string): string => `/${NOTICES_DIR}/archiv/${year}/`;
/** The English home page; an English page's path is /en/ + the path of its English slugs. */
export const enHomePath = (): string => `/${EN_DIR}/`;

export const newsArticlePath = (slug: string): string => `/${NEWS_DIR}/${slug}/`;
/** The search page; the query goes in `?q=` (see lib/search.ts). */
export const searchPath = (): string => `/${SEARCH_DIR}/`;

/** List page n (1-based) of the news: page 1 is the section's own address. */
export const newsListPath = (n: number): string => (n === 1 ? `/${NEWS_DIR}/` : `/${NEWS_DIR}/seite/${n}/`);

/** Contract file names are [A-Za-z0-9_.-] only; encoding still guards against a foreign snapshot. */
export const mediaPath = (file: string): string => `/${MEDIA_DIR_URL}/${encodeURIComponent(file)}`;

/** Strips what a phone number may contain for reading (spaces, hyphens, slashes, brackets). */
export const telHref = (phone: string): string => `tel:${phone.replace(/[\s()/-]/g, '')}`;
export const mailtoHref = (email: string): string => `mailto:${email}`;

/**
 * A plain link to OpenStreetMap's search for an address: no embedded map, so no third-party
 * request before the visitor chooses to follow the link (no consent needed).
 */
export const osmSearchHref = (address: { street: string; postalCode: string; city: string }): string =>
  `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${address.street}, ${address.postalCode} ${address.city}`)}`;

export const placesPath = (): string => `/${PLACES_DIR}/`;
export const placePath = (slug: string): string => `/${PLACES_DIR}/${slug}/`;
/** The directory of one category (e.g. „Übernachten“): an anchor on the list page. */
export const placeCategoryPath = (category: string): string => `/${PLACES_DIR}/#kategorie-${category}`;
export const publicationsPath = (): string => `/${PUBLICATIONS_DIR}/`;
