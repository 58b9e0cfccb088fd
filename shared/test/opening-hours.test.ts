import { describe, expect, it } from 'vitest';
import {
  effectiveSlots,
  formatOpeningStatus,
  formatSlots,
  issuesFromZod,
  nextChange,
  openingHours,
  openingStatus,
  openingStatusTimeline,
  parseTimeline,
  publicHoliday,
  regularWeek,
  statusFromTimeline,
  upcomingDeviations,
  weekTable,
  type OpeningHoursInput,
} from '../src/index.ts';

/*
 * Instants are written in UTC on purpose, with the Berlin wall-clock time beside them: the
 * functions must get from one to the other themselves, in winter (UTC+1) and summer (UTC+2).
 * opening-hours-timezones.test.ts runs this file again with the process in other time zones.
 */

// A Bürgerservice: two slots on most days, Wednesday by appointment, closed at weekends.
const officeInput = {
  weekly: [
    // Deliberately not in order: the functions sort.
    { weekday: 'mo', from: '13:00', to: '16:00' },
    { weekday: 'mo', from: '09:00', to: '12:00' },
    { weekday: 'di', from: '09:00', to: '12:00' },
    { weekday: 'di', from: '13:00', to: '18:00' },
    { weekday: 'mi', from: '09:00', to: '12:00', note: 'nur mit Termin' },
    { weekday: 'do', from: '09:00', to: '12:00' },
    { weekday: 'do', from: '13:00', to: '18:00' },
    { weekday: 'fr', from: '09:00', to: '12:00' },
  ],
  exceptions: [
    { date: '2026-12-24', closed: false, slots: [{ from: '09:00', to: '12:00' }], reason: 'Heiligabend' },
    { date: '2026-12-31', closed: true, slots: [], reason: 'Silvester' },
    { date: '2026-05-15', closed: true, slots: [], reason: 'Brückentag' },
    // Open on a public holiday (Tag der Deutschen Einheit, a Saturday): the exception wins.
    { date: '2026-10-03', closed: false, slots: [{ from: '10:00', to: '14:00' }], reason: 'Tag der offenen Tür' },
  ],
} satisfies OpeningHoursInput;
const office = openingHours.parse(officeInput);

// The same office with holidays over the turn of the year.
const officeWithClosure = openingHours.parse({
  ...officeInput,
  closures: [{ from: '2026-12-28', to: '2027-01-03', reason: 'Betriebsferien' }],
});

// A place (Touristinformation): open on Sundays and on public holidays.
const place = openingHours.parse({
  weekly: [
    { weekday: 'mo', from: '08:00', to: '12:00' },
    { weekday: 'sa', from: '18:00', to: '24:00' },
    { weekday: 'so', from: '10:00', to: '17:00' },
  ],
  closedOnPublicHolidays: false,
});

const statusAt = (hours: typeof office, utc: string) => formatOpeningStatus(openingStatus(hours, new Date(utc)));

