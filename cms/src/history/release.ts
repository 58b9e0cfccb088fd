import type { Core } from '@strapi/strapi';
import { CMS_CONTENT_TYPES } from '@stadtportal/shared/rules';

/*
 * Which release carried a version (docs/adr/0023-version-history.md). Apart from index.ts so the
 * publication record's runner-event route can call it without importing the history module (which
 * imports the record's `actorOf`).
 */

/** The history's content type (hidden; written and read only by src/history; in the registry as an internal type). */
export const HISTORY_UID = CMS_CONTENT_TYPES['published-version'].uid;

/**
 * The runner reported a release live: the versions published before and not yet assigned were
 * live at the latest with it. A version published while that release was being built is counted
 * to it too, though it may only go live with the next — the history says „spätestens mit“.
 */
export async function assignRelease(strapi: Core.Strapi, release: string, at: Date): Promise<number> {
  const { count } = (await strapi.db.query(HISTORY_UID as Parameters<typeof strapi.db.query>[0]).updateMany({
    where: { release: { $null: true }, versionPublishedAt: { $lte: at.toISOString() } },
    data: { release },
  })) as { count: number };
  return count;
}
