import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatDateShort, formatDateTime, formatFileSize, formatNumber, isoDateInBerlin } from '../src/index.ts';
import { formatEventDate, formatMonth, isoDateInZone, isoDateTimeInZone } from '../src/index.ts';

// The build machine's zone must not matter: CI runs in UTC, a laptop elsewhere.
describe.each(['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Pacific/Kiritimati'])('in process time zone %s', (zone) => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('runs in that zone (the test setup works)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone === 'UTC' ? 'UTC' : zone);
  });

  it('formats calendar dates as written, with German month names', () => {
    expect(formatDate('2026-11-24')).toBe('24. November 2026');
    expect(formatDate('2026-03-01')).toBe('1. März 2026');
    expect(formatDate('2026-12-31')).toBe('31. Dezember 2026');
    expect(formatDateShort('2026-11-24')).toBe('24.11.2026');
    expect(formatDateShort('2026-03-05')).toBe('05.03.2026');
  });

  it('keeps the calendar day on both DST switch days', () => {
    expect(formatDate('2026-03-29')).toBe('29. März 2026');
    expect(formatDate('2026-10-25')).toBe('25. Oktober 2026');
    expect(formatDateShort('2026-03-29')).toBe('29.03.2026');
    expect(formatDateShort('2026-10-25')).toBe('25.10.2026');
  });

  it('shows instants in Berlin time, in winter and in summer', () => {
    expect(formatDateTime('2026-11-24T13:30:00Z')).toBe('24. November 2026, 14:30 Uhr');
    expect(formatDateTime('2026-07-01T13:30:00.000Z')).toBe('1. Juli 2026, 15:30 Uhr');
    expect(formatDateTime('2026-11-24T14:30:00+01:00')).toBe('24. November 2026, 14:30 Uhr');
    expect(formatDateTime(new Date('2026-11-24T13:30:00Z'))).toBe('24. November 2026, 14:30 Uhr');
  });

  it('handles the spring switch (29 March 2026, 02:00 → 03:00)', () => {
    expect(formatDateTime('2026-03-29T00:59:00Z')).toBe('29. März 2026, 01:59 Uhr');
    expect(formatDateTime('2026-03-29T01:00:00Z')).toBe('29. März 2026, 03:00 Uhr');
    expect(formatDateTime('2026-03-29T12:00:00Z')).toBe('29. März 2026, 14:00 Uhr');
    expect(formatDateTime('2026-03-28T23:30:00Z')).toBe('29. März 2026, 00:30 Uhr');
  });

  it('handles the autumn switch (25 October 2026, 03:00 → 02:00)', () => {
    expect(formatDateTime('2026-10-25T00:30:00Z')).toBe('25. Oktober 2026, 02:30 Uhr');
    // The same wall-clock time once more, an hour later, now in winter time.
    expect(formatDateTime('2026-10-25T01:30:00Z')).toBe('25. Oktober 2026, 02:30 Uhr');
    expect(formatDateTime('2026-10-25T12:00:00Z')).toBe('25. Oktober 2026, 13:00 Uhr');
    expect(formatDateTime('2026-10-25T22:59:00Z')).toBe('25. Oktober 2026, 23:59 Uhr');
    expect(formatDateTime('2026-10-25T23:00:00Z')).toBe('26. Oktober 2026, 00:00 Uhr');
  });

  it('takes the day of an instant in Berlin', () => {
    expect(formatDate('2026-11-24T23:30:00Z')).toBe('25. November 2026');
    expect(formatDateShort('2026-06-30T22:30:00Z')).toBe('01.07.2026');
    expect(isoDateInBerlin('2026-03-28T23:30:00Z')).toBe('2026-03-29');
    expect(isoDateInBerlin('2026-10-25')).toBe('2026-10-25');
  });
});

