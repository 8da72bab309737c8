import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  time,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bookingChannel, seatBookingStatus, shuttleMode, shuttleRoundStatus } from './enums';
import { residents } from './people';
import { communes, places, territories, timestamps } from './territory';

/** A recurring shuttle to a market (e.g. Questembert, Monday morning), run by a minibus. */
export const shuttleLines = pgTable(
  'shuttle_lines',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    marketPlaceId: uuid()
      .notNull()
      .references(() => places.id),
    /** ISO weekday, 1 = Monday. */
    weekday: smallint().notNull(),
    /** Local time the shuttle reaches the market and the time it leaves for the way back. */
    arrivalTime: time().notNull(),
    departureTime: time().notNull(),
    mode: shuttleMode().notNull(),
    vehicleSeats: smallint().notNull(),
    wheelchairPlaces: smallint().notNull().default(0),
    /** Bookings close this many hours before the round's arrival time. */
    bookingCutoffHours: smallint().notNull().default(24),
    /** Maximum time a passenger may spend on board, one way. */
    maxRideMinutes: smallint().notNull().default(45),
    active: boolean().notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('shuttle_lines_territory_name_uq').on(t.territoryId, t.name),
    check('shuttle_lines_weekday_ck', sql`${t.weekday} between 1 and 7`),
    check('shuttle_lines_times_ck', sql`${t.arrivalTime} < ${t.departureTime}`),
    check('shuttle_lines_seats_ck', sql`${t.vehicleSeats} between 1 and 60`),
    check('shuttle_lines_wheelchair_ck', sql`${t.wheelchairPlaces} >= 0`),
    check('shuttle_lines_cutoff_ck', sql`${t.bookingCutoffHours} between 0 and 168`),
    check('shuttle_lines_ride_ck', sql`${t.maxRideMinutes} between 5 and 180`),
  ],
);

export const shuttleLineCommunes = pgTable(
  'shuttle_line_communes',
  {
    shuttleLineId: uuid()
      .notNull()
      .references(() => shuttleLines.id, { onDelete: 'cascade' }),
    communeId: uuid()
      .notNull()
      .references(() => communes.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.shuttleLineId, t.communeId] })],
);

/** Fixed pick-up points of a line in 'stops' mode. */
export const shuttleStops = pgTable(
  'shuttle_stops',
  {
    id: uuid().primaryKey().defaultRandom(),
    shuttleLineId: uuid()
      .notNull()
      .references(() => shuttleLines.id, { onDelete: 'cascade' }),
    communeId: uuid()
      .notNull()
      .references(() => communes.id),
    name: text().notNull(),
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
    sequence: smallint().notNull(),
  },
  (t) => [
    uniqueIndex('shuttle_stops_line_sequence_uq').on(t.shuttleLineId, t.sequence),
    uniqueIndex('shuttle_stops_line_name_uq').on(t.shuttleLineId, t.name),
  ],
);

/** One dated run of a line. */
export const shuttleRounds = pgTable(
  'shuttle_rounds',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    shuttleLineId: uuid()
      .notNull()
      .references(() => shuttleLines.id, { onDelete: 'cascade' }),
    serviceDate: date().notNull(),
    status: shuttleRoundStatus().notNull().default('open'),
    /** Set when the optimiser last produced pick-up times for this round. */
    plannedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('shuttle_rounds_line_date_uq').on(t.shuttleLineId, t.serviceDate),
    index('shuttle_rounds_territory_date_idx').on(t.territoryId, t.serviceDate),
  ],
);

/** A resident's seat on a round: confirmed within capacity, otherwise waitlisted. */
export const seatBookings = pgTable(
  'seat_bookings',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    shuttleRoundId: uuid()
      .notNull()
      .references(() => shuttleRounds.id, { onDelete: 'cascade' }),
    residentId: uuid()
      .notNull()
      .references(() => residents.id),
    status: seatBookingStatus().notNull(),
    /** Pick-up at a line stop (stops mode) or at the resident's door (door-to-door: stop is null). */
    pickupStopId: uuid().references(() => shuttleStops.id),
    pickupLat: doublePrecision().notNull(),
    pickupLon: doublePrecision().notNull(),
    plannedPickupAt: timestamp({ withTimezone: true }),
    passengers: smallint().notNull().default(1),
    wheelchair: boolean().notNull().default(false),
    channel: bookingChannel().notNull(),
    /** Position on the waitlist (lower is earlier); null when not waitlisted. */
    waitlistRank: smallint(),
    cancelledAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('seat_bookings_round_resident_active_uq')
      .on(t.shuttleRoundId, t.residentId)
      .where(sql`${t.status} <> 'cancelled'`),
    index('seat_bookings_round_status_idx').on(t.shuttleRoundId, t.status),
    index('seat_bookings_resident_idx').on(t.residentId),
    check('seat_bookings_passengers_ck', sql`${t.passengers} between 1 and 8`),
    check('seat_bookings_cancelled_ck', sql`(${t.status} = 'cancelled') = (${t.cancelledAt} is not null)`),
    check('seat_bookings_waitlist_ck', sql`(${t.status} = 'waitlisted') = (${t.waitlistRank} is not null)`),
  ],
);
