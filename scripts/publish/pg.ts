/*
 * The PostgreSQL driver for the build leader (leader.ts): pg, the same version as the CMS's
 * (cms/package.json), loaded only when a leader runs; the few calls made are typed here.
 */
import { createRequire } from 'node:module';

export interface PgNotification {
  channel: string;
  payload?: string | undefined;
}

export interface PgClient {
  connect(): Promise<void>;
  query<R extends object = Record<string, unknown>>(sql: string, values?: readonly unknown[]): Promise<{ rows: R[] }>;
  on(event: 'notification', listener: (message: PgNotification) => void): this;
  on(event: 'error', listener: (err: Error) => void): this;
  on(event: 'end', listener: () => void): this;
  end(): Promise<void>;
}

interface PgModule {
  Client: new (config: {
    connectionString: string;
    application_name?: string;
    keepAlive?: boolean;
    keepAliveInitialDelayMillis?: number;
    connectionTimeoutMillis?: number;
  }) => PgClient;
}

const require = createRequire(import.meta.url);

export function pgClient(connectionString: string, applicationName: string): PgClient {
  const { Client } = require('pg') as PgModule;
  // TCP keepalive from this side too: a leader whose machine vanishes without closing its
  // socket is noticed by the server's tcp_keepalives_* (docs/OPERATIONS.md), not only by TCP's hours.
  return new Client({
    connectionString,
    application_name: applicationName,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    connectionTimeoutMillis: 10_000,
  });
}
