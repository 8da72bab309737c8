import { openStaffTask } from '../tasks/create';
import { templates } from './templates';
import { reply, type Turn, type TurnResult } from './turn';

/**
 * A number nobody registered: a task for staff (once a day per number) and, the first time that day,
 * a polite answer with the CIAS number. Not answering every message keeps an automatic responder
 * from ping-ponging with us.
 */
export async function unknownTurn(turn: Turn): Promise<TurnResult> {
  const { created } = await openStaffTask(turn.ctx, {
    territoryId: turn.territory.id,
    kind: 'unknown_caller',
    summary: "SMS reçu d'un numéro inconnu : rappeler pour inscrire ou orienter",
    idempotencyKey: `unknown-sms-${turn.phone}-${turn.today}`,
    phone: turn.phone,
    linkedEntity: { type: 'message', id: turn.inboundId },
  });
  if (created) await reply(turn, templates.unknownNumber(turn.territory.contactPhone));
  return { state: { name: 'idle' }, understood: true };
}
