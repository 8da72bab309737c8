import type { SeatBooking, ShuttleRound, Tx } from '@solimob/db';
import type { SQLWrapper } from 'drizzle-orm';
import { auditInsert } from '../../audit';
import type { BookingChannel, ServiceContext } from '../../context';
import { ServiceError } from '../../errors';
import { loadResidentContact, notifyResident, type ResidentContact } from '../../messages/notify';
import { enqueueJobStatement, sendTogether } from '../../outbox';
import type { TerritoryInfo } from '../../territories/load';
import { isPlanned } from '../common';
import { seatBooked, seatWaitlisted } from '../messages';
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
 * atomically, tell the resident, re-plan a round that already has a plan, audit.
 */
export async function placeBooking(
  tx: ServiceContext & { db: Tx },
  args: PlaceBookingArgs,
): Promise<PlacedBooking> {
  // Read before the claim: the claim locks the round until commit, so only the writes that depend
  // on its outcome come after it.
  const contact =
    args.notify === 'never' ? undefined : (args.contact ?? (await loadResidentContact(tx, args.residentId)));
  const result = await claimSeat(tx.db, {
    territoryId: args.territory.id,
    round: args.round,
    residentId: args.residentId,
    statuses: args.statuses,
    pickup: args.pickup,
    passengers: args.passengers,
    wheelchair: args.wheelchair,
    channel: args.channel,
    subscriptionId: args.subscriptionId ?? null,
    createdByStaffId: tx.actor.kind === 'staff' ? tx.actor.staffUserId : null,
    now: tx.clock.now(),
  });
  if (result.kind === 'duplicate') throw alreadyBooked();
  if (result.kind === 'closed') throw bookingsClosed();
  await recordOutcome(tx, args, result, contact);
  return { booking: result.booking, waitlistPosition: result.waitlistPosition };
}

/**
 * The writes that follow a claim, in as few statements as the lock allows (the round stays locked
 * until commit): the message to the resident carries the audit row and the re-planning job in its own
 * statement; without a message they go together in one.
 */
async function recordOutcome(
  tx: ServiceContext & { db: Tx },
  args: PlaceBookingArgs,
  { booking, waitlistPosition }: PlacedBooking,
  contact: ResidentContact | undefined,
): Promise<void> {
  const confirmed = booking.status === 'confirmed';
  const writes: SQLWrapper[] = [
    auditInsert(tx, {
      action: 'seat_booking.create',
      entityType: 'seat_booking',
      entityId: booking.id,
      details: {
        shuttleRoundId: args.round.id,
        residentId: booking.residentId,
        status: booking.status,
        subscriptionId: args.subscriptionId ?? null,
      },
    }),
  ];
  if (confirmed && isPlanned(args.round)) {
    writes.push(
      enqueueJobStatement(
        null,
        'plan-shuttle-round',
        { shuttleRoundId: args.round.id },
        { territoryId: args.territory.id },
      ),
    );
  }
  if (contact && (args.notify === 'always' || !confirmed)) {
    const zone = args.territory.timezone;
    const notification = confirmed
      ? seatBooked(booking, args.round, zone)
      : seatWaitlisted(booking, args.round, waitlistPosition ?? 1, zone);
    const outcome = await notifyResident(tx, booking.residentId, notification, contact, {
      alongWith: writes,
    });
    if (outcome.queued) return;
  }
  await sendTogether(tx.db, writes);
}
