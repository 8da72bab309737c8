import { schema } from '@solimob/db';
import { and, eq, ne, or } from 'drizzle-orm';
import { recordAudit } from '../../audit';
import { assertCan } from '../../authz';
import { type ServiceContext, withTransaction } from '../../context';
import { ServiceError } from '../../errors';
import { parseInput, Uuid } from '../../input';
import { assertResidentInScope } from '../../residents/scope';
import { cancelSeatBooking } from '../bookings/cancel';
import { SkipDateInput } from './schemas';
import { findSubscription, loadSubscriptionViews, type ShuttleSubscriptionView } from './view';

/**
 * A regular will not travel on one date: no seat is booked for them then, and a seat already booked
 * for that round by the subscription is cancelled (a late cancellation after the cut-off).
 */
export async function skipDate(
  ctx: ServiceContext,
  subscriptionId: string,
  rawInput: unknown,
): Promise<ShuttleSubscriptionView> {
  assertCan(ctx.actor, 'shuttles:book');
  parseInput(Uuid, subscriptionId);
  const { date } = parseInput(SkipDateInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const subscription = await findSubscription(tx.db, tx.actor.territoryId, subscriptionId);
    await assertResidentInScope(tx, subscription.residentId, { type: 'Subscription', id: subscriptionId });
    if (!subscription.active) throw new ServiceError('conflict', 'The subscription has ended');
    const [round] = await tx.db
      .select()
      .from(schema.shuttleRounds)
      .where(
        and(
          eq(schema.shuttleRounds.shuttleLineId, subscription.shuttleLineId),
          or(eq(schema.shuttleRounds.nominalDate, date), eq(schema.shuttleRounds.serviceDate, date)),
        ),
      );
    const nominalDate = round?.nominalDate ?? date;
    await tx.db
      .insert(schema.shuttleSubscriptionSkips)
      .values({ shuttleSubscriptionId: subscription.id, nominalDate, createdAt: tx.clock.now() })
      .onConflictDoNothing();
    if (round) {
      const [booking] = await tx.db
        .select()
        .from(schema.seatBookings)
        .where(
          and(
            eq(schema.seatBookings.shuttleRoundId, round.id),
            eq(schema.seatBookings.shuttleSubscriptionId, subscription.id),
            ne(schema.seatBookings.status, 'cancelled'),
          ),
        );
      if (booking) await cancelSeatBooking(tx, booking.id, { reason: 'subscription_skip' });
    }
    await recordAudit(tx, {
      action: 'shuttle_subscription.skip',
      entityType: 'shuttle_subscription',
      entityId: subscription.id,
      details: { nominalDate },
    });
    const [view] = await loadSubscriptionViews(tx.db, [subscription]);
    return view!;
  });
}
