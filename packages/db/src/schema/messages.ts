import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { messageChannel, messageDirection, messageStatus } from './enums';
import { residents, volunteerDrivers } from './people';
import { territories } from './territory';

/**
 * Every SMS and call, in and out. `idempotencyKey` makes "send this confirmation" happen once even when
 * the command that asks for it is retried; `providerId` (Twilio's SID) makes status callbacks and
 * inbound webhooks idempotent.
 */
export const messages = pgTable(
  'messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    direction: messageDirection().notNull(),
    channel: messageChannel().notNull(),
    /** The other party's number (E.164): needed to send and to match replies. */
    counterpartPhone: text().notNull(),
    body: text().notNull(),
    status: messageStatus().notNull(),
    /** 'twilio' or 'local-outbox'. */
    provider: text(),
    providerId: text(),
    errorCode: text(),
    idempotencyKey: text(),
    /** What the message is about, e.g. ('ride_request', id); no personal data here. */
    linkedEntityType: text(),
    linkedEntityId: uuid(),
    /** The person on the other end, when known: their conversation timeline. */
    residentId: uuid().references(() => residents.id, { onDelete: 'set null' }),
    volunteerDriverId: uuid().references(() => volunteerDrivers.id, { onDelete: 'set null' }),
    /** Which template produced an outbound message (e.g. 'ride.acknowledgement'), for reports and tests. */
    template: text(),
    /** Urgent messages ignore quiet hours (e.g. a same-morning change); most messages are not. */
    urgent: boolean().notNull().default(false),
    attempts: smallint().notNull().default(0),
    /**
     * Held back by the sending policy (quiet hours, the per-number rate) until then: a send job is
     * already waiting in the outbox for that time, so the stalled-message sweep leaves it alone.
     */
    heldUntil: timestamp({ withTimezone: true }),
    /** Set by retention or an erasure: the body and the number were blanked; the rest stays for reports. */
    pseudonymisedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('messages_idempotency_uq').on(t.territoryId, t.idempotencyKey),
    uniqueIndex('messages_provider_id_uq').on(t.provider, t.providerId),
    index('messages_counterpart_idx').on(t.territoryId, t.counterpartPhone, t.createdAt),
    index('messages_linked_idx').on(t.linkedEntityType, t.linkedEntityId),
    index('messages_resident_idx').on(t.residentId, t.createdAt),
    index('messages_volunteer_idx').on(t.volunteerDriverId, t.createdAt),
    check(
      'messages_e164_ck',
      sql`${t.counterpartPhone} ~ '^\\+[1-9][0-9]{6,14}$' or (${t.pseudonymisedAt} is not null and ${t.counterpartPhone} = '')`,
    ),
    check('messages_direction_status_ck', sql`(${t.direction} = 'inbound') = (${t.status} = 'received')`),
  ],
);
