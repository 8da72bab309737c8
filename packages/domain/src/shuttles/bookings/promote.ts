import type { SeatBooking, ShuttleRound, Tx } from '@solimob/db';
import { recordAudit } from '../../audit';
import type { ServiceContext } from '../../context';
import { notifyResident } from '../../messages/notify';
import type { TerritoryInfo } from '../../territories/load';
import { seatPromoted } from '../messages';
import { promoteNext } from './claim';

/**
 * Fills freed places from the waitlist, first come first served among those who fit, and tells each
 * promoted resident. The caller holds the round's lock and has already released the places.
 */
export async function promoteWaitlist(
  tx: ServiceContext & { db: Tx },
  territory: TerritoryInfo,
  round: ShuttleRound,
): Promise<SeatBooking[]> {
  const promoted: SeatBooking[] = [];
  for (;;) {
    const booking = await promoteNext(tx.db, round.id, tx.clock.now());
    if (!booking) return promoted;
    promoted.push(booking);
    await notifyResident(tx, booking.residentId, seatPromoted(booking, round, territory.timezone));
    await recordAudit(tx, {
      action: 'seat_booking.promote',
      entityType: 'seat_booking',
      entityId: booking.id,
      details: { shuttleRoundId: round.id },
    });
  }
}
