import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  DEFAULT_RETENTION_YEARS,
  DEFAULT_RETENTION_YEARS_OFFICIAL,
  canonicalJson,
  diffVersions,
  parseRetentionYears,
  prunableVersions,
  versionHash,
} from '@stadtportal/shared/history';
import { internalTypeUids } from '@stadtportal/shared/rules';
import { germanLabel } from '../editorial/labels';
import { withinOrganisations, type AdminUser } from '../editorial/org-scope';
import { actorOf } from '../publication-record';
import { contentPopulate, extractContent } from './extract';
import { HISTORY_UID } from './release';

export { HISTORY_UID };

/*
 * The history of published versions (Versionsgeschichte, issue 20; docs/adr/0023-version-history.md).
 *
 * Every successful `publish` of a content type with draft & publish — the dashboard's button, bulk
 * publish, scheduled publishing, REST with an API token, the seed — passes the Document Service
 * middleware below, which stores each published locale's fields (extract.ts) as one row of the
 * hidden content type `api::published-version.published-version`, unless the content equals the
 * document's newest stored version (an unchanged republish adds nothing). A content type and not a
 * table of our own: `pnpm backup` is Strapi's data transfer, which carries content types and
 * nothing else — the history must survive a restore (ADR 0008). Written and read only through the
 * Query Engine here: no REST route, hidden in the content manager, no role holds a permission on it.
 *
 * Routes (admin login; the content manager's read permission on the type, and the organisation
 * rule of org-scope.ts — an editor of another organisation gets 403):
 *
 *   GET  /stadtportal/history/versions?uid=…&documentId=…[&locale=de]   newest first, no content
 *   GET  /stadtportal/history/diff?from=<id>&to=<id>                     field by field, word by word
 *   POST /stadtportal/history/restore  { "version": <id> }              the version becomes the draft
 *
 * A restore is an `update` of the draft through the Document Service, so the organisation rule,
 * validation and the four-eyes state apply as for any edit; the published version stays as it is.
 */

export const HISTORY_PATH = '/stadtportal/history';

/** Strapi's `string` columns hold 255 characters; an actor's name and e-mail may be longer. */
const clip = (s: string) => (s.length > 255 ? `${s.slice(0, 254)}…` : s);

interface ModelInfo {
  options?: { draftAndPublish?: boolean };
  kind?: string;
  pluginOptions?: { i18n?: { localized?: boolean } };
}
const modelOf = (strapi: Core.Strapi, uid: string) => (strapi.contentTypes as unknown as Record<string, ModelInfo | undefined>)[uid];

// The registry's internal types, the history's own among them: no versions of feedback or of versions.
const INTERNAL: readonly string[] = internalTypeUids();

/** Types whose publications are kept: the portal's types with draft & publish. */
const hasHistory = (strapi: Core.Strapi, uid: string): boolean =>
  uid.startsWith('api::') && !INTERNAL.includes(uid) && modelOf(strapi, uid)?.options?.draftAndPublish === true;

interface VersionRow {
  id: number;
  entryUid: string;
  entryDocumentId: string;
  entryLocale: string | null;
  hash: string;
  data?: string;
  versionPublishedAt: string | Date;
  actor: string;
  actorId: number | null;
  release: string | null;
}

const query = (strapi: Core.Strapi, uid: string) => strapi.db.query(uid as Parameters<typeof strapi.db.query>[0]);
const iso = (v: string | Date) => new Date(v).toISOString();

/** The newest stored version of a document in a locale (null: none yet). */
async function newestVersion(strapi: Core.Strapi, uid: string, documentId: string, locale: string | null): Promise<VersionRow | null> {
  return (await query(strapi, HISTORY_UID).findOne({
    where: { entryUid: uid, entryDocumentId: documentId, entryLocale: locale },
    orderBy: [{ versionPublishedAt: 'desc' }, { id: 'desc' }],
  })) as VersionRow | null;
}

type RequestState = Parameters<typeof actorOf>[0];
const requestState = (strapi: Core.Strapi): RequestState => (strapi.requestContext.get() as { state?: RequestState } | undefined)?.state;

/** Stores the published versions a publish produced (inside its transaction: both commit or neither). */
async function keepPublished(strapi: Core.Strapi, uid: string, documentId: string, locales: (string | null)[]): Promise<void> {
  const localized = modelOf(strapi, uid)?.pluginOptions?.i18n?.localized === true;
  const populate = contentPopulate(strapi, uid);
  const who = actorOf(requestState(strapi));
  for (const locale of locales) {
    const row = (await query(strapi, uid).findOne({
      where: { documentId, publishedAt: { $notNull: true }, ...(localized && locale !== null ? { locale } : {}) },
      populate,
    })) as (Record<string, unknown> & { publishedAt?: string | Date }) | null;
    if (row === null) continue;
    const data = extractContent(strapi, uid, row);
    const hash = versionHash(data);
    const stored = localized ? locale : null;
    if ((await newestVersion(strapi, uid, documentId, stored))?.hash === hash) continue;
    await query(strapi, HISTORY_UID).create({
      data: {
        entryUid: uid,
        entryDocumentId: documentId,
        entryLocale: stored,
        hash,
        data: canonicalJson(data),
        versionPublishedAt: row.publishedAt ? iso(row.publishedAt) : new Date().toISOString(),
        actor: clip(who.actor),
        actorId: who.actorId,
        release: null,
      },
    });
  }
}

