import { type Db, schema } from '@solimob/db';
import type { Distribution, Metrics, Scenario } from '@solimob/domain';
import { addDays } from '@solimob/domain';
import { Rng, type RoutingProvider } from '@solimob/routing';
import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { RideIntent, SeatIntent } from './demand';
import type { Prepared } from './prepare';

/*
 * The figures of one simulated period, read back from the simulation's database (what the verbs and
 * jobs left there) and from what the loop recorded (refusals at intake, the drivers' lateness drawn
 * with the seed). Only the demand of the period counts: the baseline's own requests are context.
 */

export interface Tracking {
  rides: { intent: RideIntent; rideRequestId: string | null; refused: string | null; createdAt: number }[];
  seats: { intent: SeatIntent; seatBookingId: string | null; refused: string | null }[];
  /** Minutes the pick-up happened after its announced time, per completed mission. */
  pickupDelayMinutes: Map<string, number>;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;
const pct = (a: number, b: number) => (b === 0 ? 0 : round1((100 * a) / b));

export function distribution(values: number[]): Distribution {
  if (values.length === 0) return { count: 0, mean: null, median: null, p90: null };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return {
    count: values.length,
    mean: round1(values.reduce((s, v) => s + v, 0) / values.length),
    median: round1(at(0.5)),
    p90: round1(at(0.9)),
  };
}

const bump = (record: Record<string, number>, key: string, by = 1) => {
  record[key] = (record[key] ?? 0) + by;
};

/** A pick-up within this many minutes of the announced time is on time. */
const ON_TIME_MINUTES = 5;

export async function computeMetrics(
  db: Db,
  prepared: Prepared,
  scenario: Scenario,
  tracking: Tracking,
  routing: RoutingProvider,
): Promise<Metrics> {
  const communeNames = new Map(
    (
      await db
        .select({ id: schema.communes.id, name: schema.communes.name })
        .from(schema.communes)
        .where(eq(schema.communes.territoryId, prepared.territoryId))
    ).map((c) => [c.id, c.name]),
  );
  const unmetByReason: Record<string, number> = {};
  const unmetByCommune: Record<string, number> = {};
  const reached = new Set<string>();
  const unmet = (reason: string, communeId: string, bucket: Record<string, number>) => {
    bump(unmetByReason, reason);
    bump(bucket, reason);
    bump(unmetByCommune, communeNames.get(communeId) ?? '?');
  };

  // ---- Volunteer rides
  const rideIds = tracking.rides.flatMap((r) => (r.rideRequestId ? [r.rideRequestId] : []));
  const rr = schema.rideRequests;
  const requests = rideIds.length ? await db.select().from(rr).where(inArray(rr.id, rideIds)) : [];
  const requestById = new Map(requests.map((r) => [r.id, r]));
  const rideUnmet: Record<string, number> = {};
  let ridesServed = 0;
  for (const ride of tracking.rides) {
    const request = ride.rideRequestId ? requestById.get(ride.rideRequestId) : undefined;
    if (!request) {
      unmet(ride.refused ?? 'refusée', ride.intent.communeId, rideUnmet);
      continue;
    }
    if (request.status === 'completed') {
      ridesServed++;
      reached.add(request.residentId);
    } else if (request.status === 'unmet')
      unmet(request.statusReason ?? 'sans_chauffeur', ride.intent.communeId, rideUnmet);
    else if (request.status === 'cancelled')
      unmet(`annulée_${request.statusReason ?? ''}`, ride.intent.communeId, rideUnmet);
    else unmet('en_cours_en_fin_de_période', ride.intent.communeId, rideUnmet);
  }

  // Missions of the period's requests (the live ones, not those replaced by pooling).
  const links = rideIds.length
    ? await db
        .select({ mission: schema.missions, rideRequestId: schema.missionRequests.rideRequestId })
        .from(schema.missionRequests)
        .innerJoin(schema.missions, eq(schema.missions.id, schema.missionRequests.missionId))
        .where(
          and(
            inArray(schema.missionRequests.rideRequestId, rideIds),
            inArray(schema.missions.status, ['assigned', 'completed']),
          ),
        )
        .orderBy(asc(schema.missions.id))
    : [];
  const missions = new Map(links.map((l) => [l.mission.id, l.mission]));
  const missionIds = [...missions.keys()];
  const acceptedOffers = missionIds.length
    ? await db
        .select({ missionId: schema.offers.missionId, respondedAt: schema.offers.respondedAt })
        .from(schema.offers)
        .where(and(inArray(schema.offers.missionId, missionIds), eq(schema.offers.status, 'accepted')))
    : [];
  const acceptedAt = new Map(acceptedOffers.map((o) => [o.missionId, o.respondedAt?.getTime() ?? null]));
  const answerWait: number[] = [];
  for (const link of links) {
    const request = requestById.get(link.rideRequestId);
    const at = acceptedAt.get(link.mission.id);
    if (request && at) answerWait.push((at - request.createdAt.getTime()) / 3_600_000);
  }
  const completed = [...missions.values()].filter((m) => m.status === 'completed');
  const volunteerKm = completed.reduce((s, m) => s + (m.drivenDistanceMeters ?? 0), 0) / 1000;
  const mileageEur = completed.reduce(
    (s, m) => s + ((m.drivenDistanceMeters ?? 0) / 1000) * (m.mileageRateEurPerKm ?? 0),
    0,
  );
  const ridersPerMission = new Map<string, number>();
  for (const l of links) ridersPerMission.set(l.mission.id, (ridersPerMission.get(l.mission.id) ?? 0) + 1);
  const trips = rideIds.length
    ? await db
        .select()
        .from(schema.trips)
        .where(and(inArray(schema.trips.rideRequestId, rideIds), eq(schema.trips.outcome, 'completed')))
    : [];
  const rideMinutes = trips.flatMap((t) =>
    t.plannedPickupAt && t.plannedDropoffAt
      ? [(t.plannedDropoffAt.getTime() - t.plannedPickupAt.getTime()) / 60_000]
      : [],
  );
  const rideLate = trips
    .filter((t) => t.leg === 'outbound' && t.missionId)
    .map((t) => tracking.pickupDelayMinutes.get(t.missionId!) ?? 0);

  // Volunteer load: completed missions of the period per active volunteer.
  const activeVolunteers = await db
    .select({ id: schema.volunteerDrivers.id })
    .from(schema.volunteerDrivers)
    .where(
      and(
        eq(schema.volunteerDrivers.territoryId, prepared.territoryId),
        eq(schema.volunteerDrivers.active, true),
      ),
    );
  const load = new Map(activeVolunteers.map((v) => [v.id, 0]));
  for (const m of completed)
    if (m.volunteerDriverId) load.set(m.volunteerDriverId, (load.get(m.volunteerDriverId) ?? 0) + 1);
  const loads = [...load.values()];
  const loadMean = loads.length ? loads.reduce((a, b) => a + b, 0) / loads.length : 0;
  const loadSpread = loads.length
    ? Math.sqrt(loads.reduce((s, x) => s + (x - loadMean) ** 2, 0) / loads.length)
    : 0;

  // ---- Market shuttles
  const seatIds = tracking.seats.flatMap((s) => (s.seatBookingId ? [s.seatBookingId] : []));
  const sb = schema.seatBookings;
  const bookings = seatIds.length
    ? await db
        .select({ booking: sb, roundStatus: schema.shuttleRounds.status })
        .from(sb)
        .innerJoin(schema.shuttleRounds, eq(schema.shuttleRounds.id, sb.shuttleRoundId))
        .where(inArray(sb.id, seatIds))
    : [];
  const bookingById = new Map(bookings.map((b) => [b.booking.id, b]));
  const seatUnmet: Record<string, number> = {};
  let seatsServed = 0;
  let seatRequests = 0;
  for (const seat of tracking.seats) {
    // Asking twice for the same round is not a second need.
    if (seat.refused === 'déjà_inscrit') continue;
    seatRequests++;
    const found = seat.seatBookingId ? bookingById.get(seat.seatBookingId) : undefined;
    if (!found) {
      unmet(seat.refused ?? 'refusée', seat.intent.communeId, seatUnmet);
      continue;
    }
    const { booking } = found;
    if (booking.status === 'confirmed' && booking.plannedPickupAt) {
      seatsServed++;
      reached.add(booking.residentId);
    } else if (booking.status === 'waitlisted') unmet('navette_complète', seat.intent.communeId, seatUnmet);
    else if (booking.status === 'cancelled') unmet('annulée', seat.intent.communeId, seatUnmet);
    else unmet('non_planifiée', seat.intent.communeId, seatUnmet);
  }

  // Rounds of the period: their plans give vehicle-days, kilometres, ride times and announced-time drift.
  const endDay = addDays(prepared.startDay, scenario.period.days);
  const r = schema.shuttleRounds;
  const rounds = await db
    .select()
    .from(r)
    .where(
      and(
        eq(r.territoryId, prepared.territoryId),
        gte(r.serviceDate, prepared.startDay),
        lt(r.serviceDate, endDay),
      ),
    )
    .orderBy(asc(r.serviceDate), asc(r.id));
  const roundIds = rounds.map((x) => x.id);
  const stops = roundIds.length
    ? await db
        .select()
        .from(schema.shuttlePlanStops)
        .where(inArray(schema.shuttlePlanStops.shuttleRoundId, roundIds))
        .orderBy(
          asc(schema.shuttlePlanStops.shuttleRoundId),
          asc(schema.shuttlePlanStops.leg),
          asc(schema.shuttlePlanStops.shuttleRoundVehicleId),
          asc(schema.shuttlePlanStops.sequence),
        )
    : [];
  const markets = new Map(
    (
      await db
        .select({ lineId: schema.shuttleLines.id, lat: schema.places.lat, lon: schema.places.lon })
        .from(schema.shuttleLines)
        .innerJoin(schema.places, eq(schema.places.id, schema.shuttleLines.marketPlaceId))
        .where(eq(schema.shuttleLines.territoryId, prepared.territoryId))
    ).map((m) => [m.lineId, { lat: m.lat, lon: m.lon }]),
  );
  const routes = new Map<string, { lineId: string; points: { lat: number; lon: number }[] }>();
  const lineOfRound = new Map(rounds.map((x) => [x.id, x.shuttleLineId]));
  const vehicleDays = new Set<string>();
  const pickupAt = new Map<string, number>();
  const dropoffAt = new Map<string, number>();
  for (const stop of stops) {
    const key = `${stop.shuttleRoundId}|${stop.leg}|${stop.shuttleRoundVehicleId}`;
    vehicleDays.add(`${stop.shuttleRoundId}|${stop.shuttleRoundVehicleId}`);
    const route = routes.get(key) ?? { lineId: lineOfRound.get(stop.shuttleRoundId)!, points: [] };
    route.points.push({ lat: stop.lat, lon: stop.lon });
    routes.set(key, route);
    if (stop.leg === 'outbound') {
      if (stop.kind === 'pickup') pickupAt.set(stop.seatBookingId, stop.plannedAt.getTime());
      else dropoffAt.set(stop.seatBookingId, stop.plannedAt.getTime());
    }
  }
  let vehicleMeters = 0;
  for (const route of routes.values()) {
    const market = markets.get(route.lineId);
    const points = market ? [market, ...route.points, market] : route.points;
    if (points.length >= 2) vehicleMeters += (await routing.route(points)).distanceMeters;
  }
  const vehicleKm = vehicleMeters / 1000;
  const minibusCostEur =
    vehicleKm * scenario.costs.minibusPerKm + vehicleDays.size * scenario.costs.minibusPerDay;
  const seatRide: number[] = [];
  const seatLate: number[] = [];
  const delays = new Rng(scenario.seed ^ 0x1a7e);
  for (const { booking } of [...bookingById.values()].sort((a, b) =>
    a.booking.id < b.booking.id ? -1 : 1,
  )) {
    const p = pickupAt.get(booking.id);
    const d = dropoffAt.get(booking.id);
    if (p !== undefined && d !== undefined) seatRide.push((d - p) / 60_000);
    if (booking.plannedPickupAt && booking.announcedPickupAt) {
      const drift = (booking.plannedPickupAt.getTime() - booking.announcedPickupAt.getTime()) / 60_000;
      const mean = scenario.execution.pickupDelayMinutes;
      seatLate.push(drift + (mean <= 0 ? 0 : -Math.log(1 - delays.next()) * mean));
    }
  }

  const requestsTotal = tracking.rides.length + seatRequests;
  const servedTotal = ridesServed + seatsServed;
  const totalCost = mileageEur + minibusCostEur;
  const onTime = (values: number[]) =>
    values.length === 0 ? null : pct(values.filter((v) => v <= ON_TIME_MINUTES).length, values.length);
  return {
    scenario: scenario.name,
    period: { start: prepared.startDay, days: scenario.period.days },
    requests: requestsTotal,
    served: servedTotal,
    servedPct: pct(servedTotal, requestsTotal),
    unmet: {
      total: requestsTotal - servedTotal,
      byReason: sortedRecord(unmetByReason),
      byCommune: sortedRecord(unmetByCommune),
    },
    distinctResidentsReached: reached.size,
    rides: {
      requests: tracking.rides.length,
      served: ridesServed,
      servedPct: pct(ridesServed, tracking.rides.length),
      unmetByReason: sortedRecord(rideUnmet),
      answerWaitHours: distribution(answerWait),
      pickupLateMinutes: distribution(rideLate),
      pickupOnTimePct: onTime(rideLate),
      rideMinutes: distribution(rideMinutes),
      pooledMissions: [...ridersPerMission.values()].filter((n) => n > 1).length,
      volunteerKm: round1(volunteerKm),
      mileageEur: round2(mileageEur),
    },
    shuttles: {
      bookings: seatRequests,
      served: seatsServed,
      servedPct: pct(seatsServed, seatRequests),
      unmetByReason: sortedRecord(seatUnmet),
      rounds: rounds.length,
      roundsPlanned: rounds.filter((x) => x.planVersion > 0).length,
      vehicleDays: vehicleDays.size,
      vehicleKm: round1(vehicleKm),
      minibusCostEur: round2(minibusCostEur),
      rideMinutes: distribution(seatRide),
      pickupLateMinutes: distribution(seatLate),
      pickupOnTimePct: onTime(seatLate),
    },
    volunteers: {
      active: loads.length,
      withMissions: loads.filter((x) => x > 0).length,
      missionsMax: loads.length ? Math.max(...loads) : 0,
      missionsMean: round2(loadMean),
      missionsSpread: round2(loadSpread),
    },
    costs: {
      mileageEur: round2(mileageEur),
      minibusEur: round2(minibusCostEur),
      totalEur: round2(totalCost),
      perServedTripEur: servedTotal === 0 ? null : round2(totalCost / servedTotal),
    },
  };
}

function sortedRecord(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}
