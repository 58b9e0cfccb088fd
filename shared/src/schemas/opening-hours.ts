import { de } from 'date-fns/locale/de';
import { z } from 'zod';
import { isoDate, nonBlank } from './common.ts';

/*
 * Structured opening hours of an office (Amt, Bürgerservice, Einrichtung) or a place (tourism).
 * One model for both; the rules that turn it into "open now?" live in ../opening-hours.ts and
 * are described in docs/adr/0004-opening-hours.md. All times are wall-clock times in
 * Europe/Berlin: "09:00" means nine in the morning in Aschersleben, in winter and in summer.
 */

/** Monday first, as German calendars and the ISO week do. The CMS enumeration stores these keys. */
export const WEEKDAYS = ['mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** 'mo' → 'Montag', from date-fns' German locale (which counts from Sunday = 0). */
export function weekdayName(weekday: Weekday): string {
  return de.localize.day(((WEEKDAYS.indexOf(weekday) + 1) % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6, { width: 'wide' });
}

const HH_MM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
/** The end of a slot may be midnight, written 24:00 (a place open until the end of the day). */
const HH_MM_END = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** "13:30" → 810. Only for strings the schema accepted. */
export function timeToMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

const slotFields = {
  from: z.string().regex(HH_MM, 'Beginn („von“): Uhrzeit im Format HH:MM zwischen 00:00 und 23:59 erwartet'),
  to: z.string().regex(HH_MM_END, 'Ende („bis“): Uhrzeit im Format HH:MM zwischen 00:00 und 24:00 erwartet'),
  /** Shown with the slot, e.g. „nur mit Termin“. Strapi sends null for an empty field. */
  note: nonBlank('Hinweis').nullable().default(null),
};

type SlotShape = { from: string; to: string };

/** A slot that ends before it begins is an editing mistake (overnight slots are two slots, see ADR). */
function endsAfterStart(slot: SlotShape): boolean {
  return !HH_MM.test(slot.from) || !HH_MM_END.test(slot.to) || timeToMinutes(slot.from) < timeToMinutes(slot.to);
}
const END_AFTER_START = { message: 'Ende („bis“) muss nach dem Beginn („von“) liegen', path: ['to'] };

export const timeSlot = z.strictObject(slotFields).refine(endsAfterStart, END_AFTER_START);
export type TimeSlot = z.infer<typeof timeSlot>;

export const weeklySlot = z.strictObject({ weekday: z.enum(WEEKDAYS), ...slotFields }).refine(endsAfterStart, END_AFTER_START);
export type WeeklySlot = z.infer<typeof weeklySlot>;

const range = (s: SlotShape) => `${s.from}–${s.to} Uhr`;

/**
 * Reports every slot that overlaps an earlier one of the same day, at its "from" field. Touching
 * slots (09:00–12:00 and 12:00–14:00) do not overlap. Slots with malformed times are skipped:
 * they already carry their own issue.
 */
function checkOverlaps(groups: Map<string, { slot: SlotShape; path: (string | number)[] }[]>, ctx: z.RefinementCtx, dayLabel: (key: string) => string): void {
  for (const [key, entries] of groups) {
    const valid = entries.filter(({ slot }) => HH_MM.test(slot.from) && HH_MM_END.test(slot.to));
    for (const [i, current] of valid.entries()) {
      const earlier = valid
        .slice(0, i)
        .find(({ slot }) => timeToMinutes(slot.from) < timeToMinutes(current.slot.to) && timeToMinutes(current.slot.from) < timeToMinutes(slot.to));
      if (earlier) {
        ctx.addIssue({
          code: 'custom',
          path: [...current.path, 'from'],
          message: `Beginn („von“): ${range(current.slot)} überschneidet sich mit ${range(earlier.slot)}${dayLabel(key)}`,
        });
      }
    }
  }
}

/** A real calendar day: the date pattern alone lets 2026-02-30 through. */
const calendarDay = isoDate.refine((value) => {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}, 'Datum: kein gültiges Kalenderdatum');

/** One day with hours other than usual: its own slots, or closed. The reason is shown to citizens. */
export const openingException = z
  .strictObject({
    date: calendarDay,
    /** Explicit, so that an exception saved without slots is not silently read as "closed". */
    closed: z.boolean(),
    slots: z.array(timeSlot),
    reason: nonBlank('Grund'),
  })
  .superRefine((e, ctx) => {
    if (e.closed && e.slots.length > 0) ctx.addIssue({ code: 'custom', path: ['slots'], message: 'Zeiten: ein geschlossener Tag hat keine Öffnungszeiten' });
    if (!e.closed && e.slots.length === 0)
      ctx.addIssue({ code: 'custom', path: ['slots'], message: 'Zeiten: mindestens eine Öffnungszeit angeben oder „geschlossen“ wählen' });
    checkOverlaps(new Map([['', e.slots.map((slot, i) => ({ slot, path: ['slots', i] }))]]), ctx, () => '');
  });
export type OpeningException = z.infer<typeof openingException>;

/** Closed over a range of days, both ends included (Betriebsferien, Umzug). */
export const openingClosure = z
  .strictObject({ from: calendarDay, to: calendarDay, reason: nonBlank('Grund') })
  // ISO dates compare correctly as strings.
  .refine((c) => c.from <= c.to, { message: 'Ende („bis“) darf nicht vor dem Beginn („von“) liegen', path: ['to'] });
export type OpeningClosure = z.infer<typeof openingClosure>;

export const openingHours = z
  .strictObject({
    weekly: z.array(weeklySlot),
    exceptions: z.array(openingException).default([]),
    closures: z.array(openingClosure).default([]),
    /** Offices close on the public holidays of Saxony-Anhalt; a museum may open. */
    closedOnPublicHolidays: z.boolean().default(true),
  })
  .superRefine((h, ctx) => {
    const byDay = new Map<string, { slot: SlotShape; path: (string | number)[] }[]>();
    h.weekly.forEach((slot, i) => byDay.set(slot.weekday, [...(byDay.get(slot.weekday) ?? []), { slot, path: ['weekly', i] }]));
    checkOverlaps(byDay, ctx, (key) => ` am ${weekdayName(key as Weekday)}`);

    const seen = new Map<string, number>();
    h.exceptions.forEach((e, i) => {
      const first = seen.get(e.date);
      if (first === undefined) seen.set(e.date, i);
      else ctx.addIssue({ code: 'custom', path: ['exceptions', i, 'date'], message: `Datum: für ${e.date} gibt es schon eine Ausnahme (Nr. ${first + 1})` });
    });
  });
export type OpeningHours = z.infer<typeof openingHours>;
/** What an editor or the CMS may send: lists and flags with defaults may be left out. */
export type OpeningHoursInput = z.input<typeof openingHours>;
