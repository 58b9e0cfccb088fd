import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { germanLabel } from './labels';
import { ADMIN_STRATEGY } from '../auth-strategies';

/*
 * Per-organisation editing (docs/adr/0011-editors-desk.md): the organisation rule, in this one
 * module. Who edits for which organisation is data on the organisation: its private relation
 * `editors` → admin users. A user whose only content role is „Redaktion (Organisation)“ may touch
 * a document of a scoped type only when EVERY stored version of it (each locale, draft and
 * published) belongs to one of their organisations. Enforced by:
 *
 * 1. An RBAC condition („Nur Inhalte der eigenen Organisation“) on the role. Strapi turns it into
 *    a query filter (list views) and checks it against the loaded entry (read, update, delete,
 *    publish) — but only the one version a request names, and never on create or clone.
 *    Evaluated on every admin request (the ability is built per request), so a change of
 *    `editors` takes effect at once.
 * 2. A Document Service middleware on every write action: create, update (including an update
 *    that creates a new locale), clone (the source in all locales, and the data), publish,
 *    unpublish, discardDraft, delete. The content manager's bulk actions run these per document
 *    in Strapi 5.54 (document-manager publishMany/unpublishMany/deleteMany, inside one
 *    transaction), so one refused document rolls the whole batch back; their route needs no
 *    guard of its own. It also refuses relation changes that would change a document the user
 *    may not write (see checkRelations).
 * 3. Doors outside the Document Service call `withinOrganisations`: the preview link
 *    (src/preview/access.ts).
 */

export const ORGANISATION_UID = 'api::organisation.organisation';

/** The role whose content permissions carry the condition (roles.ts creates it). */
export const ORG_EDITOR_ROLE_CODE = 'stadtportal-redaktion-organisation';

/** The press office edits everything: with it, the organisation scope does not apply. */
export const PRESS_OFFICE_ROLE_CODE = 'stadtportal-pressestelle';

/** Condition name; Strapi's id becomes `api::eigene-organisation`. */
export const OWN_ORGANISATION_CONDITION = 'eigene-organisation';
export const OWN_ORGANISATION_CONDITION_ID = `api::${OWN_ORGANISATION_CONDITION}`;

interface Attribute {
  type: string;
  relation?: string;
  target?: string;
  inversedBy?: string;
  mappedBy?: string;
}

