/*
 * Calendar dates of the review rule (docs/adr/0022-review-dates-and-owners.md), pure. A review
 * date („Prüfen bis“) is a calendar day in Europe/Berlin stored as `YYYY-MM-DD` (Strapi's `date`
 * type): no time, no zone — so „today“ must be taken in Berlin, not in UTC, or a publish between
 * midnight and 01:00/02:00 local time would count as the day before.
 */

/** An ISO calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today (or the day of `now`) in Europe/Berlin. */
export function berlinDay(now: Date = new Date()): IsoDay {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Is this a real calendar day (2027-02-29 is not)? */
export function isIsoDay(value: unknown): value is IsoDay {
  if (typeof value !== 'string') return false;
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

function parse(day: IsoDay): { y: number; m: number; d: number } {
  if (!isIsoDay(day)) throw new Error(`Kein gültiges Datum (JJJJ-MM-TT): „${day}“`);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/**
 * One year later, same day and month. 29 February has no such day in a common year: then the
 * 28th — the review comes a day early rather than a day late.
 */
export function oneYearAfter(day: IsoDay): IsoDay {
  const { y, m, d } = parse(day);
  const date = new Date(Date.UTC(y + 1, m - 1, d));
  // Date.UTC rolls 29 Feb over into 1 Mar: step back to the last day of February.
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/** `n` calendar days later (negative: earlier). */
export function addDays(day: IsoDay, n: number): IsoDay {
  const { y, m, d } = parse(day);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** 07.12.2027, as people here read a date. */
export function germanDay(day: IsoDay): string {
  const { y, m, d } = parse(day);
  return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
}

/** The stored value as a day: SQLite and PostgreSQL may hand a `date` back as string or Date. */
export function toIsoDay(value: unknown): IsoDay | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'string') {
    const day = value.slice(0, 10);
    return isIsoDay(day) ? day : null;
  }
  return null;
}

export type DueState = 'ueberfaellig' | 'bald' | 'spaeter';

/** Overdue: the day has passed (due today is not overdue yet). Soon: due within `soonDays` days. */
export function dueState(due: IsoDay, today: IsoDay, soonDays: number): DueState {
  if (due < today) return 'ueberfaellig';
  if (due <= addDays(today, soonDays)) return 'bald';
  return 'spaeter';
}
