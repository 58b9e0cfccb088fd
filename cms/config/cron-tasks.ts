import type { Core } from '@strapi/strapi';
import { runSchedule } from '../src/editorial/schedule';

/**
 * Scheduled publishing of news and public notices (src/editorial/schedule.ts). Every minute by
 * default; SCHEDULE_CRON (node-schedule syntax, six fields with seconds) lets tests run it faster.
 */
export function cronTasks(rule: string) {
  return {
    zeitgesteuerteVeroeffentlichung: {
      task: async ({ strapi }: { strapi: Core.Strapi }) => {
        await runSchedule(strapi);
      },
      options: { rule },
    },
  };
}
