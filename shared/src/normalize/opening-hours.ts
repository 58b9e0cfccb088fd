import { z } from 'zod';
import { missing, optionalText } from './helpers.ts';

/*
 * Opening hours in the CMS: component office.opening-hours with repeatable weekly slots,
 * exceptions and closures. An exception day stores at most two slots flat (from/to, from2/to2):
 * a repeatable inside a repeatable inside a component is a nesting depth the Strapi admin's
 * content-type builder does not offer, and two slots cover a day with a lunch break.
 */
const rawExceptionDay = z.looseObject({
  date: z.unknown(),
  closed: z.unknown(),
  reason: z.unknown(),
  from: z.string().nullish(),
  to: z.string().nullish(),
  from2: z.string().nullish(),
  to2: z.string().nullish(),
});
export const rawOpeningHours = z.looseObject(
  {
    closedOnPublicHolidays: z.unknown(),
    weekly: z.array(z.looseObject({ weekday: z.unknown(), from: z.unknown(), to: z.unknown(), note: z.unknown() })).nullish(),
    exceptions: z.array(rawExceptionDay).nullish(),
    closures: z.array(z.looseObject({ from: z.unknown(), to: z.unknown(), reason: z.unknown() })).nullish(),
  },
  { error: missing('Komponente') },
);

/** The flat exception day → contract slots: a half-filled pair stays, so the contract names its field. */
function exceptionSlots(x: z.infer<typeof rawExceptionDay>): Record<string, unknown>[] {
  const pairs: [string | null | undefined, string | null | undefined][] = [
    [x.from, x.to],
    [x.from2, x.to2],
  ];
  return pairs
    .filter(([from, to]) => optionalText(from) !== null || optionalText(to) !== null)
    .map(([from, to]) => ({ from: from ?? '', to: to ?? '', note: null }));
}

/** The CMS's opening-hours component → contract shape; offices and places share it (ADR 0004). */
export function openingHoursOf(h: z.infer<typeof rawOpeningHours>): Record<string, unknown> {
  return {
    // null in the CMS (never set) means the default: closed on public holidays.
    closedOnPublicHolidays: h.closedOnPublicHolidays ?? true,
    weekly: (h.weekly ?? []).map((w) => ({ weekday: w.weekday, from: w.from, to: w.to, note: optionalText(w.note) })),
    exceptions: (h.exceptions ?? []).map((x) => ({ date: x.date, closed: x.closed, reason: x.reason, slots: exceptionSlots(x) })),
    closures: (h.closures ?? []).map((c) => ({ from: c.from, to: c.to, reason: c.reason })),
  };
}
