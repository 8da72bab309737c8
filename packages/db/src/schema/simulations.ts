import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staffUsers } from './staff';
import { territories } from './territory';

/**
 * A what-if simulation asked by staff: the scenario(s) as given, then its progress and result. The run
 * itself happens in the worker in a throwaway database; only this row is written to the live one.
 */
export const simulations = pgTable(
  'simulations',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    requestedByStaffId: uuid().references(() => staffUsers.id, { onDelete: 'set null' }),
    /** queued → running → done | failed. */
    status: text().notNull().default('queued'),
    scenario: jsonb().notNull(),
    /** The second scenario of a comparison, if any. */
    compareScenario: jsonb(),
    /** { scenario: 'A' | 'B', day, days }: where the run is. */
    progress: jsonb(),
    /** Metrics of each scenario and their comparison. */
    result: jsonb(),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('simulations_territory_created_idx').on(t.territoryId, t.createdAt),
    check('simulations_status_ck', sql`${t.status} in ('queued', 'running', 'done', 'failed')`),
  ],
);
