import { readSnapshot, type Event, type Snapshot } from '@stadtportal/shared';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventIcs, organisationCalendarIcs } from './calendar.ts';
import { SiteContent } from './content.ts';
import { FEED_PAST_DAYS } from './events.ts';

/*
 * The iCalendar output read back with ical.js (Mozilla's parser; no code shared with
 * ical-generator). Expectations come from the contract's instants, never from calendar.ts.
 * Times are converted to instants with the VTIMEZONE the file itself carries, so a wrong
 * VTIMEZONE (or a wall clock in the build machine's zone) shifts an instant and fails here.
 */

const FIXTURE = new URL('../../test/fixtures/snapshot/', import.meta.url).pathname;
const SITE = new URL('https://www.aschersleben.example');
const NOW = new Date('2026-11-25T12:00:00+01:00');

let snapshot: Snapshot;
beforeAll(async () => {
  snapshot = await readSnapshot(FIXTURE);
});

function base(): Event {
  const e = snapshot.events.find((x) => x.documentId === 'e-buergerforum');
  if (!e) throw new Error('Fixture: e-buergerforum fehlt');
  return e;
}

/** A snapshot with exactly these events (organisations etc. from the fixture). */
const contentWith = (events: Event[]) => new SiteContent({ ...snapshot, events });

interface Parsed {
  calendar: ICAL.Component;
  events: ICAL.Event[];
}

function parse(ics: string): Parsed {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  // The file's own time zone definitions, nothing built in.
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

function one(ics: string): ICAL.Event {
  const { events } = parse(ics);
  expect(events).toHaveLength(1);
  return events[0] as ICAL.Event;
}

const iso = (t: ICAL.Time) => t.toJSDate().toISOString();

describe('eventIcs (one event)', () => {
  it('keeps a title with umlauts, commas, semicolons and backslashes, and the description with the URL', () => {
    const e = { ...base(), title: 'Frühlingskonzert: Schubert, Brahms; Chöre \\ Klavier', summary: 'Lieder, Arien; Duette' };
    const parsed = one(eventIcs(contentWith([e]), SITE, e));
    expect(parsed.summary).toBe('Frühlingskonzert: Schubert, Brahms; Chöre \\ Klavier');
    expect(parsed.description).toBe(`Lieder, Arien; Duette\n\nMehr Informationen: https://www.aschersleben.example/veranstaltungen/${e.slug}/`);
    expect(parsed.uid).toBe(`${e.documentId}@www.aschersleben.example`);
    expect(parsed.location).toBe('Rathaus, Ratssaal, Markt 1, 06449 Aschersleben');
    expect(parsed.component.getFirstPropertyValue('url')).toBe(`https://www.aschersleben.example/veranstaltungen/${e.slug}/`);
    expect(parsed.component.getFirstProperty('categories')?.getValues()).toEqual(['Information und Beteiligung']);
  });

  it.each([
    ['winter time (CET)', '2027-02-11T17:00:00.000Z', '2027-02-11T19:30:00.000Z', '2027-02-11T18:00:00'],
    ['summer time (CEST), the first day of it', '2027-03-28T15:00:00.000Z', '2027-03-28T16:30:00.000Z', '2027-03-28T17:00:00'],
    ['the night summer time ends', '2026-10-24T18:00:00.000Z', '2026-10-25T01:30:00.000Z', '2026-10-24T20:00:00'],
  ])('writes %s on the Berlin wall clock with TZID, and the instants survive', (_label, start, end, wallClock) => {
    const e = { ...base(), start, end };
    const ics = eventIcs(contentWith([e]), SITE, e);
    const parsed = one(ics);
    expect(parsed.startDate.zone?.tzid).toBe('Europe/Berlin');
    expect(parsed.endDate.zone?.tzid).toBe('Europe/Berlin');
    expect(parsed.startDate.toString()).toBe(wallClock);
    expect(iso(parsed.startDate)).toBe(start);
    expect(iso(parsed.endDate)).toBe(end);
    expect(ics).toMatch(/^DTSTART;TZID=Europe\/Berlin:\d{8}T\d{6}\r$/m);
    expect(
      parse(ics)
        .calendar.getAllSubcomponents('vtimezone')
        .map((z) => z.getFirstPropertyValue('tzid')),
    ).toEqual(['Europe/Berlin']);
  });

  it('writes all-day events as dates with an exclusive end (the day after the last day, in Berlin)', () => {
    // 27 November 00:00 to 22 December 23:59 Berlin time.
    const e = { ...base(), allDay: true, start: '2026-11-26T23:00:00.000Z', end: '2026-12-22T22:59:00.000Z' };
    const ics = eventIcs(contentWith([e]), SITE, e);
    const parsed = one(ics);
    expect(parsed.startDate.isDate).toBe(true);
    expect(parsed.startDate.toString()).toBe('2026-11-27');
    expect(parsed.endDate.isDate).toBe(true);
    expect(parsed.endDate.toString()).toBe('2026-12-23');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261127');
    expect(ics).toContain('DTEND;VALUE=DATE:20261223');
  });

  it('writes a one-day all-day event as one day, also across a DST switch and on a build machine anywhere', () => {
    const e = { ...base(), allDay: true, start: '2027-03-27T23:00:00.000Z', end: '2027-03-28T21:59:00.000Z' };
    const parsed = one(eventIcs(contentWith([e]), SITE, e));
    expect(parsed.startDate.toString()).toBe('2027-03-28');
    expect(parsed.endDate.toString()).toBe('2027-03-29');
  });

  it('stamps with updatedAt in UTC (DTSTAMP must be UTC) and names the publisher in PRODID', () => {
    const e = base();
    const ics = eventIcs(contentWith([e]), SITE, e);
    const { calendar, events } = parse(ics);
    expect(ics).toMatch(/^DTSTAMP:20261120T090000Z\r$/m);
    expect(events[0]?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-20T09:00:00Z');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Stadt Aschersleben//Stadtportal//DE');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  });
});

describe('organisationCalendarIcs (feed)', () => {
  it('holds exactly the organisation’s events of the feed window, with name and refresh interval', () => {
    const content = new SiteContent(snapshot);
    const stadt = content.organisations.find((o) => o.documentId === 'o-stadt');
    if (!stadt) throw new Error('Fixture: o-stadt fehlt');
    const { calendar, events } = parse(organisationCalendarIcs(content, SITE, stadt, NOW));
    const since = NOW.getTime() - FEED_PAST_DAYS * 86_400_000;
    const expected = snapshot.events.filter((e) => e.organisation === 'o-stadt' && Date.parse(e.end) > since);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    // The fixture has an older event of the town that the window leaves out.
    expect(snapshot.events.some((e) => e.organisation === 'o-stadt' && Date.parse(e.end) <= since)).toBe(true);
    expect(events.map((e) => e.uid).sort()).toEqual(expected.map((e) => `${e.documentId}@www.aschersleben.example`).sort());
    for (const e of expected) {
      const got = events.find((x) => x.uid.startsWith(`${e.documentId}@`));
      expect(got?.summary).toBe(e.title);
      expect(got && iso(got.startDate)).toBe(e.start);
      expect(got && iso(got.endDate)).toBe(e.end);
    }
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Veranstaltungen – Stadt Aschersleben');
    expect(calendar.getFirstPropertyValue('x-published-ttl')?.toString()).toBe('PT6H');
    expect(calendar.getFirstPropertyValue('refresh-interval')?.toString()).toBe('PT6H');
  });
});
