import type { Core } from '@strapi/strapi';
import { previewUrl } from '@stadtportal/shared/preview';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET', ''),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT', ''),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT', ''),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY', ''),
  },
  // Dashboard login, password reset, registration: attempts per e-mail, route and IP per window
  // (Strapi's rate limiter; 429 when exceeded).
  rateLimit: {
    enabled: true,
    interval: env.int('AUTH_RATE_LIMIT_WINDOW_MIN', 5) * 60_000,
    max: env.int('AUTH_RATE_LIMIT_MAX', 5),
  },
  // No survey pop-ups and no Enterprise advertising for the town's editors.
  flags: {
    nps: false,
    promoteEE: false,
  },
  // Draft preview (docs/adr/0014-draft-preview.md): „Vorschau öffnen“ in the edit view of pages
  // and news shows the entry rendered by the site's preview server. Off without PREVIEW_SECRET
  // (the button would only lead to a 403). allowedOrigins also goes into the admin's CSP frame-src.
  preview: previewConfig(env('PREVIEW_SECRET', ''), env('PREVIEW_URL', 'http://127.0.0.1:4323')),
});

function previewConfig(secret: string, base: string): NonNullable<Core.Config.Admin['preview']> {
  return {
    enabled: secret !== '',
    config: {
      allowedOrigins: [new URL(base).origin],
      handler: (uid, { documentId, locale, status }) => previewUrl(base, secret, { uid, documentId, locale, status }),
    },
  };
}

export default config;
