import { type DbOrTx, type Mission, type RideRequest, schema } from '@solimob/db';
import { and, asc, eq, gte, inArray, lte, max, sql } from 'drizzle-orm';
import { recordAudit } from '../audit';
import { withTransaction } from '../context';
import { notFound } from '../errors';
import {
  matchDeadline,
  type RideWorkerDeps,
  saveMissionPlan,
  setRequestStatuses,
  systemContext,
  type TxContext,
  withdrawPendingOffers,
} from '../missions/lifecycle';
import { loadRiders, planningRequest, type Rider } from '../missions/load';
import { sendOfferWave, type WaveOutcome } from '../offers/send-wave';
import { findRideRequest } from '../ride-requests/view';
import { openStaffTask } from '../tasks/create';
import { loadTerritory, type TerritoryInfo } from '../territories/load';
import { frenchDayTime } from '../time';
import { type MissionPlan, planPooled, planSolo, requestPoints, travelTable } from './plan';

export type MatchOutcome =
  | { kind: 'skipped'; reason: string }
  | { kind: 'unroutable' }
  | { kind: 'matched'; missionId: string; pooledWith: string | null; wave: WaveOutcome };

interface PoolChoice {
  mission: Mission;
  riders: Rider[];
  plan: MissionPlan;
}

/**
 * Matching of a new ride request (the `matching` queue), in named phases:
 *   load → plan alone → pool (join an open mission going the same way at about the same time, if
 *   the optimiser's insertion fits it and it saves kilometres) → create or replace the mission →
 *   first wave of offers (candidates → road distances → rank → offer).
 * One territory's matching runs one at a time (advisory lock), so two requests cannot both pool into
 * the same mission. Idempotent: a request already in a mission, or no longer waiting, is skipped.
 */
