import { type DbOrTx, schema } from '@solimob/db';
import { type JobName, type JobPayload, jobDefinitions, parseJobPayload } from '@solimob/queue/contracts';
import { type SQL, sql } from 'drizzle-orm';

/** The channel the outbox relay LISTENs on; a trigger on `outbox` notifies it (migration 0011). */
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
  // The insert's trigger notifies the relay at commit (nothing on rollback): no poll to wait for.
  return row.id;
}

/**
 * The same outbox row as enqueueJob, as a statement to fold into a bigger one (a data-modifying CTE):
 * with `perRowOf`, one job per row of the CTE of that name, so the job exists exactly when that row was
 * written; with null, one job.
 */
export function enqueueJobStatement<N extends JobName>(
  perRowOf: string | null,
  name: N,
  payload: JobPayload<N>,
  options: Pick<EnqueueOptions, 'territoryId'>,
): SQL {
  const valid = parseJobPayload(name, payload);
  return sql`insert into ${schema.outbox} (territory_id, queue, job_name, payload)
    select ${options.territoryId}::uuid, ${jobDefinitions[name].queue}, ${name}, ${JSON.stringify(valid)}::jsonb
    ${perRowOf === null ? sql`` : sql`from ${sql.identifier(perRowOf)}`}`;
}
