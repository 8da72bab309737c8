import { getTableColumns, type InferSelectModel } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';

/** A row as Postgres sends it: database column names, values as the driver parses them. */
export type RawRow = Record<string, unknown>;

/**
 * A raw row of `table` (from a hand-written statement run with `db.execute`, e.g. one that returns an
 * inserted row) as the query builder would return it: property names of the schema, values mapped as
 * the columns map them. Column names follow the Db handle's snake_case casing (createDb).
 */
export function rowOf<T extends PgTable>(table: T, raw: RawRow): InferSelectModel<T> {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = raw[column.keyAsName ? toSnakeCase(column.name) : column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as InferSelectModel<T>;
}
