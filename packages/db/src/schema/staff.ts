import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { staffRole } from './enums';
import { communes, territories, timestamps } from './territory';

/** CIAS staff and partners who log in to the back office. */
export const staffUsers = pgTable(
  'staff_users',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    /** Stored lower-case; unique across territories so a login names exactly one account. */
    email: text().notNull(),
    displayName: text().notNull(),
    /** argon2id PHC string. */
    passwordHash: text().notNull(),
    role: staffRole().notNull(),
    active: boolean().notNull().default(true),
    lastLoginAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('staff_users_email_uq').on(t.email),
    check('staff_users_email_lower_ck', sql`${t.email} = lower(${t.email})`),
    check('staff_users_hash_ck', sql`${t.passwordHash} like '$argon2id$%'`),
  ],
);

/** Opaque bearer sessions; only a SHA-256 of the token is stored. */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    staffUserId: uuid()
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('staff_sessions_token_uq').on(t.tokenHash),
    index('staff_sessions_user_idx').on(t.staffUserId),
    index('staff_sessions_expiry_idx').on(t.expiresAt),
    check('staff_sessions_expiry_ck', sql`${t.expiresAt} > ${t.createdAt}`),
  ],
);

/**
 * The communes a partner (a commune's social service) works for: a partner sees and acts only on the
 * residents living in them (see residentScope in the domain). Managed by admins.
 */
export const staffUserCommunes = pgTable(
  'staff_user_communes',
  {
    staffUserId: uuid()
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    communeId: uuid()
      .notNull()
      .references(() => communes.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.staffUserId, t.communeId] }),
    index('staff_user_communes_commune_idx').on(t.communeId),
  ],
);
