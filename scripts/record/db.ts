/*
 * The publication record's table read and written straight in the CMS's database (the SQLite
 * file or PostgreSQL of cms/.env and the environment, as Strapi reads them), without Strapi:
 * `pnpm record:verify` must not trust the program whose writes it checks, and `pnpm backup` /
 * `pnpm restore` run while Strapi is stopped. Table, columns and triggers: shared/src/rules/record.ts.
 */
import { existsSync } from 'node:fs';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { RECORD_TABLE, entryFromRow, entryToRow, recordTableSql, type RecordEntry, type RecordRow } from '@stadtportal/shared/record';
import { postgresUrl, sqliteFile } from '../lib/cms-env.ts';
import { pgClient, type PgClient } from '../publish/pg.ts';

/** The record cannot be read at all (no database, no table): not the same as a broken chain. */
export class RecordUnreadable extends Error {}

type Env = Record<string, string | undefined>;

const COLUMNS = Object.keys(entryToRow({} as RecordEntry)) as (keyof RecordRow)[];

function client(env: Env): 'sqlite' | 'postgres' {
  const c = env.DATABASE_CLIENT || 'sqlite';
  if (c !== 'sqlite' && c !== 'postgres') throw new RecordUnreadable(`DATABASE_CLIENT="${c}" wird nicht unterstützt (sqlite oder postgres).`);
  return c;
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function withPg<T>(env: Env, fn: (pg: PgClient, schema: string) => Promise<T>): Promise<T> {
  const pg = pgClient(postgresUrl(env), 'stadtportal-record');
  await pg.connect();
  try {
    return await fn(pg, quoteIdent(env.DATABASE_SCHEMA || 'public'));
  } finally {
    await pg.end();
  }
}

/** All entries, oldest first. Throws RecordUnreadable when there is no database or no table. */
export async function readRecordEntries(env: Env): Promise<RecordEntry[]> {
  if (client(env) === 'sqlite') {
    const file = sqliteFile(env);
    if (!existsSync(file)) throw new RecordUnreadable(`Keine SQLite-Datenbank unter ${file}.`);
    const db = new DatabaseSync(file, { readOnly: true });
    try {
      const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?").get(RECORD_TABLE);
      if (table === undefined)
        throw new RecordUnreadable(`Die Datenbank ${file} hat kein Veröffentlichungsprotokoll (Tabelle ${RECORD_TABLE} fehlt – CMS noch nie gestartet?).`);
      return (db.prepare(`SELECT * FROM ${RECORD_TABLE} ORDER BY seq`).all() as unknown as RecordRow[]).map(entryFromRow);
    } finally {
      db.close();
    }
  }
  return withPg(env, async (pg, schema) => {
    const table = `${schema}.${RECORD_TABLE}`;
    const found = await pg.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [table]);
    if (found.rows[0]?.t === null || found.rows[0]?.t === undefined)
      throw new RecordUnreadable(`Die Datenbank hat kein Veröffentlichungsprotokoll (Tabelle ${table} fehlt).`);
    return (await pg.query<RecordRow>(`SELECT * FROM ${table} ORDER BY seq`)).rows.map(entryFromRow);
  });
}

/** The entries, or [] when the database has no record yet (a database the CMS never started on). */
export async function readRecordEntriesOrNone(env: Env): Promise<RecordEntry[]> {
  try {
    return await readRecordEntries(env);
  } catch (err) {
    if (err instanceof RecordUnreadable) return [];
    throw err;
  }
}

/**
 * Writes entries into the table, in one transaction: appended (`replace: false`; the triggers allow
 * inserts), or the table dropped and created anew with exactly these entries (`replace: true`, the
 * only way past the append-only triggers — used by a restore whose backup's record is not a
 * continuation of the database's; the caller keeps the old entries in a file first). Creates the
 * table and its triggers where they are missing.
 */
export async function writeRecordEntries(env: Env, entries: readonly RecordEntry[], replace: boolean): Promise<void> {
  const ddl = recordTableSql(client(env));
  const insert = (placeholder: (i: number) => string) =>
    `INSERT INTO ${RECORD_TABLE} (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((_, i) => placeholder(i)).join(', ')})`;
  if (client(env) === 'sqlite') {
    const db = new DatabaseSync(sqliteFile(env));
    try {
      db.exec('BEGIN IMMEDIATE');
      try {
        if (replace) db.exec(`DROP TABLE IF EXISTS ${RECORD_TABLE}`);
        for (const sql of ddl) db.exec(sql);
        const stmt = db.prepare(insert(() => '?'));
        for (const e of entries) stmt.run(...COLUMNS.map((c): SQLInputValue => entryToRow(e)[c]));
        db.exec('COMMIT');
      } catch (err) {
        db.exec('ROLLBACK');
        throw err;
      }
    } finally {
      db.close();
    }
    return;
  }
  await withPg(env, async (pg, schema) => {
    await pg.query('BEGIN');
    try {
      // The DDL names the table without a schema, as the CMS's connection does (its search path).
      await pg.query(`SET LOCAL search_path TO ${schema}`);
      if (replace) await pg.query(`DROP TABLE IF EXISTS ${RECORD_TABLE}`);
      for (const sql of ddl) await pg.query(sql);
      const sql = insert((i) => `$${i + 1}`);
      for (const e of entries)
        await pg.query(
          sql,
          COLUMNS.map((c) => entryToRow(e)[c]),
        );
      await pg.query('COMMIT');
    } catch (err) {
      await pg.query('ROLLBACK');
      throw err;
    }
  });
}
