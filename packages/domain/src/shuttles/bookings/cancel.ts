import { schema } from '@solimob/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit';
import { assertCan } from '../../authz';
import { isSelfService, type ServiceContext, withTransaction } from '../../context';
import { ServiceError } from '../../errors';
import { parseInput, Uuid } from '../../input';
import { notifyResident } from '../../messages/notify';
import { enqueueJob } from '../../outbox';
import { assertResidentInScope } from '../../residents/scope';
import { loadTerritory } from '../../territories/load';
import { isPlanned, lockRound } from '../common';
import { seatCancelled } from '../messages';
import { releasePlace } from './claim';
import { promoteWaitlist } from './promote';
import { CancelSeatBookingInput } from './schemas';
import { findSeatBooking, type SeatBookingView, toSeatBookingView } from './view';

/**
 * Cancels a seat or a waitlist place. Until the cut-off this is a plain cancellation; after it the
 * booking is still cancelled but keeps the outcome `late_cancellation` (for reports: the seat could not
 * be offered in time). A freed seat goes at once to the first waiting person who fits, who is told;
 * a round that already has a plan is re-planned. Cancelling twice returns the cancelled booking.
 */
export async function cancelSeatBooking(
  ctx: ServiceContext,
  id: string,
  rawInput: unknown = {},
): Promise<SeatBookingView> {
  assertCan(ctx.actor, 'shuttles:book');
  parseInput(Uuid, id);
  const input = parseInput(CancelSeatBookingInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const territory = await loadTerritory(tx.db, tx.actor.territoryId);
    const found = await findSeatBooking(tx.db, territory.id, id);
    await assertResidentInScope(tx, found.residentId, { type: 'Seat booking', id });
    const round = await lockRound(tx.db, territory.id, found.shuttleRoundId);
    // Read again under the round's lock: a concurrent promotion or cancellation has committed by now.
    const booking = await findSeatBooking(tx.db, territory.id, id);
    if (booking.status === 'cancelled') return toSeatBookingView(booking);
    if (round.status === 'completed' || round.status === 'cancelled') {
      throw new ServiceError('conflict', `The round is ${round.status}`, {
        residentMessage: 'Cette navette est déjà passée ou annulée.',
      });
    }
    const now = tx.clock.now();
    const wasConfirmed = booking.status === 'confirmed';
    const late = wasConfirmed && now.getTime() >= round.cutoffAt.getTime();
    const [cancelled] = await tx.db
      .update(schema.seatBookings)
      .set({
        status: 'cancelled',
        cancelledAt: now,
        waitlistRank: null,
        outcome: late ? 'late_cancellation' : null,
        updatedAt: now,
      })
      .where(eq(schema.seatBookings.id, id))
      .returning();
    await releasePlace(tx.db, round.id, booking, now);
    const promoted = wasConfirmed ? await promoteWaitlist(tx, territory, round) : [];
    if (wasConfirmed && isPlanned(round)) {
      await enqueueJob(
        tx.db,
        'plan-shuttle-round',
        { shuttleRoundId: round.id },
        { territoryId: territory.id },
      );
    }
    if (!isSelfService(tx)) {
      await notifyResident(tx, booking.residentId, seatCancelled(booking, round, territory.timezone));
    }
    await recordAudit(tx, {
      action: 'seat_booking.cancel',
      entityType: 'seat_booking',
      entityId: id,
      details: {
        from: booking.status,
        late,
        reason: input.reason ?? null,
        promoted: promoted.map((p) => p.id),
      },
    });
    return toSeatBookingView(cancelled!);
  });
}
