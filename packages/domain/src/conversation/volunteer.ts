import { openStaffTask } from '../tasks/create';
import { templates } from './templates';
import { reply, type Turn, type TurnResult, understood } from './turn';

/**
 * A volunteer driver's message: "OUI 4821", "NON 4821", "FAIT 4821" (any case, extra words
 * tolerated; the parser finds the code). The offer and trip logic belongs to the volunteer-rides
 * verbs; until they are wired here, the answer goes to staff as a task and the volunteer is thanked.
 */
export async function volunteerTurn(turn: Turn, volunteerDriverId: string): Promise<TurnResult> {
  const { code, intent, done } = turn.parsed;
  const answer = done ? 'FAIT' : intent === 'yes' ? 'OUI' : intent === 'no' ? 'NON' : undefined;
  if (!code || !answer) {
    await reply(turn, templates.volunteerNoCode());
    return { state: { name: 'idle' }, understood: false };
  }
  await openStaffTask(turn.ctx, {
    territoryId: turn.territory.id,
    kind: 'other',
    summary: `Réponse de bénévole à enregistrer : ${answer} ${code}`,
    idempotencyKey: `volunteer-reply-${turn.inboundId}`,
    volunteerDriverId,
    linkedEntity: { type: 'message', id: turn.inboundId },
  });
  await reply(turn, templates.volunteerForwarded());
  return understood({ name: 'idle' });
}
