import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ADMIN_STRATEGY } from '../auth-strategies';
import { organisationsOf, ORG_EDITOR_ROLE_CODE, PRESS_OFFICE_ROLE_CODE, type AdminUser } from '../editorial/org-scope';
import { ratedPages, reviewThreshold } from '../feedback/overview';
import { addDays, berlinDay, byDue, digestMail, dueState, germanDay, oneYearAfter, toIsoDay, type DigestItem, type IsoDay } from '@stadtportal/shared/rules';

/*
 * Owner and review date (issue 20, docs/adr/0022-review-dates-and-owners.md). Pages, services,
 * offices and places carry two private fields — not in REST, not in the snapshot:
 *
 *   verantwortlich  the owner's e-mail, an admin user who may edit the document
 *   pruefenBis      the day by which the owner checks the content again (Europe/Berlin)
 *
 * A Document Service middleware keeps the books: a publish with no date or one in the past sets
 * it one year ahead; an edit by the owner moves it one year ahead; a document without owner gets
 * the person who edits or publishes it. Both fields are written on every stored version of the
 * document (all locales, draft and published) by a direct row update, as four-eyes.ts does:
 * bookkeeping makes no new version and no draft/published difference.
 *
 * Admin routes (dashboard login; the organisation rule of org-scope.ts applies):
 *   GET  /stadtportal/pruefung              „Zu prüfen“ per organisation
 *   POST /stadtportal/pruefung/bestaetigen  { uid, documentId } — the date one year on, no edit
 *   POST /stadtportal/pruefung/erinnerung   super admin only: send the weekly reminder now
 * The reminder also runs as a cron task (config/cron-tasks.ts, REVIEW_DIGEST_CRON).
 */

export const OWNER_FIELD = 'verantwortlich';
export const DUE_FIELD = 'pruefenBis';
export const REVIEW_LIST_PATH = '/stadtportal/pruefung';
export const CONFIRM_PATH = '/stadtportal/pruefung/bestaetigen';
export const DIGEST_PATH = '/stadtportal/pruefung/erinnerung';
/** „Bald fällig“: due within this many days. */
export const SOON_DAYS = 30;

interface ReviewType {
  uid: string;
  /** German name, as in the dashboard. */
  typ: string;
  titleField: 'title' | 'name';
}

export const REVIEW_TYPES: readonly ReviewType[] = [
  { uid: 'api::page.page', typ: 'Seite', titleField: 'title' },
  { uid: 'api::service.service', typ: 'Leistung', titleField: 'title' },
  { uid: 'api::office.office', typ: 'Amt / Einrichtung', titleField: 'name' },
  { uid: 'api::place.place', typ: 'Ort', titleField: 'name' },
];
const typeOf = (uid: string) => REVIEW_TYPES.find((t) => t.uid === uid);

/** German help texts under the two fields in the edit view. */
export const HELP_TEXTS: Record<string, string> = {
  [OWNER_FIELD]:
    'E-Mail-Adresse der Person, die diesen Inhalt regelmäßig prüft (ein Konto im Redaktionssystem, das ihn bearbeiten darf). Leer: Wer ihn als Nächstes bearbeitet oder veröffentlicht, wird verantwortlich.',
  [DUE_FIELD]:
    'Bis zu diesem Tag prüft die verantwortliche Person, ob der Inhalt noch stimmt. Wird beim Veröffentlichen und bei jeder Bearbeitung durch die verantwortliche Person auf ein Jahr später gesetzt; höchstens ein Jahr im Voraus.',
};

type Query = ReturnType<Core.Strapi['db']['query']>;
const query = (strapi: Core.Strapi, uid: string): Query => strapi.db.query(uid as Parameters<Core.Strapi['db']['query']>[0]);

interface RequestUser extends AdminUser {
  email?: string;
}
interface RequestContext {
  state?: { user?: RequestUser; auth?: { strategy?: { name?: string } } };
}

const normaliseEmail = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim().toLowerCase() : null);

/** The person behind a dashboard request (id and e-mail), or null: the seed, a cron task, an API token. */
async function personOf(strapi: Core.Strapi): Promise<{ id: number; email: string } | null> {
  const ctx = strapi.requestContext.get() as RequestContext | undefined;
  const user = ctx?.state?.user;
  if (ctx?.state?.auth?.strategy?.name !== ADMIN_STRATEGY || typeof user?.id !== 'number') return null;
  const email =
    normaliseEmail(user.email) ??
    normaliseEmail(((await query(strapi, 'admin::user').findOne({ where: { id: user.id }, select: ['email'] })) as { email?: string } | null)?.email);
  return email === null ? null : { id: user.id, email };
}

