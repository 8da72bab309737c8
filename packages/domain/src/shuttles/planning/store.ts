import { type DbOrTx, type SeatBooking, type ShuttleRound, schema, type Tx } from '@solimob/db';
import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../audit';
import type { ServiceContext } from '../../context';
import { notifyResident } from '../../messages/notify';
import { openStaffTask } from '../../tasks/create';
import type { TerritoryInfo } from '../../territories/load';
import { frenchDay } from '../../time';
import { lockRound, roundInstants } from '../common';
import { dayBeforeReminder, pickupTimeChanged, stillWaitlisted } from '../messages';
import type { LegPlan, PlanningInput, RoundPlan } from './model';
import { pickupPlaces } from './places';

export type StoreOutcome =
  | { stored: true; version: number; told: number; unserved: number }
  /** The round changed while the plan was computed (bookings, vehicles or times): plan again. */
  | { stored: false; reason: 'stale' }
  /** The round was cancelled or has run: nothing to plan. */
  | { stored: false; reason: 'not_plannable' };

/** Removes a round's stored plan (before storing a new one, or when the round moves). */
export async function clearPlan(db: DbOrTx, roundId: string): Promise<void> {
  await db.delete(schema.shuttlePlanStops).where(eq(schema.shuttlePlanStops.shuttleRoundId, roundId));
  await db.delete(schema.shuttlePlanRoutes).where(eq(schema.shuttlePlanRoutes.shuttleRoundId, roundId));
}

/**
 * Writes a plan under the round's lock, if the round is still the one it was computed for; sets each
 * booking's planned pick-up time, tells the residents whose announced time moved by at least
 * `notifyChangeMinutes` (and only them), and opens a staff task for passengers left out.
 */
export async function storeRoundPlan(
  tx: ServiceContext & { db: Tx },
  territory: TerritoryInfo,
  input: PlanningInput,
  plan: RoundPlan,
): Promise<StoreOutcome> {
  const round = await lockRound(tx.db, territory.id, input.roundId);
  if (!['open', 'closed', 'planned'].includes(round.status))
    return { stored: false, reason: 'not_plannable' };
  const bookings = await confirmedBookings(tx.db, round.id);
  if (!(await isCurrent(tx.db, round, territory, input, bookings))) return { stored: false, reason: 'stale' };
  const now = tx.clock.now();
  const version = round.planVersion + 1;
  await clearPlan(tx.db, round.id);
  await insertLeg(tx.db, round.id, plan.outbound);
  await insertLeg(tx.db, round.id, plan.return);
  const pickupAt = pickupTimes(plan.outbound);
  for (const booking of bookings) {
    await tx.db
      .update(schema.seatBookings)
      .set({ plannedPickupAt: pickupAt.get(booking.id) ?? null, updatedAt: now })
      .where(eq(schema.seatBookings.id, booking.id));
  }
  const told = await announceChanges(tx, territory, round, bookings, plan, version);
  const finalPlan = round.status === 'closed';
  await tx.db
    .update(schema.shuttleRounds)
    .set({
      plannedAt: now,
      planVersion: version,
      status: finalPlan ? 'planned' : round.status,
      updatedAt: now,
    })
    .where(eq(schema.shuttleRounds.id, round.id));
  if (finalPlan && round.plannedAt === null) await tellWaitlist(tx, territory, round);
  const unserved = plan.outbound.unserved.length + plan.return.unserved.length;
  if (unserved > 0) await reportUnserved(tx, territory, round, plan, version);
  await recordAudit(tx, {
    action: 'shuttle_round.plan',
    entityType: 'shuttle_round',
    entityId: round.id,
    details: { version, strategy: plan.strategy, passengers: bookings.length, unserved, told },
  });
  return { stored: true, version, told, unserved };
}

const confirmedBookings = (db: DbOrTx, roundId: string) =>
  db
    .select()
    .from(schema.seatBookings)
    .where(and(eq(schema.seatBookings.shuttleRoundId, roundId), eq(schema.seatBookings.status, 'confirmed')));

async function isCurrent(
  db: DbOrTx,
  round: ShuttleRound,
  territory: TerritoryInfo,
  input: PlanningInput,
  bookings: SeatBooking[],
): Promise<boolean> {
  const sameIds = (a: string[], b: string[]) =>
    a.length === b.length && [...a].sort().join() === [...b].sort().join();
  const vehicles = await db
    .select({ id: schema.shuttleRoundVehicles.id })
    .from(schema.shuttleRoundVehicles)
    .where(eq(schema.shuttleRoundVehicles.shuttleRoundId, round.id));
  const { arrival, departure } = roundInstants(round, territory.timezone);
  const samePickups = bookings.every((b) => {
    const p = input.passengers.find((x) => x.bookingId === b.id);
    return p !== undefined && p.pickup.lat === b.pickupLat && p.pickup.lon === b.pickupLon;
  });
  return (
    sameIds(
      bookings.map((b) => b.id),
      input.passengers.map((p) => p.bookingId),
    ) &&
    samePickups &&
    sameIds(
      vehicles.map((v) => v.id),
      input.vehicles.map((v) => v.id),
    ) &&
    arrival.getTime() === input.arrival.getTime() &&
    departure.getTime() === input.departure.getTime()
  );
}

