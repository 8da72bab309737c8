import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { territories } from './territory';

/**
 * Transactional outbox: written in the same transaction as the state change that requires background
 * work, then published to the queue by the relay. The BullMQ job id is derived from `id`, so publishing
 * the same row twice (crash after publish, before marking) creates one job, not two.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    territoryId: uuid().references(() => territories.id, { onDelete: 'cascade' }),
    queue: text().notNull(),
    jobName: text().notNull(),
    /** Ids only: job data sits in Redis in clear. */
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Do not publish before this time (delayed work such as offer expiry). */
    availableAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp({ withTimezone: true }),
    attempts: integer().notNull().default(0),
    lastError: text(),
  },
  (t) => [
    index('outbox_unpublished_idx').on(t.availableAt, t.id).where(sql`${t.publishedAt} is null`),
    check('outbox_attempts_ck', sql`${t.attempts} >= 0`),
  ],
);
