import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  time,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  bookingChannel,
  seatBookingOutcome,
  seatBookingStatus,
  shuttleMode,
  shuttlePlanStopKind,
  shuttleRoundStatus,
  tripLeg,
} from './enums';
import { residents } from './people';
import { staffUsers } from './staff';
import { communes, places, territories, timestamps } from './territory';

/** A recurring shuttle to a market (e.g. Questembert, Monday morning), run by one or more minibuses. */
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
    /**
     * Drop-offs happen at most this many minutes before the arrival time, and return pick-ups at most
     * this many minutes after the departure time: the room a vehicle has to make two trips.
     */
    marketWindowMinutes: smallint().notNull().default(30),
    mode: shuttleMode().notNull(),
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
    check('shuttle_lines_window_ck', sql`${t.marketWindowMinutes} between 0 and 180`),
    check('shuttle_lines_cutoff_ck', sql`${t.bookingCutoffHours} between 0 and 168`),
    check('shuttle_lines_ride_ck', sql`${t.maxRideMinutes} between 5 and 180`),
  ],
);

/** The vehicles a line normally runs with; each generated round gets a copy it can change. */
export const shuttleLineVehicles = pgTable(
  'shuttle_line_vehicles',
  {
    id: uuid().primaryKey().defaultRandom(),
    shuttleLineId: uuid()
      .notNull()
      .references(() => shuttleLines.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    seats: smallint().notNull(),
    wheelchairPlaces: smallint().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('shuttle_line_vehicles_line_name_uq').on(t.shuttleLineId, t.name),
    check('shuttle_line_vehicles_seats_ck', sql`${t.seats} between 0 and 60`),
    check('shuttle_line_vehicles_wheelchair_ck', sql`${t.wheelchairPlaces} between 0 and 10`),
    check('shuttle_line_vehicles_capacity_ck', sql`${t.seats} + ${t.wheelchairPlaces} > 0`),
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

/**
 * One dated run of a line. Seats are a locked counter: `seats_taken` and `wheelchairs_taken` change in
 * the same statement that decides whether a booking is confirmed or waitlisted, and CHECK constraints
 * hold them under the capacity, which a trigger keeps equal to the sum of the round's vehicles
 * (migration 0004). See docs/adr/0007-seat-capacity-and-waitlist.md.
 */
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
    /** The date the line's weekday gives; a round moved for a holiday or by staff keeps it. */
    nominalDate: date().notNull(),
    serviceDate: date().notNull(),
    /** Copied from the line when the round is generated; staff may change them for one round. */
    arrivalTime: time().notNull(),
    departureTime: time().notNull(),
    /** Bookings by residents and partners close at this instant; planning starts then. */
    cutoffAt: timestamp({ withTimezone: true }).notNull(),
    status: shuttleRoundStatus().notNull().default('open'),
    /** Why the round was cancelled or changed (machine-readable, e.g. 'holiday', 'vehicle_breakdown'). */
    statusReason: text(),
    /** Sum of the round's vehicles, kept by a trigger on shuttle_round_vehicles. */
    seatCapacity: smallint().notNull().default(0),
    wheelchairCapacity: smallint().notNull().default(0),
    seatsTaken: smallint().notNull().default(0),
    wheelchairsTaken: smallint().notNull().default(0),
    /** Last waitlist rank handed out; ranks follow the order in which bookings took the round's lock. */
    waitlistSeq: smallint().notNull().default(0),
    /**
     * Bookings waiting now, so that a claim tells the newcomer's position (this + 1) from the locked
     * row instead of counting the queue; moved with the status of a booking (claim, promotion,
     * cancellation).
     */
    waitlisted: smallint().notNull().default(0),
    /** Set when the optimiser last produced pick-up times for this round. */
    plannedAt: timestamp({ withTimezone: true }),
    /** Incremented by every stored plan. */
    planVersion: integer().notNull().default(0),
    /** When the day-before messages were queued (null: not yet). */
    remindersSentAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('shuttle_rounds_line_date_uq').on(t.shuttleLineId, t.serviceDate),
    uniqueIndex('shuttle_rounds_line_nominal_uq').on(t.shuttleLineId, t.nominalDate),
    index('shuttle_rounds_territory_date_idx').on(t.territoryId, t.serviceDate),
    index('shuttle_rounds_cutoff_idx').on(t.cutoffAt).where(sql`${t.status} = 'open'`),
    check('shuttle_rounds_times_ck', sql`${t.arrivalTime} < ${t.departureTime}`),
    check('shuttle_rounds_seats_ck', sql`${t.seatsTaken} between 0 and ${t.seatCapacity}`),
    check('shuttle_rounds_wheelchairs_ck', sql`${t.wheelchairsTaken} between 0 and ${t.wheelchairCapacity}`),
    check('shuttle_rounds_waitlist_ck', sql`${t.waitlistSeq} between 0 and 32000`),
    check('shuttle_rounds_waitlisted_ck', sql`${t.waitlisted} between 0 and ${t.waitlistSeq}`),
  ],
);

/** The vehicles running one round: copied from the line, plus any staff add for that day. */
export const shuttleRoundVehicles = pgTable(
  'shuttle_round_vehicles',
  {
    id: uuid().primaryKey().defaultRandom(),
    shuttleRoundId: uuid()
      .notNull()
      .references(() => shuttleRounds.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    seats: smallint().notNull(),
    wheelchairPlaces: smallint().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('shuttle_round_vehicles_round_name_uq').on(t.shuttleRoundId, t.name),
    check('shuttle_round_vehicles_seats_ck', sql`${t.seats} between 0 and 60`),
    check('shuttle_round_vehicles_wheelchair_ck', sql`${t.wheelchairPlaces} between 0 and 10`),
    check('shuttle_round_vehicles_capacity_ck', sql`${t.seats} + ${t.wheelchairPlaces} > 0`),
  ],
);

/** A regular's standing booking ("every Monday"): each generated round books a seat for them. */
export const shuttleSubscriptions = pgTable(
  'shuttle_subscriptions',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    shuttleLineId: uuid()
      .notNull()
      .references(() => shuttleLines.id, { onDelete: 'cascade' }),
    residentId: uuid()
      .notNull()
      .references(() => residents.id),
    /** A stop of the line; null: the line's rule (door-to-door, or the resident's commune stop). */
    pickupStopId: uuid().references(() => shuttleStops.id),
    /** Pick up at the door even on a stops line (set by staff for reduced mobility). */
    atDoor: boolean().notNull().default(false),
    passengers: smallint().notNull().default(1),
    wheelchair: boolean().notNull().default(false),
    channel: bookingChannel().notNull(),
    /** First service date it applies to. */
    startsOn: date().notNull(),
    active: boolean().notNull().default(true),
    endedAt: timestamp({ withTimezone: true }),
    createdByStaffId: uuid().references(() => staffUsers.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('shuttle_subscriptions_line_resident_active_uq')
      .on(t.shuttleLineId, t.residentId)
      .where(sql`${t.active}`),
    index('shuttle_subscriptions_resident_idx').on(t.residentId),
    check('shuttle_subscriptions_passengers_ck', sql`${t.passengers} between 1 and 8`),
    check('shuttle_subscriptions_active_ck', sql`${t.active} = (${t.endedAt} is null)`),
  ],
);

/** Dates a regular will not travel: no seat is booked for them on that round. */
export const shuttleSubscriptionSkips = pgTable(
  'shuttle_subscription_skips',
  {
    shuttleSubscriptionId: uuid()
      .notNull()
      .references(() => shuttleSubscriptions.id, { onDelete: 'cascade' }),
    /** The round's nominal date. */
    nominalDate: date().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.shuttleSubscriptionId, t.nominalDate] })],
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
    /** Outbound pick-up time of the current plan. */
    plannedPickupAt: timestamp({ withTimezone: true }),
    /** The pick-up time the resident was last told; re-planning moves it as little as possible. */
    announcedPickupAt: timestamp({ withTimezone: true }),
    /** People travelling, the resident included; a wheelchair user takes a wheelchair place, not a seat. */
    passengers: smallint().notNull().default(1),
    wheelchair: boolean().notNull().default(false),
    channel: bookingChannel().notNull(),
    /** Position on the waitlist (lower is earlier); null when not waitlisted. */
    waitlistRank: smallint(),
    cancelledAt: timestamp({ withTimezone: true }),
    outcome: seatBookingOutcome(),
    /** The standing booking this seat was booked for, if any. */
    shuttleSubscriptionId: uuid().references(() => shuttleSubscriptions.id, { onDelete: 'set null' }),
    createdByStaffId: uuid().references(() => staffUsers.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('seat_bookings_round_resident_active_uq')
      .on(t.shuttleRoundId, t.residentId)
      .where(sql`${t.status} <> 'cancelled'`),
    index('seat_bookings_round_status_idx').on(t.shuttleRoundId, t.status),
    uniqueIndex('seat_bookings_round_waitlist_uq').on(t.shuttleRoundId, t.waitlistRank),
    index('seat_bookings_resident_idx').on(t.residentId),
    check('seat_bookings_passengers_ck', sql`${t.passengers} between 1 and 8`),
    check('seat_bookings_cancelled_ck', sql`(${t.status} = 'cancelled') = (${t.cancelledAt} is not null)`),
    check('seat_bookings_waitlist_ck', sql`(${t.status} = 'waitlisted') = (${t.waitlistRank} is not null)`),
  ],
);

