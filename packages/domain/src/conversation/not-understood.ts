import { openStaffTask } from '../tasks/create';
import { NOT_UNDERSTOOD_LIMIT } from './state';
import { templates } from './templates';
import { reply, type Turn, type TurnResult } from './turn';

/**
 * A message the service could not act on. The first time, the menu again; the second time in a row,
 * an agent is asked to call back (a staff task) and the person is told so, with the CIAS number.
 */
export async function notUnderstood(turn: Turn): Promise<TurnResult> {
  const misses = turn.conversation.notUnderstood + 1;
  if (misses < NOT_UNDERSTOOD_LIMIT) {
    await reply(turn, templates.notUnderstood(turn.territory.contactPhone));
    return { state: { name: 'main_menu' }, understood: false };
  }
  const party = turn.party;
  await openStaffTask(turn.ctx, {
    territoryId: turn.territory.id,
    kind: 'callback',
    summary: 'Rappeler : deux SMS de suite non compris par le service',
    idempotencyKey: `sms-callback-${turn.inboundId}`,
    residentId: party.kind === 'resident' ? party.residentId : null,
    volunteerDriverId: party.kind === 'volunteer' ? party.volunteerDriverId : null,
    phone: turn.phone,
    linkedEntity: { type: 'message', id: turn.inboundId },
  });
  await reply(turn, templates.callback(turn.territory.contactPhone));
  // Counted from zero again: the next miss gets the menu, not a second task.
  return { state: { name: 'idle' }, understood: true };
}
