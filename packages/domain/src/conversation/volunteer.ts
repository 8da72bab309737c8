import type { Tx } from '@solimob/db';
import type { ServiceContext } from '../context';
import { gsmText } from '../messages/gsm';
import { completeTrip } from '../missions/complete';
import { respondToOffer } from '../offers/respond';
import { templates } from './templates';
import { attempt, reply, type Turn, type TurnResult, understood } from './turn';

/**
 * A volunteer driver's message: "OUI 4821", "NON 4821", "FAIT 4821" (any case, extra words
 * tolerated; the parser finds the code). The offer and trip logic is the volunteer-ride verbs':
 * respondToOffer (first acceptance wins) and completeTrip, acting as the volunteer by SMS. They queue
 * the messages that carry an outcome (the pick-up details, "déjà pris", the completion thanks); the
 * conversation only answers with the sentence a verb returns, or its refusal.
 */
export async function volunteerTurn(turn: Turn, volunteerDriverId: string): Promise<TurnResult> {
  const { code, intent, done } = turn.parsed;
  const answer = done ? 'done' : intent === 'yes' ? 'yes' : intent === 'no' ? 'no' : undefined;
  if (!code || !answer) {
    await reply(turn, templates.volunteerNoCode());
    return { state: { name: 'idle' }, understood: false };
  }
  const ctx: ServiceContext & { db: Tx } = {
    ...turn.ctx,
    actor: { kind: 'volunteer', volunteerDriverId, territoryId: turn.territory.id },
    channel: 'sms',
  };
  if (answer === 'done') {
    const result = await attempt(ctx, (savepoint) => completeTrip(savepoint, { volunteerDriverId, code }));
    if (!result.ok) await reply(turn, templates.volunteerRefused(result.error.residentMessage));
    return understood({ name: 'idle' });
  }
  const result = await attempt(ctx, (savepoint) =>
    respondToOffer(savepoint, { volunteerDriverId, code, answer }),
  );
  if (!result.ok) await reply(turn, templates.volunteerRefused(result.error.residentMessage));
  else if (result.value.reply) {
    await reply(turn, templates.volunteerAnswered(gsmText(result.value.reply)), {
      type: 'mission',
      id: result.value.missionId,
    });
  }
  return understood({ name: 'idle' });
}
