import { schema } from '@solimob/db';
import { and, eq, ne } from 'drizzle-orm';
import { smsDay } from '../../messages/sms-text';
import { bookSeat } from '../../shuttles/bookings/book';
import { waitlistPosition } from '../../shuttles/bookings/view';
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
  const existing = await existingSeat(turn, round.id, residentId);
  if (existing) {
    const rank = await waitlistPosition(turn.ctx.db, existing);
    await reply(
      turn,
      rank === null ? templates.shuttleAlreadyBooked(day) : templates.shuttleAlreadyWaitlisted(day, rank),
    );
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

/** The resident's seat or waitlist place on the round, if they have one. */
async function existingSeat(turn: Turn, roundId: string, residentId: string) {
  const b = schema.seatBookings;
  const [row] = await turn.ctx.db
    .select()
    .from(b)
    .where(and(eq(b.shuttleRoundId, roundId), eq(b.residentId, residentId), ne(b.status, 'cancelled')));
  return row;
}
