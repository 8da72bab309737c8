import { schema } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
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
import { releaseAckSms } from './messages';
import { DriverMissionRef, missionRef } from './schemas';

export interface WithdrawalResult {
  missionId: string;
  /** Closer to the pick-up than `rides.lateCancellationHours`: recorded, without any sanction. */
  late: boolean;
}

/**
 * A volunteer gives back a mission they accepted ("je ne peux plus"), by SMS or on their page. The
 * mission is offered again at once (the next wave, or unmet if the deadline has passed: staff then get
 * a task); the volunteer is thanked for warning; a late withdrawal is recorded as such in the audit log.
 */
export async function withdrawFromTrip(ctx: ServiceContext, rawInput: unknown): Promise<WithdrawalResult> {
  assertCan(ctx.actor, 'missions:drive');
  const input = parseInput(DriverMissionRef, rawInput);
  assertDrivesFor(ctx.actor, input.volunteerDriverId);
  const ref = missionRef(input);
  return withTransaction(ctx, async (tx) => {
    const territoryId = tx.actor.territoryId;
    const mission = await findDriverMission(tx.db, territoryId, input.volunteerDriverId, ref);
    if (mission.status !== 'assigned') {
      throw new ServiceError('conflict', `The mission is ${mission.status}: nothing to give back`, {
        residentMessage: "Ce trajet n'est plus à votre nom : rien à annuler.",
      });
    }
    const now = tx.clock.now();
    const territory = await loadTerritory(tx.db, territoryId);
    const late =
      mission.plannedStartAt.getTime() - now.getTime() <
      territory.settings.rides.lateCancellationHours * 3_600_000;
    await tx.db
      .update(schema.offers)
      .set({ status: 'released', respondedAt: now })
      .where(
        and(
          eq(schema.offers.missionId, mission.id),
          eq(schema.offers.volunteerDriverId, input.volunteerDriverId),
          eq(schema.offers.status, 'accepted'),
        ),
      );
    await tx.db
      .update(schema.missions)
      .set({ status: 'open', volunteerDriverId: null, code: null, updatedAt: now })
      .where(eq(schema.missions.id, mission.id));
    await tx.db
      .update(schema.trips)
      .set({ volunteerDriverId: null, updatedAt: now })
      .where(and(eq(schema.trips.missionId, mission.id), eq(schema.trips.outcome, 'planned')));
    const riders = await loadRiders(tx.db, mission.id);
    await setRequestStatuses(
      tx,
      riders.map((r) => r.request.id),
      'matching',
    );
    // The next wave now (or unmet past the deadline), from the worker which has the road distances.
    await enqueueJob(
      tx.db,
      'expire-offer-wave',
      { missionId: mission.id, wave: mission.wave },
      { territoryId },
    );
    await notifyVolunteer(
      tx,
      input.volunteerDriverId,
      releaseAckSms({
        missionId: mission.id,
        volunteerDriverId: input.volunteerDriverId,
        code: mission.code ?? '',
      }),
    );
    await recordAudit(tx, {
      action: 'mission.release',
      entityType: 'mission',
      entityId: mission.id,
      details: { volunteerDriverId: input.volunteerDriverId, late },
    });
    return { missionId: mission.id, late };
  });
}