const documentIdOf = (result: unknown): string | undefined =>
  typeof result === 'object' && result !== null && 'documentId' in result && typeof result.documentId === 'string' ? result.documentId : undefined;

/** The Document Service middleware (from `register`). */
export function registerHistory(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const params = context.params as { documentId?: unknown; status?: unknown; locale?: unknown };
    const uid = context.uid;
    if (!hasHistory(strapi, uid)) return next();
    // A create or update with `status: 'published'` (REST with an API token) publishes inside
    // Strapi's repository, past the `publish` action: its published version is kept here.
    if ((context.action === 'create' || context.action === 'update') && params.status === 'published') {
      return strapi.db.transaction(async () => {
        const result = await next();
        const documentId = documentIdOf(result);
        const locale = typeof result === 'object' && result !== null && 'locale' in result && typeof result.locale === 'string' ? result.locale : null;
        if (documentId !== undefined) await keepPublished(strapi, uid, documentId, [locale]);
        return result;
      });
    }
    if (context.action !== 'publish' || typeof params.documentId !== 'string') return next();
    const documentId = params.documentId;
    return strapi.db.transaction(async () => {
      const result = await next();
      const entries =
        typeof result === 'object' && result !== null && 'entries' in result && Array.isArray(result.entries) ? (result.entries as { locale?: unknown }[]) : [];
      const locales = [...new Set(entries.map((e) => (typeof e.locale === 'string' ? e.locale : null)))];
      await keepPublished(strapi, uid, documentId, locales);
      return result;
    });
  });
}

/** Retention settings, read strictly: a wrong value stops the start instead of deleting by a guess. */
export function retentionSettings(env: NodeJS.ProcessEnv = process.env): { official: number; other: number } {
  return {
    official: parseRetentionYears('HISTORY_RETENTION_YEARS_OFFICIAL', env.HISTORY_RETENTION_YEARS_OFFICIAL, DEFAULT_RETENTION_YEARS_OFFICIAL),
    other: parseRetentionYears('HISTORY_RETENTION_YEARS', env.HISTORY_RETENTION_YEARS, DEFAULT_RETENTION_YEARS),
  };
}

/** The daily retention run (config/cron-tasks.ts, under the cluster lock): deletes what prunableVersions names. */
export async function pruneHistory(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const rows = (await query(strapi, HISTORY_UID).findMany({
    select: ['id', 'entryUid', 'entryDocumentId', 'entryLocale', 'versionPublishedAt'],
  })) as VersionRow[];
  const ids = prunableVersions(
    rows.map((r) => ({ id: r.id, uid: r.entryUid, documentId: r.entryDocumentId, locale: r.entryLocale, publishedAt: iso(r.versionPublishedAt) })),
    now,
    retentionSettings(),
  );
  // In slices: one IN list per query stays within the databases' parameter limits.
  for (let i = 0; i < ids.length; i += 500) await query(strapi, HISTORY_UID).deleteMany({ where: { id: { $in: ids.slice(i, i + 500) } } });
  if (ids.length > 0) strapi.log.info(`Versionsgeschichte: ${ids.length} Fassungen nach Ablauf der Aufbewahrungsfrist gelöscht.`);
  return ids.length;
}

/** From `bootstrap`: checks the retention settings (a typo must not go unnoticed until the night). */
export function bootstrapHistory(): void {
  retentionSettings();
}

// ---------------------------------------------------------------------------------------------
// Routes

interface Ability {
  can(action: string, subject: string): boolean;
}
interface RouteContext {
  state: { user?: AdminUser; userAbility?: Ability };
  query: Record<string, unknown>;
  request: { body?: unknown };
  body: unknown;
  status: number;
}

const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function bad(message: string): never {
  throw new errors.ValidationError(`Versionsgeschichte: ${message}`);
}

const versionId = (value: unknown, name: string): number => {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^[1-9]\d{0,9}$/.test(text)) bad(`„${name}“ muss die Nummer einer Fassung sein.`);
  return Number(text);
};

/** Login, the content manager's permission on the type, and the organisation rule for the document. */
async function authorise(strapi: Core.Strapi, ctx: RouteContext, uid: string, documentId: string, action: 'read' | 'update'): Promise<void> {
  const user = ctx.state.user;
  if (user === undefined) throw new Error('Versionsgeschichte: keine Anmeldung (Richtlinie admin::isAuthenticatedAdmin fehlt?)');
  if (ctx.state.userAbility?.can(`plugin::content-manager.explorer.${action}`, uid) !== true) {
    throw new errors.PolicyError(
      action === 'read'
        ? 'Versionsgeschichte: Diesen Inhaltstyp dürfen Sie nicht lesen.'
        : 'Versionsgeschichte: Diesen Inhaltstyp dürfen Sie nicht bearbeiten.',
    );
  }
  if (!(await withinOrganisations(strapi, user, uid, documentId))) {
    throw new errors.PolicyError('Versionsgeschichte: Dieser Eintrag gehört nicht zu Ihrer Organisation.');
  }
}

