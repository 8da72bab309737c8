import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PostgresJsDatabase<Schema>;
/** A transaction handle: the same query API as Db, usable wherever a Db is expected. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the database or an open transaction. Domain verbs take this as their first argument. */
export type DbOrTx = Db | Tx;

/** Whether a handle is an open transaction (a Db has no `rollback`). */
export const isTransaction = (db: DbOrTx): db is Tx => 'rollback' in db;

/** How property names become column names; also for statements built outside a Db (rows.ts). */
export const CASING = 'snake_case' as const;

export interface DbHandle {
  db: Db;
  sql: postgres.Sql;
  close(): Promise<void>;
}

export interface CreateDbOptions {
  max?: number;
  applicationName?: string;
  /**
   * Seconds to wait for a new connection (postgres.js defaults to 30). While Postgres is down or
   * restarting, a request must fail fast with 503, not hang: the API maps CONNECT_TIMEOUT to 503.
   */
  connectTimeoutSeconds?: number;
}

/** See CreateDbOptions.connectTimeoutSeconds. */
export const DEFAULT_CONNECT_TIMEOUT_SECONDS = 5;

/**
 * Seconds before a new connection attempt after `retries` failed ones. postgres.js counts failures
 * across the whole pool and waits up to 20 s by default: after a 5-second Postgres restart under load
 * the first requests waited 10–20 s for a connection attempt. Capped at 1 s, service resumes within a
 * second of Postgres, and a down Postgres is still tried at most a few times a second per connection.
 */
export const reconnectBackoffSeconds = (retries: number): number => Math.min(0.05 * 2 ** retries, 1);

/** Opens a connection pool. Nothing connects until the first query. */
export function createDb(url: string, options: CreateDbOptions = {}): DbHandle {
  const sql = postgres(url, {
    max: options.max ?? 10,
    connect_timeout: options.connectTimeoutSeconds ?? DEFAULT_CONNECT_TIMEOUT_SECONDS,
    backoff: reconnectBackoffSeconds,
    onnotice: () => {},
    connection: { application_name: options.applicationName ?? 'solimob' },
  });
  const db = drizzle(sql, { schema, casing: CASING });
  return {
    db,
    sql,
    close: () => sql.end({ timeout: 5 }),
  };
}

/** Cheap liveness probe for /ready. */
export async function pingDb(handle: DbHandle): Promise<void> {
  await handle.sql`select 1`;
}
