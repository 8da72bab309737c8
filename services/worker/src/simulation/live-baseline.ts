import { createScratchDatabase, type ScratchDatabase } from '@solimob/db/scratch';
import postgres from 'postgres';
import { copyTerritory } from './copy-territory';
import { SNAPSHOT_DATABASE_PREFIX } from './databases';

/*
 * The live baseline: the territory as it is in the live database, copied once (one read-only snapshot,
 * pseudonymised: copy-rules.ts) into a throwaway database that each scenario's own throwaway database
 * is then cloned from. The two scenarios of a comparison start from the same copy even when the live
 * data changes between their runs, and the live database is read once per simulation, not per scenario.
 */

export interface LiveSource {
  /** The live database: read only, in one repeatable-read transaction. */
  databaseUrl: string;
  /** By id (the API: the requester's territory), or by slug (scripts/simulate --live). */
  territory: { id: string } | { slug: string };
}

export interface LiveSnapshot {
  /** The copy's database, a template for the scenarios' databases (nobody stays connected to it). */
  database: string;
  territoryId: string;
  timezone: string;
  /** When the live data was read. */
  takenAt: Date;
  /** Rows copied per table. */
  counts: Record<string, number>;
}

export interface LiveBaseline {
  /** Copies the live territory on the first call; later calls give the same copy. */
  snapshot(): Promise<LiveSnapshot>;
  /** Drops the copy (if one was made). */
  drop(): Promise<void>;
}

export function createLiveBaseline(
  source: LiveSource,
  serverUrl: string,
  onDatabase?: (name: string) => void,
): LiveBaseline {
  let copy: Promise<{ snapshot: LiveSnapshot; database: ScratchDatabase }> | undefined;
  return {
    async snapshot() {
      copy ??= takeSnapshot(source, serverUrl, onDatabase);
      return (await copy).snapshot;
    },
    async drop() {
      if (!copy) return;
      const taken = copy;
      copy = undefined;
      // A failed copy dropped its own database already.
      const done = await taken.catch(() => null);
      await done?.database.drop();
    },
  };
}

async function takeSnapshot(
  source: LiveSource,
  serverUrl: string,
  onDatabase?: (name: string) => void,
): Promise<{ snapshot: LiveSnapshot; database: ScratchDatabase }> {
  const database = await createScratchDatabase({
    serverUrl,
    prefix: SNAPSHOT_DATABASE_PREFIX,
    applicationName: 'solimob-simulator',
    max: 1,
    settings: { synchronous_commit: 'off' },
  });
  onDatabase?.(database.name);
  const live = postgres(source.databaseUrl, {
    max: 1,
    onnotice: () => {},
    connection: { application_name: 'solimob-simulator-copy' },
  });
  try {
    const takenAt = new Date();
    const copied = await copyTerritory(live, database.sql, source.territory);
    // A database is a template only while nobody is connected to it.
    await database.close();
    return {
      snapshot: {
        database: database.name,
        territoryId: copied.territoryId,
        timezone: copied.timezone,
        takenAt,
        counts: copied.counts,
      },
      database,
    };
  } catch (error) {
    await database.drop();
    throw error;
  } finally {
    await live.end({ timeout: 5 });
  }
}
