import { sql } from 'drizzle-orm';
import {
  check,
  date,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { communes, territories } from './territory';

/**
 * How far each territory's monthly report summary goes and when it was computed. Kept by the worker's
 * `refresh-report-summaries` (packages/domain/src/reports/refresh-summaries.ts); the reports read the
 * months before `settledBefore` from `report_month_figures` and compute the later ones live.
 */
export const reportSummaries = pgTable('report_summaries', {
  territoryId: uuid()
    .primaryKey()
    .references(() => territories.id, { onDelete: 'cascade' }),
  /** First instant (territory time) of the first month not summarised: every earlier month is. */
  settledBefore: timestamp({ withTimezone: true }).notNull(),
  /** When the summarised figures were computed (one snapshot of the database). */
  refreshedAt: timestamp({ withTimezone: true }).notNull(),
});

/**
 * The report figures of one settled month for the residents of one commune (their commune when the
 * summary was computed): what the reports would compute from the ride requests, trips, missions, seat
 * bookings and rounds of that month. A month and commune without any request or booking has no row.
 * Residents reached are kept as their ids, so that a period counts each person once.
 */
export const reportMonthFigures = pgTable(
  'report_month_figures',
  {
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    /** First day of the month, territory time. */
    month: date().notNull(),
    communeId: uuid()
      .notNull()
      .references(() => communes.id, { onDelete: 'cascade' }),
    rideRequests: integer().notNull(),
    rideServed: integer().notNull(),
    rideUnmet: integer().notNull(),
    rideCancelled: integer().notNull(),
    ridePending: integer().notNull(),
    ridePassengers: integer().notNull(),
    /** Exact sums (numeric): adding months gives the same total as adding the requests. */
    rideKm: numeric().notNull(),
    rideHours: numeric().notNull(),
    shuttleBookings: integer().notNull(),
    shuttleServed: integer().notNull(),
    shuttleUnmet: integer().notNull(),
    shuttleCancelled: integer().notNull(),
    shuttlePending: integer().notNull(),
    shuttlePassengers: integer().notNull(),
    shuttleKm: numeric().notNull(),
    /** Unmet requests and bookings by reason: { "shuttle_full": 2, … }. */
    unmetReasons: jsonb().$type<Record<string, number>>().notNull(),
    /** The residents carried at least once this month (ids only). */
    reached: uuid().array().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.territoryId, t.month, t.communeId] }),
    check('report_month_figures_month_ck', sql`extract(day from ${t.month}) = 1`),
  ],
);
