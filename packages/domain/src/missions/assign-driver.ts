import { type Mission, schema } from '@solimob/db';
import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { type ServiceContext, withTransaction } from '../context';
import { invalid, ServiceError } from '../errors';
import { parseInput, Uuid } from '../input';
import { notifyVolunteer } from '../messages/notify';
import { drawCodes } from '../offers/codes';
import { assignTrips, isBusy } from '../offers/respond';
import { findRideRequest } from '../ride-requests/view';
import { loadTerritory, type TerritoryInfo } from '../territories/load';
import { findVolunteer } from '../volunteers/view';
import { announceAssignment, setRequestStatuses, type TxContext, withdrawPendingOffers } from './lifecycle';
import { currentMissionOf, loadRiders } from './load';
import { missionReassignedSms } from './messages';
import { AssignDriverInput } from './schemas';
import { type MissionView, missionView } from './view';

/**
 * Staff choose the driver themselves, whatever the ranking said: for a mission still looking for one,
 * one already assigned (the previous driver is told it went to someone else), or one that went unmet
 * (a driver found by phone). Pending offers are withdrawn. The volunteer must be active and free at
 * that time; the same messages as an accepted offer follow.
 */
export async function assignDriver(
  ctx: ServiceContext,
  rideRequestId: string,
  rawInput: unknown,
): Promise<MissionView> {
  assertCan(ctx.actor, 'missions:manage');
  parseInput(Uuid, rideRequestId);
  const input = parseInput(AssignDriverInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const territoryId = tx.actor.territoryId;
    await findRideRequest(tx.db, territoryId, rideRequestId, true);
    const mission = await currentMissionOf(tx.db, rideRequestId, true);
    if (!mission || !['open', 'assigned', 'unmet'].includes(mission.status)) {
      throw new ServiceError(
        'conflict',
        mission
          ? `The request's mission is ${mission.status}: no driver can be assigned`
          : 'The request has not been matched yet: try again in a minute',
      );
    }
    if (mission.status === 'assigned' && mission.volunteerDriverId === input.volunteerDriverId) {
      return missionView(tx.db, mission.id);
    }
    const volunteer = await findVolunteer(tx.db, territoryId, input.volunteerDriverId, true).catch(() => {
      throw invalid([{ field: '/volunteerDriverId', message: 'unknown volunteer for this territory' }]);
    });
    if (!volunteer.active)
      throw invalid([{ field: '/volunteerDriverId', message: 'volunteer is not active' }]);
    const territory = await loadTerritory(tx.db, territoryId);
    if (await isBusy(tx.db, volunteer.id, mission, territory.settings.rides.busyMarginMinutes)) {
      throw new ServiceError('conflict', 'The volunteer drives another mission at that time');
    }
    await dismissPreviousDriver(tx, mission, territory);
    await withdrawPendingOffers(tx, mission, 'taken', territory.timezone, volunteer.id);
    if (mission.status === 'unmet') await reviveUnmetRequests(tx, mission);
    const [code] = await drawCodes(tx.db, territoryId, 1);
    await recordStaffOffer(tx, mission, volunteer.id, code!);
    await tx.db
      .update(schema.missions)
      .set({
        status: 'assigned',
        volunteerDriverId: volunteer.id,
        code: code!,
        statusReason: null,
        updatedAt: tx.clock.now(),
      })
      .where(eq(schema.missions.id, mission.id));
    await assignTrips(tx, mission.id, volunteer.id);
    await announceAssignment(tx, mission, volunteer, code!, territory);
    await recordAudit(tx, {
      action: 'mission.assign_by_staff',
      entityType: 'mission',
      entityId: mission.id,
      details: { volunteerDriverId: volunteer.id, previous: mission.volunteerDriverId, from: mission.status },
    });
    return missionView(tx.db, mission.id);
  });
}

async function dismissPreviousDriver(
  tx: TxContext,
  mission: Mission,
  territory: TerritoryInfo,
): Promise<void> {
  if (mission.status !== 'assigned' || !mission.volunteerDriverId || !mission.code) return;
  await tx.db
    .update(schema.offers)
    .set({ status: 'withdrawn', respondedAt: tx.clock.now() })
    .where(
      and(
        eq(schema.offers.missionId, mission.id),
        eq(schema.offers.volunteerDriverId, mission.volunteerDriverId),
        eq(schema.offers.status, 'accepted'),
      ),
    );
  await notifyVolunteer(
    tx,
    mission.volunteerDriverId,
    missionReassignedSms({
      missionId: mission.id,
      volunteerDriverId: mission.volunteerDriverId,
      code: mission.code,
      start: mission.plannedStartAt,
      timeZone: territory.timezone,
    }),
  );
}

/** Requests that went unmet with this mission are driven after all: their legs are planned again. */
async function reviveUnmetRequests(tx: TxContext, mission: Mission): Promise<void> {
  const riders = (await loadRiders(tx.db, mission.id, { all: true })).filter(
    (r) => r.request.status === 'unmet',
  );
  const ids = riders.map((r) => r.request.id);
  if (ids.length === 0) return;
  await setRequestStatuses(tx, ids, 'matched');
  await tx.db
    .update(schema.trips)
    .set({ outcome: 'planned', unmetReason: null, updatedAt: tx.clock.now() })
    .where(and(eq(schema.trips.missionId, mission.id), inArray(schema.trips.rideRequestId, ids)));
}

/** The staff choice is kept as an accepted offer without a score, so the history shows who decided. */
async function recordStaffOffer(tx: TxContext, mission: Mission, volunteerDriverId: string, code: string) {
  const now = tx.clock.now();
  const values = {
    status: 'accepted' as const,
    code,
    score: null,
    scoreParts: null,
    sentAt: now,
    respondedAt: now,
    expiresAt: new Date(Math.max(mission.matchDeadline.getTime(), now.getTime() + 60_000)),
  };
  await tx.db
    .insert(schema.offers)
    .values({
      territoryId: mission.territoryId,
      missionId: mission.id,
      volunteerDriverId,
      wave: Math.max(mission.wave, 1),
      ...values,
    })
    .onConflictDoUpdate({ target: [schema.offers.missionId, schema.offers.volunteerDriverId], set: values });
}
