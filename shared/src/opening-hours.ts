import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { getHolidays } from 'feiertagejs';
import { formatDate, TIME_ZONE } from './format.ts';
import type { StatusTimeline } from './opening-hours-timeline.ts';
import { timeToMinutes, WEEKDAYS, weekdayName, type OpeningHours, type TimeSlot, type Weekday } from './schemas/opening-hours.ts';

// The browser half (reading a timeline) lives apart so that it bundles without dependencies.
export * from './opening-hours-timeline.ts';

/*
 * "Is it open?" for structured opening hours — one implementation for offices and places, for
 * the site and for later outputs (feeds, open data). Pure functions: the caller passes the
 * instant. Everything is decided on the wall clock in Europe/Berlin, whatever zone the machine
 * runs in, so a slot 08:00–12:00 means 08:00 local time on both sides of a DST switch.
 * Precedence for a day: closure > exception day > public holiday > weekly slots (ADR 0004).
 */

/** Saxony-Anhalt in feiertagejs: includes Heilige Drei Könige and Reformationstag, not Fronleichnam. */
const HOLIDAY_REGION = 'ST';

/** How far ahead the status looks for the next opening. */
export const NEXT_OPENING_HORIZON_DAYS = 60;

// ——— calendar days: a YYYY-MM-DD is a day in Berlin by definition, so plain UTC arithmetic is exact

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcDay(iso: string): Date {
  const m = ISO_DATE.exec(iso);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : new Date(Number.NaN);
  if (!m || date.toISOString().slice(0, 10) !== iso) throw new RangeError(`Kein gültiges Datum (JJJJ-MM-TT erwartet): „${iso}“`);
  return date;
}

