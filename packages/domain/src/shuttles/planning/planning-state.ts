import { schema } from '@solimob/db';
import { and, desc, eq, sql } from 'drizzle-orm';
import { assertCan } from '../../authz';
import type { ServiceContext } from '../../context';
import { parseInput, Uuid } from '../../input';
import { findRound } from '../common';

export interface RoundPlanningState {
  shuttleRoundId: string;
  /**
   * idle: no planning asked since the last plan; queued: asked, not yet handed to the worker (the outbox
   * relay publishes it); running: handed to the worker, the new plan not stored yet.
   */
  state: 'idle' | 'queued' | 'running';
  /** When the pending planning run was asked for. */
  requestedAt: Date | null;
  planVersion: number;
  plannedAt: Date | null;
}

/**
 * Where a round's planning stands, for a progress display: the latest `plan-shuttle-round` job asked for
 * it in the outbox (its `availableAt`: when it was asked for), compared with the round's last stored plan. A run asked after the last plan is
 * queued until the relay publishes it, then running until the worker stores a newer plan.
 */
export async function getRoundPlanningState(ctx: ServiceContext, id: string): Promise<RoundPlanningState> {
  assertCan(ctx.actor, 'shuttles:plan');
  parseInput(Uuid, id);
  const round = await findRound(ctx.db, ctx.actor.territoryId, id);
  const o = schema.outbox;
  const [job] = await ctx.db
    .select({ askedAt: o.availableAt, publishedAt: o.publishedAt })
    .from(o)
    .where(
      and(
        eq(o.territoryId, round.territoryId),
        eq(o.jobName, 'plan-shuttle-round'),
        sql`${o.payload}->>'shuttleRoundId' = ${round.id}`,
      ),
    )
    .orderBy(desc(o.id))
    .limit(1);
  const pending = job && (round.plannedAt === null || job.askedAt > round.plannedAt);
  return {
    shuttleRoundId: round.id,
    state: !pending ? 'idle' : job.publishedAt === null ? 'queued' : 'running',
    requestedAt: pending ? job.askedAt : null,
    planVersion: round.planVersion,
    plannedAt: round.plannedAt,
  };
}
