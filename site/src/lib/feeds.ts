import { getRssString } from '@astrojs/rss';
import { TZDate } from '@date-fns/tz';
import { isoDateInBerlin, TIME_ZONE, type NewsArticle, type Organisation } from '@stadtportal/shared';
import { format } from 'date-fns';
import { t } from '../i18n/de.ts';
import type { SiteContent } from './content.ts';
import { NEWS_DIR, newsArticlePath, newsListPath, ORGANISATIONS_DIR, organisationPath } from './urls.ts';

/*
 * RSS 2.0 feeds of the news: one for all news, one per organisation that has news. Built with
 * @astrojs/rss; what it cannot express (a pubDate with the Berlin offset, the channel's language
 * and self link, dc:creator) goes in as customData, escaped here.
 */

/**
 * Feed readers poll a feed every few minutes and only need what is new; the archive is the
 * paged news list. 50 items cover months of news and keep the file small, however many years
 * of news the town accumulates (the site must scale to 10 000 pages).
 */
export const FEED_ITEMS = 50;

const FEED_FILE = 'rss.xml';
export const newsFeedPath = (): string => `/${NEWS_DIR}/${FEED_FILE}`;
export const organisationFeedPath = (slug: string): string => `/${ORGANISATIONS_DIR}/${slug}/${FEED_FILE}`;

/** A feed as the layout announces it (autodiscovery) and the pages link it. */
export interface FeedLink {
  title: string;
  path: string;
}

export const newsFeed = (content: SiteContent): FeedLink => ({
  title: t('feed.newsTitle', { siteName: content.settings.siteName }),
  path: newsFeedPath(),
});

/** null for an organisation without news: it gets no feed, so nothing may link to one. */
export function organisationFeed(content: SiteContent, org: Organisation): FeedLink | null {
  if (content.newsOf(org.documentId).length === 0) return null;
  return { title: t('feed.organisationTitle', { name: org.name }), path: organisationFeedPath(org.slug) };
}

/** Text or attribute value for the XML that customData passes through verbatim. */
const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A news date (a calendar day, YYYY-MM-DD) as the RFC 822 date RSS 2.0 asks for: that day 00:00
 * in Berlin, with Berlin's offset of that day (+0100 in winter, +0200 in summer). @astrojs/rss
 * would write the instant in GMT, which readers that show the date as written put on the day
 * before. Four-digit year, English names: RSS 2.0 permits and readers expect them.
 */
export function rfc822InBerlin(date: string): string {
  // Refuses what is not a real calendar day (2026-02-30), as the rest of the site does.
  if (isoDateInBerlin(date) !== date) throw new RangeError(`Kein Kalenderdatum (JJJJ-MM-TT): „${date}“`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return format(new TZDate(y, m - 1, d, TIME_ZONE), 'EEE, dd MMM yyyy HH:mm:ss xx');
}

interface FeedSpec {
  title: string;
  description: string;
  /** Path of the HTML page the feed belongs to (the channel's link). */
  pagePath: string;
  /** Path of the feed itself (atom:link rel="self"). */
  feedPath: string;
  /** Newest first, as SiteContent keeps them; only the newest FEED_ITEMS are published. */
  news: readonly NewsArticle[];
}

async function feedXml(content: SiteContent, site: URL, spec: FeedSpec): Promise<string> {
  const abs = (path: string) => new URL(path, site).href;
  return getRssString({
    title: spec.title,
    description: spec.description,
    site: abs(spec.pagePath),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: '<language>de-de</language>' + `<atom:link href="${escapeXml(abs(spec.feedPath))}" rel="self" type="application/rss+xml"/>`,
    items: spec.news.slice(0, FEED_ITEMS).map((n) => {
      const orgName = content.organisation(n.organisation).name;
      return {
        title: n.title,
        // An absolute link becomes the guid too (isPermaLink="true"): the article's address is stable.
        link: abs(newsArticlePath(n.slug)),
        description: n.teaser,
        categories: [orgName],
        // RSS 2.0's <author> must be an e-mail address; the publishing body's name is dc:creator.
        customData: `<pubDate>${rfc822InBerlin(n.date)}</pubDate><dc:creator>${escapeXml(orgName)}</dc:creator>`,
      };
    }),
  });
}

export async function newsFeedXml(content: SiteContent, site: URL): Promise<string> {
  return feedXml(content, site, {
    title: newsFeed(content).title,
    description: t('news.description', { siteName: content.settings.siteName }),
    pagePath: newsListPath(1),
    feedPath: newsFeedPath(),
    news: content.news,
  });
}

export async function organisationFeedXml(content: SiteContent, site: URL, org: Organisation): Promise<string> {
  const feed = organisationFeed(content, org);
  if (feed === null) throw new Error(`feeds.ts: ${org.name} (${org.documentId}) hat keine Meldungen und darum keinen Feed`);
  return feedXml(content, site, {
    title: feed.title,
    description: t('feed.organisationDescription', { name: org.name }),
    pagePath: organisationPath(org.slug),
    feedPath: feed.path,
    news: content.newsOf(org.documentId),
  });
}

/** The HTTP response of a feed endpoint (in a static build: the file's content). */
export const feedResponse = (xml: string): Response => new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
