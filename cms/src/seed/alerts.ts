import { count, type SeedContext } from './context';
import { seedInstant } from './events';
import { type FieldSpec, type SeedData, upsertPublished } from './upsert';

/** An Eilmeldung (content type api::alert.alert); plain text, shown on every page from start to end. */
export interface SeedAlert {
  slug: string;
  severity: 'info' | 'warnung' | 'gefahr';
  title: string;
  /** ≤ 500 characters, plain text */
  text: string;
  /** A site path or an https URL, with a link text that makes sense alone — or both null. */
  link: string | null;
  linkText: string | null;
  /** Berlin wall clock with its offset, e.g. '2027-01-13T12:00+01:00' (checked like event times). */
  start: string;
  end: string;
}

const ALERT: FieldSpec = {
  plain: ['title', 'slug', 'severity', 'text', 'link', 'linkText', 'start', 'end'],
};

export async function seedAlerts(ctx: SeedContext, alerts: readonly SeedAlert[]): Promise<string> {
  for (const a of alerts) {
    const where = `Eilmeldung „${a.slug}“`;
    const start = seedInstant(a.start, 'Europe/Berlin', `${where}, Beginn`);
    const end = seedInstant(a.end, 'Europe/Berlin', `${where}, Ende`);
    if (Date.parse(end) <= Date.parse(start)) throw new Error(`Seed: ${where}: Ende liegt nicht nach dem Beginn`);
    if (a.text.length > 500) throw new Error(`Seed: ${where}: Text länger als 500 Zeichen`);
    if ((a.link === null) !== (a.linkText === null)) throw new Error(`Seed: ${where}: Link und Linktext nur gemeinsam`);
    const data: SeedData = { title: a.title, slug: a.slug, severity: a.severity, text: a.text, link: a.link, linkText: a.linkText, start, end };
    ctx.tally.add((await upsertPublished(ctx.strapi, 'api::alert.alert', ALERT, data)).outcome);
  }
  return count(alerts.length, 'Eilmeldung', 'Eilmeldungen');
}
