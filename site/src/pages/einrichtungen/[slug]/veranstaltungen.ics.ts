import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse, hasCalendar, organisationCalendarIcs } from '../../../lib/calendar.ts';
import { loadContent } from '../../../lib/content.ts';
import { buildTime } from '../../../lib/events.ts';

/** /einrichtungen/<slug>/veranstaltungen.ics: a subscribable calendar per organisation that has events. */
export const getStaticPaths = (async () => {
  const content = await loadContent();
  return content.organisations.filter((o) => hasCalendar(content, o)).map((o) => ({ params: { slug: o.slug }, props: { id: o.documentId } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string }> = async ({ site, props }) => {
  if (!site) throw new Error('einrichtungen/[slug]/veranstaltungen.ics: `site` fehlt in der Astro-Konfiguration (SITE_URL)');
  const content = await loadContent();
  return calendarResponse(organisationCalendarIcs(content, site, content.organisation(props.id), buildTime()));
};
