/*
 * `pnpm snapshot`: pull all published content from the CMS into the snapshot folder.
 * Runs with plain `node shared/src/cli/snapshot.ts` (Node 24 type stripping).
 *   CMS_URL        CMS base URL (default http://127.0.0.1:1337)
 *   CMS_API_TOKEN  read-only API token, if the public role may not read the content
 *   SNAPSHOT_DIR   target folder (default <repo>/content)
 *   SNAPSHOT_PREVIOUS  snapshot folder whose entries refused ones fall back to (default: the
 *                  target folder; the build runner passes the live release's)
 *   SNAPSHOT_DELTA 1 = fetch in full only what changed since the SNAPSHOT_PREVIOUS snapshot (its
 *                  pull-index.json, docs/adr/0024); the build runner sets it after its first pull
 *   FULL_PULL      1 = a full pull even when SNAPSHOT_DELTA asks for a delta
 *   FULL_PULL_HOURS  a delta pull is a full one when the last full pull is older (default 24)
 * Exit 0 also when entries were quarantined: they are listed, and the site is built without them.
 */
import { z } from 'zod';
import { createCmsClient } from '../client.ts';
import { InvalidContentError, formatIssue } from '../errors.ts';
import { QUARANTINE_KEPT_TEXT } from '../schemas/quarantine.ts';
import { pullSnapshot } from '../pull.ts';
import { DEFAULT_FULL_PULL_HOURS } from '../pull-index.ts';
import { CONTENT_REGISTRY, listsOf } from '../registry/index.ts';
import { snapshotDir } from '../snapshot.ts';

// Messages zod writes itself (type errors) reach editors: in German like ours.
z.config(z.locales.de());

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function describe(err: unknown): string {
  if (err instanceof InvalidContentError) {
    return [`Ungültiger Inhalt im CMS (${err.issues.length} Fehler):`, ...err.issues.map((i) => `  - ${formatIssue(i)}`)].join('\n');
  }
  if (err instanceof Error) {
    return err.cause instanceof Error ? `${err.message}\n  Ursache: ${err.cause.message}` : err.message;
  }
  return String(err);
}

/** FULL_PULL_HOURS: hours (> 0) after which a delta pull gives way to a full one; empty: the default. */
function fullPullHours(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_FULL_PULL_HOURS;
  const hours = Number(value);
  if (!Number.isFinite(hours) || hours <= 0)
    throw new Error(`FULL_PULL_HOURS „${value}“ ist keine Zahl größer 0 (Stunden bis zum nächsten vollständigen Abruf)`);
  return hours;
}

try {
  const baseUrl = process.env.CMS_URL || 'http://127.0.0.1:1337';
  const client = createCmsClient({ baseUrl, token: process.env.CMS_API_TOKEN || undefined });
  const source = new URL(client.baseUrl);
  source.username = '';
  source.password = '';
  const previous = process.env.SNAPSHOT_PREVIOUS;
  const result = await pullSnapshot({
    client,
    dir: snapshotDir(),
    source: source.href.replace(/\/+$/, ''),
    ...(previous ? { previous } : {}),
    delta: process.env.SNAPSHOT_DELTA === '1' && process.env.FULL_PULL !== '1',
    fullPullHours: fullPullHours(process.env.FULL_PULL_HOURS),
  });
  // Every list the registry gives a name, in the registry's order.
  const listed = listsOf(CONTENT_REGISTRY).flatMap(({ path, list }) =>
    list.label === undefined ? [] : [count(result.counts[path.join('.')] ?? 0, list.label.one, list.label.many)],
  );
  console.log(`Snapshot geschrieben: ${[...listed, count(result.media, 'Mediendatei', 'Mediendateien')].join(', ')} → ${result.dir}`);
  console.log(
    result.kind === 'delta'
      ? `Abruf: nur Änderungen (${count(result.fetchedEntries, 'Eintrag', 'Einträge')} vollständig geholt, der Rest aus dem vorherigen Snapshot)`
      : `Abruf: vollständig – ${result.fullReason ?? 'ohne Angabe'}`,
  );
  if (result.previousProblem !== null) console.log(`Hinweis: ${result.previousProblem}`);
  if (result.quarantine.length > 0) {
    console.log(`In Quarantäne (${count(result.quarantine.length, 'Problem', 'Probleme')}; alles andere wird veröffentlicht):`);
    for (const r of result.quarantine) console.log(`  - ${formatIssue(r)} → ${QUARANTINE_KEPT_TEXT[r.kept]}`);
  }
} catch (err) {
  console.error(`Snapshot fehlgeschlagen: ${describe(err)}`);
  process.exit(1);
}
