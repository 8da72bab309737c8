import { type DbOrTx, type ShuttleRound, schema } from '@solimob/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { assertCan } from '../../authz';
import type { ServiceContext } from '../../context';
import { parseInput, Uuid } from '../../input';
import { findRound } from '../common';
import type { Leg } from './model';

export interface PlanStopView {
  sequence: number;
  kind: 'pickup' | 'dropoff';
  seatBookingId: string;
  residentId: string;
  firstName: string;
  at: Date;
  location: { lat: number; lon: number };
  /** Where the resident boards or alights: their door, a stop of the line, or the market. */
  place: { kind: 'door' } | { kind: 'stop'; stopId: string; name: string } | { kind: 'market' };
  passengers: number;
  wheelchair: boolean;
}

export interface PlanVehicleView {
  vehicleId: string;
  name: string;
  departAt: Date;
  returnAt: Date;
  distanceMeters: number;
  /** [lon, lat] vertices for a map (road geometry, or straight lines between stops). */
  geometry: [number, number][];
  stops: PlanStopView[];
}

export interface RoundPlanView {
  shuttleRoundId: string;
  serviceDate: string;
  status: ShuttleRound['status'];
  planVersion: number;
  plannedAt: Date | null;
  legs: { leg: Leg; vehicles: PlanVehicleView[] }[];
  /** Confirmed passengers the plan could not take (a staff task says so). */
  unserved: { seatBookingId: string; residentId: string }[];
}

/** A round's stored plan: per leg and vehicle, the order, times and places, plus the line for a map. */
export async function getRoundPlan(ctx: ServiceContext, id: string): Promise<RoundPlanView> {
  assertCan(ctx.actor, 'shuttles:plan');
  parseInput(Uuid, id);
  const round = await findRound(ctx.db, ctx.actor.territoryId, id);
  return loadRoundPlanView(ctx.db, round);
}

export async function loadRoundPlanView(db: DbOrTx, round: ShuttleRound): Promise<RoundPlanView> {
  const [routes, stops, vehicles, bookings] = await Promise.all([
    db.select().from(schema.shuttlePlanRoutes).where(eq(schema.shuttlePlanRoutes.shuttleRoundId, round.id)),
    db
      .select()
      .from(schema.shuttlePlanStops)
      .where(eq(schema.shuttlePlanStops.shuttleRoundId, round.id))
      .orderBy(asc(schema.shuttlePlanStops.sequence)),
    db
      .select()
      .from(schema.shuttleRoundVehicles)
      .where(eq(schema.shuttleRoundVehicles.shuttleRoundId, round.id)),
    db
      .select({
        booking: schema.seatBookings,
        firstName: schema.residents.firstName,
        stopName: schema.shuttleStops.name,
      })
      .from(schema.seatBookings)
      .innerJoin(schema.residents, eq(schema.residents.id, schema.seatBookings.residentId))
      .leftJoin(schema.shuttleStops, eq(schema.shuttleStops.id, schema.seatBookings.pickupStopId))
      .where(
        and(eq(schema.seatBookings.shuttleRoundId, round.id), eq(schema.seatBookings.status, 'confirmed')),
      ),
  ]);
  const byBooking = new Map(bookings.map((b) => [b.booking.id, b]));
  const vehicleName = new Map(vehicles.map((v) => [v.id, v.name]));
  const legs = (['outbound', 'return'] as const).map((leg) => ({
    leg,
    vehicles: routes
      .filter((r) => r.leg === leg)
      .sort((a, b) => a.departAt.getTime() - b.departAt.getTime())
      .map(
        (route): PlanVehicleView => ({
          vehicleId: route.shuttleRoundVehicleId,
          name: vehicleName.get(route.shuttleRoundVehicleId) ?? '',
          departAt: route.departAt,
          returnAt: route.returnAt,
          distanceMeters: route.distanceMeters,
          geometry: route.geometry,
          stops: stops
            .filter((s) => s.leg === leg && s.shuttleRoundVehicleId === route.shuttleRoundVehicleId)
            .flatMap((s) => {
              const b = byBooking.get(s.seatBookingId);
              if (!b) return [];
              const atMarket = (leg === 'outbound') === (s.kind === 'dropoff');
              const place: PlanStopView['place'] = atMarket
                ? { kind: 'market' }
                : b.booking.pickupStopId
                  ? { kind: 'stop', stopId: b.booking.pickupStopId, name: b.stopName ?? '' }
                  : { kind: 'door' };
              return [
                {
                  sequence: s.sequence,
                  kind: s.kind,
                  seatBookingId: s.seatBookingId,
                  residentId: b.booking.residentId,
                  firstName: b.firstName,
                  at: s.plannedAt,
                  location: { lat: s.lat, lon: s.lon },
                  place,
                  passengers: b.booking.passengers,
                  wheelchair: b.booking.wheelchair,
                },
              ];
            }),
        }),
      ),
  }));
  const planned = new Set(stops.filter((s) => s.leg === 'outbound').map((s) => s.seatBookingId));
  return {
    shuttleRoundId: round.id,
    serviceDate: round.serviceDate,
    status: round.status,
    planVersion: round.planVersion,
    plannedAt: round.plannedAt,
    legs,
    unserved:
      round.plannedAt === null
        ? []
        : bookings
            .filter((b) => !planned.has(b.booking.id))
            .map((b) => ({ seatBookingId: b.booking.id, residentId: b.booking.residentId })),
  };
}

/** Residents' contact details for the route sheet (driver and staff only). */
export async function passengerDetails(db: DbOrTx, residentIds: string[]) {
  if (residentIds.length === 0) return new Map();
  const [residents, phones] = await Promise.all([
    db.select().from(schema.residents).where(inArray(schema.residents.id, residentIds)),
    db
      .select()
      .from(schema.residentPhones)
      .where(inArray(schema.residentPhones.residentId, residentIds))
      .orderBy(asc(schema.residentPhones.createdAt)),
  ]);
  return new Map(
    residents.map((r) => {
      const own = phones.filter((p) => p.residentId === r.id);
      const phone = own.find((p) => p.isPrimary) ?? own[0];
      return [r.id, { resident: r, phone: phone?.e164 ?? null }] as const;
    }),
  );
}
