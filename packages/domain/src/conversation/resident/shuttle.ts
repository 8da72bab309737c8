import { openStaffTask } from '../../tasks/create';
import { templates } from '../templates';
import { reply, type Turn, type TurnResult, understood } from '../turn';

/**
 * A seat on the market shuttle. Until the shuttle verbs are wired here, staff book it from a task
 * and the resident is told they will be called.
 */
export async function startShuttle(turn: Turn, residentId: string): Promise<TurnResult> {
  await openStaffTask(turn.ctx, {
    territoryId: turn.territory.id,
    kind: 'callback',
    summary: 'Réserver une place de navette demandée par SMS',
    idempotencyKey: `sms-shuttle-${turn.inboundId}`,
    residentId,
    phone: turn.phone,
  });
  await reply(turn, templates.noShuttle(turn.territory.contactPhone));
  return understood({ name: 'idle' });
}
