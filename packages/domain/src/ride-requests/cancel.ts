import { schema } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit';
import { assertActsFor, assertCan } from '../authz';
import { isSelfService, type ServiceContext, withTransaction } from '../context';
import { parseInput, Uuid } from '../input';
import { notifyResident } from '../messages/notify';
import { loadTerritory } from '../territories/load';
import { cancellation } from './acknowledgement';
import { CancelRideRequestInput } from './schemas';
import { assertTransition } from './transitions';
import { findRideRequest, type RideRequestView, toRideRequestView } from './view';

/**
 * Cancels a request that is not final yet, withdraws its pending offers and tells the resident, all in
 * one transaction. The row lock makes a concurrent match or cancel wait and then see the new status.
 */
export async function cancelRideRequest(
  ctx: ServiceContext,
  id: string,
  rawInput: unknown,
): Promise<RideRequestView> {
  assertCan(ctx.actor, 'ride_requests:write');
  parseInput(Uuid, id);
  const input = parseInput(CancelRideRequestInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const territoryId = tx.actor.territoryId;
    const current = await findRideRequest(tx.db, territoryId, id, true);
    assertActsFor(tx.actor, current.residentId);
    assertTransition(current.status, 'cancelled');
    const now = tx.clock.now();
    const [request] = await tx.db
      .update(schema.rideRequests)
      .set({ status: 'cancelled', statusReason: input.reason, updatedAt: now })
      .where(eq(schema.rideRequests.id, id))
      .returning();
    await tx.db
      .update(schema.offers)
      .set({ status: 'withdrawn', respondedAt: now })
      .where(and(eq(schema.offers.rideRequestId, id), eq(schema.offers.status, 'pending')));

    const territory = await loadTerritory(tx.db, territoryId);
    if (!isSelfService(tx)) {
      await notifyResident(tx, current.residentId, cancellation(current, territory.timezone));
    }
    await recordAudit(tx, {
      action: 'ride_request.cancel',
      entityType: 'ride_request',
      entityId: id,
      details: { from: current.status, reason: input.reason },
    });
    return toRideRequestView(request!);
  });
}
