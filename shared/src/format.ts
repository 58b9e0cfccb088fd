import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { de } from 'date-fns/locale/de';

/*
 * German formatting for the site. Dates are shown as the town lives them: in Europe/Berlin,
 * whatever time zone the build machine runs in (CI servers run in UTC).
 */

export const TIME_ZONE = 'Europe/Berlin';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An instant must say which one it is: with Z or an offset, never "local time of the build machine". */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A calendar date as the CMS stores it (YYYY-MM-DD), as that day in Berlin. */
function calendarDate(value: string): TZDate | null {
  const m = DATE_ONLY.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new TZDate(y, mo - 1, d, TIME_ZONE);
  // Date rolls 2026-02-30 over to 2. März; a wrong date in content must not slip through.
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) {
    throw new RangeError(`Kein gültiges Datum: „${value}“`);
  }
  return date;
}

function instant(value: string | Date): TZDate {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('Ungültiges Datum');
    return new TZDate(value.getTime(), TIME_ZONE);
  }
  const ms = DATE_TIME.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`Kein gültiger Zeitpunkt (ISO 8601 mit Zeitzone erwartet): „${value}“`);
  return new TZDate(ms, TIME_ZONE);
}

/**
 * Remembers results per input: a 10 000-page build formats the same dates again and again (each
 * event on its page, in month lists, filters and feeds), and date-fns with a time zone costs
 * ~20 µs a call. Only pure functions of their arguments; bounded, because the draft preview
 * server runs for days.
 */
