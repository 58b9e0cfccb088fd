import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import { API_TOKEN_STRATEGY } from '../auth-strategies';

/*
 * Drafts are not public. Strapi 5's REST API serves drafts to whoever may `find` a type, the
 * public role included: `?status=draft` — and, because the Document Service treats every status
 * other than exactly 'published' as draft, also `status=DRAFT`, `status[]=draft`, `status=`, a
 * repeated `status` — returned unpublished pages, scheduled news and unpublished alerts to anyone.
 * Only callers with an API token (the draft preview server, docs/adr/0014-draft-preview.md) may
 * read drafts. Two layers, for every content type at once:
 *
 * 1. `refuseDraftQuery` (global middleware `global::published-only`, before routing): a request to
 *    the REST API without a bearer credential that asks for anything but published content gets
 *    a 400 with a German message — no draft, no silent fallback the caller might mistake for one.
 * 2. `registerPublishedOnlyReads` (Document Service middleware, after authentication): in a
 *    REST read that Strapi did not authenticate with an API token, every read of a
 *    draft-and-publish type is forced to `status: 'published'`. The first layer has to decide
 *    from the header alone, before Strapi's authentication; this one sees who Strapi actually let
 *    in (a users-permissions login, a path spelling the first layer did not recognise, a future
 *    custom controller that forgets the status).
 *
 * A forged or invalid token: the first layer lets a well-formed `Bearer <token>` through, and
 * Strapi's authentication answers it with 401 before any controller runs (neither the API-token
 * nor the users-permissions strategy accepts it, and a bearer header never falls back to the
 * public role). Any other Authorization header (`Basic …`, `Bearer` without token, extra words)
 * *does* fall back to the public role in Strapi, so it counts as no credential here.
 */

const ONLY_PUBLISHED =
  'Ohne API-Token liefert die API nur veröffentlichte Inhalte: den Parameter weglassen oder „status=published“ angeben. Entwürfe sind nur mit API-Token abrufbar.';

/**
 * Whether the Authorization header carries a credential Strapi will check (and reject with 401
 * when it is wrong) rather than ignore. Mirrors Strapi 5.54's own parsing (`extractToken` of the
 * API-token strategy and `getToken` of users-permissions): split on whitespace, exactly two
 * parts, the first `bearer` in any case. Everything else is treated by Strapi as anonymous.
 */
export function hasBearerCredential(header: string | undefined): boolean {
  if (!header) return false;
  const parts = header.split(/\s+/);
  return parts.length === 2 && parts[0]?.toLowerCase() === 'bearer' && parts[1] !== '';
}

/**
 * Why an anonymous query may not be answered, or null when it asks for published content only.
 * `query` is the query string as Strapi parses it (qs): a value may be a string, null (`?status`),
 * an array (`status[]=…`, a repeated parameter) or an object (`status[x]=…`).
 */
export function draftQueryProblem(query: Record<string, unknown>): { param: string; message: string } | null {
  const has = (key: string) => Object.prototype.hasOwnProperty.call(query, key);
  // Strict equality on purpose: the Document Service reads any other value (also '' and null,
  // which Strapi drops and then defaults to draft) as "draft".
  if (has('status') && query.status !== 'published') {
    return { param: 'status', message: `„status“ muss „published“ sein. ${ONLY_PUBLISHED}` };
  }
  // Strapi 4's name: Strapi 5 ignores it, but `preview` means "drafts" — say so instead of
  // answering with published content the caller would take for the preview.
  if (has('publicationState') && query.publicationState !== 'live') {
    return { param: 'publicationState', message: `„publicationState“ (Strapi 4) muss „live“ sein. ${ONLY_PUBLISHED}` };
  }
  // Filters by draft state (e.g. `modified` = "published, with newer unpublished edits"): they
  // tell who is working on what before it is published. The site and the snapshot pull use none.
  for (const param of ['publicationFilter', 'hasPublishedVersion']) {
    if (has(param)) return { param, message: `„${param}“ fragt nach dem Stand von Entwürfen. ${ONLY_PUBLISHED}` };
  }
  return null;
}

/** The REST prefix as a lower-case path without trailing slash (config/api.ts may change it). */
export function restPrefix(strapi: Core.Strapi): string {
  const raw = String(strapi.config.get('api.rest.prefix', '/api'));
  return `/${raw.replace(/^\/+|\/+$/g, '')}`.toLowerCase();
}

/**
 * Whether a request path belongs to the REST API. Compared decoded, case-insensitively and with
 * repeated slashes collapsed, so that no spelling the router might still resolve (`/API/…`,
 * `//api/…`, `/%61pi/…`) slips past; a false positive only refuses a draft query elsewhere.
 */
export function isRestPath(path: string, prefix: string): boolean {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Malformed escapes: compare as sent.
  }
  const p = decoded.replace(/\/{2,}/g, '/').toLowerCase();
  return p === prefix || p.startsWith(`${prefix}/`);
}

/** Layer 1 (see above): throws a 400 for an anonymous REST request that asks for drafts. */
export function refuseDraftQuery(strapi: Core.Strapi, request: { path: string; query: Record<string, unknown>; authorization: string | undefined }): void {
  if (hasBearerCredential(request.authorization)) return;
  if (!isRestPath(request.path, restPrefix(strapi))) return;
  const problem = draftQueryProblem(request.query);
  if (problem) throw new errors.ValidationError(problem.message, { source: 'query', param: problem.param });
}

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

interface RequestState {
  method?: string;
  state?: { route?: { info?: { type?: string } }; auth?: { strategy?: { name?: string } } };
}

/** Layer 2 (see above): registered in `register` (src/index.ts). */
export function registerPublishedOnlyReads(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!READS.has(context.action)) return next();
    if (context.contentType?.options?.draftAndPublish !== true) return next();
    const ctx = strapi.requestContext.get() as RequestState | undefined;
    // Only REST reads: the dashboard (admin routes), cron, seed and webhooks read drafts on
    // purpose, and writes read the draft they change (editorial/validation.ts).
    if (ctx?.state?.route?.info?.type !== 'content-api') return next();
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    if (ctx.state.auth?.strategy?.name === API_TOKEN_STRATEGY) return next();
    const params = { ...(context.params as Record<string, unknown>) };
    params.status = 'published';
    delete params.publicationFilter;
    delete params.hasPublishedVersion;
    context.params = params as typeof context.params;
    return next();
  });
}
