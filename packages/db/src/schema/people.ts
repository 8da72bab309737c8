import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
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
  actorKind,
  consentChannel,
  contactChannel,
  dataRequestKind,
  mobilityNeed,
  personStatus,
  phoneKind,
} from './enums';
import { communes, territories, timestamps } from './territory';

// Lower case without the accents French names carry; literals, as a generated column requires.
const ACCENTED = 'àáâäãåçèéêëìíîïñòóôöõùúûüýÿ';
const PLAIN = 'aaaaaaceeeeiiiinooooouuuuyy';

/**
 * "Marie-Thérèse Le Goff" → "marie-therese le goff": what the name search matches words against (a
 * stored generated column with a trigram index, so "goff" finds Le Goff without reading every row).
 */
export const searchNameOf = (firstName: AnyColumn, lastName: AnyColumn): SQL =>
  sql`translate(lower(${firstName} || ' ' || ${lastName}), ${sql.raw(`'${ACCENTED}'`)}, ${sql.raw(`'${PLAIN}'`)})`;

/**
 * A person who travels. Only what the service needs is kept: no birth date, no health details beyond
 * the mobility needs that decide which vehicle can carry them.
 */
export const residents = pgTable(
  'residents',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    firstName: text().notNull(),
    lastName: text().notNull(),
    /** Both names folded (see searchNameOf), kept by Postgres, for the staff's name search. */
    searchName: text().generatedAlwaysAs((): SQL => searchNameOf(residents.firstName, residents.lastName)),
    communeId: uuid()
      .notNull()
      .references(() => communes.id),
    addressLine: text().notNull(),
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
    mobilityNeeds: mobilityNeed().array().notNull().default(sql`'{}'::mobility_need[]`),
    preferredChannel: contactChannel().notNull().default('sms'),
    /** When and how the resident agreed to be contacted and to have their data kept. */
    consentAt: timestamp({ withTimezone: true }),
    consentSource: text(),
    status: personStatus().notNull().default('active'),
    /** Short practical note for drivers (door code, "ring twice"); never medical details. */
    accessNote: text(),
    /**
     * Set when the resident's data was erased on request: names, address, phones and notes are replaced
     * or removed; the row stays (with its commune) so the aggregate statistics do not change.
     */
    erasedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('residents_territory_name_idx').on(t.territoryId, t.lastName, t.firstName),
    // Staff search names by any part ("goff" finds Le Goff): trigrams of the folded names (pg_trgm).
    index('residents_search_name_trgm_idx').using('gin', sql`${t.searchName} gin_trgm_ops`),
    index('residents_commune_idx').on(t.communeId),
    check('residents_access_note_len_ck', sql`char_length(${t.accessNote}) <= 200`),
  ],
);

/**
 * Every consent given or withdrawn, with its date and channel: the history, where `residents.consent_at`
 * is only the current state.
 */
export const residentConsents = pgTable(
  'resident_consents',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    residentId: uuid()
      .notNull()
      .references(() => residents.id, { onDelete: 'cascade' }),
    /** False: the consent was withdrawn. */
    given: boolean().notNull(),
    channel: consentChannel().notNull(),
    /** Free-text detail ("formulaire signé au CIAS"); no health details. */
    source: text(),
    /** When the resident gave or withdrew it (may precede when it was recorded). */
    at: timestamp({ withTimezone: true }).notNull(),
    recordedByKind: actorKind().notNull(),
    recordedById: uuid(),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('resident_consents_resident_idx').on(t.residentId, t.at)],
);

/**
 * A record of each request a resident made about their data (an export, an erasure): who handled it
 * and when. Kept after an erasure, which leaves the resident's id and nothing that names them.
 */
export const dataRequests = pgTable(
  'data_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    residentId: uuid()
      .notNull()
      .references(() => residents.id),
    kind: dataRequestKind().notNull(),
    /** 'json' or 'csv' for an export. */
    format: text(),
    requestedByKind: actorKind().notNull(),
    requestedById: uuid(),
    /** Counts of what was exported or erased; never the data itself. */
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('data_requests_resident_idx').on(t.residentId, t.at)],
);

