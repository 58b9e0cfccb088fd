import { InvalidContentError } from '../../src/errors.ts';
import type { AmtsblattIssue, PublicNotice } from '../../src/schemas/notice.ts';
import type { Event } from '../../src/schemas/event.ts';
import type { LifeEvent } from '../../src/schemas/life-event.ts';
import type { NewsArticle } from '../../src/schemas/news-article.ts';
import type { Office } from '../../src/schemas/office.ts';
import type { OnlineService } from '../../src/schemas/online-service.ts';
import type { Organisation } from '../../src/schemas/organisation.ts';
import type { Page, PageTranslation } from '../../src/schemas/page.ts';
import type { Service } from '../../src/schemas/service.ts';
import type { SiteSettings } from '../../src/schemas/site-settings.ts';
import { normalizeAmtsblattIssue } from '../../src/normalize/amtsblatt-issue.ts';
import { normalizeEvent } from '../../src/normalize/event.ts';
import { createNormalizeRun, type Normalizer } from '../../src/normalize/helpers.ts';
import { normalizeLifeEvent } from '../../src/normalize/life-event.ts';
import { normalizeNewsArticle } from '../../src/normalize/news-article.ts';
import { normalizeOffice } from '../../src/normalize/office.ts';
import { normalizeOnlineService } from '../../src/normalize/online-service.ts';
import { normalizeOrganisation } from '../../src/normalize/organisation.ts';
import { normalizePageTranslation } from '../../src/normalize/page-translation.ts';
import { normalizePage } from '../../src/normalize/page.ts';
import { normalizePublicNotice } from '../../src/normalize/public-notice.ts';
import { normalizeService } from '../../src/normalize/service.ts';
import { normalizeSiteSettings } from '../../src/normalize/site-settings.ts';

/*
 * All-or-nothing normalisation of the core types in one call, for the normaliser tests: every
 * entry is checked before anything is thrown, so the one InvalidContentError lists all problems
 * at once. The pull does not work this way (it quarantines entry by entry through the registry).
 */

/** What the CMS returned, before normalisation. */
export interface RawContent {
  organisations: readonly unknown[];
  pages: readonly unknown[];
  news: readonly unknown[];
  offices: readonly unknown[];
  services: readonly unknown[];
  lifeEvents: readonly unknown[];
  events: readonly unknown[];
  amtsblatt: readonly unknown[];
  notices: readonly unknown[];
  onlineServices: readonly unknown[];
  settings: unknown;
  /** Pages in the English locale (Strapi i18n), same documentIds as the German ones. */
  pagesEn: readonly unknown[];
}

export interface NormalizedContent {
  organisations: Organisation[];
  pages: Page[];
  news: NewsArticle[];
  offices: Office[];
  services: Service[];
  lifeEvents: LifeEvent[];
  events: Event[];
  amtsblatt: AmtsblattIssue[];
  notices: PublicNotice[];
  onlineServices: OnlineService[];
  settings: SiteSettings;
  pagesEn: PageTranslation[];
  /** Media file name in the snapshot (`<hash><ext>`) → absolute URL to download it from. */
  media: Map<string, string>;
}

export function normalizeContent(raw: RawContent, options: { baseUrl: string }): NormalizedContent {
  const run = createNormalizeRun(options.baseUrl);
  const keep = <T>(list: readonly unknown[], fn: Normalizer<T>): T[] =>
    list.flatMap((r) => {
      const v = fn(run, r);
      return v === undefined ? [] : [v];
    });
  const organisations = keep(raw.organisations, normalizeOrganisation);
  const pages = keep(raw.pages, normalizePage);
  const news = keep(raw.news, normalizeNewsArticle);
  const offices = keep(raw.offices, normalizeOffice);
  const services = keep(raw.services, normalizeService);
  const lifeEvents = keep(raw.lifeEvents, normalizeLifeEvent);
  const events = keep(raw.events, normalizeEvent);
  const amtsblatt = keep(raw.amtsblatt, normalizeAmtsblattIssue);
  const notices = keep(raw.notices, normalizePublicNotice);
  const pagesEn = keep(raw.pagesEn, normalizePageTranslation);
  const onlineServices = keep(raw.onlineServices, normalizeOnlineService);
  const settings = normalizeSiteSettings(run, raw.settings);
  if (run.issues.length > 0 || settings === undefined) throw new InvalidContentError(run.issues);
  return { organisations, pages, news, offices, services, lifeEvents, events, amtsblatt, notices, onlineServices, settings, pagesEn, media: run.media };
}
