import { randomUUID } from 'node:crypto';
import type { SeatBooking, ShuttleRound } from '@solimob/db';
import { type SQL, sql } from 'drizzle-orm';
import { auditFromRow } from '../../audit';
import type { BookingChannel, ServiceContext } from '../../context';
import { ServiceError } from '../../errors';
import {
  eitherNotification,
  loadResidentContact,
  notifyResidentFromRow,
  type ResidentContact,
} from '../../messages/notify';
import { enqueueJobStatement } from '../../outbox';
import type { TerritoryInfo } from '../../territories/load';
import { isPlanned } from '../common';
import { seatBooked, seatWaitlisted, WAITLIST_POSITION_SLOT } from '../messages';
import { claimSeat } from './claim';
import type { ResolvedPickup } from './pickup';

export interface PlaceBookingArgs {
  territory: TerritoryInfo;
  round: ShuttleRound;
  residentId: string;
  pickup: ResolvedPickup;
  passengers: number;
  wheelchair: boolean;
  channel: BookingChannel;
  statuses: readonly ShuttleRound['status'][];
  subscriptionId?: string | null;
  /** Who hears about the outcome: everyone, only the waitlisted, or nobody (the caller answers). */
  notify: 'always' | 'waitlisted' | 'never';
  /** The resident's contact when the caller already read it (bookSeat reads it with the resident). */
  contact?: ResidentContact;
}

export interface PlacedBooking {
  booking: SeatBooking;
  waitlistPosition: number | null;
}

export const alreadyBooked = () =>
  new ServiceError('conflict', 'The resident already has a seat booking on this round', {
    residentMessage: 'Vous êtes déjà inscrit dans cette navette.',
  });

export const bookingsClosed = () =>
  new ServiceError('conflict', 'Bookings for this round are closed', {
    residentMessage: 'Les inscriptions pour cette navette sont closes. Appelez le CIAS si besoin.',
  });

/**
 * The part of booking shared by every way in (bookSeat, a regular's standing booking): claim the seat
 * atomically, and with it tell the resident, re-plan a round that already has a plan, audit. All of it
 * is the claim's one statement (see claimSeat): the resident's contact is read before, and what depends
 * on the outcome (confirmed or waitlisted, the rank) is decided in SQL.
 */
export async function placeBooking(ctx: ServiceContext, args: PlaceBookingArgs): Promise<PlacedBooking> {
  const contact =
    args.notify === 'never' ? undefined : (args.contact ?? (await loadResidentContact(ctx, args.residentId)));
  const bookingId = randomUUID();
  const result = await claimSeat(
    ctx.db,
    {
      bookingId,
      territoryId: args.territory.id,
      round: args.round,
      residentId: args.residentId,
      statuses: args.statuses,
      pickup: args.pickup,
      passengers: args.passengers,
      wheelchair: args.wheelchair,
      channel: args.channel,
      subscriptionId: args.subscriptionId ?? null,
      createdByStaffId: ctx.actor.kind === 'staff' ? ctx.actor.staffUserId : null,
      now: ctx.clock.now(),
    },
    [...writesWithBooking(ctx, args), ...messageOfOutcome(ctx, args, bookingId, contact)],
  );
  if (result.kind === 'duplicate') throw alreadyBooked();
  if (result.kind === 'closed') throw bookingsClosed();
  return { booking: result.booking, waitlistPosition: result.waitlistPosition };
}

/** The audit entry, and a re-planning job when a confirmed seat joins a round already planned. */
function writesWithBooking(ctx: ServiceContext, args: PlaceBookingArgs): SQL[] {
  const writes = [
    sql`audited as (${auditFromRow(
      ctx,
      {
        action: 'seat_booking.create',
        entityType: 'seat_booking',
        entityId: sql`booked.id`,
        details: sql`jsonb_build_object('shuttleRoundId', booked.shuttle_round_id,
                                        'residentId', booked.resident_id,
                                        'status', booked.status,
                                        'subscriptionId', ${args.subscriptionId ?? null}::uuid)`,
      },
      'booked',
    )})`,
  ];
  if (isPlanned(args.round)) {
    const replan = enqueueJobStatement(
      'confirmed',
      'plan-shuttle-round',
      { shuttleRoundId: args.round.id },
      { territoryId: args.territory.id },
    );
    writes.push(
      sql`confirmed as (select id from booked where status = 'confirmed'), replanned as (${replan})`,
    );
  }
  return writes;
}

/**
 * The confirmation or the waitlist rank, by the resident's channel, chosen in SQL from the booking row
 * (`placed`); nothing when the resident is answered by the caller, or only the waitlisted are told.
 */
function messageOfOutcome(
  ctx: ServiceContext,
  args: PlaceBookingArgs,
  bookingId: string,
  contact: ResidentContact | undefined,
): SQL[] {
  if (!contact || args.notify === 'never') return [];
  const zone = args.territory.timezone;
  const booking = { id: bookingId };
  const waitlisted = seatWaitlisted(booking, args.round, WAITLIST_POSITION_SLOT, zone);
  const withRank = (text: string) =>
    sql`replace(${text}, ${WAITLIST_POSITION_SLOT}, placed.waitlist_position::text)`;
  const notification = eitherNotification(
    sql`placed.status = 'confirmed'`,
    seatBooked(booking, args.round, zone),
    {
      ...waitlisted,
      sms: withRank(waitlisted.sms),
      voice: withRank(waitlisted.voice),
    },
  );
  const who = args.notify === 'always' ? sql`true` : sql`placed.status = 'waitlisted'`;
  const queued = notifyResidentFromRow(ctx, args.residentId, notification, contact, 'placed', who);
  return queued ? [queued.ctes] : [];
}
