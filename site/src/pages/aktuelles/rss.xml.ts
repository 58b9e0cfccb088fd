import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content.ts';
import { feedResponse, newsFeedXml } from '../../lib/feeds.ts';

/** /aktuelles/rss.xml: the newest news of the town and all its organisations. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('aktuelles/rss.xml: `site` fehlt in der Astro-Konfiguration (SITE_URL), ein Feed braucht absolute Links');
  return feedResponse(await newsFeedXml(await loadContent(), site));
};
