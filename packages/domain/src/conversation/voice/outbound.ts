import { schema } from '@solimob/db';
import { recordAudit } from '../../audit';
import { KEYPAD_CANCELLABLE } from '../../messages/keypad';
import type { VoiceAnswer } from './answer';
import { findOutboundMessage, next, type VoiceCall } from './handle-voice-step';
import { voicePrompts } from './prompts';
import { cancelBooking } from './resident';

/**
 * The key pressed at the end of one of our calls ("tapez 1 pour confirmer, 2 pour annuler"). The
 * answer is stored as an inbound voice message linked to the same booking and person (so it shows
 * in their timeline), with an audit entry; 2 cancels through the same verbs as the API.
 */
export async function answerOutboundCall(call: VoiceCall, digits: string): Promise<VoiceAnswer> {
  const message = await findOutboundMessage(call, call.input.params.messageId ?? '');
  const target =
    message?.linkedEntityType && message.linkedEntityId && KEYPAD_CANCELLABLE.has(message.linkedEntityType)
      ? { type: message.linkedEntityType as 'ride_request' | 'seat_booking', id: message.linkedEntityId }
      : undefined;
  if (!message || !target || !message.residentId)
    return { say: [voicePrompts.goodbye], end: { kind: 'hangup' } };
  if (digits !== '1' && digits !== '2') {
    const before = digits === 'repeat' ? [] : [voicePrompts.notUnderstood];
    return {
      say: [...before, voicePrompts.keypadQuestion],
      gather: next('outbound_answer', call.input.params),
    };
  }
  const residentId = message.residentId;
  const refusal = digits === '2' ? await cancelBooking(call, residentId, target) : undefined;
  await call.ctx.db
    .insert(schema.messages)
    .values({
      territoryId: call.territory.id,
      direction: 'inbound',
      channel: 'voice',
      counterpartPhone: message.counterpartPhone,
      body: digits === '1' ? 'Touche 1 : confirmé' : 'Touche 2 : annulation demandée',
      status: 'received',
      provider: 'twilio',
      providerId: `${call.input.callSid}:answer`,
      linkedEntityType: target.type,
      linkedEntityId: target.id,
      residentId,
      createdAt: call.now,
      updatedAt: call.now,
    })
    .onConflictDoNothing({ target: [schema.messages.provider, schema.messages.providerId] });
  await recordAudit(
    { ...call.ctx, actor: { kind: 'resident', residentId, territoryId: call.territory.id } },
    {
      action: digits === '1' ? 'call.confirmed' : 'call.cancel_requested',
      entityType: target.type,
      entityId: target.id,
      details: { messageId: message.id, ...(refusal ? { refused: true } : {}) },
    },
  );
  if (refusal) return { say: [voicePrompts.refused(refusal, call.territory)], end: { kind: 'hangup' } };
  return {
    say: [digits === '1' ? voicePrompts.keypadConfirmed : voicePrompts.keypadCancelled],
    end: { kind: 'hangup' },
  };
}
