import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Snapshot } from '@stadtportal/shared';

/**
 * How many files of a build come from keyed routes (src/lib/build-cache.ts): content pages, news,
 * services, events (page and .ics), council meetings and papers, and every file of the OParl API
 * (counted in `dist`). An incremental build copies each of them whose key did not change.
 * One count for the site's and the build runner's tests, kept beside the list of keyed routes.
 */
export async function keyedFileCount(snapshot: Snapshot, dist: string): Promise<number> {
  const oparl = (await readdir(join(dist, 'oparl'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
  if (oparl === 0) throw new Error(`${dist}/oparl: keine Dateien (OParl-API nicht gebaut?)`);
  const c = snapshot.council;
  return snapshot.pages.length + snapshot.news.length + snapshot.services.length + 2 * snapshot.events.length + c.meetings.length + c.papers.length + oparl;
}