interface VersionRow {
  id: number;
  publishedAt: string | Date | null;
  [OWNER_FIELD]?: string | null;
  [DUE_FIELD]?: string | Date | null;
  organisation?: { documentId: string; name?: string | null } | null;
}

async function versionsOf(strapi: Core.Strapi, uid: string, documentId: string): Promise<VersionRow[]> {
  const hasOrganisation = uid !== 'api::place.place';
  return (await query(strapi, uid).findMany({
    where: { documentId },
    select: ['id', 'publishedAt', OWNER_FIELD, DUE_FIELD],
    ...(hasOrganisation ? { populate: { organisation: { select: ['documentId', 'name'] } } } : {}),
  })) as VersionRow[];
}

/** The draft's values count (Strapi 5 keeps the latest state in the draft). */
const current = (rows: readonly VersionRow[]) => rows.find((r) => r.publishedAt === null) ?? rows[0];

async function writeBooks(strapi: Core.Strapi, uid: string, documentId: string, owner: string | null, due: IsoDay | null): Promise<void> {
  await query(strapi, uid).updateMany({ where: { documentId }, data: { [OWNER_FIELD]: owner, [DUE_FIELD]: due } });
}

function invalid(message: string): never {
  throw new errors.ValidationError(message);
}

/** May this admin user (by e-mail) own a document of these organisations? Super admin, press office, or an editor of all of them. */
async function mayOwn(strapi: Core.Strapi, email: string, organisations: readonly string[]): Promise<boolean> {
  const user = (await query(strapi, 'admin::user').findOne({
    where: { email, isActive: true, blocked: false },
    select: ['id'],
    populate: { roles: { select: ['code'] } },
  })) as { id: number; roles?: { code: string }[] } | null;
  if (user === null) return false;
  const codes = new Set((user.roles ?? []).map((r) => r.code));
  if (codes.has('strapi-super-admin') || codes.has(PRESS_OFFICE_ROLE_CODE)) return true;
  if (!codes.has(ORG_EDITOR_ROLE_CODE) || organisations.length === 0) return false;
  const own = await organisationsOf(strapi, user.id);
  return organisations.every((o) => own.includes(o));
}

/** What a person sent for the two fields: refused when the owner may not edit the document or the date lies too far ahead. */
async function checkSent(strapi: Core.Strapi, uid: string, documentId: string, before: VersionRow | undefined, today: IsoDay): Promise<void> {
  const rows = await versionsOf(strapi, uid, documentId);
  const now = current(rows);
  if (!now) return;
  const owner = normaliseEmail(now[OWNER_FIELD]);
  if (owner !== null && owner !== normaliseEmail(before?.[OWNER_FIELD])) {
    const organisations = [...new Set(rows.map((r) => r.organisation?.documentId).filter((o): o is string => typeof o === 'string'))];
    if (!(await mayOwn(strapi, owner, organisations))) {
      invalid(
        `„Verantwortlich“: ${owner} ist kein aktives Konto im Redaktionssystem, das diesen Inhalt bearbeiten darf. Bitte die E-Mail-Adresse einer Redakteurin oder eines Redakteurs dieser Organisation eintragen.`,
      );
    }
  }
  const due = toIsoDay(now[DUE_FIELD]);
  if (due !== null && due !== toIsoDay(before?.[DUE_FIELD]) && due > oneYearAfter(today)) {
    invalid(`„Prüfen bis“ darf höchstens ein Jahr in der Zukunft liegen (spätestens ${germanDay(oneYearAfter(today))}).`);
  }
}

type Params = { documentId?: string; status?: string; data?: Record<string, unknown> };

