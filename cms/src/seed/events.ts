import { toStrapiBlocks } from './body';
import { count, lookup, type SeedContext } from './context';
import type { SeedBlock, SeedImage } from './types';
import { type FieldSpec, type SeedData, upsertPublished } from './upsert';

/** The CMS enumeration `category` of api::event.event (German names: shared EVENT_CATEGORIES). */
export type SeedEventCategory = 'konzert' | 'theater' | 'ausstellung' | 'fuehrung' | 'lesung' | 'kurs' | 'kinder' | 'fest' | 'sport' | 'beteiligung';

/** An event (content type api::event.event). */
export interface SeedEvent {
  slug: string;
  title: string;
  /** slug of the organising SeedOrganisation */
  organisation: string;
  category: SeedEventCategory;
  /** ≤ 300 characters */
  summary: string;
  description: SeedBlock[];
  /**
   * Wall clock with the offset that applies in `timeZone` on that day, e.g.
   * '2026-12-05T19:30+01:00' (winter) or '2027-04-10T19:30+02:00' (summer): readable as written,
   * and unambiguous. The seeder checks the offset against the time zone, so a slip at a DST
   * switch fails the seed instead of shifting the event by an hour.
   */
  start: string;
  end: string;
  /** All-day: only the calendar days from start to end count (times are ignored). */
  allDay?: boolean;
  /** IANA name; default Europe/Berlin */
  timeZone?: string;
  venue: { name: string; address?: { street: string; postalCode: string; city: string } };
  /** as shown: „Eintritt frei“, „12 €, ermäßigt 8 €“ */
  price?: string;
  accessibilityNotes?: string;
  image?: SeedImage;
}

const EVENT: FieldSpec = {
  plain: ['title', 'slug', 'category', 'summary', 'description', 'start', 'end', 'allDay', 'timeZone', 'venueName', 'price', 'accessibilityNotes'],
  relations: ['organisation'],
  images: ['image'],
  components: { venueAddress: ['street', 'postalCode', 'city'] },
};

const WITH_OFFSET = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2})?([+-]\d{2}:\d{2})$/;

/** The UTC offset ("+01:00") of `timeZone` at `instant`, from the runtime's time zone data. */
function offsetAt(instant: Date, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  if (name === undefined) throw new Error(`Seed: Zeitzone ${timeZone} liefert keinen UTC-Versatz`);
  // "GMT" alone is UTC itself; otherwise "GMT+01:00".
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

/**
 * '2026-12-05T19:30+01:00' → the instant as Strapi returns a datetime ('2026-12-05T18:30:00.000Z'),
 * so a second seed run compares equal and leaves the event alone.
 */
export function seedInstant(value: string, timeZone: string, where: string): string {
  const m = WITH_OFFSET.exec(value);
  if (!m) throw new Error(`Seed: ${where}: „${value}“ ist keine Uhrzeit mit UTC-Versatz (JJJJ-MM-TTTHH:MM+01:00)`);
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw new Error(`Seed: ${where}: „${value}“ ist kein gültiger Zeitpunkt`);
  const expected = offsetAt(instant, timeZone);
  if (m[2] !== expected) {
    throw new Error(`Seed: ${where}: „${value}“ – in ${timeZone} gilt an diesem Tag der Versatz ${expected}, nicht ${m[2]}`);
  }
  return instant.toISOString();
}

export async function seedEvents(ctx: SeedContext, events: readonly SeedEvent[]): Promise<string> {
  for (const event of events) {
    const where = `Veranstaltung „${event.slug}“`;
    const timeZone = event.timeZone ?? 'Europe/Berlin';
    const start = seedInstant(event.start, timeZone, `${where}, Beginn`);
    const end = seedInstant(event.end, timeZone, `${where}, Ende`);
    if (Date.parse(end) < Date.parse(start)) throw new Error(`Seed: ${where}: Ende liegt vor dem Beginn`);
    const address = event.venue.address;
    const data: SeedData = {
      title: event.title,
      slug: event.slug,
      category: event.category,
      summary: event.summary,
      description: await toStrapiBlocks(event.description, ctx.media),
      start,
      end,
      allDay: event.allDay ?? false,
      timeZone,
      venueName: event.venue.name,
      price: event.price ?? null,
      accessibilityNotes: event.accessibilityNotes ?? null,
      organisation: lookup(ctx.organisationIds, event.organisation, 'Organisation', where),
      image: await ctx.image(event.image),
      venueAddress: address ? { street: address.street, postalCode: address.postalCode, city: address.city } : null,
    };
    ctx.tally.add((await upsertPublished(ctx.strapi, 'api::event.event', EVENT, data)).outcome);
  }
  return count(events.length, 'Veranstaltung', 'Veranstaltungen');
}
