/*
 * The quarantine of a release (shared/src/quarantine.ts): the entries its pull refused, kept
 * beside the release as quarantine.json (like csp.json), so the status — page, JSON, dashboard —
 * always lists those of the release that is live, also after a rollback, without reading the
 * whole snapshot on every status request.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readSnapshot } from '@stadtportal/shared/snapshot';
import { QUARANTINE_KEPT_TEXT, contentTypeLabel, namedQuarantineRecord, type NamedQuarantineRecord } from '@stadtportal/shared';

export const QUARANTINE_FILE = 'quarantine.json';

/** One quarantined problem as the status shows it: the record plus the words editors read. */
export interface QuarantineEntry extends NamedQuarantineRecord {
  /** German name of the content type (Meldung, Seite …). */
  typeLabel: string;
  /** What the live site shows instead, in German. */
  keptText: string;
}

/** Write the release's quarantine from its snapshot (with organisation names); returns what it wrote. */
export async function writeQuarantine(releaseDir: string, contentDir: string): Promise<NamedQuarantineRecord[]> {
  const snapshot = await readSnapshot(contentDir);
  const names = new Map(snapshot.organisations.map((o) => [o.documentId, o.name]));
  const entries = snapshot.quarantine.map((r): NamedQuarantineRecord => {
    const name = r.organisation === undefined ? undefined : names.get(r.organisation);
    return name === undefined ? r : { ...r, organisationName: name };
  });
  await writeFile(join(releaseDir, QUARANTINE_FILE), `${JSON.stringify(entries, null, 2)}\n`);
  return entries;
}

/** The live release's quarantine; empty before the first release that wrote one. */
export async function liveQuarantine(base: string): Promise<QuarantineEntry[]> {
  const file = join(base, 'current', QUARANTINE_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const parsed = namedQuarantineRecord.array().safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file} ist ungültig: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.map((r) => ({ ...r, typeLabel: contentTypeLabel(r.type), keptText: QUARANTINE_KEPT_TEXT[r.kept] }));
}
