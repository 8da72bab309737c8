import type { ServiceError } from '../../errors';
import { gsmText } from '../../messages/gsm';
import { templates } from '../templates';
import { reply, type Turn, type TurnResult } from '../turn';

/** A verb said no (too late, full, not served): its French reason when it has one, and the CIAS number. */
export async function refused(turn: Turn, error: ServiceError): Promise<TurnResult> {
  const reason = error.residentMessage ? gsmText(error.residentMessage) : undefined;
  await reply(turn, templates.refused(reason, turn.territory.contactPhone));
  return { state: { name: 'idle' }, understood: true };
}
