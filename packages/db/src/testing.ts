import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { createDb, type DbHandle, type DbOrTx } from './client';
import { runMigrations } from './migrate';
import { territories } from './schema';
import type { Territory } from './types';

export interface TestDatabase extends DbHandle {
  url: string;
  name: string;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

const TEMPLATE = 'solimob_test_template';

/** The admin URL tests create databases from: DATABASE_URL, else the local development server. */
export function testServerUrl(): string {
  return process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A fresh, migrated database for one test file, cloned from a template that is (re)built when the
 * migrations change. Lets test files run in parallel against one real Postgres without sharing rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = testServerUrl();
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const name = `solimob_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  try {
    await admin`select pg_advisory_lock(hashtext('solimob:test-template'))`;
    try {
      const [existing] = await admin`select 1 from pg_database where datname = ${TEMPLATE}`;
      if (!existing) await admin.unsafe(`create database ${TEMPLATE}`);
      // Applying migrations is a no-op when the template is current; new migrations land here.
      await runMigrations(withDatabase(serverUrl, TEMPLATE));
      await admin.unsafe(`create database ${name} template ${TEMPLATE}`);
    } finally {
      await admin`select pg_advisory_unlock(hashtext('solimob:test-template'))`;
    }
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = withDatabase(serverUrl, name);
  const handle = createDb(url, { max: 5, applicationName: 'solimob-test' });
  return {
    ...handle,
    url,
    name,
    async drop() {
      await handle.close();
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end({ timeout: 5 });
      }
    },
  };
}

/** A minimal territory for tests that need a tenant but not the full seed. Slugs are unique per call. */
export async function insertTestTerritory(
  db: DbOrTx,
  values: Partial<typeof territories.$inferInsert> = {},
): Promise<Territory> {
  const [territory] = await db
    .insert(territories)
    .values({
      slug: `test-${randomBytes(4).toString('hex')}`,
      name: 'Test territory',
      mileageRateEurPerKm: 0.321,
      ...values,
    })
    .returning();
  if (!territory) throw new Error('territory insert returned no row');
  return territory;
}
