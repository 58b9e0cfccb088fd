import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  BARRIER_FORM_PATH,
  BARRIER_THANKS_PATH,
  barrierDueDate,
  FEEDBACK_CMS_PATH,
  FEEDBACK_FIELDS,
  isSitePath,
  parseFeedback,
  RATING_THANKS_ID,
  type Feedback,
  type FeedbackError,
  type FormFields,
  type RatedType,
} from '@stadtportal/shared/rules';
import { sendBarrierConfirmation } from './mail';
import { errorPage, tooManyPage } from './pages';
import { feedbackOverviewHandler, OVERVIEW_PATH } from './overview';
import { clientAddress, RateLimiter, trustedProxies } from './rate-limit';
import { BARRIER_UID, FEEDBACK_UIDS, RATING_UID } from './types';

/*
 * What citizens send back (issue 17, docs/adr/0020-citizen-feedback.md): the public write route
 *
 *   POST /stadtportal/rueckmeldung   (the site's /rueckmeldung, proxied by nginx)
 *
 * takes exactly the two kinds of rules/feedback.ts — a clarity rating, a barrier report — as
 * `application/x-www-form-urlencoded` (a plain form, no JavaScript) or `application/json` with the
 * same fields (strings; a repeated field as an array of strings). It is a route of its own, not
 * the generic REST create: the two types have no REST route at all and the public role holds no
 * action on them. Body size and content type are checked before the body is parsed
 * (src/middlewares/feedback-body.ts).
 *
 * Order: rate limit (every POST counts) → grammar (parseFeedback) → honeypot (a filled one is
 * answered like a success, nothing stored) → the rated (or reporting) document must exist and be
 * published → stored with that document's organisation → for a barrier report with an address
 * the confirmation e-mail (after storing: a failed mail loses no report).
 *
 * Answers, no-store: `Accept: application/json` → 201 `{ ok: true }`, 400
 * `{ error: { message, fields: [{ field, message }] } }`, 429 `{ error: { message } }` with
 * Retry-After. A form POST → 303 to `<seite>#rueckmeldung-danke` (rating) or
 * `/barriere-melden/danke/` (barrier report), site-relative; 400/413/415/429 as a small German
 * HTML page with a link back. No IP address, no cookie is stored; the rate limit counts HMACs of
 * addresses in memory (rate-limit.ts).
 */

export { BARRIER_UID, FEEDBACK_UIDS, RATING_UID };

const NOT_SAVED = 'Ihre Rückmeldung wurde nicht gespeichert. Bitte prüfen Sie Ihre Angaben.';
export const GONE_MESSAGE = 'Diese Seite gibt es nicht (mehr).';

export interface FeedbackSettings {
  limit: number;
  windowSeconds: number;
  trusted: string[];
}

const positive = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value.trim() === '') return fallback;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new Error(`${name}: erwartet eine ganze Zahl ab 1, nicht „${value}“.`);
  return Number(value);
};

/** FEEDBACK_RATE_LIMIT (5), FEEDBACK_RATE_WINDOW_SECONDS (600), FEEDBACK_TRUSTED_PROXIES (loopback). */
export function feedbackSettings(env: NodeJS.ProcessEnv = process.env): FeedbackSettings {
  return {
    limit: positive(env.FEEDBACK_RATE_LIMIT, 5, 'FEEDBACK_RATE_LIMIT'),
    windowSeconds: positive(env.FEEDBACK_RATE_WINDOW_SECONDS, 600, 'FEEDBACK_RATE_WINDOW_SECONDS'),
    trusted: trustedProxies(env.FEEDBACK_TRUSTED_PROXIES),
  };
}

/** The parts of Koa's context the route uses. */
export interface FeedbackContext {
  method: string;
  path: string;
  status: number;
  body: unknown;
  type: string;
  state: Record<string, unknown>;
  req: { socket: { remoteAddress?: string } };
  request: { body?: unknown; headers: Record<string, string | string[] | undefined> };
  accepts(...types: string[]): string | false;
  set(field: string, value: string): void;
}

const prefersJson = (ctx: FeedbackContext): boolean => ctx.accepts('html', 'json') === 'json';