describe('public holidays of Saxony-Anhalt (feiertagejs, region ST)', () => {
  it('are exactly the eleven statutory holidays of 2026', () => {
    const days = Array.from({ length: 365 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
    expect(days.flatMap((d) => (publicHoliday(d) ? [[d, publicHoliday(d)]] : []))).toEqual([
      ['2026-01-01', 'Neujahrstag'],
      ['2026-01-06', 'Heilige Drei Könige'],
      ['2026-04-03', 'Karfreitag'],
      ['2026-04-06', 'Ostermontag'],
      ['2026-05-01', 'Tag der Arbeit'],
      ['2026-05-14', 'Christi Himmelfahrt'],
      ['2026-05-25', 'Pfingstmontag'],
      ['2026-10-03', 'Tag der Deutschen Einheit'],
      ['2026-10-31', 'Reformationstag'],
      ['2026-12-25', '1. Weihnachtstag'],
      ['2026-12-26', '2. Weihnachtstag'],
    ]);
  });

  it.each([
    ['2026-06-04', 'Fronleichnam (Bayern, NRW …)'],
    ['2026-11-01', 'Allerheiligen'],
    ['2026-11-18', 'Buß- und Bettag (Sachsen)'],
    ['2026-08-15', 'Mariä Himmelfahrt'],
    ['2026-03-08', 'Frauentag (Berlin)'],
    ['2026-09-20', 'Weltkindertag (Thüringen)'],
  ])('%s is no holiday here: %s', (date) => {
    expect(publicHoliday(date)).toBeNull();
  });
});

describe('openingStatus + formatOpeningStatus', () => {
  it.each([
    // A normal Tuesday (3 November 2026, winter time: Berlin = UTC+1)
    ['before the first slot', office, '2026-11-03T07:30:00Z', 'Jetzt geschlossen – öffnet heute um 09:00 Uhr'],
    ['at opening time', office, '2026-11-03T08:00:00Z', 'Heute geöffnet bis 12:00 Uhr, wieder von 13:00 bis 18:00 Uhr'],
    ['inside the first slot', office, '2026-11-03T10:59:00Z', 'Heute geöffnet bis 12:00 Uhr, wieder von 13:00 bis 18:00 Uhr'],
    ['between the slots', office, '2026-11-03T11:00:00Z', 'Jetzt geschlossen – öffnet heute um 13:00 Uhr'],
    ['inside the last slot', office, '2026-11-03T12:00:00Z', 'Heute geöffnet bis 18:00 Uhr'],
    ['after the last slot', office, '2026-11-03T17:00:00Z', 'Jetzt geschlossen – wieder geöffnet am Mittwoch, 4. November 2026, ab 09:00 Uhr (nur mit Termin)'],
    ['in a slot with a note', office, '2026-11-04T09:00:00Z', 'Heute geöffnet bis 12:00 Uhr (nur mit Termin)'],
    ['after Friday’s slot', office, '2026-11-06T12:00:00Z', 'Jetzt geschlossen – wieder geöffnet am Montag, 9. November 2026, ab 09:00 Uhr'],
    ['on a Saturday', office, '2026-11-07T10:00:00Z', 'Heute geschlossen – wieder geöffnet am Montag, 9. November 2026, ab 09:00 Uhr'],
    [
      'just before midnight (still Tuesday in Berlin)',
      office,
      '2026-11-03T22:59:00Z',
      'Jetzt geschlossen – wieder geöffnet am Mittwoch, 4. November 2026, ab 09:00 Uhr (nur mit Termin)',
    ],
    ['midnight in Berlin, 23:00 UTC the day before', office, '2026-11-03T23:00:00Z', 'Jetzt geschlossen – öffnet heute um 09:00 Uhr (nur mit Termin)'],
  ])('a normal week: %s', (_, hours, utc, expected) => {
    expect(statusAt(hours, utc)).toBe(expected);
  });

  it.each([
    ['Reformationstag, a Saturday', '2026-10-31T09:00:00Z', 'Heute geschlossen (Reformationstag) – wieder geöffnet am Montag, 2. November 2026, ab 09:00 Uhr'],
    [
      'Heilige Drei Könige, a Tuesday',
      '2026-01-06T09:00:00Z',
      'Heute geschlossen (Heilige Drei Könige) – wieder geöffnet am Mittwoch, 7. Januar 2026, ab 09:00 Uhr (nur mit Termin)',
    ],
    // Next opening skips Karfreitag, the weekend and Ostermontag.
    ['Karfreitag', '2026-04-03T08:00:00Z', 'Heute geschlossen (Karfreitag) – wieder geöffnet am Dienstag, 7. April 2026, ab 09:00 Uhr'],
    ['the Thursday before Easter, after hours', '2026-04-02T17:00:00Z', 'Jetzt geschlossen – wieder geöffnet am Dienstag, 7. April 2026, ab 09:00 Uhr'],
    [
      'Christi Himmelfahrt, then a Brückentag',
      '2026-05-14T08:00:00Z',
      'Heute geschlossen (Christi Himmelfahrt) – wieder geöffnet am Montag, 18. Mai 2026, ab 09:00 Uhr',
    ],
    // Not holidays in Saxony-Anhalt: open as on any Thursday / Wednesday.
    ['Fronleichnam (not a holiday here)', '2026-06-04T08:00:00Z', 'Heute geöffnet bis 12:00 Uhr, wieder von 13:00 bis 18:00 Uhr'],
    ['Buß- und Bettag (not a holiday here)', '2026-11-18T09:00:00Z', 'Heute geöffnet bis 12:00 Uhr (nur mit Termin)'],
  ])('public holidays: %s', (_, utc, expected) => {
    expect(statusAt(office, utc)).toBe(expected);
  });

  it.each([
    // Spring: Sunday 29 March 2026, 02:00 CET → 03:00 CEST. Place: Sunday 10:00–17:00, Monday 08:00–12:00.
    ['spring, Sunday 00:30 CET (still the night before in UTC)', '2026-03-28T23:30:00Z', 'Jetzt geschlossen – öffnet heute um 10:00 Uhr'],
    ['spring, Sunday 03:00 CEST, right after the switch', '2026-03-29T01:00:00Z', 'Jetzt geschlossen – öffnet heute um 10:00 Uhr'],
    ['spring, Sunday 09:59 CEST (08:59 in winter time)', '2026-03-29T07:59:00Z', 'Jetzt geschlossen – öffnet heute um 10:00 Uhr'],
    ['spring, Sunday 10:00 CEST', '2026-03-29T08:00:00Z', 'Heute geöffnet bis 17:00 Uhr'],
    ['spring, Sunday 17:00 CEST (16:00 in winter time)', '2026-03-29T15:00:00Z', 'Jetzt geschlossen – wieder geöffnet am Montag, 30. März 2026, ab 08:00 Uhr'],
    ['spring, Monday 00:00 CEST', '2026-03-29T22:00:00Z', 'Jetzt geschlossen – öffnet heute um 08:00 Uhr'],
    ['spring, Monday 07:30 CEST', '2026-03-30T05:30:00Z', 'Jetzt geschlossen – öffnet heute um 08:00 Uhr'],
    ['spring, Monday 08:30 CEST (07:30 in winter time)', '2026-03-30T06:30:00Z', 'Heute geöffnet bis 12:00 Uhr'],
    ['spring, Monday 11:59 CEST', '2026-03-30T09:59:00Z', 'Heute geöffnet bis 12:00 Uhr'],
    ['spring, Monday 12:00 CEST (11:00 in winter time)', '2026-03-30T10:00:00Z', 'Jetzt geschlossen – wieder geöffnet am Samstag, 4. April 2026, ab 18:00 Uhr'],
    // Autumn: Sunday 25 October 2026, 03:00 CEST → 02:00 CET.
    ['autumn, Sunday 02:30 CEST (first time)', '2026-10-25T00:30:00Z', 'Jetzt geschlossen – öffnet heute um 10:00 Uhr'],
    ['autumn, Sunday 02:30 CET (second time)', '2026-10-25T01:30:00Z', 'Jetzt geschlossen – öffnet heute um 10:00 Uhr'],
    ['autumn, Sunday 09:59 CET (10:59 in summer time)', '2026-10-25T08:59:00Z', 'Jetzt geschlossen – öffnet heute um 10:00 Uhr'],
    ['autumn, Sunday 10:00 CET', '2026-10-25T09:00:00Z', 'Heute geöffnet bis 17:00 Uhr'],
    ['autumn, Sunday 16:59 CET (17:59 in summer time)', '2026-10-25T15:59:00Z', 'Heute geöffnet bis 17:00 Uhr'],
    ['autumn, Sunday 17:00 CET', '2026-10-25T16:00:00Z', 'Jetzt geschlossen – wieder geöffnet am Montag, 26. Oktober 2026, ab 08:00 Uhr'],
    ['autumn, Sunday 23:59 CET', '2026-10-25T22:59:00Z', 'Jetzt geschlossen – wieder geöffnet am Montag, 26. Oktober 2026, ab 08:00 Uhr'],
    ['autumn, Monday 00:00 CET', '2026-10-25T23:00:00Z', 'Jetzt geschlossen – öffnet heute um 08:00 Uhr'],
    ['autumn, Monday 07:59 CET (08:59 in summer time)', '2026-10-26T06:59:00Z', 'Jetzt geschlossen – öffnet heute um 08:00 Uhr'],
    ['autumn, Monday 08:00 CET', '2026-10-26T07:00:00Z', 'Heute geöffnet bis 12:00 Uhr'],
    ['autumn, Monday 11:30 CET (12:30 in summer time)', '2026-10-26T10:30:00Z', 'Heute geöffnet bis 12:00 Uhr'],
  ])('daylight saving time: %s', (_, utc, expected) => {
    expect(statusAt(place, utc)).toBe(expected);
  });

  it.each([
    ['Heiligabend, before opening', office, '2026-12-24T07:30:00Z', 'Jetzt geschlossen – öffnet heute um 09:00 Uhr (Heiligabend)'],
    // A Thursday: the weekly afternoon slot 13:00–18:00 must not appear.
    ['Heiligabend, open', office, '2026-12-24T10:00:00Z', 'Heute geöffnet bis 12:00 Uhr (Heiligabend)'],
    // Skips both Christmas holidays and the weekend.
    ['Heiligabend, afternoon', office, '2026-12-24T12:30:00Z', 'Jetzt geschlossen – wieder geöffnet am Montag, 28. Dezember 2026, ab 09:00 Uhr'],
    // Skips Neujahr and the weekend.
    ['Silvester, a Thursday', office, '2026-12-31T09:00:00Z', 'Heute geschlossen (Silvester) – wieder geöffnet am Montag, 4. Januar 2027, ab 09:00 Uhr'],
    ['a Brückentag', office, '2026-05-15T08:00:00Z', 'Heute geschlossen (Brückentag) – wieder geöffnet am Montag, 18. Mai 2026, ab 09:00 Uhr'],
    ['open on a public holiday by exception', office, '2026-10-03T09:00:00Z', 'Heute geöffnet bis 14:00 Uhr (Tag der offenen Tür)'],
  ])('exception days: %s', (_, hours, utc, expected) => {
    expect(statusAt(hours, utc)).toBe(expected);
  });

  it.each([
    [
      'Heiligabend afternoon: the next opening jumps the closure',
      '2026-12-24T12:30:00Z',
      'Jetzt geschlossen – wieder geöffnet am Montag, 4. Januar 2027, ab 09:00 Uhr',
    ],
    ['first day of the closure', '2026-12-28T09:00:00Z', 'Heute geschlossen (Betriebsferien) – wieder geöffnet am Montag, 4. Januar 2027, ab 09:00 Uhr'],
    // The closure wins over the exception day „Silvester“ and over Neujahr.
    ['Silvester inside the closure', '2026-12-31T09:00:00Z', 'Heute geschlossen (Betriebsferien) – wieder geöffnet am Montag, 4. Januar 2027, ab 09:00 Uhr'],
    ['Neujahr inside the closure', '2027-01-01T09:00:00Z', 'Heute geschlossen (Betriebsferien) – wieder geöffnet am Montag, 4. Januar 2027, ab 09:00 Uhr'],
    ['last day of the closure', '2027-01-03T09:00:00Z', 'Heute geschlossen (Betriebsferien) – wieder geöffnet am Montag, 4. Januar 2027, ab 09:00 Uhr'],
    ['the day after', '2027-01-04T08:00:00Z', 'Heute geöffnet bis 12:00 Uhr, wieder von 13:00 bis 16:00 Uhr'],
  ])('a closure over the turn of the year: %s', (_, utc, expected) => {
    expect(statusAt(officeWithClosure, utc)).toBe(expected);
  });

  it('says so when nothing opens within 60 days', () => {
    const closedLong = openingHours.parse({ ...officeInput, closures: [{ from: '2027-01-01', to: '2027-06-30', reason: 'Umbau' }] });
    expect(statusAt(closedLong, '2027-01-04T09:00:00Z')).toBe('Heute geschlossen (Umbau) – in den nächsten 60 Tagen nicht geöffnet');
    expect(openingStatus(closedLong, new Date('2027-01-04T09:00:00Z'))).toEqual({
      kind: 'closed-today',
      date: '2027-01-04',
      reason: { kind: 'closure', reason: 'Umbau', until: '2027-06-30' },
      next: null,
    });
  });

  it('treats touching slots as one stretch and 24:00 as midnight', () => {
    const touching = openingHours.parse({
      weekly: [
        { weekday: 'mo', from: '12:00', to: '14:00' },
        { weekday: 'mo', from: '09:00', to: '12:00' },
        { weekday: 'mo', from: '15:00', to: '16:00' },
      ],
    });
    expect(statusAt(touching, '2026-11-02T09:00:00Z')).toBe('Heute geöffnet bis 14:00 Uhr, wieder von 15:00 bis 16:00 Uhr');
    expect(statusAt(place, '2026-11-07T22:30:00Z')).toBe('Heute geöffnet bis 24:00 Uhr');
    expect(statusAt(place, '2026-11-07T23:00:00Z')).toBe('Jetzt geschlossen – öffnet heute um 10:00 Uhr');
  });

  it('opens a place on public holidays when closedOnPublicHolidays is false', () => {
    // Ostermontag 2026, 09:00 CEST
    expect(openingStatus(place, new Date('2026-04-06T07:00:00Z'))).toEqual({
      kind: 'open',
      date: '2026-04-06',
      until: '12:00',
      note: null,
      reason: null,
      later: [],
    });
    expect(effectiveSlots(place, '2026-04-06')).toMatchObject({ source: 'weekly', publicHoliday: 'Ostermontag' });
  });

  it('returns a discriminated union a caller can switch on', () => {
    expect(openingStatus(office, new Date('2026-10-31T09:00:00Z'))).toEqual({
      kind: 'closed-today',
      date: '2026-10-31',
      reason: { kind: 'public-holiday', name: 'Reformationstag' },
      next: { date: '2026-11-02', weekday: 'mo', from: '09:00', note: null },
    });
    expect(openingStatus(office, new Date('2026-11-03T10:00:00Z'))).toEqual({
      kind: 'open',
      date: '2026-11-03',
      until: '12:00',
      note: null,
      reason: null,
      later: [{ from: '13:00', to: '18:00', note: null }],
    });
  });

  it('refuses an invalid instant', () => {
    expect(() => openingStatus(office, new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('effectiveSlots: closure > exception > public holiday > weekly', () => {
  it.each([
    ['a weekday', office, '2026-11-03', 'weekly', null, null, '09:00–12:00 Uhr und 13:00–18:00 Uhr'],
    ['a weekend day', office, '2026-11-07', 'weekly', null, null, ''],
    ['a public holiday', office, '2027-01-01', 'public-holiday', 'Neujahrstag', 'Neujahrstag', ''],
    ['an exception on a public holiday', office, '2026-10-03', 'exception', 'Tag der offenen Tür', 'Tag der Deutschen Einheit', '10:00–14:00 Uhr'],
    ['an exception day', office, '2026-12-31', 'exception', 'Silvester', null, ''],
    ['a closure over an exception', officeWithClosure, '2026-12-31', 'closure', 'Betriebsferien', null, ''],
    ['a closure over a holiday', officeWithClosure, '2027-01-01', 'closure', 'Betriebsferien', 'Neujahrstag', ''],
    ['a holiday ignored by a place', place, '2026-10-31', 'weekly', null, 'Reformationstag', '18:00–24:00 Uhr'],
  ])('%s', (_, hours, date, source, reason, holiday, slots) => {
    const day = effectiveSlots(hours, date);
    expect([day.source, day.reason, day.publicHoliday, formatSlots(day.slots)]).toEqual([source, reason, holiday, slots]);
  });

  it('refuses a malformed or impossible date', () => {
    expect(() => effectiveSlots(office, '2026-02-30')).toThrow(/Kein gültiges Datum/);
    expect(() => effectiveSlots(office, '3.11.2026')).toThrow(RangeError);
  });
});

describe('weekTable and regularWeek', () => {
  it('shows the Christmas week as it applies', () => {
    const rows = weekTable(office, '2026-12-21').map((d) => [d.date, d.weekday, d.source, d.reason, formatSlots(d.slots)]);
    expect(rows).toEqual([
      ['2026-12-21', 'mo', 'weekly', null, '09:00–12:00 Uhr und 13:00–16:00 Uhr'],
      ['2026-12-22', 'di', 'weekly', null, '09:00–12:00 Uhr und 13:00–18:00 Uhr'],
      ['2026-12-23', 'mi', 'weekly', null, '09:00–12:00 Uhr (nur mit Termin)'],
      ['2026-12-24', 'do', 'exception', 'Heiligabend', '09:00–12:00 Uhr'],
      ['2026-12-25', 'fr', 'public-holiday', '1. Weihnachtstag', ''],
      ['2026-12-26', 'sa', 'public-holiday', '2. Weihnachtstag', ''],
      ['2026-12-27', 'so', 'weekly', null, ''],
    ]);
  });

  it('crosses the autumn switch day by day', () => {
    expect(weekTable(place, '2026-10-23').map((d) => `${d.date} ${d.weekday}`)).toEqual([
      '2026-10-23 fr',
      '2026-10-24 sa',
      '2026-10-25 so',
      '2026-10-26 mo',
      '2026-10-27 di',
      '2026-10-28 mi',
      '2026-10-29 do',
    ]);
  });

  it('lists the regular week Monday to Sunday with German names, slots sorted', () => {
    expect(regularWeek(office).map((d) => [d.name, formatSlots(d.slots)])).toEqual([
      ['Montag', '09:00–12:00 Uhr und 13:00–16:00 Uhr'],
      ['Dienstag', '09:00–12:00 Uhr und 13:00–18:00 Uhr'],
      ['Mittwoch', '09:00–12:00 Uhr (nur mit Termin)'],
      ['Donnerstag', '09:00–12:00 Uhr und 13:00–18:00 Uhr'],
      ['Freitag', '09:00–12:00 Uhr'],
      ['Samstag', ''],
      ['Sonntag', ''],
    ]);
  });
});

describe('upcomingDeviations', () => {
  it('lists closures, exception days and holidays that close an otherwise open day, in order', () => {
    expect(upcomingDeviations(officeWithClosure, new Date('2026-12-01T10:00:00Z'), 45)).toEqual([
      { kind: 'exception', date: '2026-12-24', slots: [{ from: '09:00', to: '12:00', note: null }], reason: 'Heiligabend' },
      { kind: 'public-holiday', date: '2026-12-25', name: '1. Weihnachtstag' },
      // 26 December is a Saturday: closed anyway, not worth a line. Silvester and Neujahr are inside the closure.
      { kind: 'closure', from: '2026-12-28', to: '2027-01-03', reason: 'Betriebsferien' },
      { kind: 'public-holiday', date: '2027-01-06', name: 'Heilige Drei Könige' },
    ]);
  });

  it('keeps a closure that is already running and drops what is past', () => {
    expect(upcomingDeviations(officeWithClosure, new Date('2026-12-30T10:00:00Z'), 10)).toEqual([
      { kind: 'closure', from: '2026-12-28', to: '2027-01-03', reason: 'Betriebsferien' },
      { kind: 'public-holiday', date: '2027-01-06', name: 'Heilige Drei Könige' },
    ]);
  });
});

describe('openingStatusTimeline', () => {
  /** Every 15 minutes through the timeline (and 1 ms before each step), the step text equals the live status. */
  function expectTimelineMatches(hours: typeof office, fromUtc: string, days: number) {
    const from = new Date(fromUtc);
    const timeline = openingStatusTimeline(hours, from, days);
    expect(timeline.steps[0]?.[0]).toBe(from.getTime());
    const samples = [];
    for (let t = from.getTime(); t < timeline.until; t += 15 * 60_000) samples.push(t);
    samples.push(...timeline.steps.slice(1).map(([t]) => t - 1), timeline.until - 1);
    for (const t of samples) {
      expect(statusFromTimeline(timeline, t), new Date(t).toISOString()).toBe(formatOpeningStatus(openingStatus(hours, new Date(t))));
    }
    return timeline;
  }

  it('matches openingStatus at every moment across the spring switch', () => {
    expectTimelineMatches(place, '2026-03-27T10:07:00Z', 7);
    expectTimelineMatches(office, '2026-03-27T10:07:00Z', 14);
  });

  it('matches openingStatus at every moment across the autumn switch, Reformationstag and a closure', () => {
    expectTimelineMatches(place, '2026-10-23T10:07:00Z', 7);
    expectTimelineMatches(office, '2026-10-23T10:07:00Z', 14);
    expectTimelineMatches(officeWithClosure, '2026-12-22T10:07:00Z', 14);
  });

  it('ends at midnight in Berlin after the last day and says nothing outside', () => {
    const timeline = openingStatusTimeline(office, new Date('2026-11-03T10:00:00Z'), 2);
    // 5 November 2026, 00:00 CET
    expect(timeline.until).toBe(Date.parse('2026-11-04T23:00:00Z'));
    expect(statusFromTimeline(timeline, timeline.until)).toBeNull();
    expect(statusFromTimeline(timeline, Date.parse('2026-11-03T09:59:59Z'))).toBeNull();
    expect(timeline.steps.map(([t, text]) => [new Date(t).toISOString(), text])).toEqual([
      ['2026-11-03T10:00:00.000Z', 'Heute geöffnet bis 12:00 Uhr, wieder von 13:00 bis 18:00 Uhr'],
      ['2026-11-03T11:00:00.000Z', 'Jetzt geschlossen – öffnet heute um 13:00 Uhr'],
      ['2026-11-03T12:00:00.000Z', 'Heute geöffnet bis 18:00 Uhr'],
      ['2026-11-03T17:00:00.000Z', 'Jetzt geschlossen – wieder geöffnet am Mittwoch, 4. November 2026, ab 09:00 Uhr (nur mit Termin)'],
      ['2026-11-03T23:00:00.000Z', 'Jetzt geschlossen – öffnet heute um 09:00 Uhr (nur mit Termin)'],
      ['2026-11-04T08:00:00.000Z', 'Heute geöffnet bis 12:00 Uhr (nur mit Termin)'],
      ['2026-11-04T11:00:00.000Z', 'Jetzt geschlossen – wieder geöffnet am Donnerstag, 5. November 2026, ab 09:00 Uhr'],
    ]);
  });

  it('tells the browser when to look again, and survives a round trip through JSON', () => {
    const timeline = openingStatusTimeline(office, new Date('2026-11-03T10:00:00Z'), 2);
    expect(nextChange(timeline, Date.parse('2026-11-03T10:30:00Z'))).toBe(Date.parse('2026-11-03T11:00:00Z'));
    expect(nextChange(timeline, Date.parse('2026-11-04T12:00:00Z'))).toBe(timeline.until);
    expect(nextChange(timeline, timeline.until)).toBeNull();
    expect(parseTimeline(JSON.stringify(timeline))).toEqual(timeline);
  });

  it.each(['', 'kein JSON', 'null', '[]', '{"steps":[],"until":"morgen"}', '{"steps":[[1,2]],"until":3}', '{"steps":[[1]],"until":3}'])(
    'reads %j as no timeline (the page keeps its build-time text)',
    (json) => {
      expect(parseTimeline(json)).toBeNull();
    },
  );
});

describe('validation', () => {
  const base = (): OpeningHoursInput => ({ weekly: [{ weekday: 'mo', from: '09:00', to: '12:00' }] });

  it('accepts touching slots, the same times on different days, and fills defaults', () => {
    const parsed = openingHours.parse({
      weekly: [
        { weekday: 'mo', from: '09:00', to: '12:00' },
        { weekday: 'mo', from: '12:00', to: '14:00' },
        { weekday: 'di', from: '09:00', to: '12:00' },
      ],
    });
    expect(parsed.closedOnPublicHolidays).toBe(true);
    expect(parsed.exceptions).toEqual([]);
    expect(parsed.closures).toEqual([]);
    expect(parsed.weekly[0]?.note).toBeNull();
  });

  it.each<[string, (h: OpeningHoursInput) => void, string, RegExp]>([
    [
      'from after to',
      (h) => void (h.weekly = [{ weekday: 'mo', from: '12:00', to: '09:00' }]),
      'weekly.0.to',
      /^Ende \(„bis“\) muss nach dem Beginn \(„von“\) liegen$/,
    ],
    ['from equal to', (h) => void (h.weekly = [{ weekday: 'mo', from: '09:00', to: '09:00' }]), 'weekly.0.to', /^Ende \(„bis“\) muss nach dem Beginn/],
    [
      'overlapping slots',
      (h) => void h.weekly.push({ weekday: 'mo', from: '11:30', to: '13:00' }),
      'weekly.1.from',
      /^Beginn \(„von“\): 11:30–13:00 Uhr überschneidet sich mit 09:00–12:00 Uhr am Montag$/,
    ],
    ['a slot inside another', (h) => void h.weekly.push({ weekday: 'mo', from: '10:00', to: '11:00' }), 'weekly.1.from', /überschneidet sich/],
    ['hour 25', (h) => void (h.weekly = [{ weekday: 'mo', from: '25:00', to: '26:00' }]), 'weekly.0.from', /^Beginn \(„von“\): Uhrzeit im Format HH:MM/],
    ['end 25:00', (h) => void (h.weekly = [{ weekday: 'mo', from: '09:00', to: '25:00' }]), 'weekly.0.to', /^Ende \(„bis“\): Uhrzeit im Format HH:MM/],
    ['a time without leading zero', (h) => void (h.weekly = [{ weekday: 'mo', from: '9:00', to: '12:00' }]), 'weekly.0.from', /HH:MM/],
    ['24:00 as a start', (h) => void (h.weekly = [{ weekday: 'mo', from: '24:00', to: '24:00' }]), 'weekly.0.from', /HH:MM/],
    ['an unknown weekday', (h) => void (h.weekly = [{ weekday: 'montag' as 'mo', from: '09:00', to: '12:00' }]), 'weekly.0.weekday', /./],
    ['an empty note', (h) => void (h.weekly = [{ weekday: 'mo', from: '09:00', to: '12:00', note: '  ' }]), 'weekly.0.note', /^Hinweis darf nicht leer sein$/],
    [
      'overlapping slots on an exception day',
      (h) =>
        void (h.exceptions = [
          {
            date: '2026-12-24',
            closed: false,
            slots: [
              { from: '09:00', to: '12:00' },
              { from: '08:00', to: '10:00' },
            ],
            reason: 'Heiligabend',
          },
        ]),
      'exceptions.0.slots.1.from',
      /überschneidet sich mit 09:00–12:00 Uhr$/,
    ],
    [
      'a closed exception with slots',
      (h) => void (h.exceptions = [{ date: '2026-12-31', closed: true, slots: [{ from: '09:00', to: '12:00' }], reason: 'Silvester' }]),
      'exceptions.0.slots',
      /geschlossener Tag/,
    ],
    [
      'an open exception without slots',
      (h) => void (h.exceptions = [{ date: '2026-12-24', closed: false, slots: [], reason: 'Heiligabend' }]),
      'exceptions.0.slots',
      /mindestens eine Öffnungszeit/,
    ],
    [
      'an impossible date',
      (h) => void (h.exceptions = [{ date: '2026-02-30', closed: true, slots: [], reason: 'Brückentag' }]),
      'exceptions.0.date',
      /^Datum: kein gültiges Kalenderdatum$/,
    ],
    [
      'a German date',
      (h) => void (h.exceptions = [{ date: '24.12.2026', closed: true, slots: [], reason: 'Heiligabend' }]),
      'exceptions.0.date',
      /^Datum im Format JJJJ-MM-TT erwartet$/,
    ],
    [
      'two exceptions on one day',
      (h) =>
        void (h.exceptions = [
          { date: '2026-12-31', closed: true, slots: [], reason: 'Silvester' },
          { date: '2026-12-31', closed: true, slots: [], reason: 'Jahresabschluss' },
        ]),
      'exceptions.1.date',
      /^Datum: für 2026-12-31 gibt es schon eine Ausnahme \(Nr\. 1\)$/,
    ],
    [
      'an exception without reason',
      (h) => void (h.exceptions = [{ date: '2026-12-31', closed: true, slots: [], reason: ' ' }]),
      'exceptions.0.reason',
      /^Grund darf nicht leer sein$/,
    ],
    [
      'a closure ending before it starts',
      (h) => void (h.closures = [{ from: '2027-01-03', to: '2026-12-28', reason: 'Betriebsferien' }]),
      'closures.0.to',
      /^Ende \(„bis“\) darf nicht vor dem Beginn/,
    ],
  ])('refuses %s', (_, mutate, field, message) => {
    const input = base();
    mutate(input);
    const result = openingHours.safeParse(input);
    expect(result.success).toBe(false);
    const issues = result.success ? [] : issuesFromZod('opening-hours', '–', result.error);
    const hit = issues.find((i) => i.field === field);
    expect(hit, JSON.stringify(issues)).toBeDefined();
    expect(hit?.message).toMatch(message);
  });
});
