import { type DbOrTx, schema } from '@solimob/db';
import { and, asc, eq, gt, gte, inArray, notInArray } from 'drizzle-orm';
import { smsDay, smsDayTime } from '../messages/sms-text';
import { rideDestination } from '../ride-requests/acknowledgement';
import { frenchDay, frenchDayTime, frenchTime, localDate, zonedInstant } from '../time';
import type { BookingRef } from './state';

/** A resident's booking still to come, worded for SMS and for the voice line. */
export interface UpcomingBooking {
  ref: BookingRef;
  /** Local calendar day, YYYY-MM-DD: "annuler lundi" picks by it. */
  day: string;
  /** Sort key. */
  at: Date;
  /** "trajet vers Gare de Questembert le lundi 7 décembre à 9 h" (GSM-7). */
  sms: string;
  /** The same, for the list: with the driver or waitlist status. */
  smsWithStatus: string;
  /** The same words for text-to-speech (accents kept). */
  voice: string;
}

const OPEN_RIDE_STATUSES = ['received', 'matching', 'offered', 'matched'] as const;

/**
 * Ride requests not yet done and seats on rounds still to run, soonest first. Dates are spelled in
 * full ("lundi 7 décembre"), as an elderly reader expects.
 */
export async function upcomingBookings(
  db: DbOrTx,
  input: { territoryId: string; residentId: string; now: Date; timeZone: string },
): Promise<UpcomingBooking[]> {
  const [rides, seats] = await Promise.all([upcomingRides(db, input), upcomingSeats(db, input)]);
  return [...rides, ...seats].sort((a, b) => a.at.getTime() - b.at.getTime());
}

async function upcomingRides(
  db: DbOrTx,
  input: { territoryId: string; residentId: string; now: Date; timeZone: string },
): Promise<UpcomingBooking[]> {
  const r = schema.rideRequests;
  const rows = await db
    .select()
    .from(r)
    .where(
      and(
        eq(r.territoryId, input.territoryId),
        eq(r.residentId, input.residentId),
        inArray(r.status, [...OPEN_RIDE_STATUSES]),
        gt(r.requestedTime, input.now),
      ),
    )
    .orderBy(asc(r.requestedTime));
  return rows.map((ride) => {
    const to = rideDestination(ride);
    const sms = `trajet ${to}le ${smsDayTime(ride.requestedTime, input.timeZone)}`;
    const driver = ride.status === 'matched' ? 'chauffeur trouvé' : 'chauffeur en recherche';
    return {
      ref: { type: 'ride_request', id: ride.id },
      day: localDate(ride.requestedTime, input.timeZone),
      at: ride.requestedTime,
      sms,
      smsWithStatus: `${sms} (${driver})`,
      voice: `un trajet ${ride.destinationPlaceId ? `vers ${ride.destinationLabel} ` : ''}le ${frenchDayTime(ride.requestedTime, input.timeZone)}, ${driver}`,
    };
  });
}

async function upcomingSeats(
  db: DbOrTx,
  input: { territoryId: string; residentId: string; now: Date; timeZone: string },
): Promise<UpcomingBooking[]> {
  const b = schema.seatBookings;
  const round = schema.shuttleRounds;
  const line = schema.shuttleLines;
  const today = localDate(input.now, input.timeZone);
  const rows = await db
    .select({ booking: b, serviceDate: round.serviceDate, arrivalTime: line.arrivalTime })
    .from(b)
    .innerJoin(round, eq(round.id, b.shuttleRoundId))
    .innerJoin(line, eq(line.id, round.shuttleLineId))
    .where(
      and(
        eq(b.territoryId, input.territoryId),
        eq(b.residentId, input.residentId),
        inArray(b.status, ['confirmed', 'waitlisted']),
        gte(round.serviceDate, today),
        notInArray(round.status, ['cancelled', 'completed']),
      ),
    )
    .orderBy(asc(round.serviceDate));
  return rows.map(({ booking, serviceDate, arrivalTime }) => {
    // The time the resident was told (the day before), not the plan's latest internal guess.
    const pickup = booking.announcedPickupAt;
    const smsPickup = pickup ? `, passage vers ${frenchTime(pickup, input.timeZone)}` : '';
    const sms = `navette du marché, ${smsDay(serviceDate, input.timeZone)}${smsPickup}`;
    const waiting = booking.status === 'waitlisted';
    return {
      ref: { type: 'seat_booking', id: booking.id },
      day: serviceDate,
      at: pickup ?? zonedInstant(serviceDate, arrivalTime.slice(0, 5), input.timeZone),
      sms,
      smsWithStatus: waiting ? `${sms} (liste d'attente)` : sms,
      voice: `la navette du marché, ${frenchDay(serviceDate, input.timeZone)}${pickup ? `, passage vers ${frenchTime(pickup, input.timeZone)}` : ''}${waiting ? ", sur liste d'attente" : ''}`,
    };
  });
}
