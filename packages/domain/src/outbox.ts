import { type DbOrTx, schema } from '@solimob/db';
import { type JobName, type JobPayload, jobDefinitions, parseJobPayload } from '@solimob/queue/contracts';
import { sql } from 'drizzle-orm';

/** The channel the outbox relay LISTENs on. */
export const OUTBOX_NOTIFY_CHANNEL = 'solimob_outbox';

export interface EnqueueOptions {
  territoryId: string | null;
  /** Publish no earlier than this (delayed work). Defaults to now. */
  availableAt?: Date;
}

/**
 * Records background work in the transactional outbox. Call it with the transaction that makes the
 * state change, so either both are committed or neither is; the relay publishes it to the queue.
 */
export async function enqueueJob<N extends JobName>(
  db: DbOrTx,
  name: N,
  payload: JobPayload<N>,
  options: EnqueueOptions,
): Promise<number> {
  const valid = parseJobPayload(name, payload);
  const [row] = await db
    .insert(schema.outbox)
    .values({
      territoryId: options.territoryId,
      queue: jobDefinitions[name].queue,
      jobName: name,
      payload: valid as Record<string, unknown>,
      ...(options.availableAt ? { availableAt: options.availableAt } : {}),
    })
    .returning({ id: schema.outbox.id });
  if (!row) throw new Error('outbox insert returned no row');
  // Delivered at commit (and dropped on rollback): wakes the relay instead of waiting for its next poll.
  await db.execute(sql`select pg_notify(${OUTBOX_NOTIFY_CHANNEL}, '')`);
  return row.id;
}
