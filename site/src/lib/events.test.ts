import type { Event } from '@stadtportal/shared';
import { describe, expect, it } from 'vitest';
import {
  categoriesWithEvents,
  endOf,
  feedEvents,
  groupByMonth,
  groupByYear,
  inMonth,
  isFree,
  isUpcoming,
  monthsOf,
  monthsWithEvents,
  parseBuildTime,
  past,
  upcoming,
} from './events.ts';

/* The event list logic with a fixed "now": Wednesday, 25 November 2026, 12:00 in Berlin. */

const NOW = new Date('2026-11-25T12:00:00+01:00');

let n = 0;
function ev(slug: string, start: string, end: string, more: Partial<Event> = {}): Event {
  n += 1;
  return {
    documentId: `e-${n}`,
    slug,
    title: slug,
    organisation: 'o-stadt',
    category: 'konzert',
    summary: 'Kurz',
    description: [],
    start,
    end,
    allDay: false,
    timeZone: 'Europe/Berlin',
    venue: { name: 'Saal', address: null },
    price: null,
    accessibilityNotes: null,
    image: null,
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...more,
  };
}

// 27 November – 22 December, all day (Berlin)
const markt = ev('markt', '2026-11-26T23:00:00.000Z', '2026-12-22T22:59:00.000Z', { allDay: true, category: 'fest' });
// ended yesterday evening
const gestern = ev('gestern', '2026-11-24T18:00:00.000Z', '2026-11-24T20:00:00.000Z');
// running right now
const jetzt = ev('jetzt', '2026-11-25T10:00:00.000Z', '2026-11-25T12:00:00.000Z', { category: 'kurs', organisation: 'o-kreativ' });
// all-day today, its `end` instant already passed at noon: still on today
const heute = ev('heute', '2026-11-24T23:00:00.000Z', '2026-11-25T08:00:00.000Z', { allDay: true });
// exhibition from January to March
const ausstellung = ev('ausstellung', '2027-01-28T23:00:00.000Z', '2027-03-28T21:59:00.000Z', { allDay: true, category: 'ausstellung' });
const august = ev('august', '2026-08-29T08:00:00.000Z', '2026-08-29T20:00:00.000Z');
const januar2026 = ev('januar-2026', '2026-01-10T15:00:00.000Z', '2026-01-10T17:00:00.000Z');
// a show that began before this month and runs on: began in October
const herbst = ev('herbst', '2026-10-01T08:00:00.000Z', '2026-12-01T16:00:00.000Z', { category: 'ausstellung' });
const all = [januar2026, august, herbst, gestern, heute, jetzt, markt, ausstellung];

describe('upcoming and past', () => {
  it('splits at now; an all-day event lasts until midnight after its last day', () => {
    expect(upcoming(all, NOW).map((e) => e.slug)).toEqual(['herbst', 'heute', 'jetzt', 'markt', 'ausstellung']);
    expect(past(all, NOW).map((e) => e.slug)).toEqual(['gestern', 'august', 'januar-2026']);
    expect(endOf(heute)).toBe(Date.parse('2026-11-25T23:00:00.000Z'));
    expect(isUpcoming(heute, new Date('2026-11-25T23:59:00+01:00'))).toBe(true);
    expect(isUpcoming(heute, new Date('2026-11-26T00:00:00+01:00'))).toBe(false);
  });

  it('counts the last all-day day in the event’s zone across the start of summer time', () => {
    // 28 March 2027 is a 23-hour day in Berlin: it ends at 22:00 UTC.
    expect(endOf(ausstellung)).toBe(Date.parse('2027-03-28T22:00:00.000Z'));
  });

  it('keeps an event that ends exactly now out of the list', () => {
    expect(isUpcoming(jetzt, new Date('2026-11-25T12:00:00.000Z'))).toBe(false);
    expect(isUpcoming(jetzt, new Date('2026-11-25T11:59:59.999Z'))).toBe(true);
  });
});

describe('months', () => {
  it('lists every month an event touches', () => {
    expect(monthsOf(markt)).toEqual(['2026-11', '2026-12']);
    expect(monthsOf(ausstellung)).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(monthsOf(ev('silvester', '2026-12-31T22:00:00.000Z', '2027-01-01T01:00:00.000Z'))).toEqual(['2026-12', '2027-01']);
    // 31 December 23:30 UTC is already 1 January in Berlin.
    expect(monthsOf(ev('neujahr', '2026-12-31T23:30:00.000Z', '2027-01-01T00:30:00.000Z'))).toEqual(['2027-01']);
  });

  it('groups upcoming events by month; what already began is under the current month', () => {
    const groups = groupByMonth(upcoming(all, NOW), NOW);
    expect(groups.map((g) => [g.month, g.events.map((e) => e.slug)])).toEqual([
      ['2026-11', ['herbst', 'heute', 'jetzt', 'markt']],
      ['2027-01', ['ausstellung']],
    ]);
  });

  it('offers the months with upcoming events from the current month on, and filters by month', () => {
    const coming = upcoming(all, NOW);
    expect(monthsWithEvents(coming, NOW)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02', '2027-03']);
    expect(inMonth(coming, '2027-02').map((e) => e.slug)).toEqual(['ausstellung']);
    expect(inMonth(coming, '2026-12').map((e) => e.slug)).toEqual(['herbst', 'markt']);
  });
});

describe('categories, archive, feed, price', () => {
  it('offers categories in the editors’ order, only those with events', () => {
    expect(categoriesWithEvents(upcoming(all, NOW))).toEqual(['konzert', 'ausstellung', 'kurs', 'fest']);
  });

  it('groups the archive by year, newest first', () => {
    expect(groupByYear(past(all, NOW)).map((g) => [g.year, g.events.map((e) => e.slug)])).toEqual([['2026', ['gestern', 'august', 'januar-2026']]]);
    const silvester = ev('silvester', '2025-12-31T22:00:00.000Z', '2026-01-01T01:00:00.000Z');
    expect(groupByYear([silvester]).map((g) => g.year)).toEqual(['2025']);
  });

  it('keeps the feed to upcoming events and those of the last 180 days', () => {
    expect(feedEvents(all, NOW).map((e) => e.slug)).toEqual(['august', 'herbst', 'gestern', 'heute', 'jetzt', 'markt', 'ausstellung']);
  });

  it('recognises free admission only when the price text says so', () => {
    expect(isFree('Eintritt frei')).toBe(true);
    expect(isFree('Eintritt frei, Spenden willkommen')).toBe(true);
    expect(isFree('kostenlos')).toBe(true);
    expect(isFree('0 €')).toBe(true);
    expect(isFree('12 €, ermäßigt 8 €')).toBe(false);
    expect(isFree('10 €, Kinder frei')).toBe(false);
    expect(isFree('Freitag 5 €')).toBe(false);
    expect(isFree(null)).toBe(false);
  });
});

describe('parseBuildTime', () => {
  it('takes BUILD_TIME with its zone, else the clock, and refuses a time without a zone', () => {
    expect(parseBuildTime({ BUILD_TIME: '2026-11-25T12:00:00+01:00' }).toISOString()).toBe('2026-11-25T11:00:00.000Z');
    expect(parseBuildTime({}, () => NOW)).toBe(NOW);
    expect(parseBuildTime({ BUILD_TIME: '' }, () => NOW)).toBe(NOW);
    expect(() => parseBuildTime({ BUILD_TIME: '2026-11-25T12:00' })).toThrow(/BUILD_TIME/);
    expect(() => parseBuildTime({ BUILD_TIME: 'morgen' })).toThrow(/BUILD_TIME/);
  });
});
