import type { Core } from '@strapi/strapi';
import { uploadProviderConfig } from '../src/media/storage';

/** Upload size limit in bytes (UPLOAD_MAX_MB, default 25 MB: a scanned Amtsblatt fits). */
export const uploadSizeLimit = (env: Core.Config.Shared.ConfigParams['env']): number => env.int('UPLOAD_MAX_MB', 25) * 1024 * 1024;

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      // /api/auth/* (login, forgot password …): failed attempts per IP and route per window.
      ratelimit: {
        enabled: true,
        interval: env.int('AUTH_RATE_LIMIT_WINDOW_MIN', 5) * 60_000,
        max: env.int('AUTH_RATE_LIMIT_MAX', 5),
      },
    },
  },
  upload: {
    config: {
      // Local files (default) or an S3-compatible bucket (UPLOAD_PROVIDER=s3): src/media/storage.ts.
      ...uploadProviderConfig(env),
      sizeLimit: uploadSizeLimit(env),
      // Only what the site shows or links: images and office documents. No SVG (can carry
      // script), no HTML/XML/JS — a file served from the CMS or copied into the site must never
      // run in a visitor's browser. Strapi checks the declared type, the extension and the bytes.
      security: {
        allowedTypes: [
          'image/png',
          'image/jpeg',
          'image/webp',
          'image/gif',
          'image/avif',
          'application/pdf',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'application/vnd.oasis.opendocument.text',
          'application/vnd.oasis.opendocument.spreadsheet',
        ],
        deniedTypes: [
          'image/svg+xml',
          'text/html',
          'application/xhtml+xml',
          'application/xml',
          'text/xml',
          'text/javascript',
          'application/javascript',
          'application/x-sh',
          'application/x-msdownload',
          'application/x-dosexec',
        ],
      },
    },
  },
});

export default config;
