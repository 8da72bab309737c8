import type postgres from 'postgres';
import { type CopyRule, isSkipped, TERRITORY_COPY_RULES } from './copy-rules';

/*
 * Copies one territory of the live database into a throwaway one with the same schema, as the rules of
 * copy-rules.ts say. Driven by the schema, not by code per table: the target's catalog gives each
 * table's columns and foreign keys; a table is copied after the tables it references; its rows are the
 * territory's by its `territory_id`, or, for a table without one, through its required reference to a
 * table that has one (a volunteer's availabilities through the volunteer). A reference to a table that
 * is not copied becomes null. Each table is read with a cursor and written in batches, every table
 * read in one read-only, repeatable-read transaction: one consistent snapshot, and the live database
 * cannot be written.
 *
 * Not `copy … to stdout` piped into `copy … from stdin`: postgres.js pauses its socket when a COPY
 * stream's buffer is full and resumes it only when the stream is read again, so a copy whose end
 * arrives in the same network read as the data that filled the buffer leaves the connection paused
 * (the next query hangs). Found with the residents table of the demo.
 */

interface ColumnShape {
  name: string;
  notNull: boolean;
  /** Computed by Postgres (generated columns) or numbered by a sequence: the target fills it. */
  computed: boolean;
  primaryKey: boolean;
}

interface ForeignKeyShape {
  column: string;
  parent: string;
  parentColumn: string;
}

export interface TableShape {
  name: string;
  columns: ColumnShape[];
  foreignKeys: ForeignKeyShape[];
}

export interface TableCopy {
  table: string;
  columns: string[];
  /** The live rows, as SQL over the live database; `$1` is the territory's id. */
  select: string;
}

/** Rows per insert into the copy. */
const BATCH = 500;

/** Every table's filter reads the territory's id from the query's only parameter. */
const TERRITORY = '$1::uuid';

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** The public tables of a database with their columns and single-column foreign keys. */
export async function readCatalog(sql: postgres.Sql): Promise<TableShape[]> {
  const columns = await sql<
    { table: string; column: string; not_null: boolean; computed: boolean; primary_key: boolean }[]
  >`
    select c.relname as table, a.attname as column, a.attnotnull as not_null,
      (a.attgenerated <> '' or coalesce(pg_get_expr(d.adbin, d.adrelid) like 'nextval(%', false)) as computed,
      coalesce(a.attnum = any (i.indkey::int2[]), false) as primary_key
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
    left join pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum
    left join pg_index i on i.indrelid = c.oid and i.indisprimary
    where n.nspname = 'public' and c.relkind in ('r', 'p')
    order by c.relname, a.attnum`;
  const keys = await sql<
    { table: string; column: string; parent: string; parent_column: string; width: number }[]
  >`
    select src.relname as table, a.attname as column, dst.relname as parent, pa.attname as parent_column,
      array_length(k.conkey, 1) as width
    from pg_constraint k
    join pg_class src on src.oid = k.conrelid
    join pg_class dst on dst.oid = k.confrelid
    join pg_namespace n on n.oid = src.relnamespace
    join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
    join pg_attribute pa on pa.attrelid = k.confrelid and pa.attnum = k.confkey[1]
    where k.contype = 'f' and n.nspname = 'public'
    order by 1, 2`;
  const tables = new Map<string, TableShape>();
  for (const c of columns) {
    const table = tables.get(c.table) ?? { name: c.table, columns: [], foreignKeys: [] };
    table.columns.push({
      name: c.column,
      notNull: c.not_null,
      computed: c.computed,
      primaryKey: c.primary_key,
    });
    tables.set(c.table, table);
  }
  for (const k of keys) {
    if (k.width !== 1) throw new Error(`${k.table}: a foreign key of ${k.width} columns; the copy takes one`);
    tables
      .get(k.table)
      ?.foreignKeys.push({ column: k.column, parent: k.parent, parentColumn: k.parent_column });
  }
  return [...tables.values()];
}

/**
 * The copy, table by table in an order where every referenced table comes first. Pure: refuses a table
 * without a rule, a rule for a table that does not exist, a replaced column that does not exist, and a
 * required reference to a table that is not copied.
 */
