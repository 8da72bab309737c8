import { type DbOrTx, schema } from '@solimob/db';
import { and, asc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Clock } from '../context';
import { enqueueJob } from '../outbox';
import { handleUndeliverable } from './undeliverable';

export interface RequeueOptions {
  /** A message untouched for this long has no live job behind it (queue retries are long exhausted). */
  stalledAfterMs: number;
  /** Delivery attempts after which we stop trying and mark the message failed for staff to see. */
  maxAttempts: number;
  batchSize?: number;
}

export interface RequeueResult {
  requeued: number;
  gaveUp: number;
}

const m = schema.messages;

/**
 * The safety net behind "sent once, not zero times": a message whose job ran out of retries or whose
 * worker died too often stays `pending` or `sending` with nothing left to send it. This finds such
 * messages and writes a fresh send job to the outbox (deliverMessage is idempotent, so a job that was
 * in fact still alive costs nothing), or marks them failed after `maxAttempts`. Safe to run from
 * several workers at once: rows are locked with SKIP LOCKED and touched in the same transaction.
 */
export async function requeueStalledMessages(
  deps: { db: DbOrTx; clock: Clock },
  options: RequeueOptions,
): Promise<RequeueResult> {
  const now = deps.clock.now();
  const cutoff = new Date(now.getTime() - options.stalledAfterMs);
  return deps.db.transaction(async (tx) => {
    const stalled = await tx
      .select()
      .from(m)
      .where(
        and(
          eq(m.direction, 'outbound'),
          inArray(m.status, ['pending', 'sending']),
          lt(m.updatedAt, cutoff),
          // A message held by the sending policy has its job waiting in the outbox until then.
          or(isNull(m.heldUntil), lt(m.heldUntil, cutoff)),
        ),
      )
      .orderBy(asc(m.updatedAt))
      .limit(options.batchSize ?? 100)
      .for('update', { skipLocked: true });

    const result: RequeueResult = { requeued: 0, gaveUp: 0 };
    for (const row of stalled) {
      if (row.attempts >= options.maxAttempts) {
        // `sending` here may hide a send the provider accepted; 'gave_up' tells staff to check by hand.
        await tx
          .update(m)
          .set({ status: 'failed', errorCode: 'gave_up', updatedAt: now })
          .where(eq(m.id, row.id));
        await handleUndeliverable({ db: tx, clock: deps.clock }, row, 'gave_up');
        result.gaveUp++;
        continue;
      }
      await tx
        .update(m)
        .set({ updatedAt: sql`${now.toISOString()}::timestamptz` })
        .where(eq(m.id, row.id));
      await enqueueJob(tx, 'send-message', { messageId: row.id }, { territoryId: row.territoryId });
      result.requeued++;
    }
    return result;
  });
}
