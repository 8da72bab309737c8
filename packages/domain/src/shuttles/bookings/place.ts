import type { SeatBooking, ShuttleRound, Tx } from '@solimob/db';
import { recordAudit } from '../../audit';
import type { BookingChannel, ServiceContext } from '../../context';
import { ServiceError } from '../../errors';
import { loadResidentContact, notifyResident } from '../../messages/notify';
import { enqueueJob } from '../../outbox';
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
  // on its outcome come after it, the independent ones sent together.
  const contact = args.notify === 'never' ? undefined : await loadResidentContact(tx, args.residentId);
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
  const { booking, waitlistPosition: position } = result;
  const zone = args.territory.timezone;
  const confirmed = booking.status === 'confirmed';
  await Promise.all([
    contact && (args.notify === 'always' || !confirmed)
      ? notifyResident(
          tx,
          booking.residentId,
          confirmed
            ? seatBooked(booking, args.round, zone)
            : seatWaitlisted(booking, args.round, position ?? 1, zone),
          contact,
        )
      : undefined,
    confirmed && isPlanned(args.round)
      ? enqueueJob(
          tx.db,
          'plan-shuttle-round',
          { shuttleRoundId: args.round.id },
          { territoryId: args.territory.id },
        )
      : undefined,
    recordAudit(tx, {
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
  ]);
  return { booking, waitlistPosition: position };
}
