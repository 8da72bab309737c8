import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  bookingChannel,
  driverPreferenceKind,
  missionStatus,
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
    /**
     * The other way to ask for the way back: the driver waits this long at the destination (from the
     * arrival), then drives the resident home. Never together with `returnTime`.
     */
    returnWaitMinutes: smallint(),
    passengers: smallint().notNull().default(1),
    needs: mobilityNeed().array().notNull().default(sql`'{}'::mobility_need[]`),
    purpose: tripPurpose().notNull(),
    channel: bookingChannel().notNull(),
    status: rideRequestStatus().notNull().default('received'),
    /** Machine-readable reason for cancelled / unmet (e.g. 'no_volunteer', 'resident_cancelled'). */
    statusReason: text(),
    createdByStaffId: uuid().references(() => staffUsers.id, { onDelete: 'set null' }),
    /**
     * Set by retention or an erasure: the addresses (labels and exact coordinates) were replaced by the
     * commune's; status, times, passengers and the resident's id stay, so reports do not change.
     */
    pseudonymisedAt: timestamp({ withTimezone: true }),
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
      'ride_requests_return_wait_ck',
      sql`${t.returnWaitMinutes} is null or (${t.returnWaitMinutes} between 0 and 480 and ${t.returnTime} is null)`,
    ),
    check(
      'ride_requests_reason_ck',
      sql`${t.status} not in ('cancelled', 'unmet') or ${t.statusReason} is not null`,
    ),
  ],
);

/**
 * What one volunteer is asked to drive: the legs of one ride request, or of several going the same way
 * at about the same time (pooled), from the first pick-up to the last drop-off. Offers are made for a
 * mission; the volunteer who accepts is assigned to it and closes it with its `code` ("FAIT 4821").
 */
export const missions = pgTable(
  'missions',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    status: missionStatus().notNull().default('open'),
    volunteerDriverId: uuid().references(() => volunteerDrivers.id),
    /** The accepted offer's code (or one drawn for a staff assignment), kept while the mission is assigned. */
    code: text(),
    /** Number of offer waves sent so far. */
    wave: smallint().notNull().default(0),
    /** No volunteer by then: the mission and its requests become unmet and staff get a task. */
    matchDeadline: timestamp({ withTimezone: true }).notNull(),
    /** First pick-up and last drop-off as planned. */
    plannedStartAt: timestamp({ withTimezone: true }).notNull(),
    plannedEndAt: timestamp({ withTimezone: true }).notNull(),
    /** Road distance from the first pick-up to the last drop-off, as planned (no approach). */
    plannedDistanceMeters: integer().notNull(),
    /** Machine-readable reason for cancelled / unmet (e.g. 'no_volunteer_accepted'). */
    statusReason: text(),
    /** Pooling replaced this mission by a larger one. */
    supersededById: uuid().references((): AnyPgColumn => missions.id),
    completedAt: timestamp({ withTimezone: true }),
    /**
     * Distance driven from the volunteer's home through every stop and back, from the routing provider,
     * recorded after completion: the basis of the mileage allowance.
     */
    drivenDistanceMeters: integer(),
    /** The territory's rate when the mission was completed, so later rate changes do not rewrite history. */
    mileageRateEurPerKm: numeric({ precision: 6, scale: 3, mode: 'number' }),
    ...timestamps,
  },
  (t) => [
    index('missions_territory_status_start_idx').on(t.territoryId, t.status, t.plannedStartAt),
    // The missions list, all statuses, by first pick-up: no sort of the whole year per page.
    index('missions_territory_start_idx').on(t.territoryId, t.plannedStartAt, t.id),
    index('missions_driver_start_idx').on(t.volunteerDriverId, t.plannedStartAt),
    uniqueIndex('missions_assigned_code_uq').on(t.territoryId, t.code).where(sql`${t.status} = 'assigned'`),
    check(
      'missions_assigned_ck',
      sql`${t.status} not in ('assigned', 'completed') or (${t.volunteerDriverId} is not null and ${t.code} is not null)`,
    ),
    check(
      'missions_reason_ck',
      sql`${t.status} not in ('cancelled', 'unmet') or ${t.statusReason} is not null`,
    ),
    check('missions_wave_ck', sql`${t.wave} >= 0`),
    check('missions_planned_order_ck', sql`${t.plannedEndAt} >= ${t.plannedStartAt}`),
    check(
      'missions_distance_ck',
      sql`${t.plannedDistanceMeters} >= 0 and (${t.drivenDistanceMeters} is null or ${t.drivenDistanceMeters} >= 0)`,
    ),
  ],
);

