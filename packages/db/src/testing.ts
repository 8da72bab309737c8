import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';
import { createDb, type DbHandle, type DbOrTx } from './client';
import { migrationsFolder, runMigrations } from './migrate';
import { territories } from './schema';
import type { Territory } from './types';

export interface TestDatabase extends DbHandle {
  url: string;
  name: string;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

/**
 * One template per set of migrations: two checkouts with different migrations (branches, worktrees)
 * share a Postgres server without one applying its migrations to the other's template.
 */
function templateName(): string {
  const hash = createHash('sha256');
  const files = readdirSync(migrationsFolder)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  for (const file of files) hash.update(file).update(readFileSync(join(migrationsFolder, file)));
  return `solimob_test_tpl_${hash.digest('hex').slice(0, 16)}`;
}

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
 * A fresh, migrated database for one test file, cloned from a template built once per set of
 * migrations. Lets test files run in parallel against one real Postgres without sharing rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = testServerUrl();
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const name = `solimob_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const template = templateName();
  try {
    await admin`select pg_advisory_lock(hashtext('solimob:test-template'))`;
    try {
      const [existing] = await admin`select 1 from pg_database where datname = ${template}`;
      if (!existing) {
        // Built under another name and renamed once migrated: a failed build never passes for a template.
        const building = `${template}_building`;
        await admin.unsafe(`drop database if exists ${building} with (force)`);
        await admin.unsafe(`create database ${building}`);
        await runMigrations(withDatabase(serverUrl, building));
        await admin.unsafe(`alter database ${building} rename to ${template}`);
      }
      await admin.unsafe(`create database ${name} template ${template}`);
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
