import { getTableColumns, type InferSelectModel, type SQL } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import { PgDialect, type PgTable } from 'drizzle-orm/pg-core';
import type postgres from 'postgres';
import { CASING, type DbOrTx } from './client';

/** A row as Postgres sends it: database column names, values as the driver parses them. */
export type RawRow = Record<string, unknown>;

/**
 * A raw row of `table` (from a hand-written statement run with `db.execute`, e.g. one that returns an
 * inserted row) as the query builder would return it: property names of the schema, values mapped as
 * the columns map them. Column names follow the Db handle's casing (CASING).
 */
export function rowOf<T extends PgTable>(table: T, raw: RawRow): InferSelectModel<T> {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = raw[column.keyAsName ? toSnakeCase(column.name) : column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as InferSelectModel<T>;
}

/** Builds a statement's text and parameters as the Db handle does (createDb's casing). */
const dialect = new PgDialect({ casing: CASING });

/** The postgres.js client a Db or a transaction runs its queries on. */
const clientOf = (db: DbOrTx): postgres.Sql =>
  (db as unknown as { session: { client: postgres.Sql } }).session.client;

/**
 * Runs a hand-written statement (data-modifying CTEs…) as a prepared statement of its connection, on
 * the Db or in the caller's transaction: Postgres parses and plans its text once per connection rather
 * than at every call. drizzle prepares only queries given a name (`.prepare(name)`, see reusableQuery),
 * so `db.execute` sends each statement unprepared, and a seat claim cost Postgres more to parse and plan
 * (about 1 ms, logged as `parse <unnamed>`) than to run. Rows come as Postgres sends them (see rowOf).
 */
export async function executePrepared(db: DbOrTx, statement: SQL): Promise<RawRow[]> {
  const query = dialect.sqlToQuery(statement);
  const rows = await clientOf(db).unsafe(query.sql, query.params as never[], { prepare: true });
  return [...rows] as RawRow[];
}
