import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/*
 * Validation of a Weiterleitung at save time (dashboard, REST, import, automatic slug redirects):
 * a bad address is refused with a 400 ValidationError naming the field, never stored and never
 * a 500. The rules mirror the contract (shared/src/schemas/redirect.ts); the CMS is compiled to
 * CommonJS and cannot load shared/'s TypeScript at runtime, so the few checks are repeated here.
 * The build validates every redirect again with the contract itself (shared/src/normalize-redirect.ts)
 * and compiles them (chains, loops) with shared/src/redirects.ts.
 */

export const REDIRECT_UID = 'api::redirect.redirect';

/** CMS enumeration value → HTTP status (enum values must not start with a digit). */
export const STATUS_OF = { dauerhaft_301: 301, voruebergehend_302: 302, entfernt_410: 410 } as const;
export type StatusValue = keyof typeof STATUS_OF;

const isStatusValue = (v: unknown): v is StatusValue => typeof v === 'string' && Object.hasOwn(STATUS_OF, v);

/** No whitespace or control characters: never valid inside a URL, and classic filter bypasses. */
const clean = (v: string) => v.length > 0 && !/[\u0000-\u0020\u007f]/.test(v);

const isSitePath = (v: string) => v.startsWith('/') && !v.startsWith('//') && !v.startsWith('/\\');

function isHttpUrl(v: string): boolean {
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && url.username === '' && url.password === '';
}

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

/** The problem with one redirect, or null: the same rules the middleware enforces. */
export function checkRedirect(r: RedirectInput): { field: 'from' | 'to' | 'kind'; message: string } | null {
  const { from, to, kind: status } = r;
  if (typeof from !== 'string' || !clean(from)) {
    return { field: 'from', message: 'Alte Adresse ist leer oder enthält Leerzeichen/Steuerzeichen.' };
  }
  if (from.includes('#') || !(isSitePath(from) || isHttpUrl(from))) {
    return { field: 'from', message: 'Alte Adresse: Pfad („/seite?id=1“) oder vollständige http(s)-Adresse ohne #Anker erwartet.' };
  }
  if (from === '/') return { field: 'from', message: 'Die Startseite „/“ kann nicht umgeleitet werden.' };
  if (!isStatusValue(status)) return { field: 'kind', message: `Art ${Object.keys(STATUS_OF).join(', ')} erwartet.` };
  const hasTarget = typeof to === 'string' && to !== '';
  if (STATUS_OF[status] === 410) {
    return hasTarget ? { field: 'to', message: 'Status 410 („entfernt“) hat kein Ziel – Feld leer lassen.' } : null;
  }
  if (!hasTarget) return { field: 'to', message: `Status ${STATUS_OF[status]} braucht ein Ziel.` };
  if (!clean(to) || !(isSitePath(to) || isHttpUrl(to))) {
    return { field: 'to', message: 'Ziel: Pfad („/neue-seite/“) oder vollständige http(s)-Adresse ohne Leerzeichen erwartet.' };
  }
  if (to === from) return { field: 'to', message: 'Ziel und alte Adresse sind gleich (Schleife).' };
  return null;
}

type Data = Record<string, unknown>;

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

/**
 * Document Service middleware: validates create and update of redirects. An update may carry only
 * some fields, so it is checked merged with the stored document.
 */
export function registerRedirectValidation(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== REDIRECT_UID || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { documentId?: string; data?: Data };
    const data = params.data ?? {};
    // Spreadsheet copies often carry spaces around the address: harmless, so removed.
    for (const key of ['from', 'to'] as const) if (key in data) data[key] = trimmed(data[key]);
    if (data.to === '') data.to = null;
    let stored: Data = {};
    if (context.action === 'update' && params.documentId) {
      const doc = await strapi.documents(REDIRECT_UID).findOne({ documentId: params.documentId, fields: ['from', 'to', 'kind'] });
      stored = (doc ?? {}) as Data;
    }
    const merged = { ...stored, ...data };
    const problem = checkRedirect({ from: merged.from, to: merged.to ?? null, kind: merged.kind ?? 'dauerhaft_301' });
    if (problem) fail(problem.field, merged[problem.field], problem.message);
    return next();
  });
}
