import { type DbOrTx, type Mission, schema, type Trip } from '@solimob/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { assertCan } from '../authz';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { parseInput, Uuid } from '../input';
import { assertResidentInScope } from '../residents/scope';
import { findRideRequest } from '../ride-requests/view';
import { currentMissionOf, findMission } from './load';
import { missionsInScope } from './scope';

export interface MissionView {
  id: string;
  status: Mission['status'];
  statusReason: string | null;
  driver: { id: string; firstName: string; lastName: string } | null;
  /** The code the driver uses ("FAIT 4821"), while assigned and after. */
  code: string | null;
  wave: number;
  matchDeadline: Date;
  plannedStartAt: Date;
  plannedEndAt: Date;
  plannedDistanceMeters: number;
  drivenDistanceMeters: number | null;
  mileageRateEurPerKm: number | null;
  completedAt: Date | null;
  supersededById: string | null;
  rideRequestIds: string[];
  legs: {
    rideRequestId: string;
    leg: Trip['leg'];
    plannedPickupAt: Date | null;
    plannedDropoffAt: Date | null;
    outcome: Trip['outcome'];
  }[];
}

export async function missionView(db: DbOrTx, missionId: string): Promise<MissionView> {
  const [view] = await missionViews(db, [missionId]);
  if (!view) throw new Error(`mission ${missionId} vanished`);
  return view;
}

/** Views of several missions in three statements whatever their number (a list page), in `ids` order. */
export async function missionViews(db: DbOrTx, ids: readonly string[]): Promise<MissionView[]> {
  if (ids.length === 0) return [];
  const [rows, requests, legs] = await Promise.all([
    db
      .select({ mission: schema.missions, driver: schema.volunteerDrivers })
      .from(schema.missions)
      .leftJoin(schema.volunteerDrivers, eq(schema.volunteerDrivers.id, schema.missions.volunteerDriverId))
      .where(inArray(schema.missions.id, [...ids])),
    db
      .select({ missionId: schema.missionRequests.missionId, id: schema.missionRequests.rideRequestId })
      .from(schema.missionRequests)
      .where(inArray(schema.missionRequests.missionId, [...ids]))
      .orderBy(asc(schema.missionRequests.rideRequestId)),
    db
      .select()
      .from(schema.trips)
      .where(inArray(schema.trips.missionId, [...ids]))
      .orderBy(asc(schema.trips.plannedPickupAt), asc(schema.trips.leg)),
  ]);
  const byId = new Map(rows.map((row) => [row.mission.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const m = row.mission;
    return [
      {
        id: m.id,
        status: m.status,
        statusReason: m.statusReason,
        driver: row.driver
          ? { id: row.driver.id, firstName: row.driver.firstName, lastName: row.driver.lastName }
          : null,
        code: m.code,
        wave: m.wave,
        matchDeadline: m.matchDeadline,
        plannedStartAt: m.plannedStartAt,
        plannedEndAt: m.plannedEndAt,
        plannedDistanceMeters: m.plannedDistanceMeters,
        drivenDistanceMeters: m.drivenDistanceMeters,
        mileageRateEurPerKm: m.mileageRateEurPerKm,
        completedAt: m.completedAt,
        supersededById: m.supersededById,
        rideRequestIds: requests.filter((r) => r.missionId === id).map((r) => r.id),
        legs: legs
          .filter((t) => t.missionId === id)
          .map((t) => ({
            rideRequestId: t.rideRequestId,
            leg: t.leg,
            plannedPickupAt: t.plannedPickupAt,
            plannedDropoffAt: t.plannedDropoffAt,
            outcome: t.outcome,
          })),
      },
    ];
  });
}

/** One mission of the territory, for staff. */
export async function getMission(ctx: ServiceContext, id: string): Promise<MissionView> {
  assertCan(ctx.actor, 'ride_requests:read');
  parseInput(Uuid, id);
  await findMission(ctx.db, ctx.actor.territoryId, id);
  const [visible] = await ctx.db
    .select({ id: schema.missions.id })
    .from(schema.missions)
    .where(and(eq(schema.missions.id, id), missionsInScope(ctx, schema.missions.id)));
  if (!visible) throw notFound('Mission', id);
  return missionView(ctx.db, id);
}

/** The mission that serves (or last served) a ride request, for staff; 404 before matching ran. */
export async function getRideRequestMission(
  ctx: ServiceContext,
  rideRequestId: string,
): Promise<MissionView> {
  assertCan(ctx.actor, 'ride_requests:read');
  parseInput(Uuid, rideRequestId);
  const request = await findRideRequest(ctx.db, ctx.actor.territoryId, rideRequestId);
  await assertResidentInScope(ctx, request.residentId, { type: 'Ride request', id: rideRequestId });
  const mission = await currentMissionOf(ctx.db, rideRequestId);
  if (!mission) throw notFound('Mission of ride request', rideRequestId);
  return missionView(ctx.db, mission.id);
}
