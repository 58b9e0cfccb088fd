import { TZDate } from '@date-fns/tz';
import { EVENT_CATEGORIES, isoDateInZone, type Event, type EventCategory } from '@stadtportal/shared';
import { addDays, format } from 'date-fns';

/*
 * What the event pages show, as pure functions of the events and "now". Now is the build time:
 * the site is static, so "upcoming" means "not over when the site was built" (every build
 * re-sorts; the nightly build moves yesterday's events to the archive). Tests pass a fixed now.
 */

/**
 * The build's "now", read once per build so every page agrees on what is past (an event ending
 * while the build runs must not be in the list and in the archive). BUILD_TIME (ISO 8601 with
 * offset) fixes it for tests and reproducible builds; otherwise the real clock.
 */
let buildNow: Date | undefined;
export function buildTime(): Date {
  buildNow ??= parseBuildTime(process.env);
  return buildNow;
}

/** BUILD_TIME from the environment, or the real clock when it is not set. */
export function parseBuildTime(env: NodeJS.ProcessEnv, clock: () => Date = () => new Date()): Date {
  const fixed = env['BUILD_TIME'];
  if (fixed === undefined || fixed === '') return clock();
  const ms = /(?:Z|[+-]\d{2}:\d{2})$/.test(fixed) ? Date.parse(fixed) : Number.NaN;
  if (Number.isNaN(ms)) throw new Error(`BUILD_TIME „${fixed}“ ist kein Zeitpunkt im Format ISO 8601 mit Zeitzone (z. B. 2026-11-25T12:00:00+01:00)`);
  return new Date(ms);
}

/** Folders of the event section itself: an event with one of these slugs would hide a list page. */
export const EVENT_RESERVED_SLUGS: ReadonlySet<string> = new Set(['monat', 'kategorie', 'veranstalter', 'archiv']);

/** The first and the last calendar day (YYYY-MM-DD) of the event, in its time zone. */
export function eventDays(e: Event): { first: string; last: string } {
  return { first: isoDateInZone(e.start, e.timeZone), last: isoDateInZone(e.end, e.timeZone) };
}

/**
 * The moment the event is over: its end, or for an all-day event the midnight after its last
 * day (in its zone) — a market "until 22 December" is on all of that day.
 */
export function endOf(e: Event): number {
  if (!e.allDay) return Date.parse(e.end);
  const [y, m, d] = eventDays(e).last.split('-').map(Number) as [number, number, number];
  return addDays(new TZDate(y, m - 1, d, e.timeZone), 1).getTime();
}

/** Not over at `now` (ongoing events count: a running exhibition is still worth a visit). */
export const isUpcoming = (e: Event, now: Date): boolean => endOf(e) > now.getTime();

/** Upcoming events in the given (start) order. */
export const upcoming = (events: readonly Event[], now: Date): Event[] => events.filter((e) => isUpcoming(e, now));

/** Past events, the most recent first. */
export function past(events: readonly Event[], now: Date): Event[] {
  return events.filter((e) => !isUpcoming(e, now)).sort((a, b) => Date.parse(b.start) - Date.parse(a.start) || a.slug.localeCompare(b.slug));
}

/** 'YYYY-MM' of an instant in a zone. */
const monthIn = (instant: string | Date, timeZone: string): string => isoDateInZone(instant, timeZone).slice(0, 7);

/** Every month (YYYY-MM) the event touches, from its first to its last day. */
export function monthsOf(e: Event): string[] {
  const { first, last } = eventDays(e);
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const end = last.slice(0, 7);
  for (let key = first.slice(0, 7); key <= end; key = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(key);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

export interface MonthGroup {
  /** YYYY-MM */
  month: string;
  events: Event[];
}

/**
 * Upcoming events under month headings. An event that has already begun (a running market) is
 * listed under the current month, not under the month it began: the list starts today.
 */
export function groupByMonth(events: readonly Event[], now: Date): MonthGroup[] {
  const groups = new Map<string, Event[]>();
  for (const e of events) {
    const current = monthIn(now, e.timeZone);
    const started = monthIn(e.start, e.timeZone);
    const key = started < current ? current : started;
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([month, list]) => ({ month, events: list }));
}

/** Upcoming events on at least one day of `month` (YYYY-MM), in start order. */
export const inMonth = (events: readonly Event[], month: string): Event[] => events.filter((e) => monthsOf(e).includes(month));

/** Months (YYYY-MM, ascending) in which the upcoming events take place, from the current month on. */
export function monthsWithEvents(events: readonly Event[], now: Date): string[] {
  const months = new Set<string>();
  for (const e of events) {
    const current = monthIn(now, e.timeZone);
    for (const m of monthsOf(e)) if (m >= current) months.add(m);
  }
  return [...months].sort();
}

/** Categories with events, in the order of EVENT_CATEGORIES (the editors' list). */
export function categoriesWithEvents(events: readonly Event[]): EventCategory[] {
  const used = new Set(events.map((e) => e.category));
  return (Object.keys(EVENT_CATEGORIES) as EventCategory[]).filter((c) => used.has(c));
}

/** documentIds of the organisations that organise any of `events`. */
export const organisersOf = (events: readonly Event[]): Set<string> => new Set(events.map((e) => e.organisation));

export interface YearGroup {
  year: string;
  events: Event[];
}

/** Past events by year of their start, newest year first (input: newest first, as `past` gives). */
export function groupByYear(events: readonly Event[]): YearGroup[] {
  const groups = new Map<string, Event[]>();
  for (const e of events) {
    const year = format(new TZDate(Date.parse(e.start), e.timeZone), 'yyyy');
    const list = groups.get(year);
    if (list) list.push(e);
    else groups.set(year, [e]);
  }
  return [...groups].sort(([a], [b]) => b.localeCompare(a)).map(([year, list]) => ({ year, events: list }));
}

/**
 * How far back a subscribed calendar reaches: a calendar app keeps what it has already shown,
 * and the feed stays small however many years of events an organisation accumulates.
 */
export const FEED_PAST_DAYS = 180;

/** The events of an organisation's calendar feed: upcoming ones and those of the last FEED_PAST_DAYS days. */
export function feedEvents(events: readonly Event[], now: Date): Event[] {
  const since = now.getTime() - FEED_PAST_DAYS * 24 * 60 * 60 * 1000;
  return events.filter((e) => endOf(e) > since);
}

/** „Eintritt frei“, „frei“, „kostenlos“, „0 €“ at the start of the price text: free of charge. */
export function isFree(price: string | null): boolean {
  if (price === null) return false;
  return /^\s*(?:(?:eintritt\s+frei|frei|kostenlos|kostenfrei)\b|0(?:,00)?\s*€)/i.test(price);
}
