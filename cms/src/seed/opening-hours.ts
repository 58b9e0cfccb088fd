import type { SeedOffice } from './types';
import type { SeedData } from './upsert';

/**
 * Opening hours as the CMS stores them (component opening-hours): offices and places share it.
 * An exception day has up to two slots, stored flat (see office.opening-exception).
 */
export function openingHoursData(h: SeedOffice['openingHours'], where: string): SeedData {
  return {
    closedOnPublicHolidays: h.closedOnPublicHolidays,
    weekly: h.weekly.map((w) => ({ weekday: w.weekday, from: w.from, to: w.to, note: w.note ?? null })),
    exceptions: h.exceptions.map((e) => {
      if (e.slots.length > 2) throw new Error(`Seed: ${where}, Ausnahme ${e.date}: höchstens zwei Zeiträume möglich`);
      const [first, second] = e.slots;
      return {
        date: e.date,
        closed: e.closed,
        reason: e.reason,
        from: first?.from ?? null,
        to: first?.to ?? null,
        from2: second?.from ?? null,
        to2: second?.to ?? null,
      };
    }),
    closures: h.closures.map((c) => ({ from: c.from, to: c.to, reason: c.reason })),
  };
}
