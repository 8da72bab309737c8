import { schema } from '@solimob/db';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { type Contact, contactFor } from './contact';
import { queueMessage } from './queue-message';

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

/**
 * Tells a resident something by the channel that reaches them (SMS on a mobile, a call on a landline),
 * through the outbox, in the caller's transaction. Every message to a resident goes through here.
 */
export async function notifyResident(
  ctx: ServiceContext,
  residentId: string,
  notification: Notification,
): Promise<NotifyOutcome> {
  const territoryId = ctx.actor.territoryId;
  const [resident] = await ctx.db
    .select({ preferredChannel: schema.residents.preferredChannel })
    .from(schema.residents)
    .where(and(eq(schema.residents.id, residentId), eq(schema.residents.territoryId, territoryId)));
  if (!resident) throw new Error(`resident ${residentId} not found in territory ${territoryId}`);
  const phones = await ctx.db
    .select()
    .from(schema.residentPhones)
    .where(eq(schema.residentPhones.residentId, residentId));
  const contact = contactFor(resident, phones);
  if (!contact)
    return { queued: false, reason: resident.preferredChannel === 'staff' ? 'staff_only' : 'no_phone' };
  const queued = await queueMessage(ctx, {
    channel: contact.channel,
    to: contact.to,
    body: contact.channel === 'sms' ? notification.sms : notification.voice,
    idempotencyKey: notification.idempotencyKey,
    recipient: { residentId },
    template: notification.template,
    ...(notification.linkedEntity ? { linkedEntity: notification.linkedEntity } : {}),
    ...(notification.urgent ? { urgent: true } : {}),
  });
  return { queued: true, messageId: queued.id, channel: contact.channel, created: queued.created };
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
