import type { Core } from '@strapi/strapi';
import { publicReadActions } from '@stadtportal/shared/rules';

/**
 * Everything an anonymous request may do: read published content. The snapshot pull and the
 * site need nothing more, so the public role holds exactly these actions — also none of the
 * users-permissions defaults (register, forgot password, OAuth connect): the portal has no
 * visitor accounts. Applied on every start, so a click in the dashboard cannot widen it for long.
 * Which types and actions: the content registry's CMS part (shared/src/rules/content-types.ts).
 */
export const PUBLIC_ACTIONS: readonly string[] = publicReadActions();

interface RoleRow {
  id: number;
}
interface PermissionRow {
  id: number;
  action: string;
}

export async function restrictPublicRole(strapi: Core.Strapi): Promise<void> {
  const role: RoleRow | null = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
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
    strapi.log.info(`Öffentlicher Zugriff: nur Lesen veröffentlichter Inhalte (${missing.length} Rechte ergänzt, ${extra.length} entzogen).`);
  }
}