export async function matchRideRequest(deps: RideWorkerDeps, rideRequestId: string): Promise<MatchOutcome> {
  const [located] = await deps.db
    .select({ territoryId: schema.rideRequests.territoryId })
    .from(schema.rideRequests)
    .where(eq(schema.rideRequests.id, rideRequestId));
  if (!located) throw notFound('Ride request', rideRequestId);
  const territoryId = located.territoryId;

  return withTransaction(systemContext(deps, territoryId), async (tx) => {
    await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`solimob:matching:${territoryId}`}))`);
    const request = await findRideRequest(tx.db, territoryId, rideRequestId, true);
    if (request.status !== 'received' && request.status !== 'matching') {
      return { kind: 'skipped', reason: `request is ${request.status}` };
    }
    if (await hasActiveMission(tx.db, request.id)) return { kind: 'skipped', reason: 'already in a mission' };
    const territory = await loadTerritory(tx.db, territoryId);

    const solo = planSolo(
      planningRequest(request),
      await travelTable(deps.routing, requestPoints([planningRequest(request)])),
    );
    if (!solo) {
      await markUnroutable(tx, request, territory);
      return { kind: 'unroutable' };
    }
    const pool = await findPool(tx, deps, request, solo, territory);
    const mission = pool
      ? await replaceWithPooledMission(tx, pool, request, territory)
      : await createMission(tx, [request.id], solo, territory);
    const wave = await sendOfferWave(tx, deps, mission.id);
    await recordAudit(tx, {
      action: 'ride_request.match',
      entityType: 'ride_request',
      entityId: request.id,
      details: { missionId: mission.id, pooledWith: pool?.mission.id ?? null, wave: wave.kind },
    });
    return { kind: 'matched', missionId: mission.id, pooledWith: pool?.mission.id ?? null, wave };
  });
}

async function hasActiveMission(db: DbOrTx, rideRequestId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: schema.missions.id })
    .from(schema.missionRequests)
    .innerJoin(schema.missions, eq(schema.missions.id, schema.missionRequests.missionId))
    .where(
      and(
        eq(schema.missionRequests.rideRequestId, rideRequestId),
        inArray(schema.missions.status, ['open', 'assigned']),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Seats of the largest active volunteer's car: no pooled mission may need more. */
async function largestVehicle(db: DbOrTx, territoryId: string): Promise<number> {
  const [row] = await db
    .select({ seats: max(schema.volunteerDrivers.seats) })
    .from(schema.volunteerDrivers)
    .where(
      and(eq(schema.volunteerDrivers.territoryId, territoryId), eq(schema.volunteerDrivers.active, true)),
    );
  return row?.seats ?? 0;
}

/**
 * The open mission (no driver yet) this request can join: first pick-ups within the pooling window,
 * room for everyone (seats, one wheelchair), every leg inserted by the optimiser within its time
 * window and ride-time limit, and fewer kilometres than two separate missions. Closest in time first.
 */
async function findPool(
  tx: TxContext,
  deps: Pick<RideWorkerDeps, 'routing'>,
  request: RideRequest,
  solo: MissionPlan,
  territory: TerritoryInfo,
): Promise<PoolChoice | null> {
  const rides = territory.settings.rides;
  if (rides.poolingWindowMinutes === 0) return null;
  const windowMs = rides.poolingWindowMinutes * 60_000;
  const m = schema.missions;
  const open = await tx.db
    .select()
    .from(m)
    .where(
      and(
        eq(m.territoryId, territory.id),
        eq(m.status, 'open'),
        gte(m.plannedStartAt, new Date(solo.start.getTime() - windowMs)),
        lte(m.plannedStartAt, new Date(solo.start.getTime() + windowMs)),
      ),
    )
    .orderBy(
      sql`abs(extract(epoch from ${m.plannedStartAt} - ${solo.start.toISOString()}::timestamptz))`,
      asc(m.id),
    )
    .for('update');
  if (open.length === 0) return null;
  const seats = await largestVehicle(tx.db, territory.id);
  const newcomer = planningRequest(request);
  for (const mission of open) {
    const riders = await loadRiders(tx.db, mission.id);
    if (riders.length === 0) continue;
    const requests = [...riders.map((r) => planningRequest(r.request)), newcomer];
    if (requests.reduce((sum, r) => sum + r.passengers, 0) > seats) continue;
    if (requests.filter((r) => r.wheelchair).length > 1) continue;
    const table = await travelTable(deps.routing, requestPoints(requests));
    const plan = planPooled(requests, table, { maxDetourPercent: rides.poolingMaxDetourPercent, seats });
    if (plan && plan.distanceMeters < mission.plannedDistanceMeters + solo.distanceMeters) {
      return { mission, riders, plan };
    }
  }
  return null;
}

async function createMission(
  tx: TxContext,
  rideRequestIds: string[],
  plan: MissionPlan,
  territory: TerritoryInfo,
): Promise<Mission> {
  const now = tx.clock.now();
  const [mission] = await tx.db
    .insert(schema.missions)
    .values({
      territoryId: territory.id,
      status: 'open',
      matchDeadline: matchDeadline(plan.start, now, territory.settings.rides),
      plannedStartAt: plan.start,
      plannedEndAt: plan.end,
      plannedDistanceMeters: plan.distanceMeters,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!mission) throw new Error('mission insert returned no row');
  await tx.db
    .insert(schema.missionRequests)
    .values(rideRequestIds.map((rideRequestId) => ({ missionId: mission.id, rideRequestId })));
  await saveMissionPlan(tx, mission, plan);
  await setRequestStatuses(tx, rideRequestIds, 'matching');
  return mission;
}

/**
 * Pooling replaces the open mission by a larger one: its pending offers are withdrawn (the volunteers
 * are told the trip changed), its legs move to the new mission, which is offered afresh.
 */
async function replaceWithPooledMission(
  tx: TxContext,
  pool: PoolChoice,
  request: RideRequest,
  territory: TerritoryInfo,
): Promise<Mission> {
  const ids = [...pool.riders.map((r) => r.request.id), request.id];
  const pooled = await createMission(tx, ids, pool.plan, territory);
  await tx.db
    .update(schema.missions)
    .set({ status: 'superseded', supersededById: pooled.id, updatedAt: tx.clock.now() })
    .where(eq(schema.missions.id, pool.mission.id));
  await withdrawPendingOffers(tx, pool.mission, 'changed', territory.timezone);
  await recordAudit(tx, {
    action: 'mission.pooled',
    entityType: 'mission',
    entityId: pooled.id,
    details: { replaces: pool.mission.id, rideRequestIds: ids },
  });
  return pooled;
}

/** No road connects the request's points (a badly placed address): staff must look at it. */
async function markUnroutable(tx: TxContext, request: RideRequest, territory: TerritoryInfo): Promise<void> {
  await setRequestStatuses(tx, [request.id], 'unmet', 'no_road_route');
  await openStaffTask(tx, {
    territoryId: territory.id,
    kind: 'unmet_request',
    summary: `Trajet du ${frenchDayTime(request.requestedTime, territory.timezone)} impossible à calculer (adresse mal placée ?) : vérifier le départ et l'arrivée.`,
    idempotencyKey: `unroutable-${request.id}`,
    residentId: request.residentId,
    linkedEntity: { type: 'ride_request', id: request.id },
    dueAt: request.requestedTime,
  });
}
