import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/*
 * Per-organisation editing (docs/adr/0011-editors-desk.md). Who edits for which organisation is
 * data on the organisation: its private relation `editors` → admin users. Two pieces of code
 * enforce it:
 *
 * 1. An RBAC condition („Nur Inhalte der eigenen Organisation“) on the role „Redaktion
 *    (Organisation)“. Strapi turns it into a query filter (list views) and checks it against the
 *    loaded entry (read, update, delete, publish). Evaluated on every admin request (the ability is
 *    built per request), so a change of `editors` takes effect at once.
 * 2. A Document Service middleware for what the condition cannot see: Strapi checks `create`
 *    without an entry, and `update` against the entry *before* the change — so without it an
 *    editor could create a page for another organisation, or move their own page there.
 */

export const ORGANISATION_UID = 'api::organisation.organisation';

/** The role whose content permissions carry the condition (roles.ts creates it). */
export const ORG_EDITOR_ROLE_CODE = 'stadtportal-redaktion-organisation';

/** The press office edits everything: with it, the organisation scope does not apply. */
export const PRESS_OFFICE_ROLE_CODE = 'stadtportal-pressestelle';

/** Condition name; Strapi's id becomes `api::eigene-organisation`. */
export const OWN_ORGANISATION_CONDITION = 'eigene-organisation';
export const OWN_ORGANISATION_CONDITION_ID = `api::${OWN_ORGANISATION_CONDITION}`;

interface RelationAttribute {
  type: string;
  relation?: string;
  target?: string;
}

/** Content types with an `organisation` relation: the ones scoped per organisation. */
export function scopedContentTypes(strapi: Core.Strapi): string[] {
  return Object.entries(strapi.contentTypes)
    .filter(([uid, ct]) => {
      if (!uid.startsWith('api::')) return false;
      const attr = (ct.attributes as Record<string, RelationAttribute>).organisation;
      return attr?.type === 'relation' && attr.target === ORGANISATION_UID;
    })
    .map(([uid]) => uid)
    .sort();
}

/**
 * documentIds of the organisations that name the user as editor. The draft row is the
 * source of truth (Strapi 5 keeps the latest state in the draft); a change takes effect on saving,
 * without publishing the organisation.
 */
export async function organisationsOf(strapi: Core.Strapi, userId: number): Promise<string[]> {
  const rows = (await strapi.db.query(ORGANISATION_UID).findMany({
    where: { publishedAt: null, editors: { id: userId } },
    select: ['documentId'],
  })) as { documentId: string }[];
  return [...new Set(rows.map((r) => r.documentId))];
}

interface AdminUser {
  id: number;
  roles?: { code: string }[];
}

/** Strapi's condition provider (admin::permission service, 5.54). */
interface ConditionProvider {
  register(condition: {
    displayName: string;
    name: string;
    category?: string;
    handler: (user: AdminUser) => Promise<Record<string, unknown> | boolean>;
  }): Promise<unknown>;
  has(id: string): boolean;
}

export async function registerOwnOrganisationCondition(strapi: Core.Strapi): Promise<void> {
  const { conditionProvider } = strapi.service('admin::permission') as unknown as { conditionProvider: ConditionProvider };
  if (conditionProvider.has(OWN_ORGANISATION_CONDITION_ID)) return;
  await conditionProvider.register({
    displayName: 'Nur Inhalte der eigenen Organisation',
    name: OWN_ORGANISATION_CONDITION,
    category: 'Stadtportal',
    handler: async (user) => {
      const own = await organisationsOf(strapi, user.id);
      // false: the permission does not apply at all (no organisation assigned = no access).
      if (own.length === 0) return false;
      return { 'organisation.documentId': { $in: own } };
    },
  });
}

/** A user is restricted when the org role is their only way to content (press office/super admin lift it). */
function isRestricted(user: AdminUser | undefined): user is AdminUser {
  const codes = new Set((user?.roles ?? []).map((r) => r.code));
  if (!codes.has(ORG_EDITOR_ROLE_CODE)) return false;
  return !codes.has('strapi-super-admin') && !codes.has(PRESS_OFFICE_ROLE_CODE);
}

