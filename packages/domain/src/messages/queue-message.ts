import { schema } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
import { type ServiceContext, withTransaction } from '../context';
import { enqueueJob } from '../outbox';

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
 * Records an outbound message and the job that sends it, in one transaction. Returns the existing
 * message when the idempotency key was already used in this territory.
 */
export async function queueMessage(
  ctx: ServiceContext,
  input: QueueMessageInput,
): Promise<{ id: string; created: boolean }> {
  return withTransaction(ctx, async (tx) => {
    const territoryId = tx.actor.territoryId;
    const [inserted] = await tx.db
      .insert(schema.messages)
      .values({
        territoryId,
        direction: 'outbound',
        channel: input.channel,
        counterpartPhone: input.to,
        body: input.body,
        status: 'pending',
        idempotencyKey: input.idempotencyKey,
        linkedEntityType: input.linkedEntity?.type ?? null,
        linkedEntityId: input.linkedEntity?.id ?? null,
        residentId: input.recipient && 'residentId' in input.recipient ? input.recipient.residentId : null,
        volunteerDriverId:
          input.recipient && 'volunteerDriverId' in input.recipient
            ? input.recipient.volunteerDriverId
            : null,
        template: input.template ?? null,
        urgent: input.urgent ?? false,
        createdAt: tx.clock.now(),
        updatedAt: tx.clock.now(),
      })
      .onConflictDoNothing({ target: [schema.messages.territoryId, schema.messages.idempotencyKey] })
      .returning({ id: schema.messages.id });
    if (inserted) {
      await enqueueJob(tx.db, 'send-message', { messageId: inserted.id }, { territoryId });
      return { id: inserted.id, created: true };
    }
    const [existing] = await tx.db
      .select({ id: schema.messages.id })
      .from(schema.messages)
      .where(
        and(
          eq(schema.messages.territoryId, territoryId),
          eq(schema.messages.idempotencyKey, input.idempotencyKey),
        ),
      );
    if (!existing) throw new Error('idempotency conflict without an existing message');
    return { id: existing.id, created: false };
  });
}
