import type { Core } from '@strapi/strapi';
import { uploadProviderConfig } from '../src/media/storage';

/**
 * Upload size limit in bytes (UPLOAD_MAX_MB, default 200 MB: a video of a few minutes fits; the
 * editors' nginx door uses the same default, scripts/publish/editors.ts). Each format has its own
 * lower limit too (src/editorial/upload-type.ts: images and PDF 25 MB, captions 1 MB).
 */
export const uploadSizeLimit = (env: Core.Config.Shared.ConfigParams['env']): number => env.int('UPLOAD_MAX_MB', 200) * 1024 * 1024;

/**
 * Outgoing mail (the confirmation of a barrier report, src/feedback/mail.ts): SMTP through
 * nodemailer, only when SMTP_HOST is set — without it nothing is sent.
 */
function emailConfig(env: Core.Config.Shared.ConfigParams['env']): Core.Config.Plugin {
  const host = env('SMTP_HOST', '');
  if (host === '') return {};
  const user = env('SMTP_USER', '');
  const from = env('SMTP_FROM', '') || 'barrierefreiheit@aschersleben.example';
  return {
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: {
          host,
          port: env.int('SMTP_PORT', 587),
          // true: TLS from the first byte (port 465); false: STARTTLS when the server offers it.
          secure: env.bool('SMTP_SECURE', false),
          ...(user === '' ? {} : { auth: { user, pass: env('SMTP_PASSWORD', '') } }),
        },
        // An empty value in .env counts as unset.
        settings: { defaultFrom: from, defaultReplyTo: env('SMTP_REPLY_TO', '') || from },
      },
    },
  };
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  ...emailConfig(env),
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
      // What may be uploaded is decided by the file's content, in the upload service, with a
      // German message naming the file (src/editorial/upload-type.ts: JPEG, PNG, WebP, AVIF, GIF,
      // PDF — no SVG, HTML, XML, scripts, office files). Strapi's own check in the upload
      // controllers is opened to let every file through to it: that check falls back to the
      // extension when it cannot recognise the bytes (an HTML file named .pdf passes), answers in
      // English, and silently drops refused files from an upload of several. Listing types here
      // too would only replace the German message by the English one for some files.
      security: {
        allowedTypes: ['*/*'],
      },
    },
  },
});

export default config;
