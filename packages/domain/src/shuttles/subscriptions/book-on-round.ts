import { type ShuttleRound, schema, type Tx } from '@solimob/db';
import { and, asc, eq, lte, notExists } from 'drizzle-orm';
import type { ServiceContext } from '../../context';
import { ServiceError } from '../../errors';
import { loadTerritory } from '../../territories/load';
import { resolvePickup } from '../bookings/pickup';
import { placeBooking } from '../bookings/place';
import { findLine } from '../common';

/**
 * Books the seats of a line's regulars on one round, oldest subscription first, skipping the dates they
 * said they would not travel. Only the waitlisted are told (the others hear the day before). Returns
 * the number of bookings made; a resident already booked on the round is left as is.
 */
export async function bookSubscriptionsOnRound(
  tx: ServiceContext & { db: Tx },
  round: ShuttleRound,
  onlySubscriptionId?: string,
): Promise<number> {
  const territory = await loadTerritory(tx.db, round.territoryId);
  const line = await findLine(tx.db, territory.id, round.shuttleLineId);
  const s = schema.shuttleSubscriptions;
  const k = schema.shuttleSubscriptionSkips;
  const subscriptions = await tx.db
    .select()
    .from(s)
    .where(
      and(
        eq(s.shuttleLineId, line.id),
        eq(s.active, true),
        lte(s.startsOn, round.nominalDate),
        onlySubscriptionId ? eq(s.id, onlySubscriptionId) : undefined,
        notExists(
          tx.db
            .select()
            .from(k)
            .where(and(eq(k.shuttleSubscriptionId, s.id), eq(k.nominalDate, round.nominalDate))),
        ),
      ),
    )
    .orderBy(asc(s.createdAt), asc(s.id));
  let booked = 0;
  for (const subscription of subscriptions) {
    const [resident] = await tx.db
      .select()
      .from(schema.residents)
      .where(and(eq(schema.residents.id, subscription.residentId), eq(schema.residents.status, 'active')));
    if (!resident) continue;
    const pickup = await resolvePickup(
      tx.db,
      line,
      resident,
      { stopId: subscription.pickupStopId, atDoor: subscription.atDoor },
      territory.settings.shuttles,
      [],
    );
    if (!pickup) continue;
    try {
      await placeBooking(tx, {
        territory,
        round,
        residentId: resident.id,
        pickup,
        passengers: subscription.passengers,
        wheelchair: subscription.wheelchair,
        channel: subscription.channel,
        statuses: ['open'],
        subscriptionId: subscription.id,
        notify: 'waitlisted',
      });
      booked++;
    } catch (error) {
      // Already booked by hand for that date, or the round closed meanwhile: nothing to add.
      if (error instanceof ServiceError && error.code === 'conflict') continue;
      throw error;
    }
  }
  return booked;
}
