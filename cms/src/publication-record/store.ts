import type { Core } from '@strapi/strapi';
import {
  RECORD_TABLE,
  chainEntry,
  recordTableSql,
  entryFromRow,
  entryToRow,
  type RecordEntry,
  type RecordFields,
  type RecordRow as Row,
} from '@stadtportal/shared/record';
import { LOCKS, NAMESPACE } from '../cluster/lock';

/*
 * The publication record's table: a plain table of our own, not a content type. No Strapi door
 * reaches it — no content manager, no REST or GraphQL route, no Document Service, no import/export
 * of the data transfer — and Strapi's schema sync leaves tables it never created alone (it drops
 * only what its previous schema held). Rows are only ever inserted, by `appendRecord` (and by
 * `pnpm restore`, which brings a backup's record back); triggers refuse UPDATE and DELETE.
 *
 * Table, columns, triggers: shared/src/rules/record.ts (scripts/record/ reads and restores the same).
 */

/** The part of knex we use (Strapi's own types give `any` for a transaction callback). */
interface QueryLike extends PromiseLike<unknown> {
  select(...columns: string[]): QueryLike;
  orderBy(column: string, direction: 'asc' | 'desc'): QueryLike;
  limit(n: number): QueryLike;
  offset(n: number): QueryLike;
  first(...columns: string[]): PromiseLike<Row | undefined>;
  insert(row: Row): PromiseLike<unknown>;
  count(column: string): PromiseLike<{ n: number | string }[]>;
}
interface KnexLike {
  (table: string): QueryLike;
  raw(sql: string, bindings?: readonly unknown[]): PromiseLike<unknown>;
}

const isPostgres = (strapi: Core.Strapi) => strapi.config.get('database.connection.client') === 'postgres';
const knexOf = (strapi: Core.Strapi) => strapi.db.connection as unknown as KnexLike;

/** Creates the table and its triggers where they are missing (bootstrap; idempotent). */
export async function ensureRecordTable(strapi: Core.Strapi): Promise<void> {
  const knex = knexOf(strapi);
  for (const sql of recordTableSql(isPostgres(strapi) ? 'postgres' : 'sqlite')) await knex.raw(sql);
}

/**
 * Appends in one transaction, one after the other. The content manager's bulk actions publish
 * their documents concurrently (`Promise.all`) inside ONE transaction: the database lock below
 * cannot order those (PostgreSQL's advisory lock belongs to the session, which holds it already;
 * SQLite's one connection is theirs), so each would read the same last entry. The queue per
 * transaction orders them; keyed by the transaction so appends of different transactions do not
 * wait for each other here (they wait for the database lock, and only there — no second lock to
 * deadlock with).
 */
const queues = new WeakMap<object, Promise<unknown>>();

function inTurn<T>(trx: object, fn: () => Promise<T>): Promise<T> {
  const previous = queues.get(trx) ?? Promise.resolve();
  // Runs after the previous append whether it failed or not: its failure is its caller's to see
  // (through its own promise), not a reason to skip this one.
  const turn = previous.then(fn, fn);
  queues.set(
    trx,
    turn.then(
      () => undefined,
      () => undefined,
    ),
  );
  return turn;
}

/**
 * Appends one entry. Inside the caller's transaction when there is one (a bulk publish): the
 * entry commits with the change it records, or not at all. The chain must not fork: on
 * PostgreSQL a transaction-level advisory lock lets one transaction append at a time (released
 * at commit, so the next one reads the committed last entry); SQLite has one writer anyway. The
 * primary key on `seq` would refuse a fork that got past both.
 */
export async function appendRecord(strapi: Core.Strapi, fields: RecordFields): Promise<RecordEntry> {
  return strapi.db.transaction(async ({ trx }: { trx: KnexLike }) =>
    inTurn(trx, async () => {
      if (isPostgres(strapi)) await trx.raw('select pg_advisory_xact_lock(?, ?)', [NAMESPACE, LOCKS.record]);
      const last = await trx(RECORD_TABLE).select('seq', 'hash').orderBy('seq', 'desc').first();
      const entry = chainEntry(last === undefined ? undefined : { seq: Number(last.seq), hash: last.hash }, fields);
      await trx(RECORD_TABLE).insert(entryToRow(entry));
      return entry;
    }),
  );
}

/** One page of the record, newest first. */
export async function readRecordPage(strapi: Core.Strapi, page: number, pageSize: number): Promise<{ entries: RecordEntry[]; total: number }> {
  const knex = knexOf(strapi);
  const [count] = await knex(RECORD_TABLE).count('seq as n');
  const rows = (await knex(RECORD_TABLE)
    .select('*')
    .orderBy('seq', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)) as Row[];
  return { entries: rows.map(entryFromRow), total: Number(count?.n ?? 0) };
}

/** The whole record, oldest first (CSV export). */
export async function readRecord(strapi: Core.Strapi): Promise<RecordEntry[]> {
  const rows = (await knexOf(strapi)(RECORD_TABLE).select('*').orderBy('seq', 'asc')) as Row[];
  return rows.map(entryFromRow);
}
