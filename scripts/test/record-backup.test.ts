import { mkdtemp, rm } from 'node:fs/promises';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECORD_TABLE, chainEntry, verifyChain, type RecordEntry, type RecordFields } from '@stadtportal/shared/record';
import { BackupError, parseManifest } from '../backup/archive.ts';
import { parseRecordJsonl, planRecordRestore, recordJsonl, restoreFields } from '../backup/record.ts';
import { readRecordEntries, readRecordEntriesOrNone, writeRecordEntries } from '../record/db.ts';

const fields = (n: number, who = 'redaktion@aschersleben.de'): RecordFields => ({
  at: `2026-12-0${1 + (n % 8)}T08:00:00.000Z`,
  actorId: 3,
  actor: who,
  action: 'publish',
  contentType: 'api::page.page',
  documentId: `seite${n}`,
  locale: 'de',
  label: `Seite ${n} (seite-${n})`,
  organisation: 'stadtverwaltung',
  release: null,
  gates: null,
});

function chain(n: number, who?: string): RecordEntry[] {
  const out: RecordEntry[] = [];
  for (let i = 1; i <= n; i++) out.push(chainEntry(out.at(-1), fields(i, who)));
  return out;
}

const RESTORE = restoreFields('2026-12-07T09:00:00.000Z', 'Sicherung vom 2026-12-06T02:00:00.000Z');

describe('planRecordRestore: the backup’s record into the target database', () => {
  it('into an empty database: every entry of the backup, then the restore, in one unbroken chain', () => {
    const backup = chain(5);
    const plan = planRecordRestore(backup, [], RESTORE);
    expect(plan.kind).toBe('append');
    expect(plan.write.slice(0, 5)).toEqual(backup);
    expect(plan.restoreEntry).toMatchObject({ seq: 6, action: 'restore', prevHash: backup[4]?.hash });
    expect(verifyChain(plan.write)).toMatchObject({ ok: true, count: 6 });
  });

  it('into the same database restored to an earlier state: its longer record stays whole, only the restore is appended', () => {
    const db = chain(8);
    const plan = planRecordRestore(db.slice(0, 5), db, RESTORE);
    expect(plan).toMatchObject({ kind: 'append', write: [{ seq: 9, action: 'restore', prevHash: db[7]?.hash }] });
    expect(verifyChain([...db, ...plan.write]).ok).toBe(true);
  });

  it('into a database with an older part of the same record: the missing entries are appended', () => {
    const backup = chain(6);
    const plan = planRecordRestore(backup, backup.slice(0, 2), RESTORE);
    expect(plan.kind).toBe('append');
    expect(plan.write.map((e) => e.seq)).toEqual([3, 4, 5, 6, 7]);
    expect(verifyChain([...backup.slice(0, 2), ...plan.write]).ok).toBe(true);
  });

  it('into a database with another chain: replaced by the backup’s, and what it held is handed back to be kept', () => {
    const other = chain(3, 'jemand@anders.example');
    const backup = chain(4);
    const plan = planRecordRestore(backup, other, RESTORE);
    if (plan.kind !== 'replace') throw new Error(`erwartet: replace, war ${plan.kind}`);
    expect(plan.displaced).toEqual(other);
    expect(plan.write.slice(0, 4)).toEqual(backup);
    expect(verifyChain(plan.write)).toMatchObject({ ok: true, count: 5 });
  });
});

