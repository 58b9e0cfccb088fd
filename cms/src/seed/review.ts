import type { Core } from '@strapi/strapi';
import { DEMO_ACCOUNTS } from '../editorial/demo-users';
import { addDays, berlinDay, oneYearAfter, type IsoDay } from '@stadtportal/shared/rules';
import { DUE_FIELD, OWNER_FIELD, REVIEW_TYPES } from '../review';
import { ORG } from './content/ids';
import type { SeedContext } from './context';

/*
 * Owners and review dates in the demo (docs/adr/0022-review-dates-and-owners.md). Every seeded
 * page, service, office and place gets an owner — the demo editor of its organisation, else the
 * press office (the accounts are created after the seed; the owner is their e-mail) — and a date
 * one year ahead. Relative to today, so the demo stays the same whenever it is seeded: the page
 * „Wohnen“ is overdue by 45 days (the list „Zu prüfen“ and the reminder are never empty) and
 * „Sport und Vereine“ is due in 14 days. Only documents without owner are touched: a second run
 * leaves what editors have since confirmed alone.
 */

export const OVERDUE_PAGE_SLUG = 'wohnen';
export const SOON_PAGE_SLUG = 'sport';

const email = (key: (typeof DEMO_ACCOUNTS)[number]['key']): string => {
  const account = DEMO_ACCOUNTS.find((a) => a.key === key);
  if (!account) throw new Error(`Prüfdaten: Demo-Konto ${key} fehlt.`);
  return account.email;
};

/** The demo owner per organisation slug; the press office for the rest. */
const OWNERS: Record<string, string> = {
  [ORG.stadt]: email('stadt-autorin'),
  [ORG.feuerwehr]: email('feuerwehr'),
  [ORG.kulturanstalt]: email('kulturanstalt'),
};

type Query = ReturnType<Core.Strapi['db']['query']>;

export async function seedReviewDates(ctx: SeedContext, today: IsoDay = berlinDay()): Promise<string> {
  const { strapi } = ctx;
  const special: Record<string, IsoDay> = { [OVERDUE_PAGE_SLUG]: addDays(today, -45), [SOON_PAGE_SLUG]: addDays(today, 14) };
  let changed = 0;
  for (const { uid } of REVIEW_TYPES) {
    const q: Query = strapi.db.query(uid as Parameters<Core.Strapi['db']['query']>[0]);
    const hasOrganisation = uid !== 'api::place.place';
    const rows = (await q.findMany({
      where: { publishedAt: null, [OWNER_FIELD]: { $null: true } },
      select: ['documentId', 'slug'],
      ...(hasOrganisation ? { populate: { organisation: { select: ['slug'] } } } : {}),
    })) as { documentId: string; slug: string; organisation?: { slug: string } | null }[];
    for (const row of rows) {
      const owner = OWNERS[row.organisation?.slug ?? ''] ?? email('pressestelle');
      const due = (uid === 'api::page.page' ? special[row.slug] : undefined) ?? oneYearAfter(today);
      // All versions (locales, draft and published): bookkeeping, no new version (as src/review does).
      await q.updateMany({ where: { documentId: row.documentId }, data: { [OWNER_FIELD]: owner, [DUE_FIELD]: due } });
      changed += 1;
    }
  }
  return `Prüfdaten: ${changed === 0 ? 'unverändert' : `${changed} Inhalte mit Verantwortlichen`}`;
}