/** '2026-12-31' + 1 → '2027-01-01' */
function addDays(iso: string, days: number): string {
  const date = utcDay(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function weekdayOf(iso: string): Weekday {
  // getUTCDay counts from Sunday = 0; WEEKDAYS starts on Monday.
  return WEEKDAYS[(utcDay(iso).getUTCDay() + 6) % 7] as Weekday;
}

/** The instant as the wall clock in Aschersleben shows it. */
function inBerlin(at: Date): { date: string; minutes: number } {
  if (Number.isNaN(at.getTime())) throw new RangeError('Ungültiger Zeitpunkt');
  const local = new TZDate(at.getTime(), TIME_ZONE);
  return { date: format(local, 'yyyy-MM-dd'), minutes: local.getHours() * 60 + local.getMinutes() };
}

/** The instant at which the wall clock in Berlin shows `minutes` on `iso` (24:00 = next midnight). */
function berlinInstant(iso: string, minutes: number): number {
  const d = utcDay(iso);
  return new TZDate(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), Math.floor(minutes / 60), minutes % 60, TIME_ZONE).getTime();
}

// ——— public holidays of Saxony-Anhalt

const holidaysByYear = new Map<number, ReadonlyMap<string, string>>();

/** The German name of the statutory public holiday in Saxony-Anhalt on that day, or null. */
export function publicHoliday(iso: string): string | null {
  const year = utcDay(iso).getUTCFullYear();
  let holidays = holidaysByYear.get(year);
  if (!holidays) {
    // translate('de') explicitly: the library's default language is global, mutable state.
    holidays = new Map(getHolidays(year, HOLIDAY_REGION).map((h) => [h.dateString, h.translate('de') ?? h.name]));
    holidaysByYear.set(year, holidays);
  }
  return holidays.get(iso) ?? null;
}

// ——— the slots of a day

interface DayBase {
  date: string;
  weekday: Weekday;
  /** Sorted by start; empty = closed. */
  slots: readonly TimeSlot[];
  /** The public holiday that day, even where it does not close (a museum open on holidays). */
  publicHoliday: string | null;
}

/** A day as it applies, with the rule that decided it and the reason shown to citizens. */
export type DaySchedule = DayBase &
  (
    | { source: 'weekly'; reason: null }
    /** reason: the holiday's name or the exception's reason. */
    | { source: 'public-holiday' | 'exception'; reason: string }
    /** until: the last day of the closure. */
    | { source: 'closure'; reason: string; until: string }
  );

const byStart = (a: TimeSlot, b: TimeSlot) => timeToMinutes(a.from) - timeToMinutes(b.from);

/** The slots that apply on a calendar day (YYYY-MM-DD): closure > exception > public holiday > weekly. */
export function effectiveSlots(hours: OpeningHours, isoDate: string): DaySchedule {
  const weekday = weekdayOf(isoDate);
  const holiday = publicHoliday(isoDate);
  const day = { date: isoDate, weekday, publicHoliday: holiday };

  const closure = hours.closures.find((c) => c.from <= isoDate && isoDate <= c.to);
  if (closure) return { ...day, slots: [], source: 'closure', reason: closure.reason, until: closure.to };

  const exception = hours.exceptions.find((e) => e.date === isoDate);
  if (exception) return { ...day, slots: exception.closed ? [] : [...exception.slots].sort(byStart), source: 'exception', reason: exception.reason };

  if (holiday !== null && hours.closedOnPublicHolidays) return { ...day, slots: [], source: 'public-holiday', reason: holiday };

  const slots = hours.weekly.filter((s) => s.weekday === weekday).map(({ from, to, note }) => ({ from, to, note }));
  return { ...day, slots: slots.sort(byStart), source: 'weekly', reason: null };
}

/** Seven days from `weekStartIsoDate` (any day; pass a Monday for a calendar week), each as it applies. */
export function weekTable(hours: OpeningHours, weekStartIsoDate: string): DaySchedule[] {
  return Array.from({ length: 7 }, (_, i) => effectiveSlots(hours, addDays(weekStartIsoDate, i)));
}

/** The regular week, Monday to Sunday, without exceptions: what a printed sign on the door shows. */
export function regularWeek(hours: OpeningHours): { weekday: Weekday; name: string; slots: TimeSlot[] }[] {
  return WEEKDAYS.map((weekday) => ({
    weekday,
    name: weekdayName(weekday),
    slots: hours.weekly
      .filter((s) => s.weekday === weekday)
      .map(({ from, to, note }) => ({ from, to, note }))
      .sort(byStart),
  }));
}

// ——— the status at an instant

export type ClosedReason =
  { kind: 'public-holiday'; name: string } | { kind: 'exception'; reason: string } | { kind: 'closure'; reason: string; until: string } | { kind: 'no-hours' };

export interface NextOpening {
  date: string;
  weekday: Weekday;
  from: string;
  note: string | null;
}

export type OpeningStatus =
  /** Open now until `until` (touching slots merged); `later` are today's slots after that. */
  | { kind: 'open'; date: string; until: string; note: string | null; reason: string | null; later: TimeSlot[] }
  /** Closed now, but a slot starts later today. */
  | { kind: 'opens-later'; date: string; from: string; note: string | null; reason: string | null }
  /** Today's slots are over. */
  | { kind: 'closed-for-today'; date: string; next: NextOpening | null }
  /** No slots at all today, and why. */
  | { kind: 'closed-today'; date: string; reason: ClosedReason; next: NextOpening | null };

function nextOpening(hours: OpeningHours, afterIsoDate: string): NextOpening | null {
  for (let i = 1; i <= NEXT_OPENING_HORIZON_DAYS; i++) {
    const day = effectiveSlots(hours, addDays(afterIsoDate, i));
    const first = day.slots[0];
    if (first) return { date: day.date, weekday: day.weekday, from: first.from, note: first.note };
  }
  return null;
}

function closedReason(day: DaySchedule): ClosedReason {
  switch (day.source) {
    case 'closure':
      return { kind: 'closure', reason: day.reason, until: day.until };
    case 'exception':
      return { kind: 'exception', reason: day.reason };
    case 'public-holiday':
      return { kind: 'public-holiday', name: day.reason };
    case 'weekly':
      return { kind: 'no-hours' };
  }
}

/** Open or closed at `at`, decided on the wall clock in Berlin. */
export function openingStatus(hours: OpeningHours, at: Date): OpeningStatus {
  const now = inBerlin(at);
  const day = effectiveSlots(hours, now.date);
  if (day.slots.length === 0) return { kind: 'closed-today', date: day.date, reason: closedReason(day), next: nextOpening(hours, day.date) };

  // Exception reasons are worth repeating while open ("Heiligabend"); the weekly rule needs none.
  const reason = day.source === 'exception' ? day.reason : null;
  const current = day.slots.findIndex((s) => timeToMinutes(s.from) <= now.minutes && now.minutes < timeToMinutes(s.to));
  if (current >= 0) {
    const slot = day.slots[current] as TimeSlot;
    // 09:00–12:00 followed by 12:00–14:00 is one stretch: "open until 14:00".
    let end = current;
    while (day.slots[end + 1]?.from === day.slots[end]?.to) end++;
    const until = (day.slots[end] as TimeSlot).to;
    return { kind: 'open', date: day.date, until, note: slot.note, reason, later: day.slots.slice(end + 1) };
  }
  const upcoming = day.slots.find((s) => now.minutes < timeToMinutes(s.from));
  if (upcoming) return { kind: 'opens-later', date: day.date, from: upcoming.from, note: upcoming.note, reason };
  return { kind: 'closed-for-today', date: day.date, next: nextOpening(hours, day.date) };
}

// ——— German text

/** '2026-11-02' → 'Montag, 2. November 2026' */
export function formatDayLong(isoDate: string): string {
  return `${weekdayName(weekdayOf(isoDate))}, ${formatDate(isoDate)}`;
}

const list = new Intl.ListFormat('de', { type: 'conjunction' });
const parenthesised = (parts: (string | null)[]) => {
  const shown = parts.filter((p): p is string => p !== null);
  return shown.length > 0 ? ` (${shown.join(', ')})` : '';
};

/** '09:00–12:00 Uhr', with the note: '09:00–12:00 Uhr (nur mit Termin)' */
export function formatSlot(slot: TimeSlot): string {
  return `${slot.from}–${slot.to} Uhr${parenthesised([slot.note])}`;
}

/** '09:00–12:00 Uhr und 13:00–18:00 Uhr' */
export function formatSlots(slots: readonly TimeSlot[]): string {
  return list.format(slots.map(formatSlot));
}

function formatNext(next: NextOpening | null): string {
  if (!next) return ` – in den nächsten ${NEXT_OPENING_HORIZON_DAYS} Tagen nicht geöffnet`;
  return ` – wieder geöffnet am ${formatDayLong(next.date)}, ab ${next.from} Uhr${parenthesised([next.note])}`;
}

function formatReason(reason: ClosedReason): string {
  switch (reason.kind) {
    case 'public-holiday':
      return parenthesised([reason.name]);
    case 'exception':
    case 'closure':
      return parenthesised([reason.reason]);
    case 'no-hours':
      return '';
  }
}

/**
 * One German sentence for the status, e.g. „Heute geöffnet bis 18:00 Uhr“, „Jetzt geschlossen –
 * öffnet heute um 13:00 Uhr“, „Heute geschlossen (Reformationstag) – wieder geöffnet am Montag,
 * 2. November 2026, ab 09:00 Uhr“. Absolute dates, not "morgen": the text may be read later.
 */
export function formatOpeningStatus(status: OpeningStatus): string {
  switch (status.kind) {
    case 'open': {
      const later = status.later.map((s) => `von ${s.from} bis ${s.to} Uhr${parenthesised([s.note])}`);
      return `Heute geöffnet bis ${status.until} Uhr${parenthesised([status.reason, status.note])}${later.length > 0 ? `, wieder ${list.format(later)}` : ''}`;
    }
    case 'opens-later':
      return `Jetzt geschlossen – öffnet heute um ${status.from} Uhr${parenthesised([status.reason, status.note])}`;
    case 'closed-for-today':
      return `Jetzt geschlossen${formatNext(status.next)}`;
    case 'closed-today':
      return `Heute geschlossen${formatReason(status.reason)}${formatNext(status.next)}`;
  }
}

// ——— upcoming deviations from the regular week

export type OpeningDeviation =
  | { kind: 'closure'; from: string; to: string; reason: string }
  /** Empty slots: closed that day. */
  | { kind: 'exception'; date: string; slots: readonly TimeSlot[]; reason: string }
  | { kind: 'public-holiday'; date: string; name: string };

/**
 * What differs from the regular week in the `days` days from `at` on: closures (whole range, also
 * when already running), exception days that take effect, and public holidays that close a day
 * which would otherwise be open (a holiday on a closed Sunday changes nothing and is left out).
 */
export function upcomingDeviations(hours: OpeningHours, at: Date, days: number = NEXT_OPENING_HORIZON_DAYS): OpeningDeviation[] {
  const first = inBerlin(at).date;
  const last = addDays(first, days - 1);
  const found: { start: string; deviation: OpeningDeviation }[] = hours.closures
    .filter((c) => c.from <= last && first <= c.to)
    .map((c) => ({ start: c.from, deviation: { kind: 'closure', from: c.from, to: c.to, reason: c.reason } }));
  const regular = regularWeek(hours);
  for (let i = 0; i < days; i++) {
    const day = effectiveSlots(hours, addDays(first, i));
    if (day.source === 'exception') {
      found.push({ start: day.date, deviation: { kind: 'exception', date: day.date, slots: day.slots, reason: day.reason } });
    } else if (day.source === 'public-holiday' && regular.some((r) => r.weekday === day.weekday && r.slots.length > 0)) {
      found.push({ start: day.date, deviation: { kind: 'public-holiday', date: day.date, name: day.reason } });
    }
  }
  return found.sort((a, b) => a.start.localeCompare(b.start)).map((f) => f.deviation);
}

// ——— the status over time, for a static page

/**
 * The status text for every stretch of time in the `days` days from `from` on. The status only
 * changes at midnight and at slot boundaries, so evaluating openingStatus at those instants
 * yields the exact text for any later moment: a page built once can show the current status
 * with a few lines of script, without shipping this logic or the holiday library.
 */
export function openingStatusTimeline(hours: OpeningHours, from: Date, days = 14): StatusTimeline {
  const start = from.getTime();
  const today = inBerlin(from).date;
  const until = berlinInstant(addDays(today, days), 0);
  const boundaries = new Set<number>([start]);
  for (let i = 0; i < days; i++) {
    const date = addDays(today, i);
    boundaries.add(berlinInstant(date, 0));
    for (const slot of effectiveSlots(hours, date).slots) {
      boundaries.add(berlinInstant(date, timeToMinutes(slot.from)));
      boundaries.add(berlinInstant(date, timeToMinutes(slot.to)));
    }
  }
  const steps: [number, string][] = [];
  for (const t of [...boundaries].filter((b) => b >= start && b < until).sort((a, b) => a - b)) {
    const text = formatOpeningStatus(openingStatus(hours, new Date(t)));
    if (steps.at(-1)?.[1] !== text) steps.push([t, text]);
  }
  return { steps, until };
}