/** Which ride requests a mission serves (kept after pooling or cancellation, for the history of offers). */
export const missionRequests = pgTable(
  'mission_requests',
  {
    missionId: uuid()
      .notNull()
      .references(() => missions.id, { onDelete: 'cascade' }),
    rideRequestId: uuid()
      .notNull()
      .references(() => rideRequests.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.missionId, t.rideRequestId] }),
    index('mission_requests_request_idx').on(t.rideRequestId),
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
    /** The mission that drives this leg (moves to the larger mission when pooled). */
    missionId: uuid().references(() => missions.id),
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
    index('trips_mission_idx').on(t.missionId),
    check('trips_unmet_reason_ck', sql`${t.outcome} <> 'unmet' or ${t.unmetReason} is not null`),
    check('trips_distance_ck', sql`${t.distanceMeters} is null or ${t.distanceMeters} >= 0`),
    check(
      'trips_planned_order_ck',
      sql`${t.plannedDropoffAt} is null or ${t.plannedPickupAt} is null or ${t.plannedDropoffAt} >= ${t.plannedPickupAt}`,
    ),
  ],
);

/**
 * A mission proposed to one volunteer. Offers go out in waves; `code` is the four digits the volunteer
 * replies with by SMS ("OUI 4821"), unique among the territory's pending offers. The score and its
 * parts say why this volunteer was asked.
 */
export const offers = pgTable(
  'offers',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    missionId: uuid()
      .notNull()
      .references(() => missions.id, { onDelete: 'cascade' }),
    volunteerDriverId: uuid()
      .notNull()
      .references(() => volunteerDrivers.id, { onDelete: 'cascade' }),
    wave: smallint().notNull(),
    /** Ranking score (lower is better, in km-equivalents) and its parts; null for a staff assignment. */
    score: real(),
    scoreParts: jsonb().$type<Record<string, number>>(),
    code: text().notNull(),
    status: offerStatus().notNull().default('pending'),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    respondedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('offers_mission_driver_uq').on(t.missionId, t.volunteerDriverId),
    uniqueIndex('offers_pending_code_uq').on(t.territoryId, t.code).where(sql`${t.status} = 'pending'`),
    index('offers_driver_status_idx').on(t.volunteerDriverId, t.status),
    index('offers_pending_expiry_idx').on(t.expiresAt).where(sql`${t.status} = 'pending'`),
    check('offers_wave_ck', sql`${t.wave} >= 1`),
    check('offers_expiry_ck', sql`${t.expiresAt} > ${t.sentAt}`),
  ],
);

/**
 * A resident's stated wish about a driver, recorded by staff: a driver they know and ask for (ranked
 * first), or one not to be offered their rides.
 */
export const driverPreferences = pgTable(
  'driver_preferences',
  {
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    residentId: uuid()
      .notNull()
      .references(() => residents.id, { onDelete: 'cascade' }),
    volunteerDriverId: uuid()
      .notNull()
      .references(() => volunteerDrivers.id, { onDelete: 'cascade' }),
    kind: driverPreferenceKind().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.residentId, t.volunteerDriverId] }),
    index('driver_preferences_volunteer_idx').on(t.volunteerDriverId),
  ],
);
