import { type Db, schema } from '@solimob/db';
import type { RoutingProvider } from '@solimob/routing';
import { eq } from 'drizzle-orm';
import type { Clock, ServiceContext } from '../../context';
import { notFound } from '../../errors';
import { loadTerritory } from '../../territories/load';
import { loadPlanningInput } from './load';
import type { RoundPlan, SolverOptions } from './model';
import { planRoundInput } from './solve';
import { type StoreOutcome, storeRoundPlan } from './store';

export interface PlanRoundDeps {
  db: Db;
  clock: Clock;
  routing: RoutingProvider;
  solver?: SolverOptions;
}

export type PlanRoundOutcome =
  | {
      planned: true;
      version: number;
      strategy: RoundPlan['strategy'];
      told: number;
      unserved: number;
      plan: RoundPlan;
    }
  | { planned: false; reason: 'not_plannable' };

/** Plans are recomputed when the round changed under the solver; a round changing this often is an error. */
const MAX_ATTEMPTS = 3;

/**
 * The `plan-shuttle-round` job: build the problem from the database, solve it (road matrix through the
 * provider's cache), store it under the round's lock. The solve runs outside any transaction; if the
 * round changed meanwhile the store refuses and the round is planned again from the new state.
 */
export async function planRound(deps: PlanRoundDeps, roundId: string): Promise<PlanRoundOutcome> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const [round] = await deps.db
      .select()
      .from(schema.shuttleRounds)
      .where(eq(schema.shuttleRounds.id, roundId));
    if (!round) throw notFound('Shuttle round', roundId);
    if (!['open', 'closed', 'planned'].includes(round.status))
      return { planned: false, reason: 'not_plannable' };
    const territory = await loadTerritory(deps.db, round.territoryId);
    const { input } = await loadPlanningInput(deps.db, territory, round);
    const plan = await planRoundInput(input, deps.routing, deps.solver);
    const outcome: StoreOutcome = await deps.db.transaction((tx) => {
      const ctx: ServiceContext & { db: typeof tx } = {
        db: tx,
        clock: deps.clock,
        actor: { kind: 'system', territoryId: territory.id },
      };
      return storeRoundPlan(ctx, territory, input, plan);
    });
    if (outcome.stored) {
      return {
        planned: true,
        version: outcome.version,
        strategy: plan.strategy,
        told: outcome.told,
        unserved: outcome.unserved,
        plan,
      };
    }
    if (outcome.reason === 'not_plannable') return { planned: false, reason: 'not_plannable' };
  }
  throw new Error(`shuttle round ${roundId} changed during ${MAX_ATTEMPTS} planning attempts`);
}
