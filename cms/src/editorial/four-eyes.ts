import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CMS_CONTENT_TYPES, FOUR_EYES_STATES, type CmsContentTypeName, type FourEyesState } from '@stadtportal/shared/rules';
import { ORGANISATION_UID } from './org-scope';
import { ADMIN_STRATEGY } from '../auth-strategies';

/*
 * Four-eyes publishing (Vier-Augen-Prinzip, docs/adr/0021-four-eyes-publishing.md). For a content
 * type and organisation that want it, a document goes live only when a second person publishes it:
 *
 * 1. The author sets „Freigabe“ to `zur-freigabe` and saves (an update; this module notes who
 *    asked, in the hidden field `freigabeAngefordertVon`).
 * 2. Another person who may publish it — the role's permissions and the organisation rule
 *    (org-scope.ts, which runs before this) decide that — publishes. Refused: whoever edited the
 *    draft last (Strapi's `updatedBy` on the draft), whoever asked for the release, and any
 *    publish of a draft that was not put up for release.
 * 3. After the publish the state goes back to `entwurf`, on the draft and the published version.
 *
 * One Document Service middleware, so every door passes it: the dashboard's publish button (which
 * saves the form first — a save that changes nothing does not make the reviewer the last editor),
 * bulk publish (publishMany runs `publish` per document in 5.54, in one transaction), create or
 * update with `status: 'published'` (Strapi publishes inside the repository, past the
 * middlewares: here it is split into save + refusal), clone (a copy starts as `entwurf`), REST
 * writes with an API token (a machine is no second person: refused) and the scheduled task
 * (schedule.ts marks its publishes: refused, it is no second person either). The seed and other
 * operator code without a request publish as before.
 *
 * The setting: the organisation's repeatable component „Vier-Augen-Prinzip“ (`vierAugen`: content
 * type + on/off), read from its draft like `editors`; without an entry the default below applies.
 */

export const REVIEW_FIELD = 'freigabe';
export const REQUESTER_FIELD = 'freigabeAngefordertVon';
export const SETTING_FIELD = 'vierAugen';
// The states and their German labels are the contract's (shared/src/rules/four-eyes.ts): the list view shows the labels.
export const REVIEW_STATES = FOUR_EYES_STATES;
export type ReviewState = FourEyesState;

/** On for every organisation unless it switches them off (issue 20): Bekanntmachungen, Amtsblatt. */
export const FOUR_EYES_DEFAULT_ON: readonly CmsContentTypeName[] = ['public-notice', 'amtsblatt-issue'];

/** „Diese Bekanntmachung …“: the document in the messages, per type. */
const DOCUMENT_NOUN: Partial<Record<CmsContentTypeName, string>> = {
  'public-notice': 'Bekanntmachung',
  'amtsblatt-issue': 'Amtsblatt-Ausgabe',
  'news-article': 'Nachricht',
};

interface Attribute {
  type: string;
}

/**
 * The types that can be published by four eyes: the registry's types whose schema has the review
 * field (its name is what the setting's enumeration lists; checkSettingChoices holds both equal at start).
 */
export function fourEyesTypes(strapi: Core.Strapi): { name: CmsContentTypeName; uid: string }[] {
  return (Object.entries(CMS_CONTENT_TYPES) as [CmsContentTypeName, { uid: string }][])
    .filter(([, t]) => {
      const model = (strapi.contentTypes as unknown as Record<string, { attributes: Record<string, Attribute> } | undefined>)[t.uid];
      return model?.attributes[REVIEW_FIELD]?.type === 'enumeration';
    })
    .map(([name, t]) => ({ name, uid: t.uid }));
}

/** Does the organisation (documentId; null: none) want four eyes for this type? */
export async function fourEyesRequired(strapi: Core.Strapi, name: CmsContentTypeName, organisation: string | null): Promise<boolean> {
  const fallback = FOUR_EYES_DEFAULT_ON.includes(name);
  if (organisation === null) return fallback;
  const row = (await strapi.db.query(ORGANISATION_UID).findOne({
    where: { documentId: organisation, publishedAt: null },
    select: ['id'],
    populate: { [SETTING_FIELD]: true },
  })) as { [SETTING_FIELD]?: { contentType?: string; active?: boolean | null }[] } | null;
  // The last entry for the type counts (the list is read top to bottom, as shown).
  const entry = (row?.[SETTING_FIELD] ?? []).filter((e) => e.contentType === name).at(-1);
  return entry === undefined ? fallback : entry.active !== false;
}

