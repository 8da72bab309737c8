import { schema } from '@solimob/db';
import { and, eq, ne } from 'drizzle-orm';
import { smsDay } from '../../messages/sms-text';
import { bookSeat } from '../../shuttles/bookings/book';
import { nextBookableRound } from '../shuttle-round';
import type { ConversationState } from '../state';
import { templates } from '../templates';
import { actAs, attempt, reply, type Turn, type TurnResult, understood } from '../turn';
import { refused } from './refused';

/** "Une place dans la navette lundi": the round meant, then "Répondez OUI pour réserver". */
export async function startShuttle(turn: Turn, residentId: string): Promise<TurnResult> {
  const round = await nextBookableRound(turn.ctx.db, {
    territoryId: turn.territory.id,
    residentId,
    now: turn.now,
    date: turn.parsed.date,
  });
  if (!round) {
    await reply(turn, templates.noShuttle(turn.territory.contactPhone));
    return understood({ name: 'idle' });
  }
  const day = smsDay(round.serviceDate, turn.territory.timezone);
  if (await alreadyOn(turn, round.id, residentId)) {
    await reply(turn, templates.shuttleAlreadyBooked(day));
    return understood({ name: 'idle' });
  }
  await reply(turn, templates.confirmShuttle(day));
  return understood({ name: 'confirm_shuttle', roundId: round.id });
}

/** OUI: the seat is booked through bookSeat, the same verb as the API, acting as the resident by SMS. */
export async function bookShuttleSeat(
  turn: Turn,
  residentId: string,
  state: Extract<ConversationState, { name: 'confirm_shuttle' }>,
): Promise<TurnResult> {
  const result = await attempt(actAs(turn, residentId), (ctx) =>
    bookSeat(ctx, { shuttleRoundId: state.roundId, residentId }),
  );
  if (!result.ok) return refused(turn, result.error);
  const seat = result.value;
  const [round] = await turn.ctx.db
    .select({ serviceDate: schema.shuttleRounds.serviceDate })
    .from(schema.shuttleRounds)
    .where(eq(schema.shuttleRounds.id, state.roundId));
  const day = smsDay(round?.serviceDate ?? turn.today, turn.territory.timezone);
  const text =
    seat.status === 'waitlisted'
      ? templates.shuttleWaitlisted(day, seat.waitlistPosition ?? 1)
      : templates.shuttleBooked(day);
  await reply(turn, text, { type: 'seat_booking', id: seat.id });
  return understood({ name: 'idle' });
}

/** Whether the resident already has a seat or a waitlist place on the round. */
async function alreadyOn(turn: Turn, roundId: string, residentId: string): Promise<boolean> {
  const b = schema.seatBookings;
  const [row] = await turn.ctx.db
    .select({ id: b.id })
    .from(b)
    .where(and(eq(b.shuttleRoundId, roundId), eq(b.residentId, residentId), ne(b.status, 'cancelled')));
  return row !== undefined;
}
