import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkRedirect as checkRedirectRule, findSsiCommand } from '@stadtportal/shared/rules';

/*
 * Validation of a Weiterleitung at save time (dashboard, REST, import, automatic slug redirects):
 * a bad address is refused with a 400 ValidationError naming the field, never stored and never
 * a 500. The rules are the contract's (shared/src/rules/redirect.ts, docs/adr/0016): the build
 * checks every redirect again with the same functions and compiles them (chains, loops) with
 * shared/src/redirects.ts.
 */

export const REDIRECT_UID = 'api::redirect.redirect';

/** CMS enumeration value → HTTP status (enum values must not start with a digit). */
export const STATUS_OF = { dauerhaft_301: 301, voruebergehend_302: 302, entfernt_410: 410 } as const;
export type StatusValue = keyof typeof STATUS_OF;

const isStatusValue = (v: unknown): v is StatusValue => typeof v === 'string' && Object.hasOwn(STATUS_OF, v);

function fail(field: string, value: unknown, message: string): never {
  throw new errors.ValidationError(`${field}: ${message}`, {
    errors: [{ path: [field], message, name: 'ValidationError', value }],
  });
}

/**
 * The CMS field is `kind`, not `status`: the content manager reads a `status` in the body as
 * draft/published and refuses anything else ("Invalid status"), even on types without draft & publish.
 */
export interface RedirectInput {
  from?: unknown;
  to?: unknown;
  kind?: unknown;
}

/** The problem with one redirect, or null: the contract's rules with the CMS's field names. */
export function checkRedirect(r: RedirectInput): { field: 'from' | 'to' | 'kind'; message: string } | null {
  if (!isStatusValue(r.kind)) {
    // The address is still the first thing an editor reads about.
    const first = checkRedirectRule({ from: r.from, to: null, status: 410 });
    if (first?.field === 'from') return first as { field: 'from'; message: string };
    return { field: 'kind', message: `Art ${Object.keys(STATUS_OF).join(', ')} erwartet.` };
  }
  const problem = checkRedirectRule({ from: r.from, to: r.to ?? null, status: STATUS_OF[r.kind] });
  if (problem === null) return null;
  return { field: problem.field === 'status' ? 'kind' : problem.field, message: problem.message };
}

type Data = Record<string, unknown>;

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

/**
 * Document Service middleware: validates every action that writes a redirect (create, update,
 * clone). An update may carry only some fields, so it is checked merged with the stored document.
 */
export function registerRedirectValidation(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== REDIRECT_UID || (context.action !== 'create' && context.action !== 'update' && context.action !== 'clone')) return next();
    const params = context.params as { documentId?: string; data?: Data };
    const data = params.data ?? {};
    // Spreadsheet copies often carry spaces around the address: harmless, so removed.
    for (const key of ['from', 'to'] as const) if (key in data) data[key] = trimmed(data[key]);
    if (data.to === '') data.to = null;
    let stored: Data = {};
    if (context.action !== 'create' && params.documentId) {
      const doc = await strapi.documents(REDIRECT_UID).findOne({ documentId: params.documentId, fields: ['from', 'to', 'kind', 'note'] });
      stored = (doc ?? {}) as Data;
    }
    const merged = { ...stored, ...data };
    const problem = checkRedirect({ from: merged.from, to: merged.to ?? null, kind: merged.kind ?? 'dauerhaft_301' });
    if (problem) fail(problem.field, merged[problem.field], problem.message);
    const ssi = findSsiCommand(merged.note);
    if (ssi) fail('note', merged.note, 'Die Zeichenfolge „<!--#“ ist nicht erlaubt.');
    return next();
  });
}
