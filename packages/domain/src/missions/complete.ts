import { schema } from '@solimob/db';
import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit';
import { assertCan, assertDrivesFor } from '../authz';
import { type ServiceContext, withTransaction } from '../context';
import { ServiceError } from '../errors';
import { parseInput } from '../input';
import { notifyVolunteer } from '../messages/notify';
import { enqueueJob } from '../outbox';
import { loadTerritory } from '../territories/load';
import { setRequestStatuses } from './lifecycle';
import { findDriverMission, loadRiders } from './load';
import { completionAckSms } from './messages';
import { DriverMissionRef, missionRef } from './schemas';
import { type MissionView, missionView } from './view';

/**
 * The driver closes a mission: "FAIT 4821" by SMS, the button on their page, or staff on their behalf.
 * Its legs and requests are completed, the territory's mileage rate of the day is kept with it, and the
 * distance actually driven (home → every stop → home) is measured by the routing provider in the
 * worker (`record-mission-distance`). Closing twice changes nothing.
 */
export async function completeTrip(ctx: ServiceContext, rawInput: unknown): Promise<MissionView> {
  assertCan(ctx.actor, ctx.actor.kind === 'staff' ? 'missions:manage' : 'missions:drive');
  const input = parseInput(DriverMissionRef, rawInput);
  assertDrivesFor(ctx.actor, input.volunteerDriverId);
  const ref = missionRef(input);
  return withTransaction(ctx, async (tx) => {
    const territoryId = tx.actor.territoryId;
    const mission = await findDriverMission(tx.db, territoryId, input.volunteerDriverId, ref);
    if (mission.status === 'completed') return missionView(tx.db, mission.id);
    if (mission.status !== 'assigned') {
      throw new ServiceError('conflict', `The mission is ${mission.status}: it cannot be closed`, {
        residentMessage: "Ce trajet n'est plus à votre nom.",
      });
    }
    const now = tx.clock.now();
    if (now.getTime() < mission.plannedStartAt.getTime()) {
      throw new ServiceError('conflict', 'The mission has not started yet', {
        residentMessage: "Ce trajet n'a pas encore commencé : répondez FAIT une fois la course terminée.",
      });
    }
    const territory = await loadTerritory(tx.db, territoryId);
    await tx.db
      .update(schema.missions)
      .set({
        status: 'completed',
        completedAt: now,
        mileageRateEurPerKm: territory.mileageRateEurPerKm,
        updatedAt: now,
      })
      .where(eq(schema.missions.id, mission.id));
    const riders = await loadRiders(tx.db, mission.id);
    const ids = riders.map((r) => r.request.id);
    if (ids.length > 0) {
      await tx.db
        .update(schema.trips)
        .set({ outcome: 'completed', updatedAt: now })
        .where(
          and(
            eq(schema.trips.missionId, mission.id),
            eq(schema.trips.outcome, 'planned'),
            inArray(schema.trips.rideRequestId, ids),
          ),
        );
    }
    await setRequestStatuses(tx, ids, 'completed');
    await enqueueJob(tx.db, 'record-mission-distance', { missionId: mission.id }, { territoryId });
    await notifyVolunteer(
      tx,
      input.volunteerDriverId,
      completionAckSms({ missionId: mission.id, code: mission.code ?? '' }),
    );
    await recordAudit(tx, {
      action: 'mission.complete',
      entityType: 'mission',
      entityId: mission.id,
      details: { volunteerDriverId: input.volunteerDriverId, by: tx.actor.kind },
    });
    return missionView(tx.db, mission.id);
  });
}