/** Publishes started by the scheduled task (schedule.ts): not a person. */
const scheduled = new AsyncLocalStorage<true>();
export const asScheduledTask = <T>(fn: () => Promise<T>): Promise<T> => scheduled.run(true, fn);

type Actor = { kind: 'person'; id: number } | { kind: 'machine' } | { kind: 'scheduled' } | { kind: 'system' };

interface RequestContext {
  request?: { path?: string };
  state?: { user?: { id: number }; auth?: { strategy?: { name?: string } }; [key: symbol]: unknown };
}

const requestContext = (strapi: Core.Strapi) => strapi.requestContext.get() as RequestContext | undefined;

/** Who publishes: a logged-in admin user, a machine (API token, another REST credential), the scheduled task, or operator code. */
function actorOf(strapi: Core.Strapi): Actor {
  if (scheduled.getStore() === true) return { kind: 'scheduled' };
  const ctx = requestContext(strapi);
  if (ctx === undefined) return { kind: 'system' };
  if (ctx.state?.auth?.strategy?.name === ADMIN_STRATEGY && typeof ctx.state.user?.id === 'number') return { kind: 'person', id: ctx.state.user.id };
  return { kind: 'machine' };
}

/** 403 with the German message shown in the dashboard (see org-scope.ts: PolicyError survives the authorize middleware). */
function refuse(message: string): never {
  throw new errors.PolicyError(message);
}

interface DraftRow {
  id: number;
  [REVIEW_FIELD]?: ReviewState | null;
  [REQUESTER_FIELD]?: number | null;
  updatedBy?: { id: number } | null;
  organisation?: { documentId: string } | null;
}

async function draftsOf(strapi: Core.Strapi, uid: string, documentId: string): Promise<DraftRow[]> {
  return (await strapi.db.query(uid as Parameters<typeof strapi.db.query>[0]).findMany({
    where: { documentId, publishedAt: null },
    select: ['id', REVIEW_FIELD, REQUESTER_FIELD],
    populate: { updatedBy: { select: ['id'] }, organisation: { select: ['documentId'] } },
  })) as DraftRow[];
}

/**
 * The dashboard's publish button saves the form before publishing (content-manager 5.54, one
 * request, one transaction). When that save changed nothing, the last editor is the one before it:
 * noted here per request, keyed by documentId.
 */
const PRIOR_EDITOR = Symbol('stadtportal.vierAugen.vorherigeBearbeitung');
const isDashboardPublish = (ctx: RequestContext | undefined) => /\/actions\/publish$/.test(ctx?.request?.path ?? '');

function priorEditors(ctx: RequestContext): Map<string, number | null> {
  const state = (ctx.state ??= {});
  let map = state[PRIOR_EDITOR] as Map<string, number | null> | undefined;
  if (!map) {
    map = new Map();
    state[PRIOR_EDITOR] = map;
  }
  return map;
}

const IGNORED = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', REVIEW_FIELD, REQUESTER_FIELD, '__order']);

/** The stored content of a draft without ids and bookkeeping: two saves of the same content compare equal. */
function normalise(value: unknown, nested = false): unknown {
  if (Array.isArray(value)) return value.map((v) => normalise(v, nested));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (nested) {
    // A linked document or file: who it is, not what it holds.
    if (typeof record.documentId === 'string' && ('publishedAt' in record || 'locale' in record)) return { documentId: record.documentId };
    if (typeof record.hash === 'string' && typeof record.mime === 'string') return { file: record.id };
  }
  return Object.fromEntries(
    Object.keys(record)
      .filter((k) => !IGNORED.has(k))
      .sort()
      .map((k) => [k, normalise(record[k], true)]),
  );
}

interface ModelInfo {
  attributes: Record<string, { type: string; component?: string; repeatable?: boolean }>;
}

/** A populate of every relation, file and component (components recursively). */
function populateAll(strapi: Core.Strapi, model: ModelInfo | undefined, depth = 0): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [field, attr] of Object.entries(model?.attributes ?? {})) {
    if (field === 'createdBy' || field === 'updatedBy') continue;
    if (attr.type === 'relation' || attr.type === 'media') populate[field] = true;
    if (attr.type === 'component' && attr.component && depth < 4) {
      const component = (strapi.components as unknown as Record<string, ModelInfo | undefined>)[attr.component];
      const inner = populateAll(strapi, component, depth + 1);
      populate[field] = Object.keys(inner).length > 0 ? { populate: inner } : true;
    }
  }
  return populate;
}

