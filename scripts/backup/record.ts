/*
 * The publication record in a backup (docs/adr/0008-backup-and-restore.md): written as one JSON
 * entry per line next to Strapi's export, and brought back by a restore so that the record a town
 * keeps for its archives survives the loss of the database. Pure functions; the database side is
 * scripts/record/db.ts.
 */
import { chainEntry, parseRecordEntry, type RecordEntry, type RecordFields } from '@stadtportal/shared/record';
import { BackupError } from './archive.ts';

/** The restore's own entry: by `pnpm restore`, about no document, `label` saying which backup. */
export const restoreFields = (at: string, label: string): RecordFields => ({
  at,
  actorId: null,
  actor: 'Wiederherstellung (pnpm restore)',
  action: 'restore',
  contentType: null,
  documentId: null,
  locale: null,
  label,
  organisation: null,
  release: null,
  gates: null,
});

export function recordJsonl(entries: readonly RecordEntry[]): string {
  return entries.map((e) => `${JSON.stringify(e)}\n`).join('');
}

/** The backup's record; a line that is not an entry names its line number (`file`: for the message). */
export function parseRecordJsonl(text: string, file: string): RecordEntry[] {
  const entries: RecordEntry[] = [];
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (line === '' && i === lines.length - 1) break;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new BackupError(`${file}, Zeile ${i + 1}: kein gültiges JSON`);
    }
    const entry = parseRecordEntry(value);
    if ('problem' in entry) throw new BackupError(`${file}, Zeile ${i + 1}: ${entry.problem}`);
    entries.push(entry);
  }
  return entries;
}

/**
 * What a restore writes into the target database's record:
 * - `append`: the database's record and the backup's agree entry for entry as far as both go (the
 *   usual case: an empty database on a new server, or the same database restored to an earlier
 *   state — its record is then longer and stays whole). The backup's entries beyond the database's
 *   are appended.
 * - `replace`: they disagree (another installation's database, or a record rewritten since). The
 *   backup's record replaces it; `displaced` is what the database held, for the caller to keep.
 * Either way the restore itself is appended as the last entry — nothing is lost, and the record
 * says that from here on the content is the backup's.
 */
export type RecordRestorePlan =
  | { kind: 'append'; write: RecordEntry[]; restoreEntry: RecordEntry }
  | { kind: 'replace'; write: RecordEntry[]; restoreEntry: RecordEntry; displaced: RecordEntry[] };

export function planRecordRestore(fromBackup: readonly RecordEntry[], inDatabase: readonly RecordEntry[], restore: RecordFields): RecordRestorePlan {
  const common = Math.min(fromBackup.length, inDatabase.length);
  let agree = true;
  for (let i = 0; i < common; i++) {
    if (fromBackup[i]?.seq !== inDatabase[i]?.seq || fromBackup[i]?.hash !== inDatabase[i]?.hash) {
      agree = false;
      break;
    }
  }
  if (agree) {
    const longer = fromBackup.length > inDatabase.length ? fromBackup : inDatabase;
    const restoreEntry = chainEntry(longer.at(-1), restore);
    return { kind: 'append', write: [...fromBackup.slice(inDatabase.length), restoreEntry], restoreEntry };
  }
  const restoreEntry = chainEntry(fromBackup.at(-1), restore);
  return { kind: 'replace', write: [...fromBackup, restoreEntry], restoreEntry, displaced: [...inDatabase] };
}
