import { lookup, type SeedContext } from './context';
import { ORG } from './content/ids';

/*
 * Four-eyes publishing in the demo (docs/adr/0021-four-eyes-publishing.md): one public notice of
 * the Stadt waits for release (a draft in state `zur-freigabe`, never published), so the list
 * views show the state at once; and the Freiwillige Feuerwehr shows the setting switched off for
 * its public notices (it posts short notices such as Osterfeuer rules itself, also scheduled).
 * Runs once per database like the rest of the seed; a second run leaves both alone.
 */

const NOTICE_UID = 'api::public-notice.public-notice';
const ORGANISATION_UID = 'api::organisation.organisation';
export const WAITING_NOTICE_SLUG = 'satzung-strassenreinigung-entwurf-zur-freigabe';

export async function seedFourEyes(ctx: SeedContext): Promise<string> {
  const { strapi } = ctx;
  const feuerwehr = lookup(ctx.organisationIds, ORG.feuerwehr, 'Organisation', 'Vier-Augen-Prinzip');
  const org = await strapi.documents(ORGANISATION_UID).findOne({ documentId: feuerwehr, status: 'draft', populate: { vierAugen: true } });
  const settings = (org?.vierAugen ?? []) as { contentType?: string }[];
  let changed = 0;
  if (!settings.some((s) => s.contentType === 'public-notice')) {
    await strapi.documents(ORGANISATION_UID).update({
      documentId: feuerwehr,
      // The component's type is not inferred from the schema files: the value is checked by Strapi.
      data: { vierAugen: [{ contentType: 'public-notice', active: false }] } as Record<string, unknown>,
      status: 'draft',
    });
    await strapi.documents(ORGANISATION_UID).publish({ documentId: feuerwehr });
    changed += 1;
  }

  const existing = await strapi.documents(NOTICE_UID).findFirst({ filters: { slug: { $eq: WAITING_NOTICE_SLUG } }, status: 'draft' });
  if (!existing) {
    await strapi.documents(NOTICE_UID).create({
      status: 'draft',
      data: {
        title: 'Änderung der Straßenreinigungssatzung (Entwurf)',
        slug: WAITING_NOTICE_SLUG,
        organisation: lookup(ctx.organisationIds, ORG.stadt, 'Organisation', 'Vier-Augen-Prinzip'),
        category: 'satzung',
        publishedOn: '2026-12-10',
        summary: 'Der Stadtrat hat die Änderung der Straßenreinigungssatzung beschlossen; die Bekanntmachung wartet auf die Freigabe.',
        body: [
          { type: 'paragraph', children: [{ type: 'text', text: 'Demo-Inhalt: Diese Bekanntmachung wartet auf die Freigabe durch eine zweite Person.' }] },
        ],
        freigabe: 'zur-freigabe',
      },
    });
    changed += 1;
  }
  return `Vier-Augen-Prinzip: ${changed === 0 ? 'unverändert' : `${changed} Einträge angelegt`}`;
}
