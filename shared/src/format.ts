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

/** A calendar date (YYYY-MM-DD) or an instant, as the day in Berlin. */
function day(value: string | Date): TZDate {
  return (typeof value === 'string' ? calendarDate(value) : null) ?? instant(value);
}

/** '2026-11-24' → '24. November 2026' */
export function formatDate(value: string | Date): string {
  return format(day(value), 'd. MMMM yyyy', { locale: de });
}

/** '2026-11-24' → '24.11.2026' */
export function formatDateShort(value: string | Date): string {
  return format(day(value), 'dd.MM.yyyy', { locale: de });
}

/** '2026-11-24T13:30:00Z' → '24. November 2026, 14:30 Uhr' (Berlin time, summer time included). */
export function formatDateTime(value: string | Date): string {
  return format(instant(value), "d. MMMM yyyy, HH:mm 'Uhr'", { locale: de });
}

/** The day in Berlin as YYYY-MM-DD, for `<time datetime>` and comparisons. */
export function isoDateInBerlin(value: string | Date): string {
  return format(day(value), 'yyyy-MM-dd');
}

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
