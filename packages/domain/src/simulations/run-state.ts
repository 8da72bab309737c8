import { type Db, schema } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
import type { Clock } from '../context';
import { notFound } from '../errors';
import { parseScenario, type Scenario } from './scenario';
import type { SimulationResultDocument, SimulationView } from './view';

/*
 * The worker's side of a simulation row: claim it, report progress, store the result or the failure.
 * These write only the `simulations` row; the run itself is in a throwaway database.
 */

interface Deps {
  db: Db;
  clock: Clock;
}

/** queued → running; null when the row is not queued any more (a duplicate or retried job). */
export async function claimSimulation(
  deps: Deps,
  id: string,
): Promise<{ territoryId: string; scenario: Scenario; compare: Scenario | null } | null> {
  const [row] = await deps.db
    .update(schema.simulations)
    .set({ status: 'running', startedAt: deps.clock.now() })
    .where(and(eq(schema.simulations.id, id), eq(schema.simulations.status, 'queued')))
    .returning();
  if (!row) {
    const [exists] = await deps.db
      .select({ id: schema.simulations.id })
      .from(schema.simulations)
      .where(eq(schema.simulations.id, id));
    if (!exists) throw notFound('Simulation', id);
    return null;
  }
  return {
    territoryId: row.territoryId,
    scenario: parseScenario(row.scenario, 'scenario'),
    compare: row.compareScenario ? parseScenario(row.compareScenario, 'compare') : null,
  };
}

export async function recordSimulationProgress(
  deps: Deps,
  id: string,
  progress: NonNullable<SimulationView['progress']>,
): Promise<void> {
  await deps.db.update(schema.simulations).set({ progress }).where(eq(schema.simulations.id, id));
}

export async function finishSimulation(
  deps: Deps,
  id: string,
  outcome: { result: SimulationResultDocument } | { error: string },
): Promise<void> {
  await deps.db
    .update(schema.simulations)
    .set(
      'result' in outcome
        ? { status: 'done', result: outcome.result, finishedAt: deps.clock.now() }
        : { status: 'failed', error: outcome.error.slice(0, 2000), finishedAt: deps.clock.now() },
    )
    .where(eq(schema.simulations.id, id));
}