async function storedContent(strapi: Core.Strapi, uid: string, documentId: string): Promise<string> {
  const model = (strapi.contentTypes as unknown as Record<string, ModelInfo | undefined>)[uid];
  const rows = (await strapi.db.query(uid as Parameters<typeof strapi.db.query>[0]).findMany({
    where: { documentId, publishedAt: null },
    populate: populateAll(strapi, model),
  })) as unknown[];
  return JSON.stringify(normalise(rows));
}

function nounOf(name: CmsContentTypeName): string {
  return DOCUMENT_NOUN[name] ?? 'Eintrag';
}

/** The publish rule for one document; throws the German refusal. */
async function checkPublish(strapi: Core.Strapi, name: CmsContentTypeName, uid: string, documentId: string, actor: Actor): Promise<void> {
  if (actor.kind === 'system') return;
  const noun = nounOf(name);
  for (const draft of await draftsOf(strapi, uid, documentId)) {
    if (!(await fourEyesRequired(strapi, name, draft.organisation?.documentId ?? null))) continue;
    const prefix = `Vier-Augen-Prinzip: Diese ${noun} muss von einer zweiten Person freigegeben werden`;
    if (actor.kind === 'machine') refuse(`${prefix} – über die Programmierschnittstelle (API-Token) kann sie nicht veröffentlicht werden.`);
    if (actor.kind === 'scheduled') refuse(`${prefix} – die zeitgesteuerte Veröffentlichung ist keine zweite Person. Bitte im Dashboard freigeben.`);
    if (draft[REVIEW_FIELD] !== 'zur-freigabe') {
      refuse(
        `${prefix}. Sie ist noch nicht zur Freigabe gestellt: „Freigabe“ auf „zur-freigabe“ setzen und speichern; veröffentlichen kann sie dann eine andere Person.`,
      );
    }
    const ctx = requestContext(strapi);
    const prior = ctx && isDashboardPublish(ctx) ? priorEditors(ctx).get(documentId) : undefined;
    const lastEditor = prior !== undefined ? prior : (draft.updatedBy?.id ?? null);
    if (lastEditor === actor.id) refuse(`${prefix} – Sie haben sie zuletzt bearbeitet.`);
    if (draft[REQUESTER_FIELD] === actor.id) refuse(`${prefix} – Sie haben sie zur Freigabe gestellt.`);
  }
}

/** After a publish: the state starts over (draft and published version), without a new version or timestamp. */
async function resetState(strapi: Core.Strapi, uid: string, documentId: string): Promise<void> {
  await strapi.db.query(uid as Parameters<typeof strapi.db.query>[0]).updateMany({
    where: { documentId },
    data: { [REVIEW_FIELD]: 'entwurf', [REQUESTER_FIELD]: null },
  });
}

/** Who asked for the release: set by this module only, when the state turns to `zur-freigabe`. */
async function noteRequester(strapi: Core.Strapi, uid: string, params: { documentId?: string; data?: Record<string, unknown> }, actor: Actor) {
  if (!params.data) return;
  // Only this module writes who asked: a value sent along is dropped.
  const { [REQUESTER_FIELD]: _sent, ...data } = params.data;
  params.data = data;
  if (actor.kind === 'machine' || actor.kind === 'scheduled') {
    // A machine (an API token) is nobody who could ask for a release, and what it changes has
    // not been seen by anyone: its write puts the document back to `entwurf` — a person asks again.
    data[REVIEW_FIELD] = 'entwurf';
    data[REQUESTER_FIELD] = null;
    return;
  }
  if (!(REVIEW_FIELD in data)) return;
  if (data[REVIEW_FIELD] !== 'zur-freigabe') {
    data[REQUESTER_FIELD] = null;
    return;
  }
  const before = params.documentId ? await draftsOf(strapi, uid, params.documentId) : [];
  if (before.length > 0 && before.every((d) => d[REVIEW_FIELD] === 'zur-freigabe')) return;
  data[REQUESTER_FIELD] = actor.kind === 'person' ? actor.id : null;
}

type Params = { documentId?: string; locale?: unknown; status?: string; data?: Record<string, unknown> };

