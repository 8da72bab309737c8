import { schema } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
import { ServiceError } from '../../errors';
import { bookSeat } from '../../shuttles/bookings/book';
import { frenchDay } from '../../time';
import { nextBookableRound } from '../shuttle-round';
import type { VoiceAnswer } from './answer';
import { menu, next, type VoiceCall } from './handle-voice-step';
import { voicePrompts } from './prompts';

/** 1: the next market shuttle for this resident, offered with its day. */
export async function shuttleOfferStep(call: VoiceCall, residentId: string): Promise<VoiceAnswer> {
  const round = await nextBookableRound(call.ctx.db, {
    territoryId: call.territory.id,
    residentId,
    now: call.now,
    date: null,
  });
  if (!round) return menu(call, [voicePrompts.noShuttle]);
  return offer(call, round, []);
}

function offer(call: VoiceCall, round: { id: string; serviceDate: string }, before: string[]): VoiceAnswer {
  return {
    say: [...before, ...voicePrompts.shuttleOffer(frenchDay(round.serviceDate, call.territory.timezone))],
    gather: next('shuttle_confirm', { round: round.id }),
  };
}

/** 1 after the offer: a seat through bookSeat, acting as the resident on the voice channel. */
export async function shuttleConfirmStep(call: VoiceCall, digits: string): Promise<VoiceAnswer> {
  if (call.party.kind !== 'resident') return menu(call, []);
  const residentId = call.party.residentId;
  const [round] = await call.ctx.db
    .select({ id: schema.shuttleRounds.id, serviceDate: schema.shuttleRounds.serviceDate })
    .from(schema.shuttleRounds)
    .where(
      and(
        eq(schema.shuttleRounds.id, call.input.params.round ?? '00000000-0000-0000-0000-000000000000'),
        eq(schema.shuttleRounds.territoryId, call.territory.id),
      ),
    );
  if (!round || digits === '9') return menu(call, round ? [] : [voicePrompts.noShuttle]);
  if (digits !== '1') return offer(call, round, digits === 'repeat' ? [] : [voicePrompts.notUnderstood]);
  const day = frenchDay(round.serviceDate, call.territory.timezone);
  const ctx = {
    ...call.ctx,
    actor: { kind: 'resident' as const, residentId, territoryId: call.territory.id },
    channel: 'voice' as const,
    answeredInConversation: true,
  };
  try {
    const seat = await ctx.db.transaction((savepoint) =>
      bookSeat({ ...ctx, db: savepoint }, { shuttleRoundId: round.id, residentId }),
    );
    const said =
      seat.status === 'waitlisted'
        ? voicePrompts.shuttleWaitlisted(day, seat.waitlistPosition ?? 1)
        : voicePrompts.shuttleBooked(day);
    return menu(call, [said]);
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    return menu(call, [voicePrompts.refused(error.residentMessage, call.territory)]);
  }
}
