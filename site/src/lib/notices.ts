import { isoDateInBerlin, type AmtsblattIssue, type PublicNotice } from '@stadtportal/shared';
import { buildTime } from './events.ts';

/*
 * Which notices are posted, which have expired, and the archives by year. Pure functions of a
 * `today` (YYYY-MM-DD, the calendar day in Berlin) so tests can fix the date; the pages pass the
 * day of the build. All dates are calendar days, compared as strings (ISO dates sort correctly).
 */

type Dated = Pick<PublicNotice, 'publishedOn' | 'expiresOn'>;

/**
 * The day in Europe/Berlin at `now`, whatever time zone the machine runs in. By default the
 * build's one instant (`buildTime()`: BUILD_TIME or the clock, read once), so events and notices
 * agree on „now“ and a build that runs over midnight does not mix two days.
 */
export function todayInBerlin(now: Date = buildTime()): string {
  return isoDateInBerlin(now);
}

/** Published on or before `today`: notices dated later are not out yet and not shown anywhere. */
export const isPublished = (n: Dated, today: string): boolean => n.publishedOn <= today;

/** Posted today: published, and `expiresOn` not before today (the last day still counts). */
export const isCurrent = (n: Dated, today: string): boolean => isPublished(n, today) && (n.expiresOn === null || n.expiresOn >= today);

/** Taken down: the last day of posting was before `today`. */
export const isExpired = (n: Dated, today: string): boolean => n.expiresOn !== null && n.expiresOn < today;

/** The notices posted today, in the given order. */
export function currentNotices<N extends Dated>(notices: readonly N[], today: string): N[] {
  return notices.filter((n) => isCurrent(n, today));
}

const yearOf = (isoDate: string): string => isoDate.slice(0, 4);

/** Groups by year, newest year first; inside a year the input order is kept. */
function byYear<T>(items: readonly T[], dateOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const year = yearOf(dateOf(item));
    const list = groups.get(year);
    if (list) list.push(item);
    else groups.set(year, [item]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0)));
}

/** Published notices (current and expired) by year of publication, newest first in each year. */
export function noticesByYear(notices: readonly PublicNotice[], today: string): Map<string, PublicNotice[]> {
  return byYear(sortNewestFirst(notices.filter((n) => isPublished(n, today))), (n) => n.publishedOn);
}

/** Newest publication first; same day: by slug, so builds are stable. */
export function sortNewestFirst(notices: readonly PublicNotice[]): PublicNotice[] {
  return [...notices].sort((a, b) => (a.publishedOn === b.publishedOn ? a.slug.localeCompare(b.slug) : a.publishedOn < b.publishedOn ? 1 : -1));
}

/** Amtsblatt issues by year of issue, newest year first; in a year newest (highest number) first. */
export function amtsblattByYear(issues: readonly AmtsblattIssue[]): Map<string, AmtsblattIssue[]> {
  const sorted = [...issues].sort((a, b) => (a.date === b.date ? b.number - a.number : a.date < b.date ? 1 : -1));
  return byYear(sorted, (a) => a.date);
}

/** „Nr. 11/2026“ — how an issue is cited. */
export const amtsblattNumber = (issue: Pick<AmtsblattIssue, 'number' | 'date'>): string => `Nr. ${issue.number}/${yearOf(issue.date)}`;

/**
 * The first day a notice is no longer current: the day after `expiresOn` (the last day of
 * posting still counts). Calendar arithmetic in UTC, where every day has 24 hours.
 */
export function expiredSince(expiresOn: string): string {
  const [y, m, d] = expiresOn.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Issues that have appeared by `today` (an issue dated later is not out yet). */
export const issuedBy = (issues: readonly AmtsblattIssue[], today: string): AmtsblattIssue[] => issues.filter((a) => a.date <= today);
