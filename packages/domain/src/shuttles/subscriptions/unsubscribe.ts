import { schema } from '@solimob/db';
import { and, eq, gt, inArray, ne } from 'drizzle-orm';
import { recordAudit } from '../../audit';
import { assertCan } from '../../authz';
import { type ServiceContext, withTransaction } from '../../context';
import { parseInput, Uuid } from '../../input';
import { assertResidentInScope } from '../../residents/scope';
import { cancelSeatBooking } from '../bookings/cancel';
import { findSubscription, loadSubscriptionViews, type ShuttleSubscriptionView } from './view';

/**
 * Ends a standing booking. The seats it booked on rounds still open for booking are cancelled; seats on
 * rounds past their cut-off stay (the resident cancels those one by one if they will not come).
 */
export async function unsubscribe(
  ctx: ServiceContext,
  subscriptionId: string,
): Promise<ShuttleSubscriptionView> {
  assertCan(ctx.actor, 'shuttles:book');
  parseInput(Uuid, subscriptionId);
  return withTransaction(ctx, async (tx) => {
    const found = await findSubscription(tx.db, tx.actor.territoryId, subscriptionId);
    await assertResidentInScope(tx, found.residentId, { type: 'Subscription', id: subscriptionId });
    if (!found.active) return (await loadSubscriptionViews(tx.db, [found]))[0]!;
    const now = tx.clock.now();
    const [ended] = await tx.db
      .update(schema.shuttleSubscriptions)
      .set({ active: false, endedAt: now, updatedAt: now })
      .where(eq(schema.shuttleSubscriptions.id, found.id))
      .returning();
    const openRounds = tx.db
      .select({ id: schema.shuttleRounds.id })
      .from(schema.shuttleRounds)
      .where(and(eq(schema.shuttleRounds.status, 'open'), gt(schema.shuttleRounds.cutoffAt, now)));
    const bookings = await tx.db
      .select({ id: schema.seatBookings.id })
      .from(schema.seatBookings)
      .where(
        and(
          eq(schema.seatBookings.shuttleSubscriptionId, found.id),
          ne(schema.seatBookings.status, 'cancelled'),
          inArray(schema.seatBookings.shuttleRoundId, openRounds),
        ),
      );
    for (const booking of bookings) await cancelSeatBooking(tx, booking.id, { reason: 'unsubscribed' });
    await recordAudit(tx, {
      action: 'shuttle_subscription.end',
      entityType: 'shuttle_subscription',
      entityId: found.id,
      details: { cancelledBookings: bookings.map((b) => b.id) },
    });
    return (await loadSubscriptionViews(tx.db, [ended!]))[0]!;
  });
}
