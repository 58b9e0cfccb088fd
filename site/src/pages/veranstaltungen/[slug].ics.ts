import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse, eventIcs } from '../../lib/calendar.ts';
import { sharedCacheKey } from '../../lib/build-cache.ts';
import { loadContent } from '../../lib/content.ts';
import { buildTime } from '../../lib/events.ts';

/** /veranstaltungen/<slug>.ics: every event (past ones too) as an iCalendar file. */
export const getStaticPaths = (async () => {
  const content = await loadContent();
  // Incremental build (the runner): the file shows only shared content (lib/build-cache.ts).
  const key = content.cacheKeys(buildTime());
  return content.events.map((e) => ({
    params: { slug: e.slug },
    props: { id: e.documentId },
    ...key((d) => sharedCacheKey(d, e.documentId)),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string }> = async ({ site, props }) => {
  if (!site) throw new Error('veranstaltungen/[slug].ics: `site` fehlt in der Astro-Konfiguration (SITE_URL), UID und URL brauchen die Adresse');
  const content = await loadContent();
  const event = content.event(props.id);
  return calendarResponse(eventIcs(content, site, event));
};
