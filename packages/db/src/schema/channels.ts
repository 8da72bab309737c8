import { sql } from 'drizzle-orm';
import {
  check,
  index,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { conversationParty } from './enums';
import { residents, volunteerDrivers } from './people';
import { territories } from './territory';

/**
 * The state of a short SMS exchange with one phone number ("which Monday?" → "OUI"). One row per
 * number and territory; it expires, after which the next message starts afresh.
 */
export const conversations = pgTable(
  'conversations',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    phone: text().notNull(),
    party: conversationParty().notNull(),
    residentId: uuid().references(() => residents.id, { onDelete: 'cascade' }),
    volunteerDriverId: uuid().references(() => volunteerDrivers.id, { onDelete: 'cascade' }),
    /** What the service is waiting for (shape in the domain); ids and dates only. */
    state: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** Consecutive turns not understood; at two, staff are asked to call back. */
    notUnderstood: smallint().notNull().default(0),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('conversations_territory_phone_uq').on(t.territoryId, t.phone),
    index('conversations_expiry_idx').on(t.expiresAt),
    check('conversations_phone_ck', sql`${t.phone} ~ '^\\+[1-9][0-9]{6,14}$'`),
  ],
);

/** Numbers that replied STOP (or ARRET): nothing but the opt-out confirmation is sent until START. */
export const phoneOptOuts = pgTable(
  'phone_opt_outs',
  {
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    phone: text().notNull(),
    /** 'sms' (a STOP reply), 'voice', or 'staff' (asked on the phone). */
    source: text().notNull(),
    optedOutAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.territoryId, t.phone] }),
    check('phone_opt_outs_phone_ck', sql`${t.phone} ~ '^\\+[1-9][0-9]{6,14}$'`),
  ],
);

/**
 * What we answered to a provider's webhook, by its own id (MessageSid, CallSid + step): a webhook
 * delivered twice is processed once and answered the same. Purged by retention.
 */
export const webhookReceipts = pgTable(
  'webhook_receipts',
  {
    provider: text().notNull(),
    key: text().notNull(),
    territoryId: uuid().references(() => territories.id, { onDelete: 'cascade' }),
    contentType: text().notNull(),
    responseBody: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.key] }),
    index('webhook_receipts_created_idx').on(t.createdAt),
  ],
);
