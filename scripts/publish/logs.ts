/*
 * Log retention: the privacy page promises server logs are kept at most 7 days. nginx writes
 * one access log per day (access-YYYY-MM-DD.log, addresses anonymised); this deletes the
 * files older than `days` days. The build runner calls it at start and every hour.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

export async function pruneAccessLogs(logDir: string, days = 7, now: Date = new Date()): Promise<string[]> {
  const names = await readdir(logDir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [] as string[];
    throw err;
  });
  // nginx names the files by its local date ($time_iso8601); today counts as one of the days.
  const first = new Date(now.getFullYear(), now.getMonth(), now.getDate() - days + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  const cutoff = `${first.getFullYear()}-${pad(first.getMonth() + 1)}-${pad(first.getDate())}`;
  const removed: string[] = [];
  for (const name of names) {
    const m = /^access-(\d{4}-\d{2}-\d{2})\.log$/.exec(name);
    const day = m?.[1];
    if (day !== undefined && day < cutoff) {
      await rm(join(logDir, name), { force: true });
      removed.push(name);
    }
  }
  return removed.sort();
}
