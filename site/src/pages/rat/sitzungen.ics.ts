import type { APIRoute } from 'astro';
import { calendarResponse } from '../../lib/calendar.ts';
import { councilIndex, meetingsIcs } from '../../lib/council.ts';
import { loadContent } from '../../lib/content.ts';

/** /rat/sitzungen.ics: the meeting calendar of all council bodies, to subscribe to. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('rat/sitzungen.ics: `site` fehlt in der Astro-Konfiguration (SITE_URL), UID und URL brauchen die Adresse');
  const content = await loadContent();
  return calendarResponse(meetingsIcs(councilIndex(content.council), content.settings.siteName, site));
};
