import { createHash, timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { importFileName, recordCsv, REDIRECT_IMPORT_HEADER, type RecordAction, type RecordFields } from '@stadtportal/shared/record';
import { internalTypeUids } from '@stadtportal/shared/rules';
import { ADMIN_STRATEGY, API_TOKEN_STRATEGY } from '../auth-strategies';
import { REDIRECT_UID } from '../redirects/validate';
import { appendRecord, ensureRecordTable, readRecord, readRecordPage } from './store';
import { assignRelease } from '../history/release';

/*
 * The publication record (Veröffentlichungsprotokoll, issue 20; docs/OPERATIONS.md): every
 * publish, unpublish, discard and delete of every content type (for types without draft &
 * publish every save, which is their publication), appended by a Document Service
 * middleware after the action succeeded — the content manager's single and bulk actions, the
 * scheduled publishing, REST writes with an API token and the seed all go through it. Read by
 * super admins only:
 *
 *   GET /stadtportal/publication-record?page=1&pageSize=50   JSON, newest first
 *   GET /stadtportal/publication-record.csv                  CSV, oldest first
 *
 * The build runner reports what editors' actions do not show — a release gone live with the gates
 * it passed, a rollback — with the webhook's shared secret (WEBHOOK_SECRET, the same on both
 * sides; scripts/publish/record.ts):
 *
 *   POST /stadtportal/publication-record/events  Authorization: Bearer <WEBHOOK_SECRET>
 *        { "action": "release-live", "release": "<id>", "gates": { "<Schritt>": "bestanden" } }
 *        { "action": "rollback", "release": "<id now live>", "from": "<id before>" }
 *
 * Tamper evidence: each entry carries the previous entry's hash (shared/src/rules/record.ts);
 * `pnpm record:verify` recomputes the chain from the database.
 */

const INTERNAL_TYPES: readonly string[] = internalTypeUids();

export const RECORD_PATH = '/stadtportal/publication-record';

const RECORDED: Record<string, RecordAction> = {
  publish: 'publish',
  unpublish: 'unpublish',
  discardDraft: 'discard-draft',
  delete: 'delete',
};

interface AdminUser {
  id: number;
  email?: string;
  firstname?: string | null;
  lastname?: string | null;
  roles?: { code: string }[];
}

interface RequestState {
  user?: AdminUser;
  auth?: { strategy?: { name?: string }; credentials?: { id?: number; name?: string } };
}

/** Who acts: the admin user of a dashboard request, an API token's name, or „System“ (seed, cron). */
export function actorOf(state: RequestState | undefined): Pick<RecordFields, 'actorId' | 'actor'> {
  const strategy = state?.auth?.strategy?.name;
  if (strategy === ADMIN_STRATEGY && state?.user) {
    const u = state.user;
    const name = [u.firstname, u.lastname].filter((p): p is string => typeof p === 'string' && p !== '').join(' ');
    return { actorId: u.id, actor: [u.email ?? `Benutzer ${u.id}`, name].filter((p) => p !== '').join(' – ') };
  }
  if (strategy === API_TOKEN_STRATEGY) return { actorId: null, actor: `API-Token „${state?.auth?.credentials?.name ?? 'unbekannt'}“` };
  return { actorId: null, actor: 'System' };
}

const requestState = (strapi: Core.Strapi): RequestState | undefined => (strapi.requestContext.get() as { state?: RequestState } | undefined)?.state;

interface ModelInfo {
  attributes: Record<string, { type?: string; target?: string }>;
}

/** The fields that name an entry in the record: its title (or name) and slug, and its organisation relation. */
function namingFields(strapi: Core.Strapi, uid: string): { title?: string; slug?: string; organisation: boolean } {
  const model = (strapi.contentTypes as unknown as Record<string, ModelInfo | undefined>)[uid];
  const attrs = model?.attributes ?? {};
  const title = ['title', 'name', 'label', 'question', 'from'].find((f) => attrs[f]?.type === 'string' || attrs[f]?.type === 'text');
  return {
    ...(title === undefined ? {} : { title }),
    ...(attrs.slug === undefined ? {} : { slug: 'slug' }),
    organisation: attrs.organisation?.type === 'relation' && attrs.organisation.target === 'api::organisation.organisation',
  };
}

interface StoredVersion {
  locale?: string | null;
  publishedAt?: string | null;
  organisation?: { documentId?: string } | null;
  [field: string]: unknown;
}

/** Title, slug and organisation of a document as stored before the action (after a delete it is gone). */
async function describeDocument(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale: unknown,
): Promise<Pick<RecordFields, 'label' | 'organisation' | 'locale'>> {
  const naming = namingFields(strapi, uid);
  const rows = (await strapi.db.query(uid as Parameters<typeof strapi.db.query>[0]).findMany({
    where: { documentId, ...(typeof locale === 'string' && locale !== '*' ? { locale } : {}) },
    ...(naming.organisation ? { populate: { organisation: { select: ['documentId'] } } } : {}),
  })) as StoredVersion[];
  // The draft names the document (the published version may be older); either will do.
  const row = rows.find((r) => r.publishedAt === null) ?? rows[0];
  const text = (field: string | undefined) => (field !== undefined && typeof row?.[field] === 'string' ? (row[field] as string) : undefined);
  const title = text(naming.title);
  const slug = text(naming.slug);
  const label = title !== undefined && slug !== undefined ? `${title} (${slug})` : (title ?? slug ?? null);
  const locales = [...new Set(rows.map((r) => r.locale).filter((l): l is string => typeof l === 'string'))].sort();
  return { label, organisation: row?.organisation?.documentId ?? null, locale: locales.length > 0 ? locales.join(',') : null };
}

/** Locales an action touched, from its result (`{ documentId, entries }`); null: the result says nothing. */
function touchedLocales(result: unknown): string[] | null {
  if (typeof result !== 'object' || result === null || !('entries' in result) || !Array.isArray(result.entries)) return null;
  const entries = result.entries as { locale?: unknown }[];
  return [...new Set(entries.map((e) => e.locale).filter((l): l is string => typeof l === 'string'))].sort();
}

/**
 * Types without draft & publish (redirects, site and map settings) have no publish: a save is live
 * with the next build, so their create and update are recorded as what they are — a publication.
 */
function savesArePublications(strapi: Core.Strapi, uid: string): boolean {
  const model = (strapi.contentTypes as unknown as Record<string, { options?: { draftAndPublish?: boolean } } | undefined>)[uid];
  return uid.startsWith('api::') && model?.options?.draftAndPublish === false;
}

/**
 * The CSV file a redirect write comes from, when `pnpm redirects:import` wrote it: an API token
 * (a machine; a dashboard user's request is an editor's save, whatever headers it sends) with the
 * import header. A name outside the grammar is recorded as „(Dateiname ungültig)“, not dropped —
 * the write still came from an import.
 */
function importedFrom(strapi: Core.Strapi): string | null {
  const ctx = strapi.requestContext.get() as { state?: RequestState; request?: { headers?: Record<string, string | string[] | undefined> } } | undefined;
  if (ctx?.state?.auth?.strategy?.name !== API_TOKEN_STRATEGY) return null;
  const value = ctx.request?.headers?.[REDIRECT_IMPORT_HEADER];
  if (typeof value !== 'string') return null;
  return importFileName(value) ?? '(Dateiname ungültig)';
}

const documentIdOf = (result: unknown): string | undefined =>
  typeof result === 'object' && result !== null && 'documentId' in result && typeof result.documentId === 'string' ? result.documentId : undefined;

export function registerPublicationRecord(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const { uid } = context;
    // Citizens' feedback stays inside the CMS: saving or deleting it publishes nothing.
    if (INTERNAL_TYPES.includes(uid)) return next();
    const params = context.params as { documentId?: unknown; locale?: unknown };
    if ((context.action === 'create' || context.action === 'update') && savesArePublications(strapi, uid)) {
      // The document as saved names itself (a create has no documentId before).
      return strapi.db.transaction(async () => {
        const result = await next();
        const documentId = documentIdOf(result);
        if (documentId === undefined) throw new Error(`Veröffentlichungsprotokoll: ${context.action} von ${uid} ohne documentId im Ergebnis.`);
        const saved = await describeDocument(strapi, uid, documentId, params.locale);
        const imported = uid === REDIRECT_UID ? importedFrom(strapi) : null;
        await appendRecord(strapi, {
          at: new Date().toISOString(),
          ...actorOf(requestState(strapi)),
          action: imported === null ? 'publish' : 'redirect-import',
          contentType: uid,
          documentId,
          ...saved,
          ...(imported === null ? {} : { label: `${saved.label ?? documentId} (Import ${imported})` }),
          release: null,
          gates: null,
        });
        return result;
      });
    }
    const action = RECORDED[context.action];
    if (action === undefined || typeof params.documentId !== 'string') return next();
    const documentId = params.documentId;
    const state = requestState(strapi);
    // One transaction for the action and its entry (as redirects/slug-change.ts does for its
    // redirects): a publish whose entry cannot be written is rolled back, so nothing is published
    // unrecorded — and a bulk action's transaction, when there is one, takes both in.
    return strapi.db.transaction(async () => {
      // Read before: a deleted document has no title any more.
      const before = await describeDocument(strapi, uid, documentId, params.locale);
      const result = await next();
      const touched = touchedLocales(result);
      // Nothing published, unpublished or deleted (e.g. unpublish of a draft): nothing to record.
      if (touched !== null && (result as { entries: unknown[] }).entries.length === 0) return result;
      await appendRecord(strapi, {
        at: new Date().toISOString(),
        ...actorOf(state),
        action,
        contentType: uid,
        documentId,
        locale: touched !== null && touched.length > 0 ? touched.join(',') : before.locale,
        label: before.label,
        organisation: before.organisation,
        release: null,
        gates: null,
      });
      return result;
    });
  });
}

