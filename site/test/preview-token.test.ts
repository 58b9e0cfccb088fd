import { describe, expect, it } from 'vitest';
import { checkPreviewRequest, PREVIEW_LINK_TTL_MS, previewUrl } from '@stadtportal/shared/preview';

// The two halves of the signed preview link (docs/adr/0014-draft-preview.md): Strapi's handler
// builds it, the preview server checks it. Same format on both sides, and every edit refused.

const SECRET = 'k'.repeat(40);
const BASE = 'http://127.0.0.1:4323';
const NOW = Date.parse('2026-11-25T12:00:00Z');

function link(uid: string, status = 'draft', locale: string | null = 'de'): URL {
  const url = previewUrl(BASE, SECRET, { uid, documentId: 'abc123', locale, status }, NOW);
  if (url === undefined) throw new Error(`keine Vorschau für ${uid}`);
  return new URL(url);
}
function check(url: URL, secret = SECRET, now = NOW) {
  const [, , type = '', documentId = ''] = url.pathname.split('/');
  return checkPreviewRequest(secret, type, decodeURIComponent(documentId), url.searchParams, now);
}

describe('Vorschau-Links', () => {
  it('a link from Strapi opens exactly its document, draft or published', () => {
    expect(link('api::page.page').pathname).toBe('/vorschau/seite/abc123/');
    expect(check(link('api::page.page'))).toEqual({ ok: true, request: { type: 'seite', documentId: 'abc123', status: 'draft' } });
    expect(check(link('api::news-article.news-article', 'published', null))).toEqual({
      ok: true,
      request: { type: 'meldung', documentId: 'abc123', status: 'published' },
    });
  });

  it('other types and English translations get no link', () => {
    expect(previewUrl(BASE, SECRET, { uid: 'api::event.event', documentId: 'x', locale: 'de', status: 'draft' })).toBeUndefined();
    expect(previewUrl(BASE, SECRET, { uid: 'api::page.page', documentId: 'x', locale: 'en', status: 'draft' })).toBeUndefined();
  });

  it('no token is 401; a wrong secret, another document or status, a later expiry are 403', () => {
    const good = link('api::page.page');
    const bare = new URL(good);
    bare.search = '';
    expect(check(bare)).toMatchObject({ ok: false, status: 401 });
    expect(check(good, 'z'.repeat(40))).toMatchObject({ ok: false, status: 403 });
    const other = new URL(good);
    other.pathname = '/vorschau/seite/xyz789/';
    expect(check(other)).toMatchObject({ ok: false, status: 403 });
    const published = new URL(good);
    published.searchParams.set('status', 'published');
    expect(check(published)).toMatchObject({ ok: false, status: 403 });
    const later = new URL(good);
    later.searchParams.set('expires', String(NOW + 10 * PREVIEW_LINK_TTL_MS));
    expect(check(later)).toMatchObject({ ok: false, status: 403 });
    const short = new URL(good);
    short.searchParams.set('token', 'abcd');
    expect(check(short)).toMatchObject({ ok: false, status: 403 });
  });

  it('expires after its lifetime', () => {
    expect(check(link('api::page.page'), SECRET, NOW + PREVIEW_LINK_TTL_MS - 1).ok).toBe(true);
    expect(check(link('api::page.page'), SECRET, NOW + PREVIEW_LINK_TTL_MS + 1)).toMatchObject({ ok: false, status: 403 });
  });

  it('an unknown preview type is 404', () => {
    const url = link('api::page.page');
    url.pathname = '/vorschau/termin/abc123/';
    expect(check(url)).toMatchObject({ ok: false, status: 404 });
  });
});