export const residentPhones = pgTable(
  'resident_phones',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    residentId: uuid()
      .notNull()
      .references(() => residents.id, { onDelete: 'cascade' }),
    /** E.164, e.g. +33612345678. A landline may be shared by a couple, so it is not unique per territory. */
    e164: text().notNull(),
    kind: phoneKind().notNull(),
    isPrimary: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('resident_phones_resident_e164_uq').on(t.residentId, t.e164),
    // text_pattern_ops: serves exact look-ups and the phone desk's prefix search (`like '+33639%'`).
    index('resident_phones_lookup_idx').on(t.territoryId, t.e164.op('text_pattern_ops')),
    check('resident_phones_e164_ck', sql`${t.e164} ~ '^\\+[1-9][0-9]{6,14}$'`),
  ],
);

/** A volunteer who drives residents in their own car and is paid the legal mileage allowance. */
export const volunteerDrivers = pgTable(
  'volunteer_drivers',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    firstName: text().notNull(),
    lastName: text().notNull(),
    searchName: text().generatedAlwaysAs(
      (): SQL => searchNameOf(volunteerDrivers.firstName, volunteerDrivers.lastName),
    ),
    communeId: uuid()
      .notNull()
      .references(() => communes.id),
    homeLat: doublePrecision().notNull(),
    homeLon: doublePrecision().notNull(),
    /** Passenger seats offered (driver excluded). */
    seats: smallint().notNull().default(3),
    wheelchairCapable: boolean().notNull().default(false),
    /** Alternative to listing served communes: serve any pick-up within this road distance of home. */
    maxDistanceKm: integer(),
    /** Maximum trips per calendar month the volunteer accepts to be offered; null = no cap. */
    monthlyTripCap: integer(),
    active: boolean().notNull().default(true),
    ...timestamps,
  },
  (t) => [
    index('volunteer_drivers_territory_active_idx').on(t.territoryId, t.active),
    index('volunteer_drivers_search_name_trgm_idx').using('gin', sql`${t.searchName} gin_trgm_ops`),
    check('volunteer_drivers_seats_ck', sql`${t.seats} between 1 and 8`),
    check('volunteer_drivers_max_distance_ck', sql`${t.maxDistanceKm} is null or ${t.maxDistanceKm} > 0`),
    check('volunteer_drivers_cap_ck', sql`${t.monthlyTripCap} is null or ${t.monthlyTripCap} >= 0`),
  ],
);

export const volunteerPhones = pgTable(
  'volunteer_phones',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    volunteerDriverId: uuid()
      .notNull()
      .references(() => volunteerDrivers.id, { onDelete: 'cascade' }),
    e164: text().notNull(),
    kind: phoneKind().notNull(),
    isPrimary: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('volunteer_phones_volunteer_e164_uq').on(t.volunteerDriverId, t.e164),
    index('volunteer_phones_lookup_idx').on(t.territoryId, t.e164.op('text_pattern_ops')),
    check('volunteer_phones_e164_ck', sql`${t.e164} ~ '^\\+[1-9][0-9]{6,14}$'`),
  ],
);

export const volunteerServedCommunes = pgTable(
  'volunteer_served_communes',
  {
    volunteerDriverId: uuid()
      .notNull()
      .references(() => volunteerDrivers.id, { onDelete: 'cascade' }),
    communeId: uuid()
      .notNull()
      .references(() => communes.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.volunteerDriverId, t.communeId] })],
);

/** Weekly availability slots, in the territory's local time. ISO weekday: 1 = Monday … 7 = Sunday. */
export const volunteerAvailabilities = pgTable(
  'volunteer_availabilities',
  {
    id: uuid().primaryKey().defaultRandom(),
    volunteerDriverId: uuid()
      .notNull()
      .references(() => volunteerDrivers.id, { onDelete: 'cascade' }),
    weekday: smallint().notNull(),
    startTime: time().notNull(),
    endTime: time().notNull(),
  },
  (t) => [
    index('volunteer_availabilities_volunteer_idx').on(t.volunteerDriverId, t.weekday),
    check('volunteer_availabilities_weekday_ck', sql`${t.weekday} between 1 and 7`),
    check('volunteer_availabilities_order_ck', sql`${t.startTime} < ${t.endTime}`),
  ],
);

/** Holidays and other absences; both days included. */
export const volunteerAbsences = pgTable(
  'volunteer_absences',
  {
    id: uuid().primaryKey().defaultRandom(),
    volunteerDriverId: uuid()
      .notNull()
      .references(() => volunteerDrivers.id, { onDelete: 'cascade' }),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
  },
  (t) => [
    index('volunteer_absences_volunteer_idx').on(t.volunteerDriverId, t.startsOn),
    check('volunteer_absences_order_ck', sql`${t.startsOn} <= ${t.endsOn}`),
  ],
);
