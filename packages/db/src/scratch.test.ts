import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, dropStaleScratchDatabases, type ScratchDatabase } from './scratch';

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const prefix = `solimob_stale${process.pid}`;
const HOUR = 3_600_000;
const made: ScratchDatabase[] = [];

afterAll(async () => {
  for (const database of made) await database.drop();
});

async function existing(names: string[]): Promise<string[]> {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<
      { datname: string }[]
    >`select datname from pg_database where datname = any(${names})`;
    return rows.map((r) => r.datname).sort();
  } finally {
    await sql.end();
  }
}

describe('dropStaleScratchDatabases', () => {
  it('drops the old databases left behind, keeps recent ones and those in use', async () => {
    const options = { serverUrl, prefix, applicationName: 'scratch-test', max: 1 };
    const left = await createScratchDatabase(options);
    const inUse = await createScratchDatabase(options);
    made.push(left, inUse);
    await left.close();
    await inUse.sql`select 1`; // an open connection, as a running simulation has
    const sweep = (now: Date) => dropStaleScratchDatabases({ serverUrl, prefix, olderThanMs: 6 * HOUR, now });

    // Both were created just now: nothing is old enough.
    expect(await sweep(new Date())).toEqual([]);
    // Seen from 7 hours later both are old; the one in use stays.
    expect(await sweep(new Date(Date.now() + 7 * HOUR))).toEqual([left.name]);
    expect(await existing([left.name, inUse.name])).toEqual([inUse.name]);
  });
});
