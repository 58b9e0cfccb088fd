import type { Core } from '@strapi/strapi';
import { asScheduledTask } from './four-eyes';

/*
 * Scheduled publishing (docs/adr/0011-editors-desk.md). Strapi 5's Releases with scheduling need
 * an Enterprise licence (`cms-content-releases`), so news and public notices carry two private
 * fields, `publishAt` and `unpublishAt`, and a cron task (config/cron-tasks.ts) acts on them:
 *
 * - publish: the draft has `publishAt` ≤ now, and the document has not been published since
 *   (no published version, or one published before `publishAt`) → publish the current draft;
 * - unpublish: `unpublishAt` ≤ now and the published version dates from before `unpublishAt`
 *   → unpublish.
 *
 * „Since“ makes each time fire once, without writing to the document (which would make the
 * draft differ from the published version): publishing by hand after the time counts, and a
 * later time set by the editor fires again. It goes through the Document Service, so Strapi
 * emits entry.publish / entry.unpublish and the build webhook (bootstrap/webhook.ts) starts a
 * build, as a click on „Veröffentlichen“ would.
 *
 * Alerts have no such fields: their `start`/`end` already are their schedule (ADR 0007) — a
 * published alert appears at `start` and disappears at `end` without a build.
 */

export const SCHEDULED_TYPES = ['api::news-article.news-article', 'api::public-notice.public-notice'] as const;

export interface ScheduleResult {
  published: string[];
  unpublished: string[];
  failed: { uid: string; documentId: string; error: string }[];
}

interface Row {
  documentId: string;
  publishAt?: string | null;
  unpublishAt?: string | null;
  publishedAt?: string | null;
}

const ms = (v: string | null | undefined): number => (v ? new Date(v).getTime() : Number.NaN);

export async function runSchedule(strapi: Core.Strapi, now: Date = new Date()): Promise<ScheduleResult> {
  const result: ScheduleResult = { published: [], unpublished: [], failed: [] };
  const iso = now.toISOString();
  for (const uid of SCHEDULED_TYPES) {
    const query = strapi.db.query(uid);
    // Drafts due for publishing and their published versions (one query each; few rows).
    const due = (await query.findMany({
      where: { publishedAt: null, $or: [{ publishAt: { $lte: iso } }, { unpublishAt: { $lte: iso } }] },
      select: ['documentId', 'publishAt', 'unpublishAt'],
    })) as Row[];
    if (due.length === 0) continue;
    const live = (await query.findMany({
      where: { publishedAt: { $notNull: true }, documentId: { $in: due.map((d) => d.documentId) } },
      select: ['documentId', 'publishedAt'],
    })) as Row[];
    const publishedAt = new Map(live.map((r) => [r.documentId, ms(r.publishedAt)]));

    for (const draft of due) {
      const lastPublish = publishedAt.get(draft.documentId);
      const publishTime = ms(draft.publishAt);
      const unpublishTime = ms(draft.unpublishAt);
      const nowMs = now.getTime();
      // Both due (e.g. the CMS was down over the whole window): the later instruction wins.
      const wantPublish = publishTime <= nowMs && (lastPublish === undefined || lastPublish < publishTime);
      const wantUnpublish = lastPublish !== undefined && unpublishTime <= nowMs && lastPublish < unpublishTime;
      try {
        if (wantPublish && !(unpublishTime <= nowMs && unpublishTime > publishTime)) {
          // Marked: a four-eyes document is not published by the task (four-eyes.ts); it stays a draft and is logged.
          await asScheduledTask(() => strapi.documents(uid).publish({ documentId: draft.documentId }));
          result.published.push(draft.documentId);
        } else if (wantUnpublish) {
          await strapi.documents(uid).unpublish({ documentId: draft.documentId });
          result.unpublished.push(draft.documentId);
        }
      } catch (err) {
        // One bad document (e.g. a required field still empty) must not hold back the others;
        // it stays a draft and is retried on the next run, and the log says why.
        const error = err instanceof Error ? err.message : String(err);
        result.failed.push({ uid, documentId: draft.documentId, error });
        strapi.log.error(`Zeitgesteuerte Veröffentlichung: ${uid} ${draft.documentId} fehlgeschlagen: ${error}`);
      }
    }
  }
  if (result.published.length + result.unpublished.length > 0) {
    strapi.log.info(`Zeitgesteuert: ${result.published.length} veröffentlicht, ${result.unpublished.length} zurückgezogen.`);
  }
  return result;
}