describe('invalid dates', () => {
  it('refuses impossible and ambiguous input instead of printing a wrong date', () => {
    expect(() => formatDate('2026-02-30')).toThrow(/Kein gültiges Datum/);
    expect(() => formatDate('24.11.2026')).toThrow(RangeError);
    expect(() => formatDateTime('2026-11-24')).toThrow(/mit Zeitzone/);
    // Without an offset the instant would depend on the build machine's zone.
    expect(() => formatDateTime('2026-11-24T14:30')).toThrow(/mit Zeitzone/);
    expect(() => formatDateTime(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('refuses them on every call: results are remembered per input, errors are not', () => {
    for (let i = 0; i < 3; i++) expect(() => formatDate('2026-02-30')).toThrow(/Kein gültiges Datum/);
    // A string and a Date of the same instant, and a time zone argument, never share an answer by mistake.
    expect(isoDateInZone('2026-03-29T00:30:00Z')).toBe('2026-03-29');
    expect(isoDateInZone('2026-03-29T00:30:00Z', 'America/Los_Angeles')).toBe('2026-03-28');
    expect(formatDateTime(new Date('2026-11-24T13:30:00Z'))).toBe(formatDateTime('2026-11-24T13:30:00Z'));
  });
});

describe('formatNumber', () => {
  it('uses German separators', () => {
    expect(formatNumber(26700)).toBe('26.700');
    expect(formatNumber(156.2)).toBe('156,2');
    expect(formatNumber(1234567.891)).toBe('1.234.567,891');
    expect(formatNumber(156.2, { minimumFractionDigits: 2 })).toBe('156,20');
    expect(formatNumber(-3)).toBe('-3');
  });

  it('refuses what is not a number', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('formatFileSize', () => {
  it.each([
    [0, '0 Byte'],
    [999, '999 Byte'],
    [1000, '1 kB'],
    [1536, '1,5 kB'],
    [84_500, '84,5 kB'],
    [999_949, '999,9 kB'],
    // Rounds up into the next unit rather than showing "1.000 kB".
    [999_999, '1 MB'],
    [1_200_000, '1,2 MB'],
    [1_234_567, '1,2 MB'],
    [1_250_000_000, '1,3 GB'],
    [3_000_000_000_000_000, '3.000 TB'],
  ])('%i bytes → %s', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });

  it('refuses negative and fractional sizes', () => {
    expect(() => formatFileSize(-1)).toThrow(RangeError);
    expect(() => formatFileSize(1.5)).toThrow(RangeError);
  });
});

// ── Events ──
describe.each(['UTC', 'Europe/Berlin', 'America/Los_Angeles'])('event dates in process time zone %s', (zone) => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });
  const berlin = (start: string, end: string, allDay = false) => formatEventDate({ start, end, allDay, timeZone: 'Europe/Berlin' });

  it('formats a timed event on one day with weekday and time range', () => {
    expect(berlin('2026-12-05T18:30:00.000Z', '2026-12-05T20:30:00.000Z')).toBe('Sa., 5. Dezember 2026, 19:30–21:30 Uhr');
    expect(berlin('2026-12-05T18:30:00Z', '2026-12-05T18:30:00Z')).toBe('Sa., 5. Dezember 2026, 19:30 Uhr');
    // Summer time: the same UTC hour is one hour later on the Berlin clock.
    expect(berlin('2027-04-16T17:30:00Z', '2027-04-16T19:40:00Z')).toBe('Fr., 16. April 2027, 19:30–21:40 Uhr');
  });

  it('formats a night across the end of summer time with both wall clocks', () => {
    // 20:00 CEST → 02:30 CET: six and a half hours on the clock, seven and a half really.
    expect(berlin('2026-10-24T18:00:00Z', '2026-10-25T01:30:00Z')).toBe('Sa., 24. Oktober 2026, 20:00 Uhr – So., 25. Oktober 2026, 02:30 Uhr');
  });

  it('formats all-day events: one day, days in a month, across months, across years', () => {
    expect(berlin('2026-12-04T23:00:00Z', '2026-12-05T22:59:00Z', true)).toBe('Sa., 5. Dezember 2026, ganztägig');
    expect(berlin('2026-12-04T23:00:00Z', '2026-12-07T22:59:00Z', true)).toBe('5.–7. Dezember 2026');
    expect(berlin('2026-11-26T23:00:00Z', '2026-12-22T22:59:00Z', true)).toBe('27. November – 22. Dezember 2026');
    expect(berlin('2026-12-27T23:00:00Z', '2027-01-02T22:59:00Z', true)).toBe('28. Dezember 2026 – 2. Januar 2027');
    // Across the start of summer time; the last day is counted in Berlin, not in UTC.
    expect(berlin('2027-01-28T23:00:00Z', '2027-03-28T21:59:00Z', true)).toBe('29. Januar – 28. März 2027');
  });

  it("uses the event's own time zone", () => {
    expect(formatEventDate({ start: '2026-12-05T18:30:00Z', end: '2026-12-05T20:30:00Z', allDay: false, timeZone: 'Europe/London' })).toBe(
      'Sa., 5. Dezember 2026, 18:30–20:30 Uhr',
    );
  });

  it('refuses an end before the start and instants without a zone', () => {
    expect(() => berlin('2026-12-05T20:00:00Z', '2026-12-05T19:00:00Z')).toThrow(RangeError);
    expect(() => berlin('2026-12-05T20:00:00', '2026-12-05T21:00:00')).toThrow(/ISO 8601 mit Zeitzone/);
  });

  it('writes instants with the offset of the day and days of the zone', () => {
    expect(isoDateTimeInZone('2026-12-05T18:30:00.000Z')).toBe('2026-12-05T19:30:00+01:00');
    expect(isoDateTimeInZone('2027-03-28T15:00:00.000Z', 'Europe/Berlin')).toBe('2027-03-28T17:00:00+02:00');
    expect(isoDateInZone('2026-12-31T23:30:00Z')).toBe('2027-01-01');
    expect(isoDateInZone('2026-12-31T23:30:00Z', 'UTC')).toBe('2026-12-31');
  });

  it('names months in German and refuses what is not a month', () => {
    expect(formatMonth('2026-12')).toBe('Dezember 2026');
    expect(formatMonth('2027-03')).toBe('März 2027');
    expect(() => formatMonth('2026-13')).toThrow(RangeError);
    expect(() => formatMonth('Dezember')).toThrow(RangeError);
  });
});
