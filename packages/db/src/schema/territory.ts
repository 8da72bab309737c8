import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { placeKind } from './enums';

const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

export { timestamps };

/** A tenant: one intercommunal area served by one social-action centre. */
export const territories = pgTable(
  'territories',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    name: text().notNull(),
    timezone: text().notNull().default('Europe/Paris'),
    /** Legal mileage allowance paid to volunteer drivers, in euros per km to the tenth of a cent (seed data). */
    mileageRateEurPerKm: numeric({ precision: 6, scale: 3, mode: 'number' }).notNull(),
    /** Free-text phone number residents can call, read out in messages. */
    contactPhone: text(),
    /**
     * The service's own two-way number (E.164) that residents and volunteers text and call; inbound
     * webhooks find their territory by it. Null until the territory has one.
     */
    serviceNumber: text(),
    /** Per-territory rules (notice, service hours, offer waves…): shape and defaults in the domain. */
    settings: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('territories_slug_uq').on(t.slug),
    uniqueIndex('territories_service_number_uq').on(t.serviceNumber),
    check('territories_service_number_ck', sql`${t.serviceNumber} ~ '^\\+[1-9][0-9]{6,14}$'`),
    check('territories_mileage_rate_ck', sql`${t.mileageRateEurPerKm} >= 0`),
  ],
);

/** Communes of a territory; `zone` is an editable grouping used in reports (e.g. Ouest / Est). */
export const communes = pgTable(
  'communes',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    inseeCode: text().notNull(),
    postalCode: text().notNull(),
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
    zone: text().notNull(),
    population: integer(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('communes_territory_insee_uq').on(t.territoryId, t.inseeCode),
    uniqueIndex('communes_territory_name_uq').on(t.territoryId, t.name),
    check('communes_insee_ck', sql`${t.inseeCode} ~ '^[0-9][0-9AB][0-9]{3}$'`),
    check('communes_lat_ck', sql`${t.lat} between -90 and 90`),
    check('communes_lon_ck', sql`${t.lon} between -180 and 180`),
  ],
);

/** Named destinations (markets, health centres, stations…) that residents refer to by name or alias. */
export const places = pgTable(
  'places',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    communeId: uuid().references(() => communes.id, { onDelete: 'set null' }),
    name: text().notNull(),
    kind: placeKind().notNull(),
    address: text(),
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
    /** Lower-case, accent-free alternative names used to recognise the place in an SMS or speech. */
    aliases: text().array().notNull().default(sql`'{}'::text[]`),
    /** A destination outside the territory that rides may still go to (e.g. a hospital in Vannes). */
    outsideTerritory: boolean().notNull().default(false),
    active: boolean().notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('places_territory_name_uq').on(t.territoryId, t.name),
    index('places_territory_kind_idx').on(t.territoryId, t.kind),
    check('places_lat_ck', sql`${t.lat} between -90 and 90`),
    check('places_lon_ck', sql`${t.lon} between -180 and 180`),
  ],
);
