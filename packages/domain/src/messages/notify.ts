import { type Resident, type ResidentPhone, reusableQuery, schema } from '@solimob/db';
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { type Contact, contactFor } from './contact';
import { queueMessage, queueMessageFromRow, type TextFor } from './queue-message';

/** One message in its two forms: the SMS text and the sentence read out on a call. */
export interface Notification {
  /** e.g. 'ride.acknowledgement': names the template, also in tests and reports. */
  template: string;
  sms: string;
  voice: string;
  /** Same key, same message (a retried command sends nothing more). */
  idempotencyKey: string;
  linkedEntity?: { type: string; id: string };
  urgent?: boolean;
}

export type NotifyOutcome =
  | { queued: true; messageId: string; channel: Contact['channel']; created: boolean }
  /** The resident is reached only through staff, or has no number: nothing was queued. */
  | { queued: false; reason: 'staff_only' | 'no_phone' };

/** How a resident is reached, read once (a verb may read it before taking a lock, see placeBooking). */
export interface ResidentContact {
  preferredChannel: Resident['preferredChannel'];
  contact: Contact | undefined;
}

/** The resident's channel and phones in one round trip (the query of loadResidentWithContact). */
export async function loadResidentContact(ctx: ServiceContext, residentId: string): Promise<ResidentContact> {
  const found = await loadResidentWithContact(ctx, residentId);
  if (!found) throw new Error(`resident ${residentId} not found in territory ${ctx.actor.territoryId}`);
  return found.contact;
}

/**
 * A verb's resident and how to reach them, in one round trip (a row per phone): for verbs that read the
 * resident anyway and may message them. Undefined when the resident is not in the actor's territory.
 */
export async function loadResidentWithContact(
  ctx: ServiceContext,
  residentId: string,
): Promise<{ resident: Resident; contact: ResidentContact } | undefined> {
  const rows = await residentWithPhones(ctx.db, { residentId, territoryId: ctx.actor.territoryId });
  const [first] = rows;
  if (!first) return undefined;
  return { resident: first.resident, contact: residentContactOf(first.resident.preferredChannel, rows) };
}

/** A resident of the territory with their phones, a row per phone (built once per pool: hot path). */
const residentWithPhones = reusableQuery('resident_with_phones', (db) =>
  db
    .select({
      resident: schema.residents,
      e164: schema.residentPhones.e164,
      kind: schema.residentPhones.kind,
      isPrimary: schema.residentPhones.isPrimary,
    })
    .from(schema.residents)
    .leftJoin(schema.residentPhones, eq(schema.residentPhones.residentId, schema.residents.id))
    .where(
      and(
        eq(schema.residents.id, sql.placeholder('residentId')),
        eq(schema.residents.territoryId, sql.placeholder('territoryId')),
      ),
    )
    .orderBy(asc(schema.residentPhones.createdAt)),
);

/** Nullable phone columns of a resident left-joined with their phones (a row per phone). */
export interface PhoneColumns {
  e164: string | null;
  kind: ResidentPhone['kind'] | null;
  isPrimary: boolean | null;
}

/** The contact from a resident's channel and their phone rows (for a verb that joins them itself). */
export function residentContactOf(
  preferredChannel: Resident['preferredChannel'],
  rows: PhoneColumns[],
): ResidentContact {
  const phones = rows.flatMap((row) =>
    row.e164 !== null && row.kind !== null && row.isPrimary !== null
      ? [{ e164: row.e164, kind: row.kind, isPrimary: row.isPrimary }]
      : [],
  );
  return { preferredChannel, contact: contactFor({ preferredChannel }, phones) };
}

/**
 * Tells a resident something by the channel that reaches them (SMS on a mobile, a call on a landline),
 * through the outbox, in the caller's transaction. Every message to a resident goes through here.
 * `known`: the resident's contact, when the caller already read it with loadResidentContact.
 */
export async function notifyResident(
  ctx: ServiceContext,
  residentId: string,
  notification: Notification,
  known?: ResidentContact,
): Promise<NotifyOutcome> {
  const { preferredChannel, contact } = known ?? (await loadResidentContact(ctx, residentId));
  if (!contact) return { queued: false, reason: preferredChannel === 'staff' ? 'staff_only' : 'no_phone' };
  const queued = await queueMessage(ctx, residentMessage(residentId, notification, contact));
  return { queued: true, messageId: queued.id, channel: contact.channel, created: queued.created };
}