/** The Document Service middleware; from `register`, after the organisation rule (that refuses first). */
export function registerReviewBooks(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!typeOf(context.uid)) return next();
    const params = context.params as Params;
    const uid = context.uid;

    if (context.action === 'clone') {
      // A copy is a new document: it gets its own date when it is published.
      params.data = { ...(params.data ?? {}), [DUE_FIELD]: null };
      return next();
    }
    if (context.action !== 'create' && context.action !== 'update' && context.action !== 'publish') return next();

    const person = await personOf(strapi);
    const inRequest = strapi.requestContext.get() !== undefined;
    const today = berlinDay();
    const before = params.documentId ? current(await versionsOf(strapi, uid, params.documentId)) : undefined;
    // One transaction: a refused owner or date rolls the write back.
    return strapi.db.transaction(async () => {
      const result = (await next()) as { documentId?: string; entries?: { documentId?: string }[] } | null;
      const documentId = params.documentId ?? result?.documentId ?? result?.entries?.[0]?.documentId;
      if (!documentId) return result as Awaited<ReturnType<typeof next>>;
      // Every request is checked — a person in the dashboard and an API token alike; the seed and
      // operator code (no request) write what they mean.
      if (inRequest && context.action !== 'publish') await checkSent(strapi, uid, documentId, before, today);

      const rows = await versionsOf(strapi, uid, documentId);
      const now = current(rows);
      if (!now) return result as Awaited<ReturnType<typeof next>>;
      // Nobody answers for it yet: the person who edits or publishes it now does (ADR 0022).
      const owner = normaliseEmail(now[OWNER_FIELD]) ?? person?.email ?? null;
      let due = toIsoDay(now[DUE_FIELD]);
      const publishes = context.action === 'publish' || params.status === 'published';
      const isPublished = rows.some((r) => r.publishedAt !== null);
      if (publishes && (due === null || due < today)) due = oneYearAfter(today);
      // The owner has looked at it while editing: the next check is a year away.
      else if (context.action === 'update' && isPublished && person !== null && person.email === owner) due = oneYearAfter(today);
      await writeBooks(strapi, uid, documentId, owner, due);
      return result as Awaited<ReturnType<typeof next>>;
    });
  });
}

/* ---------------------------------------------------------------- who sees what */

interface Visibility {
  all: boolean;
  organisations: string[];
}

/** Super admin and press office: everything; organisation editors: their organisations; others 403. */
async function visibility(strapi: Core.Strapi, user: AdminUser | undefined): Promise<Visibility> {
  if (user === undefined) throw new errors.UnauthorizedError('Bitte melden Sie sich an.');
  const codes = new Set((user.roles ?? []).map((r) => r.code));
  if (codes.has('strapi-super-admin') || codes.has(PRESS_OFFICE_ROLE_CODE)) return { all: true, organisations: [] };
  if (codes.has(ORG_EDITOR_ROLE_CODE)) return { all: false, organisations: await organisationsOf(strapi, user.id) };
  throw new errors.PolicyError('Die Liste „Zu prüfen“ sehen die Redaktionen und die Pressestelle.');
}

const sees = (v: Visibility, organisation: string | null) => v.all || (organisation !== null && v.organisations.includes(organisation));

/* ---------------------------------------------------------------- the list */

export interface ReviewItem {
  typ: string;
  uid: string;
  documentId: string;
  titel: string;
  /** The edit view in the dashboard (admin path). */
  bearbeiten: string;
  verantwortlich: string | null;
  pruefenBis: IsoDay | null;
  /** 07.12.2027 */
  pruefenBisAnzeige: string | null;
  status: 'ueberfaellig' | 'bald' | 'bewertung';
  /** German reasons, e.g. „überfällig seit 01.01.2026“. */
  gruende: string[];
  organisation: { documentId: string; name: string } | null;
}

export const editPath = (uid: string, documentId: string) => `/admin/content-manager/collection-types/${uid}/${documentId}`;

interface DocumentRow extends VersionRow {
  documentId: string;
  locale?: string | null;
  title?: string;
  name?: string;
}

/** The published documents of the review types, one row per document (its draft, the latest state). */
async function reviewDocuments(strapi: Core.Strapi, type: ReviewType, where: Record<string, unknown>): Promise<DocumentRow[]> {
  const hasOrganisation = type.uid !== 'api::place.place';
  const rows = (await query(strapi, type.uid).findMany({
    where: { publishedAt: null, ...where },
    select: ['id', 'documentId', 'locale', 'publishedAt', type.titleField, OWNER_FIELD, DUE_FIELD],
    ...(hasOrganisation ? { populate: { organisation: { select: ['documentId', 'name'] } } } : {}),
    orderBy: { id: 'asc' },
  })) as DocumentRow[];
  const published = new Set(
    (
      (await query(strapi, type.uid).findMany({
        where: { publishedAt: { $notNull: true }, documentId: { $in: [...new Set(rows.map((r) => r.documentId))] } },
        select: ['documentId'],
      })) as { documentId: string }[]
    ).map((r) => r.documentId),
  );
  const byDocument = new Map<string, DocumentRow>();
  for (const row of rows) {
    if (!published.has(row.documentId)) continue;
    // The German version names the document when there are several locales.
    const seen = byDocument.get(row.documentId);
    if (!seen || (seen.locale !== 'de' && row.locale === 'de')) byDocument.set(row.documentId, row);
  }
  return [...byDocument.values()];
}

