import { dropStaleScratchDatabases } from '@solimob/db/scratch';

/** Name prefixes of the simulator's throwaway databases: a run's own, and the copy of a live territory. */
export const RUN_DATABASE_PREFIX = 'solimob_sim';
export const SNAPSHOT_DATABASE_PREFIX = 'solimob_simbase';

/** A year's simulation takes minutes: a throwaway database older than this was left by a killed run. */
const LEFTOVER_AFTER_MS = 6 * 3_600_000;

/**
 * Drops the throwaway databases a killed run left behind (older than LEFTOVER_AFTER_MS and unused:
 * one with a connection is kept, see dropStaleScratchDatabases). Every run sweeps before it starts.
 */
export async function dropLeftoverDatabases(serverUrl: string, now: Date): Promise<string[]> {
  const dropped: string[] = [];
  for (const prefix of [RUN_DATABASE_PREFIX, SNAPSHOT_DATABASE_PREFIX]) {
    dropped.push(
      ...(await dropStaleScratchDatabases({ serverUrl, prefix, olderThanMs: LEFTOVER_AFTER_MS, now })),
    );
  }
  return dropped;
}
