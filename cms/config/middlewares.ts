import type { Core } from '@strapi/strapi';
import { uploadSizeLimit } from './plugins';
import { mediaOrigin } from '../src/media/storage';

/**
 * Strapi's defaults (CSP for the dashboard, no sniffing, frameguard, HSTS …). With files on S3 the
 * media library shows them from MEDIA_PUBLIC_URL: that origin, and only it, joins img-src and
 * media-src — here, where those images are shown. The public site copies every file into its
 * own /medien/ and keeps `img-src 'self'` (scripts/publish/nginx.ts).
 */
function security(origin: string | null): Core.Config.Middlewares[number] {
  if (origin === null) return 'strapi::security';
  return {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // Strapi's defaults repeated in full: its merge fills arrays by index, not by value.
          'img-src': ["'self'", 'data:', 'blob:', 'https://market-assets.strapi.io', origin],
          'media-src': ["'self'", 'data:', 'blob:', origin],
        },
      },
    },
  };
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  security(mediaOrigin(env)),
  {
    // The API is read by the build (server side, no Origin); browsers may call it only from the
    // site's own origins. Others get no Access-Control-Allow-Origin header.
    name: 'strapi::cors',
    config: {
      origin: env.array('SITE_ORIGINS', ['http://127.0.0.1:4321', 'http://localhost:4321']),
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  // Anonymous REST requests read published content only: `?status=draft` (and every spelling of
  // it) is a 400 before routing; src/public-api/drafts.ts adds the check after authentication.
  'global::published-only',
  // The citizens' feedback route: size and type checked before its body is read (src/feedback).
  'global::feedback-body',
  {
    // The body parser refuses larger uploads before they are written to disk (413).
    name: 'strapi::body',
    config: { formidable: { maxFileSize: uploadSizeLimit(env) } },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
