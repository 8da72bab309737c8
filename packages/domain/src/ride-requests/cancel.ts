import { type Mission, type RideRequest, schema } from '@solimob/db';
import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { isSelfService, type ServiceContext, withTransaction } from '../context';
import { parseInput, Uuid } from '../input';
import { notifyResident, notifyVolunteer } from '../messages/notify';
import { type TxContext, withdrawPendingOffers } from '../missions/lifecycle';
import { currentMissionOf, loadMissionTrips, loadRiders } from '../missions/load';
import { missionCancelledSms, passengerCancelledSms } from '../missions/messages';
import { assertResidentInScope } from '../residents/scope';
import { loadTerritory, type TerritoryInfo } from '../territories/load';
import { cancellation } from './acknowledgement';
import { CancelRideRequestInput } from './schemas';
import { assertTransition } from './transitions';
import { findRideRequest, type RideRequestView, toRideRequestView } from './view';

/**
 * Cancels a request that is not final yet (staff, partner or the resident, at any time) and tells the
 * resident. Its legs get the outcome `cancelled`, or `late_cancellation` when it comes closer to the
 * pick-up than `rides.lateCancellationHours` (recorded, never sanctioned). Its mission follows: alone,
 * the mission is cancelled (pending offers withdrawn, the assigned driver told not to come); pooled,
 * the others still travel and the driver is told one passenger fewer. One transaction; the row locks
 * make a concurrent acceptance wait and then see the new state.
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
    await assertResidentInScope(tx, current.residentId, { type: 'Ride request', id });
    assertTransition(current.status, 'cancelled');
    const territory = await loadTerritory(tx.db, territoryId);
    const mission = await currentMissionOf(tx.db, id, true);
    const late = await closeLegs(tx, current, territory);
    const [request] = await tx.db
      .update(schema.rideRequests)
      .set({ status: 'cancelled', statusReason: input.reason, updatedAt: tx.clock.now() })
      .where(eq(schema.rideRequests.id, id))
      .returning();
    if (mission && (mission.status === 'open' || mission.status === 'assigned')) {
      await releaseFromMission(tx, mission, current, input.reason, territory);
    }
    if (!isSelfService(tx)) {
      await notifyResident(tx, current.residentId, cancellation(current, territory.timezone));
    }
    await recordAudit(tx, {
      action: 'ride_request.cancel',
      entityType: 'ride_request',
      entityId: id,
      details: { from: current.status, reason: input.reason, late, missionId: mission?.id ?? null },
    });
    return toRideRequestView(request!);
  });
}

/** Marks the request's planned legs cancelled, late or not; returns whether it was late. */
async function closeLegs(tx: TxContext, request: RideRequest, territory: TerritoryInfo): Promise<boolean> {
  const legs = await tx.db
    .select()
    .from(schema.trips)
    .where(and(eq(schema.trips.rideRequestId, request.id), eq(schema.trips.outcome, 'planned')));
  const pickup = legs.find((l) => l.leg === 'outbound')?.plannedPickupAt ?? request.requestedTime;
  const late =
    pickup.getTime() - tx.clock.now().getTime() < territory.settings.rides.lateCancellationHours * 3_600_000;
  if (legs.length > 0) {
    await tx.db
      .update(schema.trips)
      .set({ outcome: late ? 'late_cancellation' : 'cancelled', updatedAt: tx.clock.now() })
      .where(
        inArray(
          schema.trips.id,
          legs.map((l) => l.id),
        ),
      );
  }
  return late;
}

async function releaseFromMission(
  tx: TxContext,
  mission: Mission,
  request: RideRequest,
  reason: string,
  territory: TerritoryInfo,
): Promise<void> {
  const others = (await loadRiders(tx.db, mission.id)).filter((r) => r.request.id !== request.id);
  const now = tx.clock.now();
  if (others.length === 0) {
    await tx.db
      .update(schema.missions)
      .set({ status: 'cancelled', statusReason: reason, updatedAt: now })
      .where(eq(schema.missions.id, mission.id));
    await withdrawPendingOffers(tx, mission, 'cancelled', territory.timezone);
    if (mission.status === 'assigned' && mission.volunteerDriverId && mission.code) {
      await notifyVolunteer(
        tx,
        mission.volunteerDriverId,
        missionCancelledSms({
          missionId: mission.id,
          volunteerDriverId: mission.volunteerDriverId,
          code: mission.code,
          start: mission.plannedStartAt,
          timeZone: territory.timezone,
        }),
      );
    }
    return;
  }
  // The others still travel: the mission now spans their legs only.
  const legs = await loadMissionTrips(tx.db, mission.id);
  const starts = legs.map((l) => l.plannedPickupAt?.getTime() ?? Number.POSITIVE_INFINITY);
  const ends = legs.map((l) => l.plannedDropoffAt?.getTime() ?? Number.NEGATIVE_INFINITY);
  if (legs.length > 0) {
    await tx.db
      .update(schema.missions)
      .set({
        plannedStartAt: new Date(Math.min(...starts)),
        plannedEndAt: new Date(Math.max(...ends)),
        updatedAt: now,
      })
      .where(eq(schema.missions.id, mission.id));
  }
  if (mission.status === 'assigned' && mission.volunteerDriverId && mission.code) {
    const [resident] = await tx.db
      .select({ firstName: schema.residents.firstName })
      .from(schema.residents)
      .where(eq(schema.residents.id, request.residentId));
    await notifyVolunteer(
      tx,
      mission.volunteerDriverId,
      passengerCancelledSms({
        missionId: mission.id,
        rideRequestId: request.id,
        code: mission.code,
        firstName: resident?.firstName ?? '',
        start: mission.plannedStartAt,
        timeZone: territory.timezone,
      }),
    );
  }
}
