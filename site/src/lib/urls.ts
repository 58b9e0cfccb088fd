/*
 * The site's URL scheme is the contract's (shared/src/rules/urls.ts): the CMS computes the old
 * and new addresses of a renamed document from the same functions, for its automatic redirects.
 * Re-exported here so the pages keep one import for every link; only the links to places outside
 * the site (telephone, mail, OpenStreetMap) are the site's own.
 */
export {
  AMTSBLATT_DIR,
  BARRIER_DIR,
  EN_DIR,
  EVENTS_DIR,
  FEEDBACK_DIR,
  LIFE_EVENTS_DIR,
  MEDIA_DIR_URL,
  NEWS_DIR,
  NOTICES_DIR,
  OFFICES_DIR,
  ORGANISATIONS_DIR,
  PAGEFIND_DIR,
  PAGEFIND_PARTS_FILE,
  PAYMENT_RETURN_DIR,
  PLACES_DIR,
  PUBLICATIONS_DIR,
  RESERVED_TOP_LEVEL_SLUGS,
  SEARCH_DIR,
  SERVICES_DIR,
  amtsblattPath,
  amtsblattYearPath,
  enHomePath,
  eventIcsPath,
  eventPath,
  eventsArchivePath,
  eventsCategoryPath,
  eventsMonthPath,
  eventsOrganiserPath,
  eventsPath,
  feedbackUnavailablePath,
  homePath,
  requestErrorPath,
  lifeEventPath,
  lifeEventsPath,
  mediaPath,
  newsArticlePath,
  newsListPath,
  noticePath,
  noticesPath,
  noticesYearPath,
  officePath,
  officesPath,
  organisationCalendarPath,
  organisationPath,
  organisationsPath,
  pagefindPartDir,
  placeCategoryPath,
  placePath,
  placesPath,
  publicationsPath,
  searchPath,
  servicePath,
  servicesPath,
} from '@stadtportal/shared/urls';

/** Strips what a phone number may contain for reading (spaces, hyphens, slashes, brackets). */
export const telHref = (phone: string): string => `tel:${phone.replace(/[\s()/-]/g, '')}`;
export const mailtoHref = (email: string): string => `mailto:${email}`;

/**
 * A plain link to OpenStreetMap's search for an address: no embedded map, so no third-party
 * request before the visitor chooses to follow the link (no consent needed).
 */
export const osmSearchHref = (address: { street: string; postalCode: string; city: string }): string =>
  `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${address.street}, ${address.postalCode} ${address.city}`)}`;