/** What a notification says to a resident reached at `contact`: the SMS text on a mobile, the spoken one on a call. */
function residentMessage<T extends TextFor>(
  residentId: string,
  notification: Pick<RowNotification, 'linkedEntity' | 'urgent'> & {
    template: T;
    sms: T;
    voice: T;
    idempotencyKey: T;
  },
  contact: Contact,
) {
  return {
    channel: contact.channel,
    to: contact.to,
    body: contact.channel === 'sms' ? notification.sms : notification.voice,
    idempotencyKey: notification.idempotencyKey,
    recipient: { residentId },
    template: notification.template,
    ...(notification.linkedEntity ? { linkedEntity: notification.linkedEntity } : {}),
    ...(notification.urgent ? { urgent: true } : {}),
  };
}

/** A Notification whose texts, template and key may be chosen in SQL (see notifyResidentFromRow). */
export interface RowNotification {
  template: TextFor;
  sms: TextFor;
  voice: TextFor;
  idempotencyKey: TextFor;
  linkedEntity?: { type: string; id: string };
  urgent?: boolean;
}

/** `when` (SQL over the row the message is queued from) picks `then`, else `otherwise`. */
export function eitherNotification(
  when: SQL,
  then: RowNotification,
  otherwise: RowNotification,
): RowNotification {
  const pick = (a: TextFor, b: TextFor) => sql`(case when ${when} then ${a} else ${b} end)`;
  return {
    template: pick(then.template, otherwise.template),
    sms: pick(then.sms, otherwise.sms),
    voice: pick(then.voice, otherwise.voice),
    idempotencyKey: pick(then.idempotencyKey, otherwise.idempotencyKey),
    ...(then.linkedEntity ? { linkedEntity: then.linkedEntity } : {}),
    ...(then.urgent && otherwise.urgent ? { urgent: true } : {}),
  };
}

/**
 * notifyResident as CTEs of a bigger statement (see queueMessageFromRow): for the row of the CTE
 * `fromRow` that `where` keeps, by the channel that reaches the resident. Undefined when nothing can be
 * queued (reached only through staff, no number): the statement then goes without.
 */
export function notifyResidentFromRow(
  ctx: ServiceContext,
  residentId: string,
  notification: RowNotification,
  known: ResidentContact,
  fromRow: string,
  where: SQL,
): { ctes: SQL } | undefined {
  const { contact } = known;
  if (!contact) return undefined;
  return queueMessageFromRow(ctx, residentMessage(residentId, notification, contact), fromRow, where);
}

/** Volunteers are texted on a mobile, the primary one first (they answer offers by SMS). */
export async function notifyVolunteer(
  ctx: ServiceContext,
  volunteerDriverId: string,
  notification: Omit<Notification, 'voice'>,
): Promise<NotifyOutcome> {
  const [phone] = await ctx.db
    .select({ e164: schema.volunteerPhones.e164 })
    .from(schema.volunteerPhones)
    .where(
      and(
        eq(schema.volunteerPhones.volunteerDriverId, volunteerDriverId),
        eq(schema.volunteerPhones.territoryId, ctx.actor.territoryId),
      ),
    )
    .orderBy(
      desc(sql`${schema.volunteerPhones.kind} = 'mobile'`),
      desc(schema.volunteerPhones.isPrimary),
      asc(schema.volunteerPhones.createdAt),
    )
    .limit(1);
  if (!phone) return { queued: false, reason: 'no_phone' };
  const queued = await queueMessage(ctx, {
    channel: 'sms',
    to: phone.e164,
    body: notification.sms,
    idempotencyKey: notification.idempotencyKey,
    recipient: { volunteerDriverId },
    template: notification.template,
    ...(notification.linkedEntity ? { linkedEntity: notification.linkedEntity } : {}),
    ...(notification.urgent ? { urgent: true } : {}),
  });
  return { queued: true, messageId: queued.id, channel: 'sms', created: queued.created };
}