export function planTerritoryCopy(
  tables: TableShape[],
  rules: Record<string, CopyRule> = TERRITORY_COPY_RULES,
): TableCopy[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const missing = tables.filter((t) => !rules[t.name]).map((t) => t.name);
  if (missing.length > 0)
    throw new Error(`no copy rule for table(s) ${missing.join(', ')}: add one to copy-rules.ts`);
  const stale = Object.keys(rules).filter((name) => !byName.has(name));
  if (stale.length > 0) throw new Error(`copy rule(s) for unknown table(s) ${stale.join(', ')}`);

  const copied = new Map<string, TableShape>();
  for (const table of tables) if (!isSkipped(rules[table.name]!)) copied.set(table.name, table);
  const hasTerritory = (t: TableShape) => t.columns.some((c) => c.name === 'territory_id');

  const plans = new Map<string, TableCopy>();
  for (const table of copied.values()) {
    const rule = rules[table.name] as Exclude<CopyRule, { skip: string }>;
    const replace = rule.replace ?? {};
    const columns = table.columns.filter((c) => !c.computed);
    const unknown = Object.keys(replace).filter((name) => !columns.some((c) => c.name === name));
    if (unknown.length > 0) throw new Error(`${table.name}: no column ${unknown.join(', ')} to replace`);
    const values = columns.map((column) => {
      const replaced = replace[column.name];
      if (replaced !== undefined) return `${replaced} as ${quote(column.name)}`;
      const key = table.foreignKeys.find((k) => k.column === column.name);
      if (key && !copied.has(key.parent)) {
        if (column.notNull)
          throw new Error(`${table.name}.${column.name} requires ${key.parent}, which is not copied`);
        return `null as ${quote(column.name)}`;
      }
      return `t.${quote(column.name)}`;
    });
    const filter = territoryFilter(table, copied, hasTerritory);
    const order = table.columns.filter((c) => c.primaryKey).map((c) => `t.${quote(c.name)}`);
    plans.set(table.name, {
      table: table.name,
      columns: columns.map((c) => c.name),
      select: [
        `select ${values.join(', ')} from ${quote(table.name)} t`,
        `where ${rule.where ? `(${filter}) and (${rule.where})` : filter}`,
        order.length > 0 ? `order by ${order.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join(' '),
    });
  }
  return referencedFirst(copied).map((name) => plans.get(name)!);
}

/** The territory's rows: by `territory_id`, or through a required reference to a table that has one. */
function territoryFilter(
  table: TableShape,
  copied: Map<string, TableShape>,
  hasTerritory: (t: TableShape) => boolean,
): string {
  if (table.name === 'territories') return `t.id = ${TERRITORY}`;
  if (hasTerritory(table)) return `t.territory_id = ${TERRITORY}`;
  const required = (name: string) => table.columns.find((c) => c.name === name)?.notNull === true;
  const via = table.foreignKeys.find((k) => {
    const parent = copied.get(k.parent);
    return required(k.column) && parent !== undefined && hasTerritory(parent);
  });
  if (!via)
    throw new Error(
      `${table.name} has no territory_id and no required reference to a table that has one: give it a rule`,
    );
  return `t.${quote(via.column)} in (select p.${quote(via.parentColumn)} from ${quote(via.parent)} p where p.territory_id = ${TERRITORY})`;
}

/** Table names, each after the tables it references (a table's references to itself aside). */
function referencedFirst(tables: Map<string, TableShape>): string[] {
  const order: string[] = [];
  const placed = new Set<string>();
  const names = [...tables.keys()].sort();
  while (order.length < names.length) {
    const ready = names.filter(
      (name) =>
        !placed.has(name) &&
        tables
          .get(name)!
          .foreignKeys.every((k) => k.parent === name || placed.has(k.parent) || !tables.has(k.parent)),
    );
    if (ready.length === 0)
      throw new Error(
        `the copied tables reference each other in a cycle: ${names.filter((n) => !placed.has(n))}`,
      );
    for (const name of ready) {
      order.push(name);
      placed.add(name);
    }
  }
  return order;
}

export class TerritoryNotFoundError extends Error {
  constructor(territory: string) {
    super(`the live database has no territory ${territory}`);
    this.name = 'TerritoryNotFoundError';
  }
}

export interface TerritoryCopy {
  territoryId: string;
  timezone: string;
  /** Rows written per table. */
  counts: Record<string, number>;
}

/**
 * Copies the territory (by id, or by slug for the command line) from `live` into `target`, an empty
 * database of the same schema. Throws when the live database has no such territory.
 */
export async function copyTerritory(
  live: postgres.Sql,
  target: postgres.Sql,
  territory: { id: string } | { slug: string },
): Promise<TerritoryCopy> {
  const plan = planTerritoryCopy(await readCatalog(target));
  return live.begin('isolation level repeatable read read only', async (tx) => {
    const [found] =
      'id' in territory
        ? await tx<{ id: string; timezone: string }[]>`
            select id, timezone from territories where id = ${territory.id}`
        : await tx<{ id: string; timezone: string }[]>`
            select id, timezone from territories where slug = ${territory.slug}`;
    if (!found) throw new TerritoryNotFoundError('id' in territory ? territory.id : `'${territory.slug}'`);
    const counts: Record<string, number> = {};
    for (const step of plan) {
      const table = quote(step.table);
      const columns = step.columns.map(quote).join(', ');
      let copied = 0;
      // Rows travel as JSON text, never parsed into JavaScript values: what Postgres wrote is what
      // Postgres reads back (timestamps, numerics, arrays of enums, jsonb). The iterator, not
      // `.cursor(n, callback)`: postgres.js does not wait for the callback of the last batch.
      const rows = tx
        .unsafe<{ row: string }[]>(`select to_jsonb(x)::text as row from (${step.select}) x`, [found.id])
        .cursor(BATCH);
      for await (const batch of rows) {
        await target.unsafe(
          `insert into ${table} (${columns}) select ${columns} from jsonb_populate_recordset(null::${table}, $1::jsonb)`,
          [`[${batch.map((r) => r.row).join(',')}]`],
        );
        copied += batch.length;
      }
      counts[step.table] = copied;
    }
    return { territoryId: found.id, timezone: found.timezone, counts };
  });
}
