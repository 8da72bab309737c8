import { loadTerritorySeedFile, questembertSeedPath, seedDemo, seedTerritory } from '@solimob/db/seed';
import { createTestDatabase, type TestDatabase, testServerUrl } from '@solimob/db/testing';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';

/*
 * What the simulator's tests share: a "live" database as production has it (the Questembert territory
 * and the demo data, dated 3 March 2027), a fingerprint of it, and a look at which throwaway databases
 * still exist on the server.
 */

export const DEMO_NOW = new Date('2027-03-03T08:00:00Z');

export async function createLiveDatabase(): Promise<TestDatabase> {
  const live = await createTestDatabase();
  const seed = await loadTerritorySeedFile(questembertSeedPath);
  await seedTerritory(live.db, seed);
  await seedDemo(live.db, { now: DEMO_NOW, territorySlug: 'questembert' });
  return live;
}

/** Row count and a checksum of every row of every table (or of the tables given). */
export async function fingerprint(db: TestDatabase['db'], only?: string[]): Promise<Record<string, string>> {
  const tables =
    only ??
    (
      await db.execute<{ name: string }>(
        sql`select tablename as name from pg_tables where schemaname = 'public' order by 1`,
      )
    ).map((row) => row.name);
  const out: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await db.execute<{ n: string; sum: string | null }>(
      sql.raw(
        `select count(*)::text as n, md5(string_agg(t::text, '|' order by t::text)) as sum from "${table}" t`,
      ),
    );
    out[table] = `${row?.n}:${row?.sum}`;
  }
  return out;
}

/** Which of these databases still exist on the test server. */
export async function existingDatabases(names: string[]): Promise<string[]> {
  const admin = postgres(testServerUrl(), { max: 1, onnotice: () => {} });
  try {
    const rows = await admin`select datname from pg_database where datname = any(${names}) order by 1`;
    return rows.map((r) => r.datname as string);
  } finally {
    await admin.end({ timeout: 5 });
  }
}
