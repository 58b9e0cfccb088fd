import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * Checks the signed links Strapi's preview handler builds (cms/src/preview/url.ts, same format;
 * e2e/preview.test.ts checks both sides agree). The signature covers type, document, status and
 * expiry, so a link opens only the document it was made for, only until it expires.
 */

export const PREVIEW_TYPES = ['seite', 'meldung'] as const;
export type PreviewType = (typeof PREVIEW_TYPES)[number];
export type PreviewStatus = 'draft' | 'published';

export interface PreviewRequest {
  type: PreviewType;
  documentId: string;
  status: PreviewStatus;
}

/** 401: no token at all; 403: a token that does not fit (wrong, edited, expired); 404: no such preview type. */
export type PreviewCheck = { ok: true; request: PreviewRequest } | { ok: false; status: 401 | 403 | 404; reason: string };

export function previewPayload(type: string, documentId: string, status: string, expires: number): string {
  return [type, documentId, status, String(expires)].join('\n');
}

export function previewSignature(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('hex');
}

const isType = (v: string): v is PreviewType => (PREVIEW_TYPES as readonly string[]).includes(v);

export function checkPreviewRequest(secret: string, type: string, documentId: string, query: URLSearchParams, now: number = Date.now()): PreviewCheck {
  if (!isType(type)) return { ok: false, status: 404, reason: 'Für diese Art von Inhalt gibt es keine Vorschau.' };
  const token = query.get('token');
  if (token === null || token === '')
    return { ok: false, status: 401, reason: 'Vorschau nur mit dem Link aus dem Redaktionssystem (Strapi → „Vorschau öffnen“).' };
  const status = query.get('status');
  const expires = Number(query.get('expires'));
  if ((status !== 'draft' && status !== 'published') || !Number.isSafeInteger(expires)) {
    return { ok: false, status: 403, reason: 'Der Vorschau-Link ist unvollständig.' };
  }
  const want = Buffer.from(previewSignature(secret, previewPayload(type, documentId, status, expires)), 'hex');
  const got = Buffer.from(token, 'hex');
  // Length first: timingSafeEqual throws on different lengths (a hex string of any length is no secret).
  if (got.length !== want.length || !timingSafeEqual(got, want)) {
    return { ok: false, status: 403, reason: 'Der Vorschau-Link ist ungültig.' };
  }
  if (expires < now) return { ok: false, status: 403, reason: 'Der Vorschau-Link ist abgelaufen. Bitte die Vorschau im Redaktionssystem erneut öffnen.' };
  return { ok: true, request: { type, documentId, status } };
}
