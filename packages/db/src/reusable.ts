import { type DbOrTx, isTransaction } from './client';

interface Executable<R> {
  execute(values?: Record<string, unknown>): Promise<R>;
}
interface Preparable<R> extends Executable<R> {
  prepare(name: string): Executable<R>;
}

/**
 * A hot-path query whose SQL is built once per connection pool instead of at every call: drizzle builds
 * a query's text and parameter list each time it runs, which costs more application CPU than the
 * database spends answering a simple one. `build` writes the query with `sql.placeholder(name)` for
 * every value; the returned function runs it with the values. In a transaction the query is built per
 * call (a prepared query runs on the pool's connections, not on the transaction's).
 * Placeholders are not mapped by their column: pass dates as ISO strings.
 */
export function reusableQuery<R>(
  name: string,
  build: (db: DbOrTx) => Preparable<R>,
): (db: DbOrTx, values: Record<string, unknown>) => Promise<R> {
  const prepared = new WeakMap<object, Executable<R>>();
  return (db, values) => {
    if (isTransaction(db)) return build(db).execute(values);
    let query = prepared.get(db);
    if (!query) {
      query = build(db).prepare(name);
      prepared.set(db, query);
    }
    return query.execute(values);
  };
}
