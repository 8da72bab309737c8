import { type DbOrTx, type Message, schema } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
import type { Clock } from '../context';
import { openStaffTask } from '../tasks/create';
import { queueMessage } from './queue-message';

/**
 * Provider codes saying the number cannot receive SMS because it is a landline: 21614 / 21635 when
 * sending, 30006 in a delivery report ("landline or unreachable carrier").
 */
export const LANDLINE_CODES: ReadonlySet<string> = new Set(['21614', '21635', '30006']);

export type UndeliverableOutcome = 'voice_fallback' | 'staff_task' | 'nothing';

/**
 * What follows a message that will not be delivered (refused for good, reported undelivered or
 * failed, or given up): an SMS to a landline is read out in a call instead (and the number is
 * recorded as a landline); anything else becomes a task for staff to reach the person another way.
 * Idempotent: a repeated report queues no second call and opens no second task.
 */
export async function handleUndeliverable(
  deps: { db: DbOrTx; clock: Clock },
  message: Pick<
    Message,
    | 'id'
    | 'territoryId'
    | 'channel'
    | 'direction'
    | 'counterpartPhone'
    | 'body'
    | 'residentId'
    | 'volunteerDriverId'
    | 'template'
    | 'urgent'
    | 'linkedEntityType'
    | 'linkedEntityId'
  >,
  errorCode: string | null,
): Promise<UndeliverableOutcome> {
  if (message.direction !== 'outbound') return 'nothing';
  if (errorCode === 'opted_out' && message.template?.startsWith('conversation.')) return 'nothing';
  if (message.channel === 'sms' && errorCode && LANDLINE_CODES.has(errorCode) && message.residentId) {
    await fallBackToVoice(deps, message, message.residentId);
    return 'voice_fallback';
  }
  await openStaffTask(deps, {
    territoryId: message.territoryId,
    kind: 'undelivered_message',
    summary: summaryOf(message.channel, errorCode),
    idempotencyKey: `undelivered-${message.id}`,
    residentId: message.residentId,
    volunteerDriverId: message.volunteerDriverId,
    phone: message.counterpartPhone,
    linkedEntity:
      message.linkedEntityType && message.linkedEntityId
        ? { type: message.linkedEntityType, id: message.linkedEntityId }
        : { type: 'message', id: message.id },
  });
  return 'staff_task';
}

function summaryOf(channel: 'sms' | 'voice', errorCode: string | null): string {
  if (errorCode === 'opted_out') return 'Message non envoyé : le numéro a répondu STOP. Prévenir autrement';
  const what = channel === 'sms' ? 'SMS non remis' : 'Appel sans réponse ou en échec';
  return `${what}${errorCode ? ` (code ${errorCode})` : ''} : prévenir la personne autrement`;
}

async function fallBackToVoice(
  deps: { db: DbOrTx; clock: Clock },
  message: Parameters<typeof handleUndeliverable>[1],
  residentId: string,
): Promise<void> {
  await queueMessage(
    { db: deps.db, clock: deps.clock, actor: { kind: 'system', territoryId: message.territoryId } },
    {
      channel: 'voice',
      to: message.counterpartPhone,
      body: message.body,
      idempotencyKey: `voice-fallback-${message.id}`,
      recipient: { residentId },
      ...(message.template ? { template: message.template } : {}),
      ...(message.urgent ? { urgent: true } : {}),
      ...(message.linkedEntityType && message.linkedEntityId
        ? { linkedEntity: { type: message.linkedEntityType, id: message.linkedEntityId } }
        : {}),
    },
  );
  // Learned from the provider: the next message to this number is a call from the start.
  await deps.db
    .update(schema.residentPhones)
    .set({ kind: 'landline' })
    .where(
      and(
        eq(schema.residentPhones.territoryId, message.territoryId),
        eq(schema.residentPhones.e164, message.counterpartPhone),
      ),
    );
}

/** Loads the message and handles it (the worker's path, after a permanent refusal or a suppression). */
export async function handleUndeliverableById(
  deps: { db: DbOrTx; clock: Clock },
  messageId: string,
): Promise<UndeliverableOutcome> {
  const [message] = await deps.db.select().from(schema.messages).where(eq(schema.messages.id, messageId));
  if (!message || (message.status !== 'failed' && message.status !== 'undelivered')) return 'nothing';
  return handleUndeliverable(deps, message, message.errorCode);
}
