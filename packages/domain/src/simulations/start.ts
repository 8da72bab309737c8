import { schema } from '@solimob/db';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { type ServiceContext, withTransaction } from '../context';
import { invalid } from '../errors';
import { parseInput } from '../input';
import { enqueueJob } from '../outbox';
import { parseScenario, ScenarioError } from './scenario';
import { StartSimulationInput } from './schemas';
import { type SimulationView, toSimulationView } from './view';

/** "/period/days: Number must be …" at "/scenario" → field "/scenario/period/days". */
function problemsAt(prefix: string, error: ScenarioError) {
  return error.problems.map((problem) => {
    const [pointer, ...rest] = problem.split(': ');
    return { field: `${prefix}${pointer === '/' ? '' : pointer}`, message: rest.join(': ') };
  });
}

/**
 * Staff (admin, coordinator) ask for a what-if simulation: the scenario (and the one to compare it
 * with) is validated at once, every problem at its field, then stored and the `run-simulation` job
 * queued with the row's id only. The worker runs it in a throwaway database (docs/simulator.md).
 */
export async function startSimulation(ctx: ServiceContext, rawInput: unknown): Promise<SimulationView> {
  assertCan(ctx.actor, 'simulations:run');
  const input = parseInput(StartSimulationInput, rawInput);
  const problems = [];
  for (const [key, value] of [
    ['scenario', input.scenario],
    ['compare', input.compare],
  ] as const) {
    if (value === undefined) continue;
    try {
      parseScenario(value, key);
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      problems.push(...problemsAt(`/${key}`, error));
    }
  }
  if (problems.length > 0) throw invalid(problems);
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(schema.simulations)
      .values({
        territoryId: tx.actor.territoryId,
        requestedByStaffId: tx.actor.kind === 'staff' ? tx.actor.staffUserId : null,
        scenario: input.scenario,
        compareScenario: input.compare ?? null,
        createdAt: tx.clock.now(),
      })
      .returning();
    await enqueueJob(
      tx.db,
      'run-simulation',
      { simulationId: row!.id },
      { territoryId: tx.actor.territoryId },
    );
    await recordAudit(tx, {
      action: 'simulation.start',
      entityType: 'simulation',
      entityId: row!.id,
      details: { compare: input.compare !== undefined },
    });
    return toSimulationView(row!);
  });
}
