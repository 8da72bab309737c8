import { schema } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit';
import { assertCan, assertDrivesFor } from '../authz';
import { type ServiceContext, withTransaction } from '../context';
import { notFound, ServiceError } from '../errors';
import { parseInput } from '../input';
import { findRideRequest } from '../ride-requests/view';
import { setRequestStatuses } from './lifecycle';
import { currentMissionOf } from './load';
import { RecordNoShowInput } from './schemas';

/**
 * The resident was not there at pick-up: the request is cancelled with the reason `no_show` and its
 * legs get the `no_show` outcome. Recorded only, never sanctioned. The driver still closes the mission
 * to be paid the kilometres (the approach counts; the no-show's drop-offs do not).
 */
export async function recordNoShow(
  ctx: ServiceContext,
  rawInput: unknown,
): Promise<{ rideRequestId: string }> {
  const input = parseInput(RecordNoShowInput, rawInput);
  if (input.volunteerDriverId) {
    assertCan(ctx.actor, 'missions:drive');
    assertDrivesFor(ctx.actor, input.volunteerDriverId);
  } else {
    assertCan(ctx.actor, 'missions:manage');
  }
  return withTransaction(ctx, async (tx) => {
    const territoryId = tx.actor.territoryId;
    const request = await findRideRequest(tx.db, territoryId, input.rideRequestId, true);
    const mission = await currentMissionOf(tx.db, request.id, true);
    const driver = input.volunteerDriverId;
    // A volunteer's link reaches only the trips they drive: someone else's is not found, as elsewhere.
    if (driver && mission?.volunteerDriverId !== driver) throw notFound('Ride request', input.rideRequestId);
    if (
      !mission ||
      !['assigned', 'completed'].includes(mission.status) ||
      (driver && mission.volunteerDriverId !== driver)
    ) {
      throw new ServiceError('conflict', 'No driven mission for this request', {
        residentMessage: "Ce trajet n'est pas à votre nom.",
      });
    }
    if (request.status !== 'matched') {
      throw new ServiceError('conflict', `The request is ${request.status}: a no-show cannot be recorded`);
    }
    await setRequestStatuses(tx, [request.id], 'cancelled', 'no_show');
    await tx.db
      .update(schema.trips)
      .set({ outcome: 'no_show', updatedAt: tx.clock.now() })
      .where(and(eq(schema.trips.rideRequestId, request.id), eq(schema.trips.missionId, mission.id)));
    await recordAudit(tx, {
      action: 'ride_request.no_show',
      entityType: 'ride_request',
      entityId: request.id,
      details: { missionId: mission.id, reportedBy: tx.actor.kind },
    });
    return { rideRequestId: request.id };
  });
}