/** Answers a refusal of the whole request (size, type, rate), as JSON or as a German page. */
export function refuse(ctx: FeedbackContext, status: number, message: string, html: string, headers: Record<string, string> = {}): void {
  ctx.set('Cache-Control', 'no-store');
  for (const [k, v] of Object.entries(headers)) ctx.set(k, v);
  ctx.status = status;
  if (prefersJson(ctx)) {
    ctx.body = { error: { message, fields: [] } };
  } else {
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = html;
  }
}

/**
 * The body as form fields: every value a string or an array of strings. Koa's parser turns
 * `a[b]=c` into objects and JSON may carry numbers or nesting — those are refused by name.
 */
export function formFields(body: unknown): { fields: FormFields; errors: FeedbackError[] } {
  const errors: FeedbackError[] = [];
  const fields: Record<string, string | string[]> = {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { fields, errors: [{ field: '', message: 'Die Anfrage enthält keine Formularfelder.' }] };
  }
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === 'string') fields[name] = value;
    else if (Array.isArray(value) && value.length <= 20 && value.every((v): v is string => typeof v === 'string')) fields[name] = value;
    else errors.push({ field: name.slice(0, 40), message: `Das Feld „${name.slice(0, 40)}“ hat einen ungültigen Wert (erwartet: Text).` });
  }
  return { fields, errors };
}

const text = (fields: FormFields, name: string): string => {
  const v = fields[name];
  return typeof v === 'string' ? v.trim() : '';
};

/** Where „Zurück“ leads: the page the form was on when it is an address of the site. */
function backTo(fields: FormFields): string {
  const page = text(fields, FEEDBACK_FIELDS.page);
  if (page !== '' && isSitePath(page) && !page.includes('?')) return page;
  return text(fields, FEEDBACK_FIELDS.kind) === 'barriere' ? BARRIER_FORM_PATH : '/';
}

/** Where a form POST goes on success (and on a filled honeypot). Page paths passed the grammar, or are replaced. */
function thanks(fields: FormFields): string {
  if (text(fields, FEEDBACK_FIELDS.kind) === 'barriere') return BARRIER_THANKS_PATH;
  return `${backTo(fields)}#${RATING_THANKS_ID}`;
}

function invalid(ctx: FeedbackContext, errs: readonly FeedbackError[], fields: FormFields): void {
  ctx.set('Cache-Control', 'no-store');
  ctx.status = 400;
  if (prefersJson(ctx)) {
    ctx.body = { error: { message: NOT_SAVED, fields: errs.map((e) => ({ field: e.field, message: e.message })) } };
  } else {
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = errorPage(errs, backTo(fields));
  }
}

function accepted(ctx: FeedbackContext, fields: FormFields): void {
  ctx.set('Cache-Control', 'no-store');
  if (prefersJson(ctx)) {
    ctx.status = 201;
    ctx.body = { ok: true };
  } else {
    ctx.status = 303;
    ctx.set('Location', thanks(fields));
    ctx.type = 'text/plain; charset=utf-8';
    ctx.body = 'Vielen Dank für Ihre Rückmeldung.';
  }
}

interface PublishedRow {
  organisation?: { documentId?: string } | null;
}

/** The organisation of a published document (documentId or null), or undefined: no such published document. */
async function publishedOrganisation(strapi: Core.Strapi, type: RatedType, documentId: string): Promise<string | null | undefined> {
  const uid = `api::${type}.${type}`;
  // Any locale: an English page has the documentId of its German one.
  const row = (await strapi.db.query(uid as Parameters<typeof strapi.db.query>[0]).findOne({
    where: { documentId, publishedAt: { $notNull: true } },
    select: ['id'],
    populate: { organisation: { select: ['documentId'] } },
  })) as PublishedRow | null;
  if (row === null) return undefined;
  return row.organisation?.documentId ?? null;
}