function itemOf(type: ReviewType, row: DocumentRow, status: ReviewItem['status'], gruende: string[]): ReviewItem {
  const due = toIsoDay(row[DUE_FIELD]);
  return {
    typ: type.typ,
    uid: type.uid,
    documentId: row.documentId,
    titel: (type.titleField === 'title' ? row.title : row.name) ?? '',
    bearbeiten: editPath(type.uid, row.documentId),
    verantwortlich: normaliseEmail(row[OWNER_FIELD]),
    pruefenBis: due,
    pruefenBisAnzeige: due === null ? null : germanDay(due),
    status,
    gruende,
    organisation: row.organisation ? { documentId: row.organisation.documentId, name: row.organisation.name ?? '' } : null,
  };
}

const STATUS_ORDER: Record<ReviewItem['status'], number> = { ueberfaellig: 0, bald: 1, bewertung: 2 };

/** Overdue first (oldest due first), then soon due, then poorly rated only. */
export function orderItems(items: readonly ReviewItem[]): ReviewItem[] {
  return [...items].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.pruefenBis ?? '9999').localeCompare(b.pruefenBis ?? '9999') || a.titel.localeCompare(b.titel, 'de'),
  );
}

const average = (n: number) => n.toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 2 });

/** Every item due (or overdue) within SOON_DAYS, and the poorly rated ones, of what `v` sees. */
export async function reviewItems(strapi: Core.Strapi, v: Visibility, today: IsoDay = berlinDay()): Promise<ReviewItem[]> {
  const items = new Map<string, ReviewItem>();
  const horizon = addDays(today, SOON_DAYS);
  for (const type of REVIEW_TYPES) {
    for (const row of await reviewDocuments(strapi, type, { [DUE_FIELD]: { $lte: horizon } })) {
      if (!sees(v, row.organisation?.documentId ?? null)) continue;
      const due = toIsoDay(row[DUE_FIELD]);
      if (due === null) continue;
      const state = dueState(due, today, SOON_DAYS);
      if (state === 'spaeter') continue;
      const grund = state === 'ueberfaellig' ? `überfällig seit ${germanDay(due)}` : `fällig am ${germanDay(due)}`;
      items.set(`${type.uid}:${row.documentId}`, itemOf(type, row, state, [grund]));
    }
  }
  const threshold = reviewThreshold(process.env.FEEDBACK_REVIEW_THRESHOLD);
  for (const page of await ratedPages(strapi, v.all ? 'all' : v.organisations, threshold)) {
    if (!page.zuPruefen) continue;
    const grund = `von Bürgern schlecht bewertet (Ø ${average(page.average)} aus ${page.count} Bewertungen)`;
    const key = `api::${page.type}.${page.type}:${page.documentId}`;
    const known = items.get(key);
    if (known) {
      known.gruende.push(grund);
      continue;
    }
    const type = typeOf(`api::${page.type}.${page.type}`);
    if (!type) continue;
    const [row] = await reviewDocuments(strapi, type, { documentId: page.documentId });
    if (!row || !sees(v, row.organisation?.documentId ?? null)) continue;
    items.set(key, itemOf(type, row, 'bewertung', [grund]));
  }
  return orderItems([...items.values()]);
}

interface Group {
  organisation: { documentId: string; name: string } | null;
  items: ReviewItem[];
}