/** The table, before anything is published (the seed publishes): from the app's bootstrap. */
export const bootstrapPublicationRecord = ensureRecordTable;

interface RouteContext {
  state: { user?: AdminUser };
  query: Record<string, unknown>;
  body: unknown;
  status: number;
  type: string;
  request: { body?: unknown; headers: Record<string, string | string[] | undefined> };
  set(field: string, value: string): void;
}

export const RECORD_EVENTS_PATH = `${RECORD_PATH}/events`;

/** Constant-time comparison of the presented secret (hashes: equal length for timingSafeEqual). */
function secretMatches(presented: string, secret: string): boolean {
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(secret).digest();
  return timingSafeEqual(a, b);
}

const RELEASE_ID = /^[A-Za-z0-9._:-]{1,100}$/;
/** Strapi 5 documentIds: lower-case letters and digits (cuid2), never markup or separators. */
const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;
/** At most this many alerts named in one entry: a banner list, not a dump. */
const MAX_ALERTS_NAMED = 50;

/** The runner's event, read field by field (another process's JSON); a German reason when unusable. */
export function readRunnerEvent(body: unknown): { fields: Pick<RecordFields, 'action' | 'release' | 'gates' | 'label'> } | { problem: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { problem: 'Kein JSON-Objekt.' };
  const b = body as Record<string, unknown>;
  if (b.action === 'alert') {
    // The alerts on the site changed without a build (ADR 0007): which ones show now, by documentId.
    const ids = b.alerts;
    if (!Array.isArray(ids) || ids.length > MAX_ALERTS_NAMED || !ids.every((id): id is string => typeof id === 'string' && DOCUMENT_ID.test(id))) {
      return { problem: `„alerts“: eine Liste von höchstens ${MAX_ALERTS_NAMED} documentIds der Eilmeldungen, die jetzt angezeigt werden.` };
    }
    const label = ids.length === 0 ? 'Eilmeldungen auf der Website: keine' : `Eilmeldungen auf der Website: ${ids.length} (${ids.join(', ')})`;
    return { fields: { action: 'alert', release: null, gates: null, label } };
  }
  if (typeof b.release !== 'string' || !RELEASE_ID.test(b.release)) return { problem: '„release“ fehlt oder ist keine Release-Kennung.' };
  if (b.action === 'release-live') {
    const gates = b.gates;
    if (typeof gates !== 'object' || gates === null || Array.isArray(gates)) return { problem: '„gates“ fehlt: welche Prüfungen hat das Release bestanden?' };
    const entries = Object.entries(gates);
    const valid = entries.length <= 50 && entries.every(([k, v]) => k.length > 0 && k.length <= 200 && typeof v === 'string' && v.length <= 200);
    if (!valid) return { problem: '„gates“: höchstens 50 Prüfungen, Name und Ergebnis je ein Text bis 200 Zeichen.' };
    return { fields: { action: 'release-live', release: b.release, gates: JSON.stringify(Object.fromEntries(entries)), label: null } };
  }
  if (b.action === 'rollback') {
    if (typeof b.from !== 'string' || !RELEASE_ID.test(b.from)) return { problem: '„from“ fehlt: welches Release war vor dem Rollback live?' };
    return { fields: { action: 'rollback', release: b.release, gates: null, label: `Rollback von ${b.from} auf ${b.release}` } };
  }
  return { problem: '„action“ muss „release-live“, „rollback“ oder „alert“ sein.' };
}

