import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { EVENT_CATEGORIES, type Event, type Organisation } from '@stadtportal/shared';
import { addDays } from 'date-fns';
import { ICalCalendar, ICalCalendarMethod } from 'ical-generator';
import { t } from '../i18n/de.ts';
import type { SiteContent } from './content.ts';
import { eventDays, feedEvents } from './events.ts';
import { eventPath, organisationCalendarPath, organisationPath } from './urls.ts';

/*
 * iCalendar (RFC 5545) files of the events, built with ical-generator: one file per event
 * („In den Kalender übernehmen“) and one subscribable feed per organisation.
 *
 * Times are written on the event's own wall clock with TZID and a VTIMEZONE (from
 * @touch4it/ical-timezones), so a calendar shows 19:30 for a 19:30 concert even after DST
 * rules change, and the instants stay exact on both sides of a DST switch. ical-generator reads
 * that wall clock from a TZDate (a plain Date would give the build machine's zone).
 */

/** How often a subscribed calendar should look for changes (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const FEED_REFRESH_SECONDS = 6 * 60 * 60;

const at = (instant: string, timeZone: string): TZDate => new TZDate(Date.parse(instant), timeZone);

/** Midnight starting a calendar day (YYYY-MM-DD) in a zone. */
function dayStart(day: string, timeZone: string): TZDate {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, timeZone);
}

function newCalendar(content: SiteContent): ICalCalendar {
  return new ICalCalendar({
    prodId: { company: content.settings.siteName, product: 'Stadtportal', language: 'DE' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone *name*: with one, ical-generator writes DTSTAMP as local time
    // without "Z", which RFC 5545 forbids. The generator alone adds a VTIMEZONE for every
    // zone the events use.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
}

function addEvent(calendar: ICalCalendar, content: SiteContent, site: URL, e: Event): void {
  const url = new URL(eventPath(e.slug), site).href;
  const org = content.organisation(e.organisation);
  const address = e.venue.address;
  const { first, last } = eventDays(e);
  calendar.createEvent({
    // documentId: stable when the title or slug changes, so a calendar updates instead of duplicating.
    id: `${e.documentId}@${site.hostname}`,
    stamp: new Date(Date.parse(e.updatedAt)),
    timezone: e.timeZone,
    ...(e.allDay
      ? // All-day: VALUE=DATE, and DTEND is the day *after* the last day (exclusive, RFC 5545 3.6.1).
        { allDay: true, start: dayStart(first, e.timeZone), end: addDays(dayStart(last, e.timeZone), 1) }
      : { start: at(e.start, e.timeZone), end: at(e.end, e.timeZone) }),
    summary: e.title,
    description: `${e.summary}\n\n${t('calendar.moreAt', { url })}`,
    location: address ? `${e.venue.name}, ${address.street}, ${address.postalCode} ${address.city}` : e.venue.name,
    url,
    categories: [{ name: EVENT_CATEGORIES[e.category] }],
    // ORGANIZER must be a calendar address; without an e-mail the organiser is named in the description.
    ...(org.email ? { organizer: { name: org.name, email: org.email } } : {}),
  });
}

/** The .ics file of one event. */
export function eventIcs(content: SiteContent, site: URL, e: Event): string {
  const calendar = newCalendar(content);
  addEvent(calendar, content, site, e);
  return calendar.toString();
}

/** An organisation's calendar feed: its upcoming events and those of the last months. */
export function organisationCalendarIcs(content: SiteContent, site: URL, org: Organisation, now: Date): string {
  const calendar = newCalendar(content);
  calendar.name(t('calendar.feedName', { name: org.name }));
  calendar.description(t('calendar.feedDescription', { name: org.name }));
  calendar.url(new URL(organisationPath(org.slug), site).href);
  calendar.source(new URL(organisationCalendarPath(org.slug), site).href);
  calendar.ttl(FEED_REFRESH_SECONDS);
  for (const e of feedEvents(content.eventsOf(org.documentId), now)) addEvent(calendar, content, site, e);
  return calendar.toString();
}

/** Organisations that have events get a feed (its address stays stable even in quiet months). */
export const hasCalendar = (content: SiteContent, org: Organisation): boolean => content.eventsOf(org.documentId).length > 0;

/** The HTTP response of a calendar endpoint (in a static build: the file's content). */
export const calendarResponse = (ics: string): Response => new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
