import type { Core } from '@strapi/strapi';
import { cronTasks } from './cron-tasks';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  const publicUrl = env('PUBLIC_URL');
  return {
    // Loopback by default: in production a reverse proxy terminates TLS in front of Strapi.
    host: env('HOST', '127.0.0.1'),
    port: env.int('PORT', 1337),
    app: {
      keys: env.array('APP_KEYS', []),
    },
    // Set when Strapi runs behind a proxy, so that absolute URLs (admin, uploads) are right.
    ...(publicUrl ? { url: publicUrl } : {}),
    // Behind the project's nginx (docs/OPERATIONS.md): the client's address and scheme come from
    // X-Forwarded-For/-Proto (rate limits per editor, secure cookies). Only where nothing but the
    // proxy reaches Strapi's port — anyone else could claim any address.
    ...(env.bool('BEHIND_PROXY', false) ? { proxy: { koa: true } } : {}),
    // No update check (no call-home from a municipal server) and no startup banner in the logs.
    logger: { updates: { enabled: false }, startup: { enabled: false } },
    // Uploads live under <public>/uploads. Tests point this at a temp folder so a test run
    // never writes into the developer's own uploads.
    dirs: { public: env('PUBLIC_DIR', './public') },
    webhooks: {
      populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
    },
    // Scheduled publishing (publishAt/unpublishAt, docs/adr/0011-editors-desk.md).
    // REVIEW_DIGEST_CRON and HISTORY_RETENTION_CRON move the reminder and the history's retention (tests fire them every few seconds).
    cron: {
      enabled: env.bool('CRON_ENABLED', true),
      tasks: cronTasks(env('SCHEDULE_CRON', '0 * * * * *'), env('REVIEW_DIGEST_CRON', '0 0 7 * * 1'), env('HISTORY_RETENTION_CRON', '0 17 3 * * *')),
    },
  };
};

export default config;
