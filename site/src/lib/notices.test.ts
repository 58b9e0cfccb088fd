import type { AmtsblattIssue, PublicNotice } from '@stadtportal/shared';
import { describe, expect, it } from 'vitest';
import { amtsblattByYear, amtsblattNumber, currentNotices, expiredSince, isCurrent, isExpired, issuedBy, noticesByYear, todayInBerlin } from './notices.ts';

function notice(slug: string, publishedOn: string, expiresOn: string | null): PublicNotice {
  return {
    documentId: `n-${slug}`,
    slug,
    title: slug,
    organisation: 'o-stadt',
    category: 'sonstiges',
    publishedOn,
    expiresOn,
    summary: 'Kurz.',
    body: [],
    attachment: null,
  };
}

function issue(number: number, date: string): AmtsblattIssue {
  const slug = `${date.slice(0, 4)}-${String(number).padStart(2, '0')}`;
  return {
    documentId: `a-${slug}`,
    slug,
    number,
    date,
    organisation: 'o-stadt',
    contents: ['Satzung'],
    file: { file: `Amtsblatt_${slug}.pdf`, name: `Amtsblatt-${slug}.pdf`, size: 1000, mime: 'application/pdf' },
  };
}

const TODAY = '2026-11-25';

describe('isCurrent / isExpired', () => {
  it.each([
    ['posted, ends later', '2026-11-13', '2026-12-18', true, false],
    ['last day of posting is today: still current', '2026-11-11', TODAY, true, false],
    ['ended yesterday', '2026-10-16', '2026-11-24', false, true],
    ['no end (a statute)', '2026-03-20', null, true, false],
    ['published today', TODAY, '2026-12-01', true, false],
    ['published and ending today', TODAY, TODAY, true, false],
    ['published tomorrow: not out yet, not expired', '2026-11-26', '2026-12-10', false, false],
  ] as const)('%s', (_what, publishedOn, expiresOn, current, expired) => {
    const n = notice('x', publishedOn, expiresOn);
    expect(isCurrent(n, TODAY)).toBe(current);
    expect(isExpired(n, TODAY)).toBe(expired);
  });

  it('keeps the given order and drops expired and future notices', () => {
    const list = [
      notice('neu', '2026-11-24', '2026-12-03'),
      notice('heute-zuletzt', '2026-11-11', TODAY),
      notice('abgelaufen', '2026-11-04', '2026-11-12'),
      notice('satzung', '2025-12-19', null),
      notice('morgen', '2026-11-26', null),
    ];
    expect(currentNotices(list, TODAY).map((n) => n.slug)).toEqual(['neu', 'heute-zuletzt', 'satzung']);
  });
});

describe('todayInBerlin: the build day is the calendar day in Berlin, not on the build machine', () => {
  it.each([
    // Winter (CET, UTC+1): Berlin midnight is 23:00 UTC the day before.
    ['2026-11-25T22:59:59Z', '2026-11-25'],
    ['2026-11-25T23:00:00Z', '2026-11-26'],
    // Summer (CEST, UTC+2): 22:00 UTC.
    ['2026-06-30T21:59:59Z', '2026-06-30'],
    ['2026-06-30T22:00:00Z', '2026-07-01'],
    // New Year's Eve rolls the year over an hour before UTC does.
    ['2025-12-31T23:30:00Z', '2026-01-01'],
  ])('%s → %s', (instant, day) => {
    expect(todayInBerlin(new Date(instant))).toBe(day);
  });

  it('a notice posted until 25 November is current up to Berlin midnight, not UTC midnight', () => {
    const n = notice('zustellung', '2026-11-11', '2026-11-25');
    expect(isCurrent(n, todayInBerlin(new Date('2026-11-25T22:59:59Z')))).toBe(true);
    expect(isCurrent(n, todayInBerlin(new Date('2026-11-25T23:00:00Z')))).toBe(false);
  });
});

describe('expiredSince', () => {
  it.each([
    ['2026-11-16', '2026-11-17'],
    ['2025-12-31', '2026-01-01'],
    ['2028-02-28', '2028-02-29'],
    ['2026-02-28', '2026-03-01'],
    // The day the clocks change still has one successor day, not two or none.
    ['2026-03-28', '2026-03-29'],
    ['2026-10-24', '2026-10-25'],
  ])('%s → %s', (expiresOn, since) => {
    expect(expiredSince(expiresOn)).toBe(since);
  });
});

describe('noticesByYear', () => {
  it('groups published notices by year of publication, newest year and newest notice first, expired ones included', () => {
    const list = [
      notice('b-2026', '2026-05-15', '2026-06-30'),
      notice('silvester', '2025-12-31', '2026-01-15'),
      notice('a-2026', '2026-11-24', '2026-12-03'),
      notice('neujahr', '2026-01-01', null),
      notice('frueh-2025', '2025-11-07', '2025-12-12'),
      notice('gleicher-tag-b', '2026-05-15', null),
      notice('morgen', '2026-11-26', null),
    ];
    const years = noticesByYear(list, TODAY);
    expect([...years.keys()]).toEqual(['2026', '2025']);
    expect(years.get('2026')?.map((n) => n.slug)).toEqual(['a-2026', 'b-2026', 'gleicher-tag-b', 'neujahr']);
    expect(years.get('2025')?.map((n) => n.slug)).toEqual(['silvester', 'frueh-2025']);
  });

  it('has no year for notices that are not out yet', () => {
    expect([...noticesByYear([notice('naechstes-jahr', '2027-01-08', null)], TODAY).keys()]).toEqual([]);
  });
});

describe('Amtsblatt', () => {
  it('groups issues by year of issue, newest first', () => {
    const issues = [issue(10, '2025-10-17'), issue(1, '2026-01-16'), issue(12, '2025-12-19'), issue(11, '2026-11-20'), issue(11, '2025-11-21')];
    const years = amtsblattByYear(issues);
    expect([...years.keys()]).toEqual(['2026', '2025']);
    expect(years.get('2026')?.map(amtsblattNumber)).toEqual(['Nr. 11/2026', 'Nr. 1/2026']);
    expect(years.get('2025')?.map(amtsblattNumber)).toEqual(['Nr. 12/2025', 'Nr. 11/2025', 'Nr. 10/2025']);
  });

  it('orders two issues of one day by number (a special issue comes after the regular one)', () => {
    const years = amtsblattByYear([issue(11, '2026-11-20'), issue(12, '2026-11-20')]);
    expect(years.get('2026')?.map((a) => a.number)).toEqual([12, 11]);
  });

  it('shows an issue from its date on', () => {
    const issues = [issue(11, '2026-11-20'), issue(12, '2026-12-18')];
    expect(issuedBy(issues, TODAY).map((a) => a.slug)).toEqual(['2026-11']);
    expect(issuedBy(issues, '2026-12-18').map((a) => a.slug)).toEqual(['2026-11', '2026-12']);
  });
});
