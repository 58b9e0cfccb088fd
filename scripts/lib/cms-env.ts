import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';

/*
 * The CMS's settings as Strapi will see them, for operator commands that reach its database or
 * files without starting it (backup, record:verify): the process environment wins over cms/.env.
 */

export const CMS = resolve(import.meta.dirname, '../../cms');

export function cmsEnv(): Record<string, string | undefined> {
  const file = process.env.ENV_PATH ? resolve(CMS, process.env.ENV_PATH) : join(CMS, '.env');
  let fromFile: Record<string, string | undefined> = {};
  try {
    fromFile = parseEnv(readFileSync(file, 'utf8'));
  } catch (err) {
    // No cms/.env is fine (everything may come from the environment); anything else is not.
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  return { ...fromFile, ...process.env };
}

/** The SQLite file of config/database.ts: DATABASE_FILENAME relative to cms/. */
export const sqliteFile = (env: Record<string, string | undefined>): string => resolve(CMS, env.DATABASE_FILENAME || '.tmp/data.db');

/** A PostgreSQL connection string from DATABASE_URL or the single fields (as config/database.ts reads them). */
export function postgresUrl(env: Record<string, string | undefined>): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const url = new URL('postgres://localhost');
  url.hostname = env.DATABASE_HOST || '127.0.0.1';
  url.port = env.DATABASE_PORT || '5432';
  url.username = env.DATABASE_USERNAME || 'stadtportal';
  url.password = env.DATABASE_PASSWORD || '';
  url.pathname = `/${env.DATABASE_NAME || 'stadtportal'}`;
  if (env.DATABASE_SSL === 'true') url.searchParams.set('sslmode', env.DATABASE_SSL_REJECT_UNAUTHORIZED === 'false' ? 'no-verify' : 'require');
  return url.href;
}