/** Stores a parsed submission; returns a refusal when the named document is not published. */
async function store(strapi: Core.Strapi, feedback: Feedback, received: Date): Promise<FeedbackError[]> {
  const gone: FeedbackError[] = [{ field: FEEDBACK_FIELDS.document, message: GONE_MESSAGE }];
  if (feedback.kind === 'bewertung') {
    const organisation = await publishedOrganisation(strapi, feedback.type, feedback.document);
    if (organisation === undefined) return gone;
    await strapi.documents(RATING_UID).create({
      data: {
        rating: feedback.rating,
        choices: feedback.choices,
        text: feedback.text,
        page: feedback.page,
        ratedType: feedback.type,
        ratedDocument: feedback.document,
        organisation,
        receivedAt: received.toISOString(),
      } as never,
    });
    return [];
  }
  let organisation: string | null = null;
  if (feedback.source !== null) {
    const found = await publishedOrganisation(strapi, feedback.source.type, feedback.source.document);
    if (found === undefined) return gone;
    organisation = found;
  }
  const due = barrierDueDate(received);
  const report = await strapi.documents(BARRIER_UID).create({
    data: {
      caseStatus: 'offen',
      dueDate: due.toISOString().slice(0, 10),
      page: feedback.page,
      problem: feedback.problem,
      email: feedback.email === '' ? null : feedback.email,
      sourceType: feedback.source?.type ?? null,
      sourceDocument: feedback.source?.document ?? null,
      organisation,
      receivedAt: received.toISOString(),
    } as never,
  });
  if (feedback.email !== '') {
    // After storing: a mail that cannot be sent is logged, the report stays.
    await sendBarrierConfirmation(strapi, { to: feedback.email, problem: feedback.problem, page: feedback.page, dueDate: due }).catch((err: unknown) => {
      strapi.log.error(
        `Barrieremeldung ${(report as { documentId: string }).documentId}: Bestätigung nicht versandt: ${err instanceof Error ? err.message : String(err)}`,
      );
    });
  }
  return [];
}

export function feedbackHandler(strapi: Core.Strapi, settings: FeedbackSettings, limiter: RateLimiter) {
  return async (ctx: FeedbackContext): Promise<void> => {
    const { fields, errors: shapeErrors } = formFields(ctx.request.body);
    const address = clientAddress(ctx.req.socket.remoteAddress, ctx.request.headers['x-real-ip'], settings.trusted);
    const decision = limiter.hit(address);
    if (!decision.allowed) {
      refuse(ctx, 429, 'Zu viele Anfragen. Bitte versuchen Sie es später noch einmal.', tooManyPage(decision.retryAfterSeconds, backTo(fields)), {
        'Retry-After': String(decision.retryAfterSeconds),
      });
      return;
    }
    // A bot that fills the hidden field learns nothing: it is answered like a success.
    const honeypot = fields[FEEDBACK_FIELDS.honeypot];
    if (honeypot !== undefined && honeypot !== '') {
      accepted(ctx, fields);
      return;
    }
    if (shapeErrors.length > 0) {
      invalid(ctx, shapeErrors, fields);
      return;
    }
    const parsed = parseFeedback(fields);
    if (!parsed.ok) {
      invalid(ctx, parsed.errors, fields);
      return;
    }
    const refused = await store(strapi, parsed.value, new Date());
    if (refused.length > 0) {
      invalid(ctx, refused, fields);
      return;
    }
    accepted(ctx, fields);
  };
}

/** Nobody creates feedback in the dashboard or with an API token: only the route (no authentication) does. */
function registerCreateGuard(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.action === 'create' && FEEDBACK_UIDS.includes(context.uid)) {
      const state = (strapi.requestContext.get() as { state?: { auth?: { strategy?: { name?: string } } } } | undefined)?.state;
      if (state?.auth?.strategy !== undefined) {
        throw new errors.PolicyError('Rückmeldungen und Barrieremeldungen entstehen nur über die Formulare der Website.');
      }
    }
    return next();
  });
}

/** Route and guard, from `register` (routes are mounted after it). */
export function registerFeedback(strapi: Core.Strapi): void {
  const settings = feedbackSettings();
  const limiter = new RateLimiter({ limit: settings.limit, windowMs: settings.windowSeconds * 1000, maxClients: 100_000 });
  registerCreateGuard(strapi);
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      {
        method: 'POST',
        path: FEEDBACK_CMS_PATH,
        handler: feedbackHandler(strapi, settings, limiter),
        // Public: citizens hold no account. Abuse is held off by the limit, the grammar and the honeypot.
        config: { auth: false },
        info: { type: 'admin' },
      },
      {
        method: 'GET',
        path: OVERVIEW_PATH,
        handler: feedbackOverviewHandler(strapi),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { type: 'admin' },
      },
    ],
  });
}
