import { z } from 'zod';
import { event, type Event } from '../schemas/event.ts';
import { begin, check, imageComponent, optionalBlocks, optionalText, rawAddress, relation, reportZod, requiredRelation, type NormalizeRun } from './helpers.ts';

/* Veranstaltung (api::event.event) → contract. */

export const EVENT_TYPE = 'event';

const rawEvent = z.looseObject({
  documentId: z.string().min(1),
  organisation: relation.nullable(),
  // Populated but empty is null; absent means not populated (reported, not read as „no address“).
  venueAddress: rawAddress.nullable(),
});

export function normalizeEvent(run: NormalizeRun, raw: unknown): Event | undefined {
  const e = begin(run, EVENT_TYPE, raw);
  const parsed = rawEvent.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  const a = r.venueAddress;
  return check(e, event, {
    documentId: r.documentId,
    slug: r.slug,
    title: r.title,
    organisation: requiredRelation(e, 'organisation', r.organisation, 'Veranstalter'),
    category: r.category,
    summary: r.summary,
    description: optionalBlocks(e, 'description', r.description),
    start: r.start,
    end: r.end,
    allDay: r.allDay ?? false,
    // Strapi fills the schema default on create; an entry from before the field existed has null.
    timeZone: optionalText(r.timeZone) ?? 'Europe/Berlin',
    venue: {
      name: r.venueName,
      address: a === null || a === undefined ? null : { street: a.street, postalCode: a.postalCode, city: a.city },
    },
    price: optionalText(r.price),
    accessibilityNotes: optionalText(r.accessibilityNotes),
    image: imageComponent(e, 'image', r.image),
    updatedAt: r.updatedAt,
  });
}
