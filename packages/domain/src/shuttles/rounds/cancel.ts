import { schema } from '@solimob/db';
import { and, eq, ne } from 'drizzle-orm';
import { recordAudit } from '../../audit';
import { assertCan } from '../../authz';
import { type ServiceContext, withTransaction } from '../../context';
import { ServiceError } from '../../errors';
import { parseInput, Uuid } from '../../input';
import { notifyResident } from '../../messages/notify';
import { loadTerritory } from '../../territories/load';
import { lockRound } from '../common';
import { roundCancelled } from '../messages';
import { CancelRoundInput } from './schemas';
import { loadRoundView, type ShuttleRoundView } from './view';

/** Cancels a round that has not run: every seat and waitlist place on it is cancelled and its resident told. */
export async function cancelRound(
  ctx: ServiceContext,
  id: string,
  rawInput: unknown,
): Promise<ShuttleRoundView> {
  assertCan(ctx.actor, 'shuttles:write');
  parseInput(Uuid, id);
  const input = parseInput(CancelRoundInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const territory = await loadTerritory(tx.db, tx.actor.territoryId);
    const round = await lockRound(tx.db, territory.id, id);
    if (round.status === 'cancelled' || round.status === 'completed') {
      throw new ServiceError('conflict', `The round is already ${round.status}`);
    }
    const now = tx.clock.now();
    const bookings = await tx.db
      .update(schema.seatBookings)
      .set({ status: 'cancelled', cancelledAt: now, waitlistRank: null, updatedAt: now })
      .where(and(eq(schema.seatBookings.shuttleRoundId, id), ne(schema.seatBookings.status, 'cancelled')))
      .returning();
    const [cancelled] = await tx.db
      .update(schema.shuttleRounds)
      .set({
        status: 'cancelled',
        statusReason: input.reason,
        seatsTaken: 0,
        wheelchairsTaken: 0,
        waitlisted: 0,
        updatedAt: now,
      })
      .where(eq(schema.shuttleRounds.id, id))
      .returning();
    for (const booking of bookings) {
      await notifyResident(tx, booking.residentId, roundCancelled(booking, round, territory.timezone));
    }
    await recordAudit(tx, {
      action: 'shuttle_round.cancel',
      entityType: 'shuttle_round',
      entityId: id,
      details: { reason: input.reason, cancelledBookings: bookings.length },
    });
    return loadRoundView(tx.db, cancelled!);
  });
}
