import { randomBytes } from 'node:crypto';
import type { DbOrTx } from './client';
import { territories } from './schema';
import { createScratchDatabase, type ScratchDatabase } from './scratch';
import type { Territory } from './types';

export type TestDatabase = ScratchDatabase;

/** The admin URL tests create databases from: DATABASE_URL, else the local development server. */
export function testServerUrl(): string {
  return process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/**
 * A fresh, migrated database for one test file, cloned from a template built once per set of
 * migrations. Lets test files run in parallel against one real Postgres without sharing rows.
 */
export function createTestDatabase(): Promise<TestDatabase> {
  return createScratchDatabase({
    serverUrl: testServerUrl(),
    prefix: 'solimob_test',
    applicationName: 'solimob-test',
  });
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
