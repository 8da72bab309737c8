import { schema } from '@solimob/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { type ServiceContext, withTransaction } from '../context';
import { invalid } from '../errors';
import { parseInput, Uuid } from '../input';
import { assertTransition, type RideRequestStatus } from './transitions';
import { findRideRequest, type RideRequestView, toRideRequestView } from './view';

/**
 * Moves a ride request to another status if the lifecycle allows it (for matching and trip outcome
 * code). `cancelled` and `unmet` need a reason. Cancelling on behalf of a resident should go through
 * cancelRideRequest, which also withdraws offers and tells the resident.
 */
export async function transitionRideRequest(
  ctx: ServiceContext,
  id: string,
  to: RideRequestStatus,
  reason?: string,
): Promise<RideRequestView> {
  assertCan(ctx.actor, 'ride_requests:write');
  parseInput(Uuid, id);
  if ((to === 'cancelled' || to === 'unmet') && !reason) {
    throw invalid([{ field: '/reason', message: `is required to mark a request ${to}` }]);
  }
  return withTransaction(ctx, async (tx) => {
    const current = await findRideRequest(tx.db, tx.actor.territoryId, id, true);
    assertTransition(current.status, to);
    const [request] = await tx.db
      .update(schema.rideRequests)
      .set({ status: to, statusReason: reason ?? null, updatedAt: tx.clock.now() })
      .where(eq(schema.rideRequests.id, id))
      .returning();
    await recordAudit(tx, {
      action: 'ride_request.transition',
      entityType: 'ride_request',
      entityId: id,
      details: { from: current.status, to, ...(reason ? { reason } : {}) },
    });
    return toRideRequestView(request!);
  });
}
