import type { Core } from '@strapi/strapi';

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
});

export default config;
