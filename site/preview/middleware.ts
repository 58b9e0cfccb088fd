import { defineMiddleware } from 'astro:middleware';
import { previewEnv } from './lib/draft.ts';

/*
 * Headers of every preview response: never indexed or cached (a draft must not end up in a
 * search engine or a proxy), no Referer (the URL carries the signed token), framed only by the
 * dashboard, and the site's own CSP (no scripts, styles from files only).
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const { adminOrigin } = previewEnv();
  const response = await next();
  const headers = new Headers(response.headers);
  headers.set('X-Robots-Tag', 'noindex, nofollow, noarchive');
  headers.set('Cache-Control', 'no-store');
  headers.set('Referrer-Policy', 'no-referrer');
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set(
    'Content-Security-Policy',
    `default-src 'none'; img-src 'self'; media-src 'self'; style-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors ${adminOrigin}`,
  );
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
});