function memo<A extends unknown[]>(fn: (value: string | Date, ...rest: A) => string): (value: string | Date, ...rest: A) => string {
  const cache = new Map<string, string>();
  return (value, ...rest) => {
    // An invalid Date has no time: let fn throw its error rather than caching "NaN".
    const key = `${value instanceof Date ? value.getTime() : `s${value}`}|${rest.join('|')}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const result = fn(value, ...rest);
    if (cache.size >= 50_000) cache.clear();
    cache.set(key, result);
    return result;
  };
}

/** A calendar date (YYYY-MM-DD) or an instant, as the day in Berlin. */
function day(value: string | Date): TZDate {
  return (typeof value === 'string' ? calendarDate(value) : null) ?? instant(value);
}

/** '2026-11-24' → '24. November 2026' */
export const formatDate = memo((value: string | Date): string => {
  return format(day(value), 'd. MMMM yyyy', { locale: de });
});

/** '2026-11-24' → '24.11.2026' */
export const formatDateShort = memo((value: string | Date): string => {
  return format(day(value), 'dd.MM.yyyy', { locale: de });
});

/** '2026-11-24T13:30:00Z' → '24. November 2026, 14:30 Uhr' (Berlin time, summer time included). */
export const formatDateTime = memo((value: string | Date): string => {
  return format(instant(value), "d. MMMM yyyy, HH:mm 'Uhr'", { locale: de });
});

/** The day in Berlin as YYYY-MM-DD, for `<time datetime>` and comparisons. */
export const isoDateInBerlin = memo((value: string | Date): string => {
  return format(day(value), 'yyyy-MM-dd');
});

const numberFormat = new Intl.NumberFormat('de-DE');

/** 26700 → '26.700', 156.2 → '156,2' */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  if (!Number.isFinite(value)) throw new RangeError(`Keine endliche Zahl: ${value}`);
  return (options ? new Intl.NumberFormat('de-DE', options) : numberFormat).format(value);
}

const SIZE_UNITS = ['Byte', 'kB', 'MB', 'GB', 'TB'] as const;

/** 1_200_000 → '1,2 MB'. Decimal units (1 kB = 1000 Byte), as the unit names say. */
export function formatFileSize(bytes: number): string {
  if (!Number.isInteger(bytes) || bytes < 0) throw new RangeError(`Dateigröße muss eine ganze Zahl ≥ 0 sein, nicht ${bytes}`);
  let unit = 0;
  let value = bytes;
  while (unit < SIZE_UNITS.length - 1 && Math.round(value * 10) / 10 >= 1000) {
    value /= 1000;
    unit++;
  }
  return `${formatNumber(value, { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${SIZE_UNITS[unit]}`;
}

/**
 * A video's length as a clock: 8 → '0:08', 754 → '12:34', 3725 → '1:02:05' (the unit, „Min.“
 * or „Std.“, is the caller's: formatDurationUnit).
 */
export function formatDuration(seconds: number): string {
  if (!Number.isInteger(seconds) || seconds < 0) throw new RangeError(`Dauer muss eine ganze Zahl von Sekunden ≥ 0 sein, nicht ${seconds}`);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor(seconds / 60) % 60;
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Whether formatDuration shows hours (then „Std.“) or minutes (then „Min.“). */
export const durationInHours = (seconds: number): boolean => seconds >= 3600;

// ── Events: when an event takes place, in its own time zone ──

/** What formatEventDate needs of an event (the contract's Event has these fields). */
export interface EventTimeSpan {
  /** instants (ISO 8601 with Z or offset) */
  start: string;
  end: string;
  /** all-day: only the calendar days from start to end count, in `timeZone` */
  allDay: boolean;
  /** IANA name; the wall clock the event is meant on */
  timeZone: string;
}

function inZone(value: string, timeZone: string): TZDate {
  return new TZDate(instant(value).getTime(), timeZone);
}

const sameDay = (a: TZDate, b: TZDate) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/**
 * When an event takes place, in German, on the wall clock of its time zone:
 * - „Sa., 5. Dezember 2026, 19:30–21:30 Uhr“ (one day), „…, 19:30 Uhr“ (no duration)
 * - „Sa., 24. Oktober 2026, 20:00 Uhr – So., 25. Oktober 2026, 02:30 Uhr“ (across midnight)
 * - „Sa., 5. Dezember 2026, ganztägig“ (all-day, one day)
 * - „5.–7. Dezember 2026“, „27. November – 22. Dezember 2026“,
 *   „28. Dezember 2026 – 2. Januar 2027“ (all-day, several days)
 */
export function formatEventDate(span: EventTimeSpan): string {
  const start = inZone(span.start, span.timeZone);
  const end = inZone(span.end, span.timeZone);
  if (end.getTime() < start.getTime()) throw new RangeError(`Ende (${span.end}) liegt vor dem Beginn (${span.start})`);
  const weekdayDate = (d: TZDate) => format(d, 'EEEEEE., d. MMMM yyyy', { locale: de });
  const time = (d: TZDate) => format(d, 'HH:mm');
  if (span.allDay) {
    if (sameDay(start, end)) return `${weekdayDate(start)}, ganztägig`;
    if (start.getFullYear() !== end.getFullYear()) {
      return `${format(start, 'd. MMMM yyyy', { locale: de })} – ${format(end, 'd. MMMM yyyy', { locale: de })}`;
    }
    if (start.getMonth() !== end.getMonth()) {
      return `${format(start, 'd. MMMM', { locale: de })} – ${format(end, 'd. MMMM yyyy', { locale: de })}`;
    }
    return `${format(start, 'd.')}–${format(end, 'd. MMMM yyyy', { locale: de })}`;
  }
  if (!sameDay(start, end)) return `${weekdayDate(start)}, ${time(start)} Uhr – ${weekdayDate(end)}, ${time(end)} Uhr`;
  if (start.getTime() === end.getTime()) return `${weekdayDate(start)}, ${time(start)} Uhr`;
  return `${weekdayDate(start)}, ${time(start)}–${time(end)} Uhr`;
}

/** '2026-12-05T18:30:00Z' in Europe/Berlin → '2026-12-05T19:30:00+01:00' (schema.org, `<time datetime>`). */
export const isoDateTimeInZone = memo((value: string | Date, timeZone: string = TIME_ZONE): string => {
  return format(new TZDate(instant(value).getTime(), timeZone), "yyyy-MM-dd'T'HH:mm:ssxxx");
});

/** The calendar day of an instant in a time zone, as YYYY-MM-DD. */
export const isoDateInZone = memo((value: string | Date, timeZone: string = TIME_ZONE): string => {
  return format(new TZDate(instant(value).getTime(), timeZone), 'yyyy-MM-dd');
});

/** '2026-12' → 'Dezember 2026' */
export function formatMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const date = m ? calendarDate(`${m[1]}-${m[2]}-01`) : null;
  if (!date) throw new RangeError(`Kein Monat (JJJJ-MM): „${month}“`);
  return format(date, 'MMMM yyyy', { locale: de });
}
