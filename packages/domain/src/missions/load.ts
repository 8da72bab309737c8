import { type DbOrTx, type Mission, type RideRequest, schema, type Trip } from '@solimob/db';
import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { notFound, ServiceError } from '../errors';
import type { MissionShape } from '../matching/model';
import type { PlanningRequest } from '../matching/plan';
import type { RideRequestStatus } from '../ride-requests/transitions';

/** Requests a mission still has to drive (not cancelled, unmet or completed). */
export const LIVE_REQUEST_STATUSES: RideRequestStatus[] = ['received', 'matching', 'offered', 'matched'];

export async function findMission(db: DbOrTx, territoryId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(schema.missions)
    .where(and(eq(schema.missions.id, id), eq(schema.missions.territoryId, territoryId)));
  const [mission] = forUpdate ? await query.for('update') : await query;
  if (!mission) throw notFound('Mission', id);
  return mission;
}

/** A ride request of a mission with what offers, plans and messages need about it. */
export interface Rider {
  request: RideRequest;
  resident: { id: string; firstName: string; communeId: string };
  /** The origin place's commune, else the resident's. */
  pickupCommuneId: string;
  /** The destination place's commune; null for a place outside the territory or free coordinates. */
  destinationCommuneId: string | null;
}

/** The mission's requests (live ones only unless `all`), oldest first. */
export async function loadRiders(
  db: DbOrTx,
  missionId: string,
  options: { all?: boolean } = {},
): Promise<Rider[]> {
  const r = schema.rideRequests;
  const originPlace = alias(schema.places, 'origin_place');
  const destinationPlace = alias(schema.places, 'destination_place');
  const rows = await db
    .select({
      request: r,
      residentId: schema.residents.id,
      firstName: schema.residents.firstName,
      residentCommuneId: schema.residents.communeId,
      originCommuneId: originPlace.communeId,
      destinationCommuneId: destinationPlace.communeId,
    })
    .from(schema.missionRequests)
    .innerJoin(r, eq(r.id, schema.missionRequests.rideRequestId))
    .innerJoin(schema.residents, eq(schema.residents.id, r.residentId))
    .leftJoin(originPlace, eq(originPlace.id, r.originPlaceId))
    .leftJoin(destinationPlace, eq(destinationPlace.id, r.destinationPlaceId))
    .where(
      and(
        eq(schema.missionRequests.missionId, missionId),
        options.all ? undefined : inArray(r.status, LIVE_REQUEST_STATUSES),
      ),
    )
    .orderBy(asc(r.createdAt), asc(r.id));
  return rows.map((row) => ({
    request: row.request,
    resident: { id: row.residentId, firstName: row.firstName, communeId: row.residentCommuneId },
    pickupCommuneId: row.originCommuneId ?? row.residentCommuneId,
    destinationCommuneId: row.destinationCommuneId,
  }));
}

/** The planned legs of a mission (trips of its live requests), in driving order. */
export async function loadMissionTrips(db: DbOrTx, missionId: string): Promise<Trip[]> {
  return db
    .select()
    .from(schema.trips)
    .where(and(eq(schema.trips.missionId, missionId), eq(schema.trips.outcome, 'planned')))
    .orderBy(asc(schema.trips.plannedPickupAt), asc(schema.trips.leg));
}

const endpoints = (request: RideRequest, leg: Trip['leg']) => {
  const origin = { lat: request.originLat, lon: request.originLon };
  const destination = { lat: request.destinationLat, lon: request.destinationLon };
  return leg === 'outbound'
    ? { pickup: origin, dropoff: destination }
    : { pickup: destination, dropoff: origin };
};

