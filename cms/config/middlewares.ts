import type { Core } from '@strapi/strapi';
import { uploadSizeLimit } from './plugins';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  // Strapi's defaults: CSP for the dashboard, no sniffing, frameguard, HSTS …
  'strapi::security',
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
