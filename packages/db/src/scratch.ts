import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';
import { createDb, type DbHandle } from './client';
import { migrationsFolder, runMigrations } from './migrate';

/**
 * Throwaway databases: a fresh, migrated database cloned from a template built once per set of
 * migrations, dropped by its owner when done. Tests use them (testing.ts) and so does the what-if
 * simulator, which must never write to the live database.
 */
export interface ScratchDatabase extends DbHandle {
  url: string;
  name: string;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

export interface ScratchDatabaseOptions {
  /** Server to create the database on (any database of it; the URL's own database is not touched). */
  serverUrl: string;
  /** Database name prefix, lower case letters, digits and underscores (e.g. `solimob_sim`). */
  prefix: string;
  applicationName: string;
  /** Pool size of the returned handle (default 5). */
  max?: number;
  /**
   * Database-level settings for every connection to it, e.g. `{ synchronous_commit: 'off' }` for a
   * database whose loss on a crash does not matter. Names and values are checked against a safe pattern.
   */
  settings?: Record<string, string>;
  /**
   * Clone this database instead of the migrated template: one the caller created with this module and
   * filled (e.g. the simulator's copy of a live territory). Nobody may be connected to it meanwhile.
   */
  template?: string;
}

/**
 * One template per set of migrations: two checkouts with different migrations (branches, worktrees)
 * share a Postgres server without one applying its migrations to the other's template.
 */
export function templateName(): string {
  const hash = createHash('sha256');
  const files = readdirSync(migrationsFolder)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  for (const file of files) hash.update(file).update(readFileSync(join(migrationsFolder, file)));
  return `solimob_test_tpl_${hash.digest('hex').slice(0, 16)}`;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Under the template lock: builds the migrated template if missing, then clones it as `name`. */
async function createFromMigrations(admin: postgres.Sql, serverUrl: string, name: string): Promise<void> {
  const template = templateName();
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
}

/**
 * A scratch database's name: `<prefix>_<creation time, base-36 milliseconds>_<random>`, so that a
 * leftover's age can be read from it (createdAtOf).
 */
function checkedPrefix(prefix: string): string {
  if (!/^[a-z][a-z0-9_]{0,30}$/.test(prefix)) throw new Error(`bad database prefix ${prefix}`);
  return prefix;
}
const scratchName = (prefix: string, now: Date) =>
  `${checkedPrefix(prefix)}_${now.getTime().toString(36)}_${randomBytes(4).toString('hex')}`;
function createdAtOf(name: string, prefix: string): Date | undefined {
  const match = new RegExp(`^${prefix}_([0-9a-z]+)_[0-9a-f]{8}$`).exec(name);
  return match ? new Date(Number.parseInt(match[1]!, 36)) : undefined;
}

export async function createScratchDatabase(options: ScratchDatabaseOptions): Promise<ScratchDatabase> {
  const name = scratchName(options.prefix, new Date());
  const { serverUrl } = options;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  if (options.template !== undefined && !/^[a-z][a-z0-9_]{0,62}$/.test(options.template))
    throw new Error(`bad template database ${options.template}`);
  try {
    if (options.template === undefined) {
      await admin`select pg_advisory_lock(hashtext('solimob:test-template'))`;
      try {
        await createFromMigrations(admin, serverUrl, name);
      } finally {
        await admin`select pg_advisory_unlock(hashtext('solimob:test-template'))`;
      }
    } else {
      await admin.unsafe(`create database ${name} template ${options.template}`);
    }
    for (const [key, value] of Object.entries(options.settings ?? {})) {
      if (!/^[a-z_]+$/.test(key) || !/^[a-z0-9_]+$/.test(value)) throw new Error(`bad setting ${key}`);
      await admin.unsafe(`alter database ${name} set ${key} = ${value}`);
    }
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = withDatabase(serverUrl, name);
  const handle = createDb(url, { max: options.max ?? 5, applicationName: options.applicationName });
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

/**
 * Drops the scratch databases of `prefix` created more than `olderThanMs` before `now`: those whose
 * owner was killed before it could drop them. One still in use is kept whatever its age (Postgres
 * refuses to drop a database someone is connected to, and no FORCE is asked). Returns the names dropped.
 */
export async function dropStaleScratchDatabases(options: {
  serverUrl: string;
  prefix: string;
  olderThanMs: number;
  now: Date;
}): Promise<string[]> {
  const prefix = checkedPrefix(options.prefix);
  const admin = postgres(options.serverUrl, { max: 1, onnotice: () => {} });
  const dropped: string[] = [];
  try {
    const rows = await admin<{ datname: string }[]>`
      select datname from pg_database where starts_with(datname, ${`${prefix}_`})`;
    for (const { datname } of rows) {
      const createdAt = createdAtOf(datname, prefix);
      if (!createdAt || options.now.getTime() - createdAt.getTime() < options.olderThanMs) continue;
      try {
        await admin.unsafe(`drop database if exists ${datname}`);
        dropped.push(datname);
      } catch (error) {
        // 55006 object_in_use: its owner is still at work.
        if ((error as { code?: string }).code !== '55006') throw error;
      }
    }
  } finally {
    await admin.end({ timeout: 5 });
  }
  return dropped;
}
