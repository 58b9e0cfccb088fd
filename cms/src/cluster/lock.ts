import type { Core } from '@strapi/strapi';

/*
 * Work that must happen once although several Strapi instances share one PostgreSQL database
 * (docs/adr/0018-several-cms-instances.md): a session-level advisory lock on one connection of
 * the instance's own pool.
 *
 * - Session level, not transaction level: the work runs on other pool connections, and a lock
 *   transaction left idle for its length would be ended by `idle_in_transaction_session_timeout`
 *   where a database sets one — and with it the lock, half-way.
 * - An instance that dies (crash, SIGKILL, lost machine) loses its connection, and PostgreSQL
 *   releases the lock with the session: nothing stays locked for a dead instance.
 * - SQLite is one file for one instance (`npm start`): there is nobody to exclude, the work runs.
 */

/** First key of every lock of ours: "STAD" — keeps them apart from other users of the database. */
export const NAMESPACE = 0x53544144;

export const LOCKS = {
  /** Scheduled publishing (config/cron-tasks.ts): one instance per run; the others skip. */
  schedule: 1,
  /** The app's bootstrap (seed on an empty database, webhook, roles, demo accounts): one after the other. */
  bootstrap: 2,
  /** Appends to the publication record (src/publication-record): one after the other, so the chain cannot fork. */
  record: 3,
  /** The weekly review reminder (src/review): one instance sends, once per firing. */
  'review-digest': 4,
  /** The version history's daily retention run (config/cron-tasks.ts): one instance per day. */
  history: 5,
} as const;

export type LockName = keyof typeof LOCKS;

interface RawResult {
  rows?: { locked?: boolean }[];
}
/** The part of knex we use (its `client` is typed `any`). */
interface KnexLike {
  raw(sql: string, bindings: readonly unknown[]): { connection(conn: unknown): Promise<RawResult> };
  client: { acquireConnection(): Promise<unknown>; releaseConnection(conn: unknown): Promise<unknown> };
}

function isPostgres(strapi: Core.Strapi): boolean {
  return strapi.config.get('database.connection.client') === 'postgres';
}

/**
 * Run `fn` while holding the named lock. `try`: when another instance holds it, do not run and
 * return `{ ran: false }` (the other instance does the work). `wait`: wait for it.
 */
export async function withClusterLock<T>(
  strapi: Core.Strapi,
  name: LockName,
  mode: 'try' | 'wait',
  fn: () => Promise<T>,
): Promise<{ ran: true; value: T } | { ran: false }> {
  if (!isPostgres(strapi)) return { ran: true, value: await fn() };
  const knex = strapi.db.connection as unknown as KnexLike;
  const key = LOCKS[name];
  const conn = await knex.client.acquireConnection();
  try {
    if (mode === 'try') {
      const result = await knex.raw('select pg_try_advisory_lock(?, ?) as locked', [NAMESPACE, key]).connection(conn);
      if (result.rows?.[0]?.locked !== true) return { ran: false };
    } else {
      await knex.raw('select pg_advisory_lock(?, ?)', [NAMESPACE, key]).connection(conn);
    }
    try {
      return { ran: true, value: await fn() };
    } finally {
      await knex.raw('select pg_advisory_unlock(?, ?)', [NAMESPACE, key]).connection(conn);
    }
  } finally {
    await knex.client.releaseConnection(conn);
  }
}
