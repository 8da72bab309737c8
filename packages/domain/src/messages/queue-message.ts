import { randomUUID } from 'node:crypto';
import { schema } from '@solimob/db';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { enqueueJobStatement } from '../outbox';

export interface QueueMessageInput {
  channel: 'sms' | 'voice';
  to: string;
  body: string;
  /** Same key, same message: a retried command does not queue a second copy. */
  idempotencyKey: string;
  linkedEntity?: { type: string; id: string };
  /** The person this message is for, so it appears in their conversation timeline. */
  recipient?: { residentId: string } | { volunteerDriverId: string };
  /** Which template produced it, e.g. 'ride.acknowledgement'. */
  template?: string;
  /** Urgent messages are not held during quiet hours. */
  urgent?: boolean;
}

/**
 * Records an outbound message and the job that sends it, in ONE statement (atomic on its own, so it
 * needs no transaction of its own and adds a single round trip to the caller's): queueMessageFromRow's
 * message insert over a single row, and, only if it inserted a row, its outbox row. Returns the existing message when the idempotency key
 * was already used in this territory (then no job is added).
 */
export async function queueMessage(
  ctx: ServiceContext,
  input: QueueMessageInput,
): Promise<{ id: string; created: boolean }> {
  const { id, ctes } = queueMessageFromRow(
    ctx,
    { ...input, template: input.template ?? null },
    'single',
    sql`true`,
  );
  const inserted = await ctx.db.execute<{ id: string }>(sql`
    with single as (select 1), ${ctes}
    select id from message`);
  if (inserted[0]) return { id, created: true };
  // The key was taken (a retried command): a new statement, whose snapshot sees a message committed
  // by a concurrent transaction that the insert waited for.
  const [existing] = await ctx.db
    .select({ id: schema.messages.id })
    .from(schema.messages)
    .where(
      and(
        eq(schema.messages.territoryId, ctx.actor.territoryId),
        eq(schema.messages.idempotencyKey, input.idempotencyKey),
      ),
    );
  if (!existing) throw new Error('idempotency conflict without an existing message');
  return { id: existing.id, created: false };
}

/** A text fixed in advance, or chosen in SQL for the row a message is queued from. */
export type TextFor = string | SQL;

export interface QueueMessageFromRowInput
  extends Omit<QueueMessageInput, 'body' | 'idempotencyKey' | 'template'> {
  body: TextFor;
  idempotencyKey: TextFor;
  template: TextFor | null;
}

/**
 * queueMessage as CTEs of a bigger statement, for a verb that must write everything in one statement
 * (see claimSeat): the message and its job are written for the row of the CTE `fromRow` (at most one)
 * that `where` keeps, so they exist exactly when that row does, with texts that may depend on it.
 * Append the returned CTEs to the statement's (`with …, ${ctes}`); they are named `message` and
 * `message_job`. A key already used in the territory writes nothing, as in queueMessage.
 */
export function queueMessageFromRow(
  ctx: ServiceContext,
  input: QueueMessageFromRowInput,
  fromRow: string,
  where: SQL,
): { id: string; ctes: SQL } {
  const territoryId = ctx.actor.territoryId;
  const id = randomUUID();
  const now = ctx.clock.now().toISOString();
  const recipient = input.recipient;
  const residentId = recipient && 'residentId' in recipient ? recipient.residentId : null;
  const volunteerDriverId =
    recipient && 'volunteerDriverId' in recipient ? recipient.volunteerDriverId : null;
  const ctes = sql`message as (
      insert into ${schema.messages} (id, territory_id, direction, channel, counterpart_phone, body, status,
                                      idempotency_key, linked_entity_type, linked_entity_id, resident_id,
                                      volunteer_driver_id, template, urgent, created_at, updated_at)
      select ${id}::uuid, ${territoryId}::uuid, 'outbound', ${input.channel}::message_channel, ${input.to},
             ${input.body}, 'pending', ${input.idempotencyKey}, ${input.linkedEntity?.type ?? null},
             ${input.linkedEntity?.id ?? null}::uuid, ${residentId}::uuid, ${volunteerDriverId}::uuid,
             ${input.template}, ${input.urgent ?? false}, ${now}::timestamptz, ${now}::timestamptz
        from ${sql.identifier(fromRow)}
       where ${where}
          on conflict (territory_id, idempotency_key) do nothing
   returning id
    ), message_job as (${enqueueJobStatement('message', 'send-message', { messageId: id }, { territoryId })})`;
  return { id, ctes };
}
