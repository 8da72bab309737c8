import { type DbOrTx, schema } from '@solimob/db';
import { type LatLon, pointKey, type RoutingProvider } from '@solimob/routing';
import { and, eq, inArray } from 'drizzle-orm';
import type { Clock } from '../context';
import { notFound } from '../errors';

interface Stop {
  at: number;
  point: LatLon;
}

/**
 * The distance the driver drove for a completed mission, measured by the routing provider along the
 * stops in the order they were planned: home → each pick-up and drop-off → home. A no-show counts its
 * pick-up (the driver went there) but not its drop-offs. The basis of the mileage allowance; runs in
 * the worker after completion and may run again (it overwrites with the same figure).
 */
export async function recordMissionDistance(
  deps: { db: DbOrTx; clock: Clock; routing: RoutingProvider },
  missionId: string,
): Promise<{ distanceMeters: number } | { skipped: string }> {
  const [row] = await deps.db
    .select({
      mission: schema.missions,
      homeLat: schema.volunteerDrivers.homeLat,
      homeLon: schema.volunteerDrivers.homeLon,
    })
    .from(schema.missions)
    .leftJoin(schema.volunteerDrivers, eq(schema.volunteerDrivers.id, schema.missions.volunteerDriverId))
    .where(eq(schema.missions.id, missionId));
  if (!row) throw notFound('Mission', missionId);
  if (row.mission.status !== 'completed' || row.homeLat === null || row.homeLon === null) {
    return { skipped: `mission is ${row.mission.status}` };
  }
  const home = { lat: row.homeLat, lon: row.homeLon };
  const stops = await drivenStops(deps.db, missionId);
  const points = withoutRepeats([home, ...stops.map((s) => s.point), home]);
  const distanceMeters =
    points.length < 2 ? 0 : Math.round((await deps.routing.route(points)).distanceMeters);
  await deps.db
    .update(schema.missions)
    .set({ drivenDistanceMeters: distanceMeters, updatedAt: deps.clock.now() })
    .where(eq(schema.missions.id, missionId));
  return { distanceMeters };
}

async function drivenStops(db: DbOrTx, missionId: string): Promise<Stop[]> {
  const legs = await db
    .select({ trip: schema.trips, request: schema.rideRequests })
    .from(schema.trips)
    .innerJoin(schema.rideRequests, eq(schema.rideRequests.id, schema.trips.rideRequestId))
    .where(
      and(eq(schema.trips.missionId, missionId), inArray(schema.trips.outcome, ['completed', 'no_show'])),
    );
  const stops: Stop[] = [];
  for (const { trip, request } of legs) {
    const origin = { lat: request.originLat, lon: request.originLon };
    const destination = { lat: request.destinationLat, lon: request.destinationLon };
    const [pickup, dropoff] = trip.leg === 'outbound' ? [origin, destination] : [destination, origin];
    const pickupAt = trip.plannedPickupAt?.getTime() ?? 0;
    if (trip.outcome === 'no_show') {
      if (trip.leg === 'outbound') stops.push({ at: pickupAt, point: pickup });
      continue;
    }
    stops.push({ at: pickupAt, point: pickup });
    stops.push({ at: trip.plannedDropoffAt?.getTime() ?? pickupAt, point: dropoff });
  }
  return stops.sort((a, b) => a.at - b.at);
}

const withoutRepeats = (points: LatLon[]) =>
  points.filter((p, i) => i === 0 || pointKey(p) !== pointKey(points[i - 1]!));
