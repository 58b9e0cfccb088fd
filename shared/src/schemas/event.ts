import { z } from 'zod';
import { blocks } from './blocks.ts';
import { address, documentId, image, isoDateTime, nonBlank, slug, timeZone } from './common.ts';

/** Event categories, as the CMS enumeration stores them, with their German names. */
export const EVENT_CATEGORIES = {
  konzert: 'Konzert',
  theater: 'Theater und Bühne',
  ausstellung: 'Ausstellung',
  fuehrung: 'Führung',
  lesung: 'Lesung und Vortrag',
  kurs: 'Kurs und Workshop',
  kinder: 'Kinder und Familie',
  fest: 'Fest und Markt',
  sport: 'Sport',
  beteiligung: 'Information und Beteiligung',
} as const;
export type EventCategory = keyof typeof EVENT_CATEGORIES;

/**
 * An event. `start`/`end` are instants (Strapi stores UTC); `timeZone` says on which wall clock
 * they are meant — the site shows and exports them in that zone. An all-day event covers the
 * calendar days (in `timeZone`) from the day of `start` to the day of `end`, inclusive.
 */
export const event = z
  .strictObject({
    documentId,
    slug,
    title: nonBlank('Titel'),
    /** documentId of the organiser */
    organisation: documentId,
    category: z.enum(Object.keys(EVENT_CATEGORIES) as [EventCategory, ...EventCategory[]]),
    summary: nonBlank('Kurzbeschreibung').max(300, 'Kurzbeschreibung: höchstens 300 Zeichen'),
    description: blocks,
    start: isoDateTime,
    end: isoDateTime,
    allDay: z.boolean(),
    timeZone,
    venue: z.strictObject({
      name: nonBlank('Veranstaltungsort'),
      address: address.nullable(),
    }),
    /** As the editor writes it: „Eintritt frei“, „12 €, ermäßigt 8 €“; null: no information. */
    price: nonBlank('Preis').nullable(),
    accessibilityNotes: nonBlank('Hinweise zur Barrierefreiheit').nullable(),
    image: image.nullable(),
    updatedAt: isoDateTime,
  })
  .refine((e) => Date.parse(e.end) >= Date.parse(e.start), { path: ['end'], message: 'Ende liegt vor dem Beginn' });
export type Event = z.infer<typeof event>;
