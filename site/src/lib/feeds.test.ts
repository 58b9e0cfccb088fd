import { readSnapshot, type NewsArticle, type Snapshot } from '@stadtportal/shared';
import { parseHTML } from 'linkedom';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { SiteContent } from './content.ts';
import { FEED_ITEMS, newsFeedXml, organisationFeed, organisationFeedXml, rfc822InBerlin } from './feeds.ts';

/*
 * The feed generator on its own, with content the fixture does not have (more news than a feed
 * holds, an organisation name full of XML's special characters). The feeds of a real build are
 * tested in test/rss.test.ts. Feeds are read back with parsers that share no code with
 * @astrojs/rss (which writes with fast-xml-parser): rss-parser (xml2js/sax) and linkedom.
 */

const FIXTURE = new URL('../../test/fixtures/snapshot/', import.meta.url).pathname;
const SITE = new URL('https://www.aschersleben.example');
const rssParser = new Parser();

describe('rfc822InBerlin', () => {
  it('publishes a calendar day as 00:00 in Berlin with that day’s offset', () => {
    expect(rfc822InBerlin('2026-01-15')).toBe('Thu, 15 Jan 2026 00:00:00 +0100');
    expect(rfc822InBerlin('2026-07-01')).toBe('Wed, 01 Jul 2026 00:00:00 +0200');
    // The days the clocks change: at midnight the old offset still holds.
    expect(rfc822InBerlin('2026-03-29')).toBe('Sun, 29 Mar 2026 00:00:00 +0100');
    expect(rfc822InBerlin('2026-10-25')).toBe('Sun, 25 Oct 2026 00:00:00 +0200');
    expect(rfc822InBerlin('2028-02-29')).toBe('Tue, 29 Feb 2028 00:00:00 +0100');
  });

  it('means the same instant to a parser that knows nothing of Berlin', () => {
    expect(new Date(rfc822InBerlin('2026-11-24')).toISOString()).toBe('2026-11-23T23:00:00.000Z');
    expect(new Date(rfc822InBerlin('2026-08-31')).toISOString()).toBe('2026-08-30T22:00:00.000Z');
  });

  it('refuses what is not a calendar day', () => {
    expect(() => rfc822InBerlin('2026-02-30')).toThrow(RangeError);
    expect(() => rfc822InBerlin('2026-7-1')).toThrow(RangeError);
    expect(() => rfc822InBerlin('2026-11-24T10:00:00Z')).toThrow(RangeError);
  });
});

/** The fixture with `count` news of one organisation whose name needs escaping in XML. */
async function contentWith(count: number): Promise<{ content: SiteContent; news: NewsArticle[] }> {
  const snapshot: Snapshot = await readSnapshot(FIXTURE);
  const organisations = snapshot.organisations.map((o) => (o.documentId === 'o-stadtwerke' ? { ...o, name: 'Müller & Söhne „Bau“ <Werk> "Süd"' } : o));
  // One day apart, counting back from 2026-12-31: news[0] is the newest.
  const news = Array.from({ length: count }, (_, i): NewsArticle => {
    const date = new Date(Date.UTC(2026, 11, 31 - i)).toISOString().slice(0, 10);
    return {
      documentId: `n-test-${i}`,
      slug: `meldung-${i}`,
      title: `Meldung ${i}: Straßen & Plätze – „neu“ <geordnet> 'heute'`,
      date,
      organisation: 'o-stadtwerke',
      teaser: `Anreißer ${i} mit & und <b>kein HTML</b>`,
      body: [],
      image: null,
    };
  });
  return { content: new SiteContent({ ...snapshot, organisations, news }), news };
}

describe('the feeds', () => {
  it(`publish the newest ${FEED_ITEMS} news, newest first`, async () => {
    const { content, news } = await contentWith(FEED_ITEMS + 7);
    for (const xml of [await newsFeedXml(content, SITE), await organisationFeedXml(content, SITE, content.organisation('o-stadtwerke'))]) {
      const feed = await rssParser.parseString(xml);
      expect(feed.items.map((i) => i.guid)).toEqual(news.slice(0, FEED_ITEMS).map((n) => `${SITE.origin}/aktuelles/${n.slug}/`));
    }
  });

  it('carry titles, teasers and names with XML’s special characters as text', async () => {
    const { content, news } = await contentWith(2);
    const xml = await organisationFeedXml(content, SITE, content.organisation('o-stadtwerke'));
    const orgName = 'Müller & Söhne „Bau“ <Werk> "Süd"';

    const feed = await rssParser.parseString(xml);
    expect(feed.title).toBe(`Meldungen von ${orgName}`);
    expect(feed.description).toBe(`Meldungen und Pressemitteilungen von ${orgName}.`);
    expect(feed.items[0]?.title).toBe(news[0]?.title);
    expect(feed.items[0]?.content).toBe(news[0]?.teaser);
    expect(feed.items[0]?.creator).toBe(orgName);
    expect(feed.items[0]?.categories).toEqual([orgName]);

    // A second, unrelated parser sees the same text: nothing was double-escaped or left raw.
    const doc = new (parseHTML('<html></html>').DOMParser)().parseFromString(xml, 'text/xml');
    const item = doc.querySelector('item');
    expect(item?.querySelector('title')?.textContent).toBe(news[0]?.title);
    expect(item?.getElementsByTagName('dc:creator')[0]?.textContent).toBe(orgName);
    expect(item?.querySelector('description')?.textContent).toBe(news[0]?.teaser);
  });

  it('exist only for organisations with news', async () => {
    const { content } = await contentWith(1);
    const withoutNews = content.organisation('o-feuerwehr');
    expect(content.newsOf('o-feuerwehr')).toEqual([]);
    expect(organisationFeed(content, withoutNews)).toBeNull();
    await expect(organisationFeedXml(content, SITE, withoutNews)).rejects.toThrow(/keine Meldungen/);
    expect(organisationFeed(content, content.organisation('o-stadtwerke'))?.path).toBe('/einrichtungen/stadtwerke-aschersleben/rss.xml');
  });

  it('stay a valid, empty channel when there is no news at all', async () => {
    const { content } = await contentWith(0);
    const feed = await rssParser.parseString(await newsFeedXml(content, SITE));
    expect(feed.title).toBe('Aktuelles – Stadt Aschersleben');
    expect(feed.feedUrl).toBe(`${SITE.origin}/aktuelles/rss.xml`);
    expect(feed.items).toEqual([]);
  });
});
