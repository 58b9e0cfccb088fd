import { z } from 'zod';
import { InvalidContentError, issuesFromZod, ssiIssues, type ContentIssue } from '../errors.ts';
import { redirect, type Redirect, type RedirectStatus } from '../schemas/redirect.ts';
import type { Normalizer } from './helpers.ts';

/*
 * Strapi 5 REST entries of api::redirect.redirect (Weiterleitung) → contract objects. The CMS
 * stores the status in the field `kind` (the content manager reserves `status` for
 * draft/published) as an enumeration whose values may not start with a digit (dauerhaft_301 …);
 * the contract has the HTTP status. Chains and loops are not checked here:
 * the build compiles all redirects with shared/src/redirects.ts (compileRedirects).
 */

export const REDIRECT_TYPE = 'redirect';

/** CMS enumeration value → HTTP status (cms/src/api/redirect/…/schema.json). */
export const REDIRECT_STATUS_VALUES: Readonly<Record<string, RedirectStatus>> = {
  dauerhaft_301: 301,
  voruebergehend_302: 302,
  entfernt_410: 410,
};

/** HTTP status → CMS enumeration value, for writing (the CSV import). */
export function redirectStatusValue(status: RedirectStatus): string {
  const hit = Object.entries(REDIRECT_STATUS_VALUES).find(([, s]) => s === status);
  if (!hit) throw new Error(`Kein CMS-Wert für Status ${status}`);
  return hit[0];
}

const rawRedirect = z.looseObject({
  documentId: z.string().min(1, 'documentId fehlt'),
});

function idOf(raw: unknown): string {
  return typeof raw === 'object' && raw !== null && 'documentId' in raw && typeof raw.documentId === 'string' && raw.documentId ? raw.documentId : '–';
}

/** One entry; problems are added to `issues` (nothing thrown), undefined when invalid. */
export function readRedirect(issues: ContentIssue[], raw: unknown): Redirect | undefined {
  const id = idOf(raw);
  // The check every entry point runs on every field (errors.ts), as begin() in helpers.ts.
  const ssi = ssiIssues(REDIRECT_TYPE, id, raw);
  if (ssi.length > 0) {
    issues.push(...ssi);
    return undefined;
  }
  const parsed = rawRedirect.safeParse(raw);
  if (!parsed.success) {
    issues.push(...issuesFromZod(REDIRECT_TYPE, id, parsed.error));
    return undefined;
  }
  const r = parsed.data;
  const statusValue = r['kind'];
  const status = typeof statusValue === 'string' && Object.hasOwn(REDIRECT_STATUS_VALUES, statusValue) ? REDIRECT_STATUS_VALUES[statusValue] : statusValue;
  const to = r['to'];
  const result = redirect.safeParse({
    from: typeof r['from'] === 'string' ? r['from'].trim() : r['from'],
    // Strapi returns "" once an editor cleared the field, null if never set.
    to: to === undefined || to === null || (typeof to === 'string' && to.trim() === '') ? null : typeof to === 'string' ? to.trim() : to,
    status,
  });
  if (result.success) return result.data;
  // Name the field as editors see it in the CMS.
  issues.push(...issuesFromZod(REDIRECT_TYPE, id, result.error).map((i) => (i.field === 'status' ? { ...i, field: 'kind' } : i)));
  return undefined;
}

/** The shared normaliser signature (helpers.ts) for the pull. */
export const normalizeRedirect: Normalizer<Redirect> = (run, raw) => readRedirect(run.issues, raw);

/** All entries of one API answer; throws one InvalidContentError listing every problem. */
export function normalizeRedirects(raw: readonly unknown[]): Redirect[] {
  const issues: ContentIssue[] = [];
  const out = raw.flatMap((r) => {
    const x = readRedirect(issues, r);
    return x === undefined ? [] : [x];
  });
  if (issues.length > 0) throw new InvalidContentError(issues);
  return out;
}
