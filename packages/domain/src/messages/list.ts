import { type Message, schema } from '@solimob/db';
import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import Type, { type Static } from 'typebox';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import type { ServiceContext } from '../context';
import { type Page, PageQuery, pageWindow, parseInput, Uuid } from '../input';
import { findResident } from '../residents/view';
import { findVolunteer } from '../volunteers/view';

/** From the database enums, so the API accepts exactly what the columns store. */
export const messageStatusValues = schema.messageStatus.enumValues;
export const messageDirectionValues = schema.messageDirection.enumValues;
export const messageChannelValues = schema.messageChannel.enumValues;

/** Filters of one person's conversation timeline. */
export const PersonMessagesQuery = Type.Object(
  {
    ...PageQuery.properties,
    status: Type.Optional(
      Type.Array(Type.Enum(messageStatusValues), {
        minItems: 1,
        uniqueItems: true,
        description: 'Only messages in one of these statuses (repeat the parameter)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type PersonMessagesQuery = Static<typeof PersonMessagesQuery>;

export const ListMessagesQuery = Type.Object(
  {
    ...PersonMessagesQuery.properties,
    residentId: Type.Optional(Uuid),
    volunteerDriverId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type ListMessagesQuery = Static<typeof ListMessagesQuery>;

/** One SMS or call, in or out, as staff see it in a timeline. */
export interface MessageView {
  id: string;
  direction: Message['direction'];
  channel: Message['channel'];
  counterpartPhone: string;
  body: string;
  status: Message['status'];
  errorCode: string | null;
  template: string | null;
  residentId: string | null;
  volunteerDriverId: string | null;
  linkedEntity: { type: string; id: string } | null;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
  updatedAt: Date;
}

export const toMessageView = (m: Message): MessageView => ({
  id: m.id,
  direction: m.direction,
  channel: m.channel,
  counterpartPhone: m.counterpartPhone,
  body: m.body,
  status: m.status,
  errorCode: m.errorCode,
  template: m.template,
  residentId: m.residentId,
  volunteerDriverId: m.volunteerDriverId,
  linkedEntity:
    m.linkedEntityType && m.linkedEntityId ? { type: m.linkedEntityType, id: m.linkedEntityId } : null,
  attempts: m.attempts,
  createdAt: m.createdAt,
  sentAt: m.sentAt,
  updatedAt: m.updatedAt,
});

/**
 * SMS and calls, newest first: one person's conversation timeline (residentId or volunteerDriverId), or
 * the territory's messages in some statuses (e.g. failed ones to check). Message bodies are private
 * conversations, so reading them is its own permission, not implied by reading people.
 */
export async function listMessages(ctx: ServiceContext, rawQuery: unknown): Promise<Page<MessageView>> {
  assertCan(ctx.actor, 'messages:read');
  const query = parseInput(ListMessagesQuery, rawQuery);
  const territoryId = ctx.actor.territoryId;
  // Another territory's person is simply not found (404), not an empty timeline.
  if (query.residentId) {
    await findResident(ctx, query.residentId);
    // A resident's conversation is part of their record: its reads are audited.
    await recordAudit(ctx, {
      action: 'resident.messages.read',
      entityType: 'resident',
      entityId: query.residentId,
    });
  }
  if (query.volunteerDriverId) await findVolunteer(ctx.db, territoryId, query.volunteerDriverId);
  const { page, pageSize, offset } = pageWindow(query);
  const m = schema.messages;
  const filters: (SQL | undefined)[] = [eq(m.territoryId, territoryId)];
  if (query.residentId) filters.push(eq(m.residentId, query.residentId));
  if (query.volunteerDriverId) filters.push(eq(m.volunteerDriverId, query.volunteerDriverId));
  if (query.status) filters.push(inArray(m.status, query.status));
  const where = and(...filters);
  const [rows, [totalRow]] = await Promise.all([
    ctx.db
      .select()
      .from(m)
      .where(where)
      .orderBy(desc(m.createdAt), desc(m.id))
      .limit(pageSize)
      .offset(offset),
    ctx.db.select({ total: count() }).from(m).where(where),
  ]);
  return { items: rows.map(toMessageView), page, pageSize, total: totalRow?.total ?? 0 };
}
