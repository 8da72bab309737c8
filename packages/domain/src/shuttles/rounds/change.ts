import { isUniqueViolation, schema } from '@solimob/db';
import { and, eq, ne } from 'drizzle-orm';
import { recordAudit } from '../../audit';
import { assertCan } from '../../authz';
import { type ServiceContext, withTransaction } from '../../context';
import { invalid, ServiceError } from '../../errors';
import { parseInput, Uuid } from '../../input';
import { notifyResident } from '../../messages/notify';
import { enqueueJob } from '../../outbox';
import { loadTerritory } from '../../territories/load';
import { cutoffFor, findLine, hhmm, lockRound, roundInstants } from '../common';
import { roundChanged } from '../messages';
import { clearPlan } from '../planning/store';
import { ChangeRoundInput } from './schemas';
import { loadRoundView, type ShuttleRoundView } from './view';

/**
 * Moves a round to another date or changes its times. Any plan and announced pick-up time is void: the
 * round is planned again at its (new) cut-off, at once when that has passed, and everyone booked on it
 * (waitlist included) is told of the change now and of their pick-up time the day before.
 */
export async function changeRound(
  ctx: ServiceContext,
  id: string,
  rawInput: unknown,
): Promise<ShuttleRoundView> {
  assertCan(ctx.actor, 'shuttles:write');
  parseInput(Uuid, id);
  const input = parseInput(ChangeRoundInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const territory = await loadTerritory(tx.db, tx.actor.territoryId);
    const round = await lockRound(tx.db, territory.id, id);
    if (!['open', 'closed', 'planned'].includes(round.status)) {
      throw new ServiceError('conflict', `A ${round.status} round cannot be changed`);
    }
    const line = await findLine(tx.db, territory.id, round.shuttleLineId);
    const serviceDate = input.serviceDate ?? round.serviceDate;
    const arrivalTime = input.arrivalTime ?? hhmm(round.arrivalTime);
    const departureTime = input.departureTime ?? hhmm(round.departureTime);
    if (arrivalTime >= departureTime) {
      throw invalid([{ field: '/departureTime', message: 'must be after the arrival time' }]);
    }
    const now = tx.clock.now();
    const cutoffAt = cutoffFor(serviceDate, arrivalTime, line, territory.timezone);
    const reopened = cutoffAt.getTime() > now.getTime();
    await clearPlan(tx.db, round.id);
    let changed: typeof round | undefined;
    try {
      [changed] = await tx.db
        .update(schema.shuttleRounds)
        .set({
          serviceDate,
          arrivalTime,
          departureTime,
          cutoffAt,
          status: reopened ? 'open' : 'closed',
          statusReason: input.reason,
          plannedAt: null,
          remindersSentAt: null,
          updatedAt: now,
        })
        .where(eq(schema.shuttleRounds.id, id))
        .returning();
    } catch (error) {
      if (isUniqueViolation(error, 'shuttle_rounds_line_date_uq')) {
        throw new ServiceError('conflict', 'The line already has a round on that date');
      }
      throw error;
    }
    if (!reopened) {
      await enqueueJob(tx.db, 'plan-shuttle-round', { shuttleRoundId: id }, { territoryId: territory.id });
    }
    const bookings = await tx.db
      .select()
      .from(schema.seatBookings)
      .where(and(eq(schema.seatBookings.shuttleRoundId, id), ne(schema.seatBookings.status, 'cancelled')));
    const { arrival } = roundInstants(changed!, territory.timezone);
    const version = now.toISOString();
    for (const booking of bookings) {
      await notifyResident(
        tx,
        booking.residentId,
        roundChanged(booking, { ...changed!, arrivalAt: arrival }, version, territory.timezone),
      );
    }
    await recordAudit(tx, {
      action: 'shuttle_round.change',
      entityType: 'shuttle_round',
      entityId: id,
      details: { changed: Object.keys(input).filter((k) => k !== 'reason'), reason: input.reason },
    });
    return loadRoundView(tx.db, changed!);
  });
}
