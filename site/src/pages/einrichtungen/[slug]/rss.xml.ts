import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../../lib/content.ts';
import { feedResponse, organisationFeed, organisationFeedXml } from '../../../lib/feeds.ts';

/** /einrichtungen/<slug>/rss.xml: one feed per organisation that has news; the others get none. */
export const getStaticPaths = (async () => {
  const content = await loadContent();
  return content.organisations.filter((o) => organisationFeed(content, o) !== null).map((o) => ({ params: { slug: o.slug }, props: { id: o.documentId } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string }> = async ({ site, props }) => {
  if (!site) throw new Error('einrichtungen/[slug]/rss.xml: `site` fehlt in der Astro-Konfiguration (SITE_URL), ein Feed braucht absolute Links');
  const content = await loadContent();
  return feedResponse(await organisationFeedXml(content, site, content.organisation(props.id)));
};
