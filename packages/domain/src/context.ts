import { type DbOrTx, isTransaction, type RideRequest, type StaffRole, type Tx } from '@solimob/db';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** Who is acting. Every verb is scoped to `territoryId`; nothing crosses territories. */
export type Actor =
  | {
      kind: 'staff';
      staffUserId: string;
      territoryId: string;
      role: StaffRole;
      /** A partner's communes: they see only the residents living there (see residentScope). */
      communeIds?: readonly string[];
    }
  | { kind: 'resident'; residentId: string; territoryId: string }
  | { kind: 'volunteer'; volunteerDriverId: string; territoryId: string }
  | { kind: 'system'; territoryId: string };

export type BookingChannel = RideRequest['channel'];

export interface ServiceContext {
  db: DbOrTx;
  clock: Clock;
  actor: Actor;
  /** How the actor reached us, recorded on bookings; defaults from the actor (see bookingChannelOf). */
  channel?: BookingChannel;
  /** Set by the SMS and voice conversations, which answer the resident themselves (see isSelfService). */
  answeredInConversation?: boolean;
}

/** The channel a booking came through: as given by the transport, else staff for staff, api otherwise. */
export const bookingChannelOf = (ctx: ServiceContext): BookingChannel =>
  ctx.channel ?? (ctx.actor.kind === 'staff' ? 'staff' : 'api');

/**
 * The caller is the resident's own SMS or voice conversation, which answers them itself: verbs then
 * queue no separate notification to that resident (it would arrive twice, or by another channel).
 * Set only by the conversation; a resident acting through any other path is notified as usual.
 */
export const isSelfService = (ctx: ServiceContext): boolean =>
  ctx.actor.kind === 'resident' && ctx.answeredInConversation === true;

/** Runs `fn` in a transaction, reusing the caller's when there is one, so verbs compose. */
export async function withTransaction<T>(
  ctx: ServiceContext,
  fn: (txCtx: ServiceContext & { db: Tx }) => Promise<T>,
): Promise<T> {
  if (isTransaction(ctx.db)) return fn({ ...ctx, db: ctx.db });
  return ctx.db.transaction((tx) => fn({ ...ctx, db: tx }));
}

export const actorId = (actor: Actor): string | null => {
  switch (actor.kind) {
    case 'staff':
      return actor.staffUserId;
    case 'resident':
      return actor.residentId;
    case 'volunteer':
      return actor.volunteerDriverId;
    case 'system':
      return null;
  }
};
