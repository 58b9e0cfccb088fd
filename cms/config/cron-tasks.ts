import type { Core } from '@strapi/strapi';
import { withClusterLock } from '../src/cluster/lock';
import { runSchedule } from '../src/editorial/schedule';
import { runScheduledDigest } from '../src/review';
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
export function cronTasks(rule: string, reviewDigestRule: string, historyRetentionRule: string) {
  return {
    zeitgesteuerteVeroeffentlichung: {
      task: async ({ strapi }: { strapi: Core.Strapi }) => {
        await withClusterLock(strapi, 'schedule', 'try', () => runSchedule(strapi));
      },
      options: { rule },
    },
    /*
     * The weekly reminder to owners of overdue content (src/review, docs/adr/0022): Monday 07:00
     * Berlin time by default, REVIEW_DIGEST_CRON to change it. Under the cluster lock, so two
     * instances send one mail, not two; the second instance skips that round.
     */
    pruefErinnerung: {
      task: async ({ strapi }: { strapi: Core.Strapi }) => {
        const firedAt = new Date();
        await withClusterLock(strapi, 'review-digest', 'try', () => runScheduledDigest(strapi, firedAt));
      },
      options: { rule: reviewDigestRule, tz: 'Europe/Berlin' },
    },
    // The version history's retention (src/history, docs/adr/0023-version-history.md): nightly at
    // 03:17 Berlin time by default (HISTORY_RETENTION_CRON to change it), once per cluster.
    versionsgeschichteAufbewahrung: {
      task: async ({ strapi }: { strapi: Core.Strapi }) => {
        await withClusterLock(strapi, 'history', 'try', () => pruneHistory(strapi));
      },
      options: { rule: historyRetentionRule, tz: 'Europe/Berlin' },
    },
  };
}
