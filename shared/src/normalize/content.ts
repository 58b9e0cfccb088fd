import { InvalidContentError } from '../errors.ts';
import type { AmtsblattIssue, PublicNotice } from '../schemas/notice.ts';
import type { Event } from '../schemas/event.ts';
import type { LifeEvent } from '../schemas/life-event.ts';
import type { NewsArticle } from '../schemas/news-article.ts';
import type { Office } from '../schemas/office.ts';
import type { OnlineService } from '../schemas/online-service.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Page, PageTranslation } from '../schemas/page.ts';
import type { Service } from '../schemas/service.ts';
import type { SiteSettings } from '../schemas/site-settings.ts';
import { normalizeAmtsblattIssue } from './amtsblatt-issue.ts';
import { normalizeEvent } from './event.ts';
import { createNormalizeRun, type Normalizer } from './helpers.ts';
import { normalizeLifeEvent } from './life-event.ts';
import { normalizeNewsArticle } from './news-article.ts';
import { normalizeOffice } from './office.ts';
import { normalizeOnlineService } from './online-service.ts';
import { normalizeOrganisation } from './organisation.ts';
import { normalizePageTranslation } from './page-translation.ts';
import { normalizePage } from './page.ts';
import { normalizePublicNotice } from './public-notice.ts';
import { normalizeService } from './service.ts';
import { normalizeSiteSettings } from './site-settings.ts';

/*
 * All-or-nothing normalisation of the core types in one call: every entry is checked before
 * anything is thrown, so the one InvalidContentError lists all problems at once. The pull does
 * not use it (it quarantines entry by entry through the registry, src/registry); it is the
 * strict form for callers that want every problem of a set of REST answers at once.
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
