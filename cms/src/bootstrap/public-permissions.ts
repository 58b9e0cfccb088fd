import type { Core } from '@strapi/strapi';

/**
 * Everything an anonymous request may do: read published content. The snapshot pull and the
 * site need nothing more, so the public role holds exactly these actions — also none of the
 * users-permissions defaults (register, forgot password, OAuth connect): the portal has no
 * visitor accounts. Applied on every start, so a click in the dashboard cannot widen it for long.
 */
export const PUBLIC_ACTIONS: readonly string[] = [
  'api::organisation.organisation.find',
  'api::organisation.organisation.findOne',
  'api::page.page.find',
  'api::page.page.findOne',
  'api::news-article.news-article.find',
  'api::news-article.news-article.findOne',
  'api::office.office.find',
  'api::office.office.findOne',
  'api::service.service.find',
  'api::service.service.findOne',
  'api::life-event.life-event.find',
  'api::life-event.life-event.findOne',
  'api::event.event.find',
  'api::event.event.findOne',
  'api::amtsblatt-issue.amtsblatt-issue.find',
  'api::amtsblatt-issue.amtsblatt-issue.findOne',
  'api::public-notice.public-notice.find',
  'api::public-notice.public-notice.findOne',
  // Council information (Ratsinformation): public by law (§ 52 KVG LSA); persons hold public data only.
  'api::legislative-term.legislative-term.find',
  'api::legislative-term.legislative-term.findOne',
  'api::council-organization.council-organization.find',
  'api::council-organization.council-organization.findOne',
  'api::person.person.find',
  'api::person.person.findOne',
  'api::location.location.find',
  'api::location.location.findOne',
  'api::meeting.meeting.find',
  'api::meeting.meeting.findOne',
  'api::paper.paper.find',
  'api::paper.paper.findOne',
  'api::alert.alert.find',
  'api::alert.alert.findOne',
  'api::online-service.online-service.find',
  'api::online-service.online-service.findOne',
  'api::site-setting.site-setting.find',
  'api::place.place.find',
  'api::place.place.findOne',
  'api::publication.publication.find',
  'api::publication.publication.findOne',
  'api::map-setting.map-setting.find',
  // Redirects are public by nature (anyone can request an old URL and see where it goes); the
  // snapshot pull reads them like all other content, without a token.
  'api::redirect.redirect.find',
];

interface RoleRow {
  id: number;
}
interface PermissionRow {
  id: number;
  action: string;
}

export async function restrictPublicRole(strapi: Core.Strapi): Promise<void> {
  const role: RoleRow | null = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } });
  if (!role) throw new Error('bootstrap: Die Rolle „Public“ des Plugins users-permissions fehlt.');

  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const current: PermissionRow[] = await permissions.findMany({ where: { role: role.id } });
  const have = new Set(current.map((p) => p.action));

  const extra = current.filter((p) => !PUBLIC_ACTIONS.includes(p.action));
  const missing = PUBLIC_ACTIONS.filter((action) => !have.has(action));
  if (extra.length > 0) {
    await permissions.deleteMany({ where: { id: { $in: extra.map((p) => p.id) } } });
  }
  for (const action of missing) {
    await permissions.create({ data: { action, role: role.id } });
  }
  if (extra.length > 0 || missing.length > 0) {
    strapi.log.info(
      `Öffentlicher Zugriff: nur Lesen veröffentlichter Inhalte (${missing.length} Rechte ergänzt, ${extra.length} entzogen).`,
    );
  }
}