describe('parseRecordJsonl: a backup file is read field by field', () => {
  it('reads back what recordJsonl wrote', () => {
    const entries = chain(3);
    expect(parseRecordJsonl(recordJsonl(entries), 'publication-record.jsonl')).toEqual(entries);
    expect(parseRecordJsonl('', 'publication-record.jsonl')).toEqual([]);
  });

  it.each([
    ['kein JSON', 'Zeile 2: kein gültiges JSON'],
    [JSON.stringify({ ...chain(1)[0], action: 'hack' }), 'Zeile 2: unbekannte Aktion „hack“'],
    [JSON.stringify({ ...chain(1)[0], label: { html: '<script>' } }), 'Zeile 2: „label“ ist weder Text noch null'],
    [JSON.stringify({ ...chain(1)[0], hash: 'abc' }), 'Zeile 2: „prevHash“ oder „hash“ ist kein SHA-256 in Hex'],
    [JSON.stringify({ ...chain(1)[0], seq: 0 }), 'Zeile 2: „seq“ ist keine Nummer ≥ 1'],
  ])('refuses %s and names the line', (line, message) => {
    const text = `${recordJsonl(chain(1))}${line}\n`;
    expect(() => parseRecordJsonl(text, 'publication-record.jsonl')).toThrow(BackupError);
    expect(() => parseRecordJsonl(text, 'publication-record.jsonl')).toThrow(`publication-record.jsonl, ${message}`);
  });
});

describe('manifest: version 1 (no record) and 2', () => {
  const base = {
    format: 'stadtportal-backup',
    createdAt: '2026-12-07T02:00:00.000Z',
    strapi: '5.54.0',
    database: 'sqlite',
    encryption: null,
    counts: { entities: {}, files: 0 },
    payload: { file: 'strapi-export.tar.gz', bytes: 10, sha256: 'a'.repeat(64) },
  };
  it('reads a version 1 manifest as one without a record', () => {
    expect(parseManifest(JSON.stringify({ ...base, version: 1 })).record).toBeNull();
  });
  it('requires a version 2 manifest to describe its record (or say null)', () => {
    const record = { file: 'publication-record.jsonl', bytes: 5, sha256: 'b'.repeat(64), entries: 2, lastHash: 'c'.repeat(64) };
    expect(parseManifest(JSON.stringify({ ...base, version: 2, record })).record).toEqual(record);
    expect(parseManifest(JSON.stringify({ ...base, version: 2, record: null })).record).toBeNull();
    expect(() => parseManifest(JSON.stringify({ ...base, version: 2 }))).toThrow('Veröffentlichungsprotokoll');
    // An unencrypted backup's record under the encrypted name (or the other way round) is not ours.
    expect(() => parseManifest(JSON.stringify({ ...base, version: 2, record: { ...record, file: 'publication-record.jsonl.enc' } }))).toThrow('(record)');
    expect(() => parseManifest(JSON.stringify({ ...base, version: 3 }))).toThrow('Version 3');
  });
});

describe('writeRecordEntries on SQLite (the table as the CMS creates it)', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stadtportal-record-db-'));
    env = { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: join(dir, 'data.db') };
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const tamper = (sql: string) => {
    const db = new DatabaseSync(env.DATABASE_FILENAME ?? '');
    try {
      db.exec(sql);
    } finally {
      db.close();
    }
  };

  it('creates the table where the CMS never ran, appends, and keeps it append-only', async () => {
    expect(await readRecordEntriesOrNone(env)).toEqual([]);
    const entries = chain(4);
    await writeRecordEntries(env, entries.slice(0, 2), false);
    await writeRecordEntries(env, entries.slice(2), false);
    expect(await readRecordEntries(env)).toEqual(entries);
    expect(() => tamper(`UPDATE ${RECORD_TABLE} SET label = 'anders' WHERE seq = 1`)).toThrow('nur angehängt');
    expect(() => tamper(`DELETE FROM ${RECORD_TABLE} WHERE seq = 4`)).toThrow('nur angehängt');
  });

  it('replaces another chain only when told to, and the new table refuses changes as well', async () => {
    await writeRecordEntries(env, chain(3, 'jemand@anders.example'), false);
    const backup = chain(2);
    // Without `replace` the other chain's numbers collide: nothing is written (one transaction).
    await expect(writeRecordEntries(env, backup, false)).rejects.toThrow();
    expect(await readRecordEntries(env)).toEqual(chain(3, 'jemand@anders.example'));
    await writeRecordEntries(env, backup, true);
    expect(await readRecordEntries(env)).toEqual(backup);
    expect(() => tamper(`DELETE FROM ${RECORD_TABLE}`)).toThrow('nur angehängt');
  });
});
