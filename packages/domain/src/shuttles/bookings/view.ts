import { type DbOrTx, type SeatBooking, schema } from '@solimob/db';
import { and, eq, type SQLWrapper, sql } from 'drizzle-orm';
import { notFound } from '../../errors';

export interface SeatBookingView {
  id: string;
  shuttleRoundId: string;
  residentId: string;
  status: SeatBooking['status'];
  /** Place in the queue (1 = next to get a seat), only while waitlisted. */
  waitlistPosition: number | null;
  pickup: { stopId: string | null; location: { lat: number; lon: number } };
  passengers: number;
  wheelchair: boolean;
  channel: SeatBooking['channel'];
  plannedPickupAt: Date | null;
  announcedPickupAt: Date | null;
  outcome: SeatBooking['outcome'];
  shuttleSubscriptionId: string | null;
  cancelledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export function toSeatBookingView(
  booking: SeatBooking,
  waitlistPosition: number | null = null,
): SeatBookingView {
  return {
    id: booking.id,
    shuttleRoundId: booking.shuttleRoundId,
    residentId: booking.residentId,
    status: booking.status,
    waitlistPosition: booking.status === 'waitlisted' ? waitlistPosition : null,
    pickup: { stopId: booking.pickupStopId, location: { lat: booking.pickupLat, lon: booking.pickupLon } },
    passengers: booking.passengers,
    wheelchair: booking.wheelchair,
    channel: booking.channel,
    plannedPickupAt: booking.plannedPickupAt,
    announcedPickupAt: booking.announcedPickupAt,
    outcome: booking.outcome,
    shuttleSubscriptionId: booking.shuttleSubscriptionId,
    cancelledAt: booking.cancelledAt,
    createdAt: booking.createdAt,
    updatedAt: booking.updatedAt,
  };
}

/**
 * 1 + the number of bookings still waiting ahead of this one (ranks keep gaps when people leave): the
 * SQL function `seat_waitlist_position` (migration 0016), the rule's one definition, which the seat
 * claim and the round's booking list use too.
 */
export const waitlistPositionSql = (roundId: SQLWrapper | string, rank: SQLWrapper | number) =>
  sql<number>`seat_waitlist_position(${roundId}::uuid, ${rank}::int)`;

export async function waitlistPosition(db: DbOrTx, booking: SeatBooking): Promise<number | null> {
  if (booking.status !== 'waitlisted' || booking.waitlistRank === null) return null;
  const [row] = await db.execute<{ position: number }>(
    sql`select ${waitlistPositionSql(booking.shuttleRoundId, booking.waitlistRank)} as position`,
  );
  return row?.position ?? null;
}

export async function findSeatBooking(db: DbOrTx, territoryId: string, id: string): Promise<SeatBooking> {
  const [booking] = await db
    .select()
    .from(schema.seatBookings)
    .where(and(eq(schema.seatBookings.id, id), eq(schema.seatBookings.territoryId, territoryId)));
  if (!booking) throw notFound('Seat booking', id);
  return booking;
}
