import type { DbOrTx, RideRequest, StaffRole, Tx } from '@solimob/db';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** Who is acting. Every verb is scoped to `territoryId`; nothing crosses territories. */
export type Actor =
  | { kind: 'staff'; staffUserId: string; territoryId: string; role: StaffRole }
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
}

/** The channel a booking came through: as given by the transport, else staff for staff, api otherwise. */
export const bookingChannelOf = (ctx: ServiceContext): BookingChannel =>
  ctx.channel ?? (ctx.actor.kind === 'staff' ? 'staff' : 'api');

/**
 * A resident acting for themselves by SMS or on the voice line: their own conversation answers them,
 * so verbs queue no separate notification (it would arrive twice, or by another channel).
 */
export const isSelfService = (ctx: ServiceContext): boolean =>
  ctx.actor.kind === 'resident' && (ctx.channel === 'sms' || ctx.channel === 'voice');

const isTransaction = (db: DbOrTx): db is Tx => 'rollback' in db;

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
