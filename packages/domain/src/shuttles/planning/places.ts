import { type DbOrTx, type SeatBooking, schema } from '@solimob/db';
import { inArray } from 'drizzle-orm';
import type { PickupPlace } from '../messages';

/** Booking id → where the resident boards, as messages name it. */
export async function pickupPlaces(db: DbOrTx, bookings: SeatBooking[]): Promise<Map<string, PickupPlace>> {
  const stopIds = [...new Set(bookings.map((b) => b.pickupStopId).filter((id): id is string => id !== null))];
  const stops =
    stopIds.length === 0
      ? []
      : await db.select().from(schema.shuttleStops).where(inArray(schema.shuttleStops.id, stopIds));
  const names = new Map(stops.map((s) => [s.id, s.name]));
  return new Map(
    bookings.map((b): [string, PickupPlace] => [
      b.id,
      b.pickupStopId ? { kind: 'stop', name: names.get(b.pickupStopId) ?? '' } : { kind: 'door' },
    ]),
  );
}