/** Per organisation (by name; documents without organisation last), each in list order. */
export function groupByOrganisation(items: readonly ReviewItem[]): Group[] {
  const groups = new Map<string, Group>();
  for (const item of items) {
    const key = item.organisation?.documentId ?? '';
    const group = groups.get(key) ?? { organisation: item.organisation, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => {
    if (a.organisation === null || b.organisation === null) return a.organisation === null ? 1 : -1;
    return a.organisation.name.localeCompare(b.organisation.name, 'de');
  });
}

/* ---------------------------------------------------------------- the reminder */

const publicUrl = () => (process.env.PUBLIC_URL ?? '').trim().replace(/\/+$/, '');

/** Overdue items per owner (lower-case e-mail), of every organisation. */
export async function overdueByOwner(strapi: Core.Strapi, today: IsoDay = berlinDay()): Promise<Map<string, DigestItem[]>> {
  const byOwner = new Map<string, DigestItem[]>();
  for (const type of REVIEW_TYPES) {
    for (const row of await reviewDocuments(strapi, type, { [DUE_FIELD]: { $lt: today } })) {
      const owner = normaliseEmail(row[OWNER_FIELD]);
      const due = toIsoDay(row[DUE_FIELD]);
      if (owner === null || due === null || due >= today) continue;
      const list = byOwner.get(owner) ?? [];
      list.push({
        typ: type.typ,
        titel: (type.titleField === 'title' ? row.title : row.name) ?? '',
        pruefenBis: due,
        bearbeiten: `${publicUrl()}${editPath(type.uid, row.documentId)}`,
      });
      byOwner.set(owner, list);
    }
  }
  for (const list of byOwner.values()) list.sort(byDue);
  return byOwner;
}

interface EmailService {
  send(options: { to: string; subject: string; text: string; html: string }): Promise<unknown>;
}

export interface DigestResult {
  versandt: string[];
  /** Owners with overdue items but no active account: nobody to write to (the list shows them). */
  ohneKonto: string[];
  smtp: boolean;
}

/** One mail per owner with overdue items, to active admin users only; nothing without SMTP_HOST. */
export async function sendReviewDigest(strapi: Core.Strapi, today: IsoDay = berlinDay()): Promise<DigestResult> {
  const byOwner = await overdueByOwner(strapi, today);
  if ((process.env.SMTP_HOST ?? '').trim() === '') {
    strapi.log.info(`Prüferinnerung: ${byOwner.size} Verantwortliche mit überfälligen Inhalten; keine E-Mail versandt, SMTP_HOST ist nicht gesetzt.`);
    return { versandt: [], ohneKonto: [], smtp: false };
  }
  const active = new Set(
    (
      (await query(strapi, 'admin::user').findMany({
        where: { email: { $in: [...byOwner.keys()] }, isActive: true, blocked: false },
        select: ['email'],
      })) as { email: string }[]
    ).map((u) => u.email.toLowerCase()),
  );
  const result: DigestResult = { versandt: [], ohneKonto: [], smtp: true };
  const email = strapi.plugin('email').service('email') as unknown as EmailService;
  for (const [owner, items] of [...byOwner.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (!active.has(owner)) {
      result.ohneKonto.push(owner);
      continue;
    }
    // One failed mail must not stop the others: logged with the address, the rest go out.
    try {
      await email.send({ to: owner, ...digestMail(items, today) });
      result.versandt.push(owner);
    } catch (err) {
      strapi.log.error(`Prüferinnerung an ${owner} nicht versandt: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (result.ohneKonto.length > 0) strapi.log.warn(`Prüferinnerung: ${result.ohneKonto.length} Verantwortliche ohne aktives Konto – keine E-Mail.`);
  strapi.log.info(`Prüferinnerung: ${result.versandt.length} E-Mails versandt.`);
  return result;
}

/**
 * The cron task's run. Unlike scheduled publishing a reminder is not idempotent: an instance that
 * fires a moment after another has released the lock would send every mail again. The minute of
 * the firing is noted in the core store; a second run for the same minute sends nothing.
 */
export async function runScheduledDigest(strapi: Core.Strapi, firedAt: Date): Promise<DigestResult | null> {
  const store = strapi.store({ type: 'plugin', name: 'stadtportal', key: 'pruef-erinnerung' });
  const minute = firedAt.toISOString().slice(0, 16);
  if ((await store.get({})) === minute) return null;
  await store.set({ value: minute });
  return sendReviewDigest(strapi);
}

/* ---------------------------------------------------------------- routes */

interface RouteContext {
  state: { user?: AdminUser };
  request: { body?: unknown };
  body: unknown;
  status: number;
  set(field: string, value: string): void;
}

function listHandler(strapi: Core.Strapi) {
  return async (ctx: RouteContext): Promise<void> => {
    const v = await visibility(strapi, ctx.state.user);
    const today = berlinDay();
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: { heute: today, baldTage: SOON_DAYS, organisationen: groupByOrganisation(await reviewItems(strapi, v, today)) } };
  };
}

function confirmHandler(strapi: Core.Strapi) {
  return async (ctx: RouteContext): Promise<void> => {
    const v = await visibility(strapi, ctx.state.user);
    const body = ctx.request.body as { uid?: unknown; documentId?: unknown } | undefined;
    const type = typeof body?.uid === 'string' ? typeOf(body.uid) : undefined;
    if (!type) invalid(`„uid“ muss einer dieser Inhaltstypen sein: ${REVIEW_TYPES.map((t) => t.uid).join(', ')}.`);
    if (typeof body?.documentId !== 'string' || !/^[a-z0-9]{1,64}$/.test(body.documentId)) invalid('„documentId“ fehlt oder ist ungültig.');
    const documentId = body.documentId;
    const rows = await versionsOf(strapi, type.uid, documentId);
    const now = current(rows);
    if (!now) throw new errors.NotFoundError('Diesen Inhalt gibt es nicht.');
    // Every version must belong to an organisation the user edits for (a place has none: press office only).
    if (!v.all && !rows.every((r) => sees(v, r.organisation?.documentId ?? null))) {
      throw new errors.PolicyError('Diesen Inhalt dürfen Sie nicht bestätigen: Er gehört nicht zu Ihrer Organisation.');
    }
    const due = oneYearAfter(berlinDay());
    await writeBooks(strapi, type.uid, documentId, normaliseEmail(now[OWNER_FIELD]), due);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: { uid: type.uid, documentId, pruefenBis: due, pruefenBisAnzeige: germanDay(due) } };
  };
}

function digestHandler(strapi: Core.Strapi) {
  return async (ctx: RouteContext): Promise<void> => {
    const codes = new Set((ctx.state.user?.roles ?? []).map((r) => r.code));
    if (!codes.has('strapi-super-admin')) throw new errors.PolicyError('Die Erinnerung von Hand auslösen dürfen nur Super-Admins.');
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await sendReviewDigest(strapi) };
  };
}

/** Middleware and routes, from `register`. */
export function registerReview(strapi: Core.Strapi): void {
  registerReviewBooks(strapi);
  const config = { policies: ['admin::isAuthenticatedAdmin'] };
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      { method: 'GET', path: REVIEW_LIST_PATH, handler: listHandler(strapi), config, info: { type: 'admin' } },
      { method: 'POST', path: CONFIRM_PATH, handler: confirmHandler(strapi), config, info: { type: 'admin' } },
      { method: 'POST', path: DIGEST_PATH, handler: digestHandler(strapi), config, info: { type: 'admin' } },
    ],
  });
}

/* ---------------------------------------------------------------- help texts */

interface Metadata {
  edit?: { label?: string; description?: string };
  list?: { label?: string };
}
interface ConfigurationService {
  findConfiguration(model: unknown): Promise<{ metadatas?: Record<string, Metadata>; settings?: unknown; layouts?: unknown }>;
  updateConfiguration(model: unknown, configuration: unknown): Promise<unknown>;
}

/** German labels of the two fields, for all four types (labels.ts covers only some of them). */
export const LABELS: Record<string, string> = { [OWNER_FIELD]: 'Verantwortlich', [DUE_FIELD]: 'Prüfen bis' };

/**
 * German labels and help texts for „Verantwortlich“ and „Prüfen bis“ in the edit view, at every
 * start, as labels.ts does: only where the label is still Strapi's default (the API name) and the
 * description still empty — an administrator's own text under „Ansicht konfigurieren“ stays.
 */
export async function applyReviewHelpTexts(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager').service('content-types') as ConfigurationService;
  for (const { uid } of REVIEW_TYPES) {
    const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
    if (!model) continue;
    const configuration = await service.findConfiguration(model);
    const metadatas = { ...(configuration.metadatas ?? {}) };
    let changed = false;
    for (const [field, help] of Object.entries(HELP_TEXTS)) {
      const meta = metadatas[field];
      if (!meta?.edit) continue;
      const edit = { ...meta.edit };
      const list = meta.list ? { ...meta.list } : undefined;
      if ((edit.description ?? '') === '') edit.description = help;
      if (edit.label === undefined || edit.label === field) edit.label = LABELS[field];
      if (list && (list.label === undefined || list.label === field)) list.label = LABELS[field];
      if (JSON.stringify({ edit, list }) === JSON.stringify({ edit: meta.edit, list: meta.list })) continue;
      metadatas[field] = { ...meta, edit, ...(list ? { list } : {}) };
      changed = true;
    }
    if (changed) await service.updateConfiguration(model, { settings: configuration.settings, metadatas, layouts: configuration.layouts });
  }
}