/** Super admins only: the record names every editor's actions, across all organisations. */
function requireSuperAdmin(ctx: RouteContext): void {
  const user = ctx.state.user;
  if (user === undefined) throw new Error('Veröffentlichungsprotokoll: keine Anmeldung (Richtlinie admin::isAuthenticatedAdmin fehlt?)');
  if (!(user.roles ?? []).some((r) => r.code === 'strapi-super-admin')) {
    // PolicyError: a 403 whose message reaches the client (a ForbiddenError's is replaced by „Forbidden“).
    throw new errors.PolicyError('Das Veröffentlichungsprotokoll können nur Super-Admins einsehen.');
  }
}

const positiveInt = (v: unknown, fallback: number, max: number): number => {
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : fallback;
  return Math.min(Math.max(n, 1), max);
};

/** Register the routes (from `register`: admin routes are mounted after it). */
export function registerPublicationRecordRoutes(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      {
        method: 'GET',
        path: RECORD_PATH,
        handler: async (ctx: RouteContext) => {
          requireSuperAdmin(ctx);
          const page = positiveInt(ctx.query.page, 1, Number.MAX_SAFE_INTEGER);
          const pageSize = positiveInt(ctx.query.pageSize, 50, 500);
          const { entries, total } = await readRecordPage(strapi, page, pageSize);
          ctx.body = { data: entries, pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { type: 'admin' },
      },
      {
        method: 'GET',
        path: `${RECORD_PATH}.csv`,
        handler: async (ctx: RouteContext) => {
          requireSuperAdmin(ctx);
          ctx.type = 'text/csv; charset=utf-8';
          ctx.set('Content-Disposition', 'attachment; filename="veroeffentlichungsprotokoll.csv"');
          ctx.body = recordCsv(await readRecord(strapi));
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { type: 'admin' },
      },
      {
        method: 'POST',
        path: RECORD_EVENTS_PATH,
        handler: async (ctx: RouteContext) => {
          const secret = process.env.WEBHOOK_SECRET ?? '';
          // Without a secret of the webhook's length rule nobody may write: an empty one would match an empty header.
          if (secret.length < 16) throw new errors.NotFoundError('Kein Build-Runner eingerichtet (WEBHOOK_SECRET fehlt).');
          const header = ctx.request.headers.authorization;
          const presented = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
          if (!secretMatches(presented, secret)) throw new errors.UnauthorizedError('Falsches oder fehlendes Geheimnis.');
          const event = readRunnerEvent(ctx.request.body);
          if ('problem' in event) throw new errors.ValidationError(`Veröffentlichungsprotokoll: ${event.problem}`);
          const entry = await appendRecord(strapi, {
            at: new Date().toISOString(),
            actorId: null,
            actor: 'Build-Runner',
            contentType: null,
            documentId: null,
            locale: null,
            organisation: null,
            ...event.fields,
          });
          // The version history notes which release carried the versions published until now (ADR 0023).
          if (event.fields.action === 'release-live' && event.fields.release) await assignRelease(strapi, event.fields.release, new Date(entry.at));
          ctx.status = 201;
          ctx.body = { data: { seq: entry.seq, hash: entry.hash } };
        },
        // Not the admin login: the runner holds no admin account, only the webhook's secret (checked above).
        config: { auth: false },
        info: { type: 'admin' },
      },
    ],
  });
}
