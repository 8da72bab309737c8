import { type DbOrTx, type ShuttleLine, type ShuttleRound, schema } from '@solimob/db';
import { and, eq, sql } from 'drizzle-orm';
import Type from 'typebox';
import { notFound } from '../errors';
import { zonedInstant } from '../time';

/* What the shuttle verbs share: clock times, a round's instants, loading and locking a round. */

export const ClockTimeInput = (description: string) =>
  Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description });

/** Postgres `time` values come back as HH:MM:SS; the API and messages speak HH:MM. */
export const hhmm = (time: string): string => time.slice(0, 5);

/** The instant a round reaches the market and the instant it leaves it, in the territory's zone. */
export function roundInstants(
  round: Pick<ShuttleRound, 'serviceDate' | 'arrivalTime' | 'departureTime'>,
  timeZone: string,
): { arrival: Date; departure: Date } {
  return {
    arrival: zonedInstant(round.serviceDate, hhmm(round.arrivalTime), timeZone),
    departure: zonedInstant(round.serviceDate, hhmm(round.departureTime), timeZone),
  };
}

/** Bookings close `bookingCutoffHours` before the arrival at the market. */
export function cutoffFor(
  serviceDate: string,
  arrivalTime: string,
  line: Pick<ShuttleLine, 'bookingCutoffHours'>,
  timeZone: string,
): Date {
  const arrival = zonedInstant(serviceDate, hhmm(arrivalTime), timeZone);
  return new Date(arrival.getTime() - line.bookingCutoffHours * 3_600_000);
}

export async function findRound(db: DbOrTx, territoryId: string, id: string): Promise<ShuttleRound> {
  const [round] = await db
    .select()
    .from(schema.shuttleRounds)
    .where(and(eq(schema.shuttleRounds.id, id), eq(schema.shuttleRounds.territoryId, territoryId)));
  if (!round) throw notFound('Shuttle round', id);
  return round;
}

export async function findLine(db: DbOrTx, territoryId: string, id: string): Promise<ShuttleLine> {
  const [line] = await db
    .select()
    .from(schema.shuttleLines)
    .where(and(eq(schema.shuttleLines.id, id), eq(schema.shuttleLines.territoryId, territoryId)));
  if (!line) throw notFound('Shuttle line', id);
  return line;
}

/**
 * Takes the round's row lock for the rest of the transaction. Every change to a round's bookings,
 * vehicles or plan takes it first (booking takes it inside its claim statement), so they happen one
 * after the other and each sees the previous one's result.
 */
export async function lockRound(db: DbOrTx, territoryId: string, id: string): Promise<ShuttleRound> {
  const [round] = await db
    .select()
    .from(schema.shuttleRounds)
    .where(and(eq(schema.shuttleRounds.id, id), eq(schema.shuttleRounds.territoryId, territoryId)))
    .for('update');
  if (!round) throw notFound('Shuttle round', id);
  return round;
}

/** Seats and wheelchair places a booking holds: a wheelchair user takes a wheelchair place, not a seat. */
export const placesOf = (booking: { passengers: number; wheelchair: boolean }) => ({
  seats: booking.passengers - (booking.wheelchair ? 1 : 0),
  wheelchairs: booking.wheelchair ? 1 : 0,
});

/** SQL form of `placesOf`, for statements that decide on counters. */
export const seatsSql = sql`(${schema.seatBookings.passengers} - ${schema.seatBookings.wheelchair}::int)`;

/** A round that has a plan is re-planned when its bookings or vehicles change. */
export const isPlanned = (round: Pick<ShuttleRound, 'plannedAt' | 'status'>) =>
  round.plannedAt !== null && (round.status === 'closed' || round.status === 'planned');