async function insertLeg(db: Tx, roundId: string, leg: LegPlan): Promise<void> {
  for (const route of leg.routes) {
    await db.insert(schema.shuttlePlanRoutes).values({
      shuttleRoundId: roundId,
      leg: leg.leg,
      shuttleRoundVehicleId: route.vehicleId,
      departAt: route.departAt,
      returnAt: route.returnAt,
      distanceMeters: route.distanceMeters,
      geometry: route.geometry,
    });
    if (route.stops.length === 0) continue;
    await db.insert(schema.shuttlePlanStops).values(
      route.stops.map((stop, i) => ({
        shuttleRoundId: roundId,
        leg: leg.leg,
        shuttleRoundVehicleId: route.vehicleId,
        sequence: i + 1,
        kind: stop.kind,
        seatBookingId: stop.bookingId,
        plannedAt: stop.at,
        lat: stop.point.lat,
        lon: stop.point.lon,
      })),
    );
  }
}

/** Booking id → its pick-up time on a leg (outbound: at home or the stop; return: at the market). */
export function pickupTimes(leg: LegPlan): Map<string, Date> {
  const times = new Map<string, Date>();
  for (const route of leg.routes) {
    for (const stop of route.stops) if (stop.kind === 'pickup') times.set(stop.bookingId, stop.at);
  }
  return times;
}

/**
 * Who hears about the new plan. Before the day-before messages nobody has a time, so nobody is told.
 * After them: a resident whose announced time moved by `notifyChangeMinutes` or more gets the new one
 * (which becomes the announced time); a smaller move is absorbed (the minibus waits a little); a
 * resident added or promoted since has no time yet and gets the day-before message now.
 */
async function announceChanges(
  tx: ServiceContext & { db: Tx },
  territory: TerritoryInfo,
  round: ShuttleRound,
  bookings: SeatBooking[],
  plan: RoundPlan,
  version: number,
): Promise<number> {
  const threshold = territory.settings.shuttles.notifyChangeMinutes * 60_000;
  const outbound = pickupTimes(plan.outbound);
  const back = pickupTimes(plan.return);
  const places = await pickupPlaces(tx.db, bookings);
  const zone = territory.timezone;
  let told = 0;
  for (const booking of bookings) {
    const at = outbound.get(booking.id);
    if (!at) continue;
    const place = places.get(booking.id)!;
    const announced = booking.announcedPickupAt;
    let notification: Parameters<typeof notifyResident>[2] | undefined;
    if (announced && Math.abs(at.getTime() - announced.getTime()) >= threshold) {
      notification = pickupTimeChanged(booking, { at, place }, version, zone);
    } else if (!announced && round.remindersSentAt) {
      notification = dayBeforeReminder(
        booking,
        { at, place },
        back.get(booking.id) ?? null,
        territory.contactPhone,
        zone,
      );
    }
    if (!notification) continue;
    await notifyResident(tx, booking.residentId, notification);
    await tx.db
      .update(schema.seatBookings)
      .set({ announcedPickupAt: at })
      .where(eq(schema.seatBookings.id, booking.id));
    told++;
  }
  return told;
}

/** At the first plan after the cut-off, those still waiting learn that the round stayed full. */
async function tellWaitlist(tx: ServiceContext & { db: Tx }, territory: TerritoryInfo, round: ShuttleRound) {
  const waiting = await tx.db
    .select()
    .from(schema.seatBookings)
    .where(
      and(eq(schema.seatBookings.shuttleRoundId, round.id), eq(schema.seatBookings.status, 'waitlisted')),
    );
  for (const booking of waiting) {
    await notifyResident(tx, booking.residentId, stillWaitlisted(booking, round, territory.timezone));
  }
}

async function reportUnserved(
  tx: ServiceContext & { db: Tx },
  territory: TerritoryInfo,
  round: ShuttleRound,
  plan: RoundPlan,
  version: number,
) {
  const ids = [...new Set([...plan.outbound.unserved, ...plan.return.unserved].map((u) => u.bookingId))];
  const residents = await tx.db
    .select({ id: schema.seatBookings.residentId })
    .from(schema.seatBookings)
    .where(inArray(schema.seatBookings.id, ids));
  await openStaffTask(tx, {
    territoryId: territory.id,
    kind: 'other',
    summary: `Navette du ${frenchDay(round.serviceDate, territory.timezone)} : ${ids.length} passager(s) sans place dans le plan (ajouter un véhicule ou élargir les horaires).`,
    idempotencyKey: `shuttle-unserved-${round.id}-${version}`,
    residentId: residents.length === 1 ? residents[0]!.id : null,
    linkedEntity: { type: 'shuttle_round', id: round.id },
    dueAt: round.cutoffAt,
  });
}