export function registerFourEyes(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const type = fourEyesTypes(strapi).find((t) => t.uid === context.uid);
    if (!type) return next();
    const params = context.params as Params;
    const actor = actorOf(strapi);

    if (context.action === 'clone') {
      // A copy is a new draft: nobody has asked for its release yet.
      params.data = { ...(params.data ?? {}), [REVIEW_FIELD]: 'entwurf', [REQUESTER_FIELD]: null };
      return next();
    }

    if (context.action === 'create' || context.action === 'update') {
      await noteRequester(strapi, context.uid, params, actor);
      const ctx = requestContext(strapi);
      const documentId = params.documentId;
      let before: string | undefined;
      let editorBefore: number | null = null;
      if (context.action === 'update' && documentId && actor.kind === 'person' && ctx && isDashboardPublish(ctx)) {
        before = await storedContent(strapi, context.uid, documentId);
        editorBefore = (await draftsOf(strapi, context.uid, documentId))[0]?.updatedBy?.id ?? null;
      }
      if (params.status === 'published' && actor.kind !== 'system') {
        // Strapi would publish inside the repository, past this middleware: save the draft here,
        // then publish through the Document Service, where the rule applies — saving and
        // publishing in one step is one person's work.
        return strapi.db.transaction(async () => {
          params.status = 'draft';
          const saved = (await next()) as { documentId: string };
          const drafts = await draftsOf(strapi, context.uid, saved.documentId);
          for (const draft of drafts) {
            if (await fourEyesRequired(strapi, type.name, draft.organisation?.documentId ?? null)) {
              const prefix = `Vier-Augen-Prinzip: Diese ${nounOf(type.name)} muss von einer zweiten Person freigegeben werden`;
              refuse(
                actor.kind === 'person'
                  ? `${prefix} – Speichern und Veröffentlichen in einem Schritt geht nicht.`
                  : `${prefix} – über die Programmierschnittstelle (API-Token) kann sie nicht veröffentlicht werden.`,
              );
            }
          }
          const published = (await strapi.documents(context.uid).publish({
            documentId: saved.documentId,
            ...(typeof params.locale === 'string' ? { locale: params.locale } : {}),
          })) as { entries: unknown[] };
          return published.entries[0] as Awaited<ReturnType<typeof next>>;
        });
      }
      const result = await next();
      if (before !== undefined && documentId && (await storedContent(strapi, context.uid, documentId)) === before && ctx) {
        priorEditors(ctx).set(documentId, editorBefore);
      }
      return result;
    }

    if (context.action === 'publish' && params.documentId) {
      await checkPublish(strapi, type.name, context.uid, params.documentId, actor);
      const result = await next();
      await resetState(strapi, context.uid, params.documentId);
      return result;
    }
    return next();
  });
}

interface Configuration {
  metadatas?: unknown;
  settings?: unknown;
  layouts?: { list?: string[] };
}
interface ConfigurationService {
  findConfiguration(model: unknown): Promise<Configuration>;
  updateConfiguration(model: unknown, configuration: Configuration): Promise<unknown>;
}

/** The setting's choices must be exactly the types with the review field: else the start fails, naming both lists. */
export function checkSettingChoices(strapi: Core.Strapi): void {
  const component = (strapi.components as unknown as Record<string, { attributes: Record<string, { enum?: string[] }> } | undefined>)['editorial.four-eyes'];
  const choices = [...(component?.attributes.contentType?.enum ?? [])].sort();
  const types = fourEyesTypes(strapi)
    .map((t) => t.name as string)
    .sort();
  if (choices.join(',') !== types.join(',')) {
    throw new Error(
      `Vier-Augen-Prinzip: Die Auswahl „Inhaltstyp“ (editorial.four-eyes: ${choices.join(', ')}) muss genau die Typen mit dem Feld „${REVIEW_FIELD}“ nennen (${types.join(', ')}).`,
    );
  }
}

/**
 * The list view shows the review state („Freigabe“), so a reviewer sees what waits. Added once
 * when missing from the list columns; an administrator who removes it under „Ansicht
 * konfigurieren“ gets it back on the next start (the state is part of the rule).
 */
export async function showReviewStateInLists(strapi: Core.Strapi): Promise<void> {
  checkSettingChoices(strapi);
  const service = strapi.plugin('content-manager').service('content-types') as ConfigurationService;
  for (const { uid } of fourEyesTypes(strapi)) {
    const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
    const configuration = await service.findConfiguration(model);
    const list = configuration.layouts?.list ?? [];
    if (list.includes(REVIEW_FIELD)) continue;
    await service.updateConfiguration(model, {
      settings: configuration.settings,
      metadatas: configuration.metadatas,
      layouts: { ...configuration.layouts, list: [...list, REVIEW_FIELD] },
    });
  }
}
