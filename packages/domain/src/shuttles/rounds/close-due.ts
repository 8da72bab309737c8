import { type Db, schema } from '@solimob/db';
import { and, asc, eq, lte } from 'drizzle-orm';
import { recordAudit } from '../../audit';
import type { Clock, ServiceContext } from '../../context';
import { enqueueJob } from '../../outbox';

/**
 * Scheduled: closes every open round whose cut-off has passed and queues its planning, in the same
 * transaction. Idempotent (a closed round is not picked again); SKIP LOCKED lets two runs share the work.
 */
export async function closeDueRounds(deps: { db: Db; clock: Clock }, limit = 100): Promise<number> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(schema.shuttleRounds)
      .where(and(eq(schema.shuttleRounds.status, 'open'), lte(schema.shuttleRounds.cutoffAt, now)))
      .orderBy(asc(schema.shuttleRounds.cutoffAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    for (const round of due) {
      await tx
        .update(schema.shuttleRounds)
        .set({ status: 'closed', updatedAt: now })
        .where(eq(schema.shuttleRounds.id, round.id));
      await enqueueJob(
        tx,
        'plan-shuttle-round',
        { shuttleRoundId: round.id },
        { territoryId: round.territoryId },
      );
      const ctx: ServiceContext = {
        db: tx,
        clock: deps.clock,
        actor: { kind: 'system', territoryId: round.territoryId },
      };
      await recordAudit(ctx, {
        action: 'shuttle_round.close',
        entityType: 'shuttle_round',
        entityId: round.id,
      });
    }
    return due.length;
  });
}