async function versionById(strapi: Core.Strapi, id: number): Promise<VersionRow> {
  const row = (await query(strapi, HISTORY_UID).findOne({ where: { id } })) as VersionRow | null;
  if (row === null) throw new errors.NotFoundError(`Versionsgeschichte: Fassung ${id} gibt es nicht.`);
  return row;
}

const summary = (r: VersionRow) => ({
  id: r.id,
  uid: r.entryUid,
  documentId: r.entryDocumentId,
  locale: r.entryLocale,
  hash: r.hash,
  publishedAt: iso(r.versionPublishedAt),
  actor: r.actor,
  release: r.release,
});

const contentOf = (r: VersionRow): Record<string, unknown> => JSON.parse(r.data ?? '{}') as Record<string, unknown>;

/** Where the dashboard edits the document (the answer to a restore). */
function editPath(strapi: Core.Strapi, uid: string, documentId: string, locale: string | null): string {
  const single = modelOf(strapi, uid)?.kind === 'singleType';
  const base = single ? `/admin/content-manager/single-types/${uid}` : `/admin/content-manager/collection-types/${uid}/${documentId}`;
  return locale === null ? base : `${base}?plugins[i18n][locale]=${encodeURIComponent(locale)}`;
}

export function registerHistoryRoutes(strapi: Core.Strapi): void {
  const route = (method: 'GET' | 'POST', path: string, handler: (ctx: RouteContext) => Promise<void>) => ({
    method,
    path: `${HISTORY_PATH}${path}`,
    handler,
    config: { policies: ['admin::isAuthenticatedAdmin'] },
    info: { type: 'admin' },
  });
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      route('GET', '/versions', async (ctx) => {
        const { uid, documentId, locale } = ctx.query;
        if (typeof uid !== 'string' || !hasHistory(strapi, uid)) bad('„uid“ muss ein Inhaltstyp mit Entwurf und Veröffentlichung sein.');
        if (typeof documentId !== 'string' || !DOCUMENT_ID.test(documentId)) bad('„documentId“ fehlt oder ist ungültig.');
        if (locale !== undefined && (typeof locale !== 'string' || !LOCALE.test(locale))) bad('„locale“ ist keine Sprache.');
        await authorise(strapi, ctx, uid, documentId, 'read');
        const rows = (await query(strapi, HISTORY_UID).findMany({
          where: { entryUid: uid, entryDocumentId: documentId, ...(typeof locale === 'string' ? { entryLocale: locale } : {}) },
          select: ['id', 'entryUid', 'entryDocumentId', 'entryLocale', 'hash', 'versionPublishedAt', 'actor', 'release'],
          orderBy: [{ versionPublishedAt: 'desc' }, { id: 'desc' }],
        })) as VersionRow[];
        ctx.body = { data: rows.map(summary) };
      }),
      route('GET', '/diff', async (ctx) => {
        const from = await versionById(strapi, versionId(ctx.query.from, 'from'));
        const to = await versionById(strapi, versionId(ctx.query.to, 'to'));
        if (from.entryUid !== to.entryUid || from.entryDocumentId !== to.entryDocumentId || from.entryLocale !== to.entryLocale) {
          bad('Beide Fassungen müssen zum selben Eintrag in derselben Sprache gehören.');
        }
        await authorise(strapi, ctx, from.entryUid, from.entryDocumentId, 'read');
        const fields = diffVersions(contentOf(from), contentOf(to), (field) => germanLabel(from.entryUid, field));
        ctx.body = { data: { from: summary(from), to: summary(to), fields } };
      }),
      route('POST', '/restore', async (ctx) => {
        const body = ctx.request.body;
        const id = versionId(typeof body === 'object' && body !== null ? (body as { version?: unknown }).version : undefined, 'version');
        const version = await versionById(strapi, id);
        const uid = version.entryUid;
        if (!hasHistory(strapi, uid)) bad(`Inhaltstyp ${uid} gibt es nicht mehr.`);
        await authorise(strapi, ctx, uid, version.entryDocumentId, 'update');
        const exists = await query(strapi, uid).count({ where: { documentId: version.entryDocumentId } });
        if (exists === 0)
          throw new errors.NotFoundError('Versionsgeschichte: Der Eintrag wurde gelöscht; seine Fassungen lassen sich nicht als Entwurf wiederherstellen.');
        // The Document Service: the organisation rule, validation and four-eyes run as for any edit.
        await strapi.documents(uid as Parameters<typeof strapi.documents>[0]).update({
          documentId: version.entryDocumentId,
          ...(version.entryLocale === null ? {} : { locale: version.entryLocale }),
          data: contentOf(version) as never,
        });
        ctx.body = { data: { restored: summary(version), editPath: editPath(strapi, uid, version.entryDocumentId, version.entryLocale) } };
      }),
    ],
  });
}
