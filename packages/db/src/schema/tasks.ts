import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { staffTaskKind, staffTaskStatus } from './enums';
import { residents, volunteerDrivers } from './people';
import { staffUsers } from './staff';
import { territories } from './territory';

/**
 * Work for CIAS staff that the service cannot do alone: call someone back, listen to a voicemail, find
 * a driver by hand, check an undelivered message. Created by the domain, closed by staff.
 */
export const staffTasks = pgTable(
  'staff_tasks',
  {
    id: uuid().primaryKey().defaultRandom(),
    territoryId: uuid()
      .notNull()
      .references(() => territories.id, { onDelete: 'cascade' }),
    kind: staffTaskKind().notNull(),
    status: staffTaskStatus().notNull().default('open'),
    /** Short French sentence for staff ("Rappeler : message non compris"); no health details. */
    summary: text().notNull(),
    residentId: uuid().references(() => residents.id, { onDelete: 'set null' }),
    volunteerDriverId: uuid().references(() => volunteerDrivers.id, { onDelete: 'set null' }),
    /** Number to call back (E.164), e.g. an unknown caller. */
    phone: text(),
    /** What the task is about, e.g. ('ride_request', id). */
    linkedEntityType: text(),
    linkedEntityId: uuid(),
    /** A voicemail: the provider's recording URL and length. Pseudonymised by retention. */
    recordingUrl: text(),
    recordingSeconds: integer(),
    /** When it must be handled by (e.g. the ride's departure). */
    dueAt: timestamp({ withTimezone: true }),
    /** Same key, same task: a retried job or a replayed webhook does not open a second one. */
    idempotencyKey: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp({ withTimezone: true }),
    resolvedByStaffId: uuid().references(() => staffUsers.id, { onDelete: 'set null' }),
    resolutionNote: text(),
  },
  (t) => [
    uniqueIndex('staff_tasks_idempotency_uq').on(t.territoryId, t.idempotencyKey),
    index('staff_tasks_open_idx').on(t.territoryId, t.status, t.createdAt),
    index('staff_tasks_resident_idx').on(t.residentId),
    check('staff_tasks_phone_ck', sql`${t.phone} is null or ${t.phone} ~ '^\\+[1-9][0-9]{6,14}$'`),
    check('staff_tasks_resolved_ck', sql`(${t.status} = 'open') = (${t.resolvedAt} is null)`),
    check('staff_tasks_summary_len_ck', sql`char_length(${t.summary}) between 1 and 300`),
  ],
);
