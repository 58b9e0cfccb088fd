import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * The signed draft-preview link (docs/adr/0014-draft-preview.md), both sides in one module:
 * Strapi's preview handler builds it (cms/config/admin.ts → previewUrl), the preview server
 * (site/preview/) checks it (checkPreviewRequest). The link points at the preview server and
 * carries an HMAC over what it shows and until when, so it opens exactly this document for a
 * limited time and a guessed or edited URL is refused (403). e2e/preview.test.ts checks the two
 * ends in a real Strapi and preview server.
 *
 * Not exported from ./index.ts (the site's rules): node:crypto has no place in a browser bundle.
 */

/** Content types with a preview, and the preview server's path segment for each. */
export const PREVIEW_TYPES = {
  'api::page.page': 'seite',
  'api::news-article.news-article': 'meldung',
} as const;
export type PreviewType = (typeof PREVIEW_TYPES)[keyof typeof PREVIEW_TYPES];
export type PreviewStatus = 'draft' | 'published';

/** A link is valid this long: long enough to look and compare, short enough that a copied link dies. */
export const PREVIEW_LINK_TTL_MS = 60 * 60 * 1000;

const SEGMENTS: readonly string[] = Object.values(PREVIEW_TYPES);

export interface PreviewLinkParams {
  uid: string;
  documentId: string;
  /** null or absent for types without translations (news). */
  locale: string | null | undefined;
  status: string | null | undefined;
}

/** The signed text: every part the preview server acts on, separated by a character none contains. */
export function previewPayload(type: string, documentId: string, status: string, expires: number): string {
  return [type, documentId, status, String(expires)].join('\n');
}

export function previewSignature(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('hex');
}

/**
 * The preview URL of an entry, or undefined where there is no preview: other content types,
 * and the English translations of pages (the preview renders the German site; the admin then
 * shows no preview button for them).
 */
export function previewUrl(base: string, secret: string, params: PreviewLinkParams, now: number = Date.now()): string | undefined {
  const type = (PREVIEW_TYPES as Record<string, PreviewType | undefined>)[params.uid];
  if (type === undefined) return undefined;
  if (params.locale && params.locale !== 'de') return undefined;
  const status: PreviewStatus = params.status === 'published' ? 'published' : 'draft';
  const expires = now + PREVIEW_LINK_TTL_MS;
  const url = new URL(`/vorschau/${type}/${encodeURIComponent(params.documentId)}/`, base);
  url.searchParams.set('status', status);
  url.searchParams.set('expires', String(expires));
  url.searchParams.set('token', previewSignature(secret, previewPayload(type, params.documentId, status, expires)));
  return url.href;
}

export interface PreviewRequest {
  type: PreviewType;
  documentId: string;
  status: PreviewStatus;
}

/** 401: no token at all; 403: a token that does not fit (wrong, edited, expired); 404: no such preview type. */
export type PreviewCheck = { ok: true; request: PreviewRequest } | { ok: false; status: 401 | 403 | 404; reason: string };

const isType = (v: string): v is PreviewType => SEGMENTS.includes(v);

/** The preview server's check of a request for /vorschau/<type>/<documentId>/?status&expires&token. */
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
