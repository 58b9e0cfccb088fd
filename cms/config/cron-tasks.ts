import type { Core } from '@strapi/strapi';
import { withClusterLock } from '../src/cluster/lock';
import { runSchedule } from '../src/editorial/schedule';
import { pruneHistory } from '../src/history';

/**
 * Scheduled publishing of news and public notices (src/editorial/schedule.ts). Every minute by
 * default; SCHEDULE_CRON (node-schedule syntax, six fields with seconds) lets tests run it faster.
 *
 * Several instances on one PostgreSQL database (docs/adr/0018-several-cms-instances.md): each
 * fires the task, one runs it under an advisory lock and the others skip that round. An instance
 * that comes a moment later finds the documents already published — runSchedule acts only on
 * times not acted on since — so every scheduled time fires once.
 */
export function cronTasks(rule: string) {
  return {
    zeitgesteuerteVeroeffentlichung: {
      task: async ({ strapi }: { strapi: Core.Strapi }) => {
        await withClusterLock(strapi, 'schedule', 'try', () => runSchedule(strapi));
      },
      options: { rule },
    },
    // The version history's retention (src/history, docs/adr/0023-version-history.md): nightly, once per cluster.
    versionsgeschichteAufbewahrung: {
      task: async ({ strapi }: { strapi: Core.Strapi }) => {
        await withClusterLock(strapi, 'history', 'try', () => pruneHistory(strapi));
      },
      options: { rule: '0 17 3 * * *', tz: 'Europe/Berlin' },
    },
  };
}
