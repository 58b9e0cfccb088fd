import path from 'node:path';
import type { Core } from '@strapi/strapi';

type Params = Core.Config.Shared.ConfigParams;

// Compiled to dist/config/database.js: the app folder (cms/) is two levels up. Relative
// DATABASE_FILENAMEs are taken from there, not from whatever the current directory is.
const appDir = path.resolve(__dirname, '..', '..');

const sqlite = ({ env }: Params): Core.Config.Database<'sqlite'> => ({
  connection: {
    client: 'sqlite',
    connection: {
      filename: path.resolve(appDir, env('DATABASE_FILENAME', '.tmp/data.db')),
    },
    useNullAsDefault: true,
  },
});

const postgres = ({ env }: Params): Core.Config.Database<'postgres'> => ({
  connection: {
    client: 'postgres',
    connection: {
      // A DATABASE_URL wins over the single fields (pg merges the parsed URL over them).
      connectionString: env('DATABASE_URL'),
      host: env('DATABASE_HOST', '127.0.0.1'),
      port: env.int('DATABASE_PORT', 5432),
      database: env('DATABASE_NAME', 'stadtportal'),
      user: env('DATABASE_USERNAME', 'stadtportal'),
      password: env('DATABASE_PASSWORD', ''),
      schema: env('DATABASE_SCHEMA', 'public'),
      ssl: env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false,
    },
    pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
    acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
  },
});

const config = (params: Params): Core.Config.Database => {
  const client = params.env('DATABASE_CLIENT', 'sqlite');
  switch (client) {
    case 'sqlite':
      return sqlite(params);
    case 'postgres':
      return postgres(params);
    default:
      // env.oneOf would silently fall back to SQLite: a typo must not start an empty demo database.
      throw new Error(`config/database.ts: DATABASE_CLIENT="${client}" wird nicht unterstützt – erlaubt sind "sqlite" (Demo) und "postgres" (Betrieb).`);
  }
};

export default config;
