import { type DbOrTx, type SeatBooking, type ShuttleRound, schema } from '@solimob/db';
import { and, asc, eq } from 'drizzle-orm';
import type { TerritoryInfo } from '../../territories/load';
import { findLine, placesOf, roundInstants } from '../common';
import type { PlanningInput, PreviousOrder } from './model';

/** Everything planning needs about a round, read in a few queries (no lock: see storeRoundPlan). */
export async function loadPlanningInput(
  db: DbOrTx,
  territory: TerritoryInfo,
  round: ShuttleRound,
): Promise<{ input: PlanningInput; bookings: SeatBooking[] }> {
  const line = await findLine(db, territory.id, round.shuttleLineId);
  const [market] = await db.select().from(schema.places).where(eq(schema.places.id, line.marketPlaceId));
  const [vehicles, bookings, previous] = await Promise.all([
    db
      .select()
      .from(schema.shuttleRoundVehicles)
      .where(eq(schema.shuttleRoundVehicles.shuttleRoundId, round.id))
      .orderBy(asc(schema.shuttleRoundVehicles.createdAt), asc(schema.shuttleRoundVehicles.name)),
    db
      .select()
      .from(schema.seatBookings)
      .where(
        and(eq(schema.seatBookings.shuttleRoundId, round.id), eq(schema.seatBookings.status, 'confirmed')),
      )
      .orderBy(asc(schema.seatBookings.createdAt), asc(schema.seatBookings.id)),
    db
      .select()
      .from(schema.shuttlePlanStops)
      .where(
        and(
          eq(schema.shuttlePlanStops.shuttleRoundId, round.id),
          eq(schema.shuttlePlanStops.leg, 'outbound'),
        ),
      )
      .orderBy(asc(schema.shuttlePlanStops.shuttleRoundVehicleId), asc(schema.shuttlePlanStops.sequence)),
  ]);
  const { arrival, departure } = roundInstants(round, territory.timezone);
  const settings = territory.settings.shuttles;
  const previousOrder: PreviousOrder = new Map();
  for (const stop of previous) {
    const order = previousOrder.get(stop.shuttleRoundVehicleId) ?? [];
    order.push({ bookingId: stop.seatBookingId, kind: stop.kind });
    previousOrder.set(stop.shuttleRoundVehicleId, order);
  }
  const input: PlanningInput = {
    roundId: round.id,
    market: { lat: market!.lat, lon: market!.lon },
    arrival,
    departure,
    marketWindowMinutes: line.marketWindowMinutes,
    maxRideMinutes: line.maxRideMinutes,
    vehicles: vehicles.map((v) => ({
      id: v.id,
      name: v.name,
      seats: v.seats,
      wheelchairPlaces: v.wheelchairPlaces,
    })),
    passengers: bookings.map((b) => {
      const places = placesOf(b);
      return {
        bookingId: b.id,
        pickup: { lat: b.pickupLat, lon: b.pickupLon },
        seats: places.seats,
        wheelchairs: places.wheelchairs,
        boardingMinutes: b.wheelchair ? settings.wheelchairBoardingMinutes : settings.boardingMinutes,
        announcedPickupAt: b.announcedPickupAt,
      };
    }),
    ...(previous.length > 0 ? { previousOrder } : {}),
    replanToleranceMinutes: settings.replanToleranceMinutes,
  };
  return { input, bookings };
}