/** Content types with an `organisation` relation: the ones scoped per organisation. */
export function scopedContentTypes(strapi: Core.Strapi): string[] {
  return Object.entries(strapi.contentTypes)
    .filter(([uid, ct]) => {
      if (!uid.startsWith('api::')) return false;
      const attr = (ct.attributes as Record<string, Attribute>).organisation;
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

export interface AdminUser {
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
export function isRestricted(user: AdminUser | undefined): user is AdminUser {
  const codes = new Set((user?.roles ?? []).map((r) => r.code));
  if (!codes.has(ORG_EDITOR_ROLE_CODE)) return false;
  return !codes.has('strapi-super-admin') && !codes.has(PRESS_OFFICE_ROLE_CODE);
}

/**
 * The restricted admin user behind the current request, if any. Only dashboard requests carry an
 * admin user; the seed, the cron task and REST writes (API tokens, an operator's credential) have none.
 */
export function restrictedRequestUser(strapi: Core.Strapi): AdminUser | undefined {
  const ctx = strapi.requestContext.get() as { state?: { user?: AdminUser; auth?: { strategy?: { name?: string } } } } | undefined;
  if (ctx?.state?.auth?.strategy?.name !== ADMIN_STRATEGY) return undefined;
  const user = ctx.state.user;
  return isRestricted(user) ? user : undefined;
}

interface ModelInfo {
  attributes: Record<string, Attribute>;
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
}

/** The schema of a content type; undefined for uids that are none (the Document Service serves only content types). */
function modelOf(strapi: Core.Strapi, uid: string): ModelInfo | undefined {
  return (strapi.contentTypes as unknown as Record<string, ModelInfo | undefined>)[uid];
}

function model(strapi: Core.Strapi, uid: string): ModelInfo {
  const found = modelOf(strapi, uid);
  if (!found) throw new Error(`Organisationsregel: Inhaltstyp ${uid} unbekannt.`);
  return found;
}

const isLocalized = (m: ModelInfo) => m.pluginOptions?.i18n?.localized === true;

/**
 * Who owns each stored version of a document (every locale, draft and published): the
 * organisation's documentId, null where a version has none. Empty: no such document.
 */
async function ownersOf(strapi: Core.Strapi, uid: string, documentId: string): Promise<(string | null)[]> {
  const rows = (await strapi.db.query(uid).findMany({
    where: { documentId },
    select: ['id'],
    populate: { organisation: { select: ['documentId'] } },
  })) as { organisation?: { documentId: string } | null }[];
  return rows.map((r) => r.organisation?.documentId ?? null);
}

/** Every version belongs to one of `own` (a version without organisation belongs to nobody's editors). */
const allOwn = (owners: (string | null)[], own: string[]): boolean => owners.every((o) => o !== null && own.includes(o));

/**
 * The organisation rule for doors outside the Document Service (preview links): may `user` act
 * on this document as far as organisations go? True for unrestricted users and for types without
 * an organisation (there the role's permissions decide), and for a document that does not exist
 * (Strapi answers 404 itself).
 */
export async function withinOrganisations(strapi: Core.Strapi, user: AdminUser | undefined, uid: string, documentId: string): Promise<boolean> {
  if (!isRestricted(user)) return true;
  if (uid === ORGANISATION_UID) return true;
  if (!scopedContentTypes(strapi).includes(uid)) return true;
  const owners = await ownersOf(strapi, uid, documentId);
  if (owners.length === 0) return true;
  return allOwn(owners, await organisationsOf(strapi, user.id));
}

type RelationRef = string | number | { id?: number | string; documentId?: string } | null | undefined;

/** A relation value in `data` as the Document Service reads it: operations, or `set` for a plain value. */
interface RelationChange {
  connect: RelationRef[];
  disconnect: RelationRef[];
  /** Replaces the whole relation (a plain value, an array, `null`, or `{ set }`). */
  set?: RelationRef[];
}

/**
 * Accepts the forms the content manager and the Document Service use: documentId, id,
 * `{ documentId }`, `{ id }`, arrays of these, and `{ connect, disconnect, set }`.
 * `undefined`: the value leaves the relation as it is.
 */
function relationChange(value: unknown): RelationChange | undefined {
  if (value === undefined) return undefined;
  if (value === null) return { connect: [], disconnect: [], set: [] };
  if (Array.isArray(value)) return { connect: [], disconnect: [], set: value as RelationRef[] };
  if (typeof value === 'object' && ('connect' in value || 'set' in value || 'disconnect' in value)) {
    const v = value as { connect?: RelationRef | RelationRef[]; set?: RelationRef | RelationRef[]; disconnect?: RelationRef | RelationRef[] };
    const list = (x: RelationRef | RelationRef[] | undefined): RelationRef[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
    return { connect: list(v.connect), disconnect: list(v.disconnect), ...(v.set === undefined ? {} : { set: list(v.set) }) };
  }
  return { connect: [], disconnect: [], set: [value as RelationRef] };
}

const isNoChange = (c: RelationChange): boolean => c.set === undefined && c.connect.length === 0 && c.disconnect.length === 0;

/** documentIds of the referenced documents of `target`; an id that does not exist stays recognisably foreign. */
async function documentIdsOf(strapi: Core.Strapi, target: string, refs: RelationRef[]): Promise<string[]> {
  const ids: string[] = [];
  for (const ref of refs) {
    if (ref === null || ref === undefined) continue;
    if (typeof ref === 'string') ids.push(ref);
    else if (typeof ref === 'object' && typeof ref.documentId === 'string') ids.push(ref.documentId);
    else {
      const id = typeof ref === 'object' ? ref.id : ref;
      const row = (await strapi.db.query(target).findOne({ where: { id }, select: ['documentId'] })) as { documentId: string } | null;
      // An unknown id: Strapi refuses it itself; it is certainly not one of the user's documents.
      ids.push(row?.documentId ?? `unbekannt:${String(id)}`);
    }
  }
  return [...new Set(ids)];
}

/**
 * The organisations a value of `data.organisation` points to, as documentIds. `undefined`: the
 * value leaves the relation as it is; `[]`: it removes it.
 */
async function referencedOrganisations(strapi: Core.Strapi, value: unknown): Promise<string[] | undefined> {
  const change = relationChange(value);
  if (change === undefined || isNoChange(change)) return undefined;
  if (change.set) return documentIdsOf(strapi, ORGANISATION_UID, change.set);
  if (change.connect.length > 0) return documentIdsOf(strapi, ORGANISATION_UID, change.connect);
  // Only disconnects: the organisation is removed.
  return [];
}

/**
 * 403 with the message visible: Strapi's authorize middleware replaces any other ForbiddenError
 * from further down by a bare „Forbidden“ (core compose-endpoint), PolicyError is let through.
 */
function refuse(message: string): never {
  throw new errors.PolicyError(message);
}

/** Relations whose other side is stored or shown on the other document (inversedBy/mappedBy). */
function twoSidedRelations(strapi: Core.Strapi, uid: string): { field: string; target: string }[] {
  return Object.entries(modelOf(strapi, uid)?.attributes ?? {})
    .filter(([, a]) => a.type === 'relation' && typeof a.target === 'string' && (a.inversedBy !== undefined || a.mappedBy !== undefined))
    .map(([field, a]) => ({ field, target: a.target as string }));
}

/** The draft version of a document in a locale (the latest state in Strapi 5), as a query filter. */
function draftVersion(m: ModelInfo, documentId: string, locale: string | undefined): Record<string, unknown> {
  return {
    documentId,
    ...(m.options?.draftAndPublish === true ? { publishedAt: null } : {}),
    ...(isLocalized(m) && locale !== undefined ? { locale } : {}),
  };
}

/** documentIds a relation of the stored draft version points to. */
async function currentlyRelated(strapi: Core.Strapi, uid: string, documentId: string, locale: string | undefined, field: string): Promise<string[]> {
  const row = (await strapi.db.query(uid).findOne({
    where: draftVersion(model(strapi, uid), documentId, locale),
    select: ['id'],
    populate: { [field]: { select: ['documentId'] } },
  })) as Record<string, unknown> | null;
  const value = row?.[field];
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return (list as { documentId: string }[]).map((r) => r.documentId);
}

/** The locale a write addresses: the given one, else the default locale; undefined for types without locales. */
async function localeOf(strapi: Core.Strapi, m: ModelInfo, locale: unknown): Promise<string | undefined> {
  if (!isLocalized(m)) return undefined;
  if (typeof locale === 'string' && locale !== '*') return locale;
  return (strapi.plugin('i18n').service('locales') as { getDefaultLocale(): Promise<string> }).getDefaultLocale();
}

/**
 * Relation changes that reach another document. For a relation with two sides (page
 * `parent`/`children`, life event `services` ↔ service `lifeEvents`, office/service ↔ online
 * service) a link added or removed on the user's document changes the other document too:
 * connecting a foreign page as `children` rewrites that page's own `parent` (it moves in the
 * tree, and with it its URL); linking a service into the Stadt's life event changes what that
 * life event lists. So every document linked or unlinked through such a relation must be one the
 * user may write — of a scoped type and all versions theirs; other types (online services) are
 * the press office's. One-sided relations (`organisation`, a service's `office`, components'
 * relations) change only the user's own document and may point anywhere (the organisation has
 * its own rule above). Deleting or unpublishing one's own document also drops its links: that is
 * the consequence of removing one's own content, which the rule allows, and not checked here.
 * A clone takes over the source's links (Strapi copies its relations) unless the data changes
 * them: those count as new links.
 */
async function checkRelations(
  strapi: Core.Strapi,
  own: () => Promise<string[]>,
  uid: string,
  action: 'create' | 'update' | 'clone',
  params: { documentId?: string; locale?: unknown; data?: Record<string, unknown> },
): Promise<void> {
  const data = params.data ?? {};
  const relations = twoSidedRelations(strapi, uid);
  if (relations.length === 0) return;
  const m = model(strapi, uid);
  const scoped = scopedContentTypes(strapi);
  for (const { field, target } of relations) {
    const change = relationChange(data[field]);
    let touched: string[];
    if (change === undefined || isNoChange(change)) {
      if (action !== 'clone' || !params.documentId) continue;
      touched = await currentlyRelated(strapi, uid, params.documentId, await localeOf(strapi, m, params.locale), field);
    } else {
      touched = await documentIdsOf(strapi, target, [...change.connect, ...change.disconnect]);
      if (change.set) {
        const next = await documentIdsOf(strapi, target, change.set);
        // `set` replaces: what is added and what drops out both change the other side.
        const current =
          action === 'update' && params.documentId
            ? await currentlyRelated(strapi, uid, params.documentId, await localeOf(strapi, m, params.locale), field)
            : [];
        touched.push(...next.filter((id) => !current.includes(id)), ...current.filter((id) => !next.includes(id)));
      }
    }
    for (const documentId of new Set(touched)) {
      const owners = scoped.includes(target) ? await ownersOf(strapi, target, documentId) : [];
      if (owners.length === 0 || !allOwn(owners, await own())) {
        const label = germanLabel(uid, field) ?? field;
        refuse(
          `Organisation: „${label}“ verknüpft in beide Richtungen – die Änderung träfe auch einen Eintrag, der nicht zu Ihrer Organisation gehört. Solche Verknüpfungen setzt oder löst die Pressestelle.`,
        );
      }
    }
  }
}

const WRITE_ACTIONS = ['create', 'update', 'clone', 'publish', 'unpublish', 'discardDraft', 'delete'] as const;
type WriteAction = (typeof WRITE_ACTIONS)[number];
const isWriteAction = (action: string): action is WriteAction => (WRITE_ACTIONS as readonly string[]).includes(action);

/** What the user tried, for the message („Sie können nur Inhalte Ihrer eigenen Organisation …“). */
const VERB: Record<Exclude<WriteAction, 'create'>, string> = {
  update: 'bearbeiten',
  clone: 'duplizieren',
  publish: 'veröffentlichen',
  unpublish: 'zurückziehen',
  discardDraft: 'auf die veröffentlichte Fassung zurücksetzen',
  delete: 'löschen',
};

/** Document Service middleware: an org editor writes only content of their own organisations. */
export function registerOrganisationWriteGuard(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!isWriteAction(context.action)) return next();
    const user = restrictedRequestUser(strapi);
    if (!user) return next();
    const { uid } = context;
    const action = context.action;
    const params = context.params as { documentId?: string; locale?: unknown; data?: Record<string, unknown> };

    // The organisation entry itself (and its `editors`) is the press office's: the role has no
    // write permission on it, this is the second line.
    if (uid === ORGANISATION_UID) refuse('Organisationen pflegt die Pressestelle.');

    let ownCache: Promise<string[]> | undefined;
    const own = () => (ownCache ??= organisationsOf(strapi, user.id));

    if (scopedContentTypes(strapi).includes(uid)) {
      const data = params.data ?? {};
      // The document as stored, for every action on an existing one (the source, for a clone):
      // every version must be the user's — a new locale, a publish or a delete of „their“ locale
      // of a document another organisation also holds is refused.
      let owners: (string | null)[] = [];
      if (action !== 'create' && params.documentId) {
        owners = await ownersOf(strapi, uid, params.documentId);
        if (owners.length > 0 && !allOwn(owners, await own())) {
          refuse(
            `Organisation: Sie können nur Inhalte Ihrer eigenen Organisation ${VERB[action]} – dieser Eintrag gehört (mindestens in einer Sprachfassung) nicht dazu.`,
          );
        }
      }
      if (action === 'create' || action === 'update' || action === 'clone') {
        const target = await referencedOrganisations(strapi, data.organisation);
        // An update of a locale that does not exist yet creates it: like a new entry, it needs its organisation.
        const m = model(strapi, uid);
        const newLocale =
          action === 'update' &&
          owners.length > 0 &&
          isLocalized(m) &&
          params.documentId !== undefined &&
          (await strapi.db.query(uid).count({ where: draftVersion(m, params.documentId, await localeOf(strapi, m, params.locale)) })) === 0;
        if ((action === 'create' || newLocale) && (target === undefined || target.length === 0)) {
          throw new errors.ValidationError('Organisation: Bitte die eigene Organisation auswählen.', {
            errors: [{ path: ['organisation'], message: 'Bitte die eigene Organisation auswählen.', name: 'ValidationError' }],
          });
        }
        if (target !== undefined) {
          if (target.length === 0) refuse('Organisation: Die Organisation eines Eintrags kann nur die Pressestelle entfernen.');
          const mine = await own();
          if (!target.every((id) => mine.includes(id))) {
            refuse('Organisation: Sie können nur Inhalte Ihrer eigenen Organisation anlegen oder ihr zuordnen.');
          }
        }
      }
    }
    if (action === 'create' || action === 'update' || action === 'clone') await checkRelations(strapi, own, uid, action, params);
    return next();
  });
}
