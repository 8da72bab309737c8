import { type Db, schema } from '@solimob/db';
import { and, between, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit';
import type { Clock, ServiceContext } from '../../context';
import { notifyResident } from '../../messages/notify';
import { loadTerritory, type TerritoryInfo } from '../../territories/load';
import { addDays, zonedInstant } from '../../time';
import { lockRound, roundInstants } from '../common';
import { dayBeforeReminder } from '../messages';
import { pickupPlaces } from './places';

/**
 * Scheduled (every few minutes, in UTC): for each planned round whose day-before hour has come in its
 * territory's zone (`shuttles.reminderTime` the day before, or at once when a round is planned later
 * than that), tells every confirmed passenger their pick-up time by SMS or call, records it as the
 * announced time, and marks the round. Idempotent: a marked round is skipped, and each message has
 * its key.
 */
export async function sendDayBeforeReminders(deps: {
  db: Db;
  clock: Clock;
}): Promise<{ rounds: number; messages: number }> {
  const now = deps.clock.now();
  const today = now.toISOString().slice(0, 10);
  // Candidates by UTC date, widened by a day each side; the exact check is in each territory's zone.
  const candidates = await deps.db
    .select()
    .from(schema.shuttleRounds)
    .where(
      and(
        eq(schema.shuttleRounds.status, 'planned'),
        isNull(schema.shuttleRounds.remindersSentAt),
        between(schema.shuttleRounds.serviceDate, addDays(today, -1), addDays(today, 2)),
      ),
    );
  const territories = new Map<string, TerritoryInfo>();
  let rounds = 0;
  let messages = 0;
  for (const candidate of candidates) {
    let territory = territories.get(candidate.territoryId);
    if (!territory) {
      territory = await loadTerritory(deps.db, candidate.territoryId);
      territories.set(territory.id, territory);
    }
    const { reminderTime } = territory.settings.shuttles;
    const dueAt = zonedInstant(addDays(candidate.serviceDate, -1), reminderTime, territory.timezone);
    const { arrival } = roundInstants(candidate, territory.timezone);
    if (now < dueAt || now >= arrival) continue;
    const sent = await remindRound(deps, territory, candidate.id);
    if (sent !== null) {
      rounds++;
      messages += sent;
    }
  }
  return { rounds, messages };
}

async function remindRound(deps: { db: Db; clock: Clock }, territory: TerritoryInfo, roundId: string) {
  return deps.db.transaction(async (db) => {
    const tx: ServiceContext & { db: typeof db } = {
      db,
      clock: deps.clock,
      actor: { kind: 'system', territoryId: territory.id },
    };
    const round = await lockRound(db, territory.id, roundId);
    if (round.status !== 'planned' || round.remindersSentAt) return null;
    const bookings = await db
      .select()
      .from(schema.seatBookings)
      .where(
        and(eq(schema.seatBookings.shuttleRoundId, round.id), eq(schema.seatBookings.status, 'confirmed')),
      );
    const returns = await db
      .select()
      .from(schema.shuttlePlanStops)
      .where(
        and(
          eq(schema.shuttlePlanStops.shuttleRoundId, round.id),
          eq(schema.shuttlePlanStops.leg, 'return'),
          eq(schema.shuttlePlanStops.kind, 'pickup'),
        ),
      );
    const returnAt = new Map(returns.map((stop) => [stop.seatBookingId, stop.plannedAt]));
    const places = await pickupPlaces(db, bookings);
    let sent = 0;
    for (const booking of bookings) {
      if (!booking.plannedPickupAt) continue;
      const notification = dayBeforeReminder(
        booking,
        { at: booking.plannedPickupAt, place: places.get(booking.id)! },
        returnAt.get(booking.id) ?? null,
        territory.contactPhone,
        territory.timezone,
      );
      const outcome = await notifyResident(tx, booking.residentId, notification);
      await db
        .update(schema.seatBookings)
        .set({ announcedPickupAt: booking.plannedPickupAt })
        .where(eq(schema.seatBookings.id, booking.id));
      if (outcome.queued) sent++;
    }
    await db
      .update(schema.shuttleRounds)
      .set({ remindersSentAt: deps.clock.now(), updatedAt: deps.clock.now() })
      .where(eq(schema.shuttleRounds.id, round.id));
    await recordAudit(tx, {
      action: 'shuttle_round.remind',
      entityType: 'shuttle_round',
      entityId: round.id,
      details: { messages: sent },
    });
    return sent;
  });
}