/** What a volunteer must be able to do for this mission, from its riders and planned legs. */
export function missionShape(
  mission: Pick<Mission, 'plannedStartAt' | 'plannedEndAt'>,
  riders: Rider[],
  trips: Trip[],
): MissionShape {
  const requests = new Map(riders.map((r) => [r.request.id, r.request]));
  const legs = trips.filter((t) => requests.has(t.rideRequestId));
  const first = legs[0];
  const last = [...legs]
    .sort((a, b) => (a.plannedDropoffAt?.getTime() ?? 0) - (b.plannedDropoffAt?.getTime() ?? 0))
    .at(-1);
  const fallback = riders[0]!.request;
  return {
    start: first?.plannedPickupAt ?? mission.plannedStartAt,
    end: last?.plannedDropoffAt ?? mission.plannedEndAt,
    firstPickup: endpoints(requests.get(first?.rideRequestId ?? fallback.id)!, first?.leg ?? 'outbound')
      .pickup,
    lastDropoff: endpoints(requests.get(last?.rideRequestId ?? fallback.id)!, last?.leg ?? 'outbound')
      .dropoff,
    riders: riders.map((r) => ({
      rideRequestId: r.request.id,
      residentId: r.resident.id,
      passengers: r.request.passengers,
      wheelchair: r.request.needs.includes('wheelchair'),
      pickupCommuneId: r.pickupCommuneId,
    })),
    seats: riders.reduce((sum, r) => sum + r.request.passengers, 0),
    wheelchair: riders.some((r) => r.request.needs.includes('wheelchair')),
  };
}

export const planningRequest = (request: RideRequest): PlanningRequest => ({
  id: request.id,
  origin: { lat: request.originLat, lon: request.originLon },
  destination: { lat: request.destinationLat, lon: request.destinationLon },
  timeAnchor: request.timeAnchor,
  requestedTime: request.requestedTime,
  toleranceMinutes: request.toleranceMinutes,
  returnTime: request.returnTime,
  returnWaitMinutes: request.returnWaitMinutes,
  passengers: request.passengers,
  wheelchair: request.needs.includes('wheelchair'),
});

/** Commune names of the territory by id, for messages (13 rows for Questembert). */
export async function communeNames(db: DbOrTx, territoryId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: schema.communes.id, name: schema.communes.name })
    .from(schema.communes)
    .where(eq(schema.communes.territoryId, territoryId));
  return new Map(rows.map((c) => [c.id, c.name]));
}

/** The mission that serves (or last served) a ride request; superseded ones are skipped. */
export async function currentMissionOf(
  db: DbOrTx,
  rideRequestId: string,
  forUpdate = false,
): Promise<Mission | undefined> {
  const query = db
    .select({ mission: schema.missions })
    .from(schema.missionRequests)
    .innerJoin(schema.missions, eq(schema.missions.id, schema.missionRequests.missionId))
    .where(
      and(eq(schema.missionRequests.rideRequestId, rideRequestId), ne(schema.missions.status, 'superseded')),
    )
    .orderBy(desc(schema.missions.createdAt), desc(schema.missions.id))
    .limit(1);
  const [row] = forUpdate ? await query.for('update', { of: schema.missions }) : await query;
  return row?.mission;
}

/** An assigned (or completed) mission of a volunteer, by the code they were given or by its id. */
export async function findDriverMission(
  db: DbOrTx,
  territoryId: string,
  volunteerDriverId: string,
  by: { code?: string | undefined; missionId?: string | undefined },
): Promise<Mission> {
  const m = schema.missions;
  const [mission] = await db
    .select()
    .from(m)
    .where(
      and(
        eq(m.territoryId, territoryId),
        eq(m.volunteerDriverId, volunteerDriverId),
        by.missionId ? eq(m.id, by.missionId) : eq(m.code, by.code ?? ''),
      ),
    )
    .orderBy(desc(eq(m.status, 'assigned')), desc(m.plannedStartAt))
    .limit(1)
    .for('update');
  if (!mission) {
    throw new ServiceError(
      'not_found',
      by.code ? `No trip ${by.code} for this volunteer` : 'Mission not found',
      {
        residentMessage: by.code
          ? `Nous ne trouvons pas de trajet ${by.code} à votre nom. Vérifiez les 4 chiffres.`
          : 'Nous ne trouvons pas ce trajet.',
      },
    );
  }
  return mission;
}