/** One stop of a stored plan: a passenger boarding or alighting, in a vehicle's order, on one leg. */
export const shuttlePlanStops = pgTable(
  'shuttle_plan_stops',
  {
    id: uuid().primaryKey().defaultRandom(),
    shuttleRoundId: uuid()
      .notNull()
      .references(() => shuttleRounds.id, { onDelete: 'cascade' }),
    leg: tripLeg().notNull(),
    shuttleRoundVehicleId: uuid()
      .notNull()
      .references(() => shuttleRoundVehicles.id, { onDelete: 'cascade' }),
    /** Position in the vehicle's route on that leg, from 1. */
    sequence: smallint().notNull(),
    kind: shuttlePlanStopKind().notNull(),
    seatBookingId: uuid()
      .notNull()
      .references(() => seatBookings.id, { onDelete: 'cascade' }),
    plannedAt: timestamp({ withTimezone: true }).notNull(),
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
  },
  (t) => [
    uniqueIndex('shuttle_plan_stops_sequence_uq').on(
      t.shuttleRoundId,
      t.leg,
      t.shuttleRoundVehicleId,
      t.sequence,
    ),
    index('shuttle_plan_stops_booking_idx').on(t.seatBookingId),
  ],
);

/** One vehicle's route on one leg of a planned round: times, length and the line to draw on a map. */
export const shuttlePlanRoutes = pgTable(
  'shuttle_plan_routes',
  {
    shuttleRoundId: uuid()
      .notNull()
      .references(() => shuttleRounds.id, { onDelete: 'cascade' }),
    leg: tripLeg().notNull(),
    shuttleRoundVehicleId: uuid()
      .notNull()
      .references(() => shuttleRoundVehicles.id, { onDelete: 'cascade' }),
    departAt: timestamp({ withTimezone: true }).notNull(),
    returnAt: timestamp({ withTimezone: true }).notNull(),
    distanceMeters: integer().notNull(),
    /** [lon, lat] vertices from the routing provider (road geometry, or the stops when unavailable). */
    geometry: jsonb().$type<[number, number][]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.shuttleRoundId, t.leg, t.shuttleRoundVehicleId] })],
);
