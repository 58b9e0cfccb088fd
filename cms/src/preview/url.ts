import { createHmac } from 'node:crypto';

/*
 * Links for Strapi's Preview panel („Vorschau öffnen“, docs/adr/0014-draft-preview.md): the
 * admin asks config/admin.ts → preview.handler for a URL and shows it in an iframe. The URL
 * points at the preview server (site/preview/, 127.0.0.1 only) and carries an HMAC over what
 * it shows and until when, so the link opens exactly this document for a limited time and a
 * guessed or edited URL is refused (403). site/preview/lib/token.ts verifies the same format;
 * the e2e test (e2e/preview.test.ts) checks the two agree.
 */

/** Content types with a preview, and the preview server's path segment for each. */
export const PREVIEW_TYPES = {
  'api::page.page': 'seite',
  'api::news-article.news-article': 'meldung',
} as const;

/** A link is valid this long: long enough to look and compare, short enough that a copied link dies. */
export const PREVIEW_LINK_TTL_MS = 60 * 60 * 1000;

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
  const type = (PREVIEW_TYPES as Record<string, string | undefined>)[params.uid];
  if (type === undefined) return undefined;
  if (params.locale && params.locale !== 'de') return undefined;
  const status = params.status === 'published' ? 'published' : 'draft';
  const expires = now + PREVIEW_LINK_TTL_MS;
  const url = new URL(`/vorschau/${type}/${encodeURIComponent(params.documentId)}/`, base);
  url.searchParams.set('status', status);
  url.searchParams.set('expires', String(expires));
  url.searchParams.set('token', previewSignature(secret, previewPayload(type, params.documentId, status, expires)));
  return url.href;
}