type RelationRef = string | number | { id?: number | string; documentId?: string } | null | undefined;

/**
 * The organisations a relation value in `data` points to, as documentIds. Accepts the forms the
 * content manager and the Document Service use: documentId, id, `{ documentId }`, `{ id }`,
 * arrays of these, and `{ connect, disconnect, set }`. `undefined`: the value leaves the
 * relation as it is; `[]`: it removes it.
 */
async function referencedOrganisations(strapi: Core.Strapi, value: unknown): Promise<string[] | undefined> {
  if (value === undefined) return undefined;
  if (value === null) return [];
  let refs: RelationRef[];
  if (Array.isArray(value)) refs = value as RelationRef[];
  else if (typeof value === 'object' && ('connect' in value || 'set' in value || 'disconnect' in value)) {
    const v = value as { connect?: RelationRef[]; set?: RelationRef[]; disconnect?: RelationRef[] };
    if (v.set) refs = v.set;
    else if (v.connect && v.connect.length > 0) refs = v.connect;
    // Only disconnects: the organisation is removed; nothing at all: unchanged.
    else return v.disconnect && v.disconnect.length > 0 ? [] : undefined;
  } else refs = [value as RelationRef];

  const ids: string[] = [];
  for (const ref of refs) {
    if (ref === null || ref === undefined) continue;
    if (typeof ref === 'string') ids.push(ref);
    else if (typeof ref === 'object' && typeof ref.documentId === 'string') ids.push(ref.documentId);
    else {
      const id = typeof ref === 'object' ? ref.id : ref;
      const row = (await strapi.db.query(ORGANISATION_UID).findOne({ where: { id }, select: ['documentId'] })) as {
        documentId: string;
      } | null;
      // An unknown id: Strapi refuses it itself; it is certainly not one of the editor's organisations.
      ids.push(row?.documentId ?? `unbekannt:${String(id)}`);
    }
  }
  return ids;
}

/**
 * 403 with the message visible: Strapi's authorize middleware replaces any other ForbiddenError
 * from further down by a bare „Forbidden“ (core compose-endpoint), PolicyError is let through.
 */
function refuse(message: string): never {
  throw new errors.PolicyError(message);
}

/** Document Service middleware: an org editor writes only content of their own organisations. */
export function registerOrganisationWriteGuard(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.action !== 'create' && context.action !== 'update') return next();
    const scoped = scopedContentTypes(strapi);
    const isOrganisation = context.uid === ORGANISATION_UID;
    if (!isOrganisation && !scoped.includes(context.uid)) return next();

    // Only dashboard requests carry an admin user; the seed, cron and REST writes have none.
    const ctx = strapi.requestContext.get() as { state?: { user?: AdminUser; auth?: { strategy?: { name?: string } } } } | undefined;
    if (ctx?.state?.auth?.strategy?.name !== 'admin' || !isRestricted(ctx.state.user)) return next();
    const user = ctx.state.user;

    // The organisation entry itself (and its `editors`) is the press office's: the role has no
    // update permission on it, this is the second line.
    if (isOrganisation) refuse('Organisationen pflegt die Pressestelle.');

    const own = await organisationsOf(strapi, user.id);
    const data = ((context.params as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>;
    const target = await referencedOrganisations(strapi, data.organisation);
    if (context.action === 'create' && (target === undefined || target.length === 0)) {
      throw new errors.ValidationError('Organisation: Bitte die eigene Organisation auswählen.', {
        errors: [{ path: ['organisation'], message: 'Bitte die eigene Organisation auswählen.', name: 'ValidationError' }],
      });
    }
    if (target !== undefined) {
      if (target.length === 0) refuse('Organisation: Die Organisation eines Eintrags kann nur die Pressestelle entfernen.');
      if (!target.every((id) => own.includes(id))) {
        refuse('Organisation: Sie können nur Inhalte Ihrer eigenen Organisation anlegen oder ihr zuordnen.');
      }
    }
    return next();
  });
}
