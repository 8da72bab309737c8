import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  bookingChannel,
  mobilityNeed,
  offerStatus,
  rideRequestStatus,
  timeAnchor,
  tripLeg,
  tripOutcome,
  tripPurpose,
} from './enums';
import { residents, volunteerDrivers } from './people';
import { staffUsers } from './staff';
import { places, territories, timestamps } from './territory';

/**
 * A resident's request for a door-to-door trip by a volunteer driver. Lifecycle:
 * received → matching → offered → matched → completed, or cancelled / unmet at any point before completion.
 */
export const rideRequests = pgTable(
  'ride_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    residentId: uuid()
      .notNull()
      .references(() => residents.id),
    originPlaceId: uuid().references(() => places.id),
    originLabel: text().notNull(),
    originLat: doublePrecision().notNull(),
    originLon: doublePrecision().notNull(),
    destinationPlaceId: uuid().references(() => places.id),
    destinationLabel: text().notNull(),
    destinationLat: doublePrecision().notNull(),
    destinationLon: doublePrecision().notNull(),
    /** Whether `requestedTime` is the wished pick-up time or the time to be at the destination. */
    timeAnchor: timeAnchor().notNull(),
    requestedTime: timestamp({ withTimezone: true }).notNull(),
    toleranceMinutes: smallint().notNull().default(15),
    /** Pick-up time for the way back, when a return trip is wanted. */
    returnTime: timestamp({ withTimezone: true }),
    passengers: smallint().notNull().default(1),
    needs: mobilityNeed().array().notNull().default(sql`'{}'::mobility_need[]`),
    purpose: tripPurpose().notNull(),
    channel: bookingChannel().notNull(),
    status: rideRequestStatus().notNull().default('received'),
    /** Machine-readable reason for cancelled / unmet (e.g. 'no_volunteer', 'resident_cancelled'). */
    statusReason: text(),
    createdByStaffId: uuid().references(() => staffUsers.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('ride_requests_territory_status_time_idx').on(t.territoryId, t.status, t.requestedTime),
    index('ride_requests_resident_idx').on(t.residentId, t.requestedTime),
    check('ride_requests_passengers_ck', sql`${t.passengers} between 1 and 8`),
    check('ride_requests_tolerance_ck', sql`${t.toleranceMinutes} between 0 and 240`),
    check(
      'ride_requests_return_after_ck',
      sql`${t.returnTime} is null or ${t.returnTime} > ${t.requestedTime}`,
    ),
    check(
      'ride_requests_reason_ck',
      sql`${t.status} not in ('cancelled', 'unmet') or ${t.statusReason} is not null`,
    ),
  ],
);

/** One leg driven by a volunteer: what was planned and what actually happened. */
export const trips = pgTable(
  'trips',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    rideRequestId: uuid()
      .notNull()
      .references(() => rideRequests.id, { onDelete: 'cascade' }),
    leg: tripLeg().notNull(),
    volunteerDriverId: uuid().references(() => volunteerDrivers.id),
    plannedPickupAt: timestamp({ withTimezone: true }),
    plannedDropoffAt: timestamp({ withTimezone: true }),
    actualPickupAt: timestamp({ withTimezone: true }),
    actualDropoffAt: timestamp({ withTimezone: true }),
    outcome: tripOutcome().notNull().default('planned'),
    unmetReason: text(),
    /** Driven distance including the volunteer's approach, the basis of the mileage allowance. */
    distanceMeters: integer(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('trips_request_leg_uq').on(t.rideRequestId, t.leg),
    index('trips_driver_pickup_idx').on(t.volunteerDriverId, t.plannedPickupAt),
    index('trips_territory_pickup_idx').on(t.territoryId, t.plannedPickupAt),
    check('trips_unmet_reason_ck', sql`${t.outcome} <> 'unmet' or ${t.unmetReason} is not null`),
    check('trips_distance_ck', sql`${t.distanceMeters} is null or ${t.distanceMeters} >= 0`),
    check(
      'trips_planned_order_ck',
      sql`${t.plannedDropoffAt} is null or ${t.plannedPickupAt} is null or ${t.plannedDropoffAt} >= ${t.plannedPickupAt}`,
    ),
  ],
);

/**
 * A trip proposed to one volunteer. Offers go out in waves; `code` is the short word the volunteer
 * replies with by SMS, unique among the territory's pending offers.
 */
export const offers = pgTable(
  'offers',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    rideRequestId: uuid()
      .notNull()
      .references(() => rideRequests.id, { onDelete: 'cascade' }),
    volunteerDriverId: uuid()
      .notNull()
      .references(() => volunteerDrivers.id, { onDelete: 'cascade' }),
    wave: smallint().notNull(),
    code: text().notNull(),
    status: offerStatus().notNull().default('pending'),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    respondedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('offers_request_driver_uq').on(t.rideRequestId, t.volunteerDriverId),
    uniqueIndex('offers_pending_code_uq').on(t.territoryId, t.code).where(sql`${t.status} = 'pending'`),
    index('offers_driver_status_idx').on(t.volunteerDriverId, t.status),
    index('offers_pending_expiry_idx').on(t.expiresAt).where(sql`${t.status} = 'pending'`),
    check('offers_wave_ck', sql`${t.wave} >= 1`),
    check('offers_expiry_ck', sql`${t.expiresAt} > ${t.sentAt}`),
  ],
);
