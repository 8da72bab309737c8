import { schema } from '@solimob/db';
import { createTestDatabase, type TestDatabase } from '@solimob/db/testing';
import { createEstimateProvider, haversineMeters } from '@solimob/routing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bookSeat,
  cancelSeatBooking,
  closeDueRounds,
  getRoundPlan,
  getRouteSheet,
  planRound,
  sendDayBeforeReminders,
} from '../../src/shuttles';
import { type ShuttleWorld, shuttleWorld } from './fixture';

const NOW = '2026-12-02T09:00:00Z';
const routing = createEstimateProvider();
const solver = { maxIterations: 600, timeLimitMs: 5_000 };

let t: TestDatabase;
let w: ShuttleWorld;
beforeAll(async () => {
  t = await createTestDatabase();
  w = await shuttleWorld(t, {
    now: NOW,
    vehicles: [
      { name: 'Minibus 1', seats: 8, wheelchairPlaces: 1 },
      { name: 'Minibus 2', seats: 8, wheelchairPlaces: 1 },
    ],
    marketWindowMinutes: 60,
  });
});
afterAll(async () => {
  await t?.drop();
});

const deps = () => ({ db: w.db, clock: w.clock, routing, solver });
const messagesTo = (residentId: string, template: string) =>
  w.db
    .select()
    .from(schema.messages)
    .where(and(eq(schema.messages.residentId, residentId), eq(schema.messages.template, template)));

describe('planning a round at the cut-off', () => {
  it('plans outbound and return, announces the day before, then re-plans a late cancellation with least disruption', async () => {
    const round = await w.roundOn('2026-12-07');
    const berric = await w.addResidents(6, { commune: 1 });
    const molac = await w.addResidents(6, { commune: 2 });
    const [wheelchairUser] = await w.addResidents(1, { commune: 2, needs: ['wheelchair'], landline: true });
    const everyone = [...berric, ...molac, wheelchairUser!];
    const bookings = new Map<string, string>();
    for (const residentId of everyone) {
      bookings.set(residentId, (await bookSeat(w.staff(), { shuttleRoundId: round.id, residentId })).id);
    }

    // Sunday 09:31: the cut-off (Sunday 09:30) has passed; the sweep closes the round and queues planning.
    w.clock.set('2026-12-06T08:31:00Z');
    expect(await closeDueRounds({ db: w.db, clock: w.clock })).toBe(1);
    const [job] = await w.db
      .select()
      .from(schema.outbox)
      .where(
        and(eq(schema.outbox.jobName, 'plan-shuttle-round'), eq(schema.outbox.territoryId, w.territoryId)),
      );
    expect(job?.payload).toEqual({ shuttleRoundId: round.id });

    const first = await planRound(deps(), round.id);
    expect(first).toMatchObject({ planned: true, version: 1, strategy: 'fresh', unserved: 0, told: 0 });
    const plan = await getRoundPlan(w.staff(), round.id);
    expect(plan.status).toBe('planned');
    const arrival = new Date('2026-12-07T08:30:00Z').getTime();
    const outbound = plan.legs.find((l) => l.leg === 'outbound')!;
    const pickups = outbound.vehicles.flatMap((v) => v.stops.filter((s) => s.kind === 'pickup'));
    expect(pickups).toHaveLength(13);
    for (const vehicle of outbound.vehicles) {
      expect(vehicle.geometry.length).toBeGreaterThanOrEqual(2);
      const seats = vehicle.stops.reduce((load, s) => {
        const delta = s.wheelchair ? s.passengers - 1 : s.passengers;
        const next = load + (s.kind === 'pickup' ? delta : -delta);
        expect(next).toBeLessThanOrEqual(8);
        return next;
      }, 0);
      expect(seats).toBe(0);
      for (const stop of vehicle.stops.filter((s) => s.kind === 'dropoff')) {
        // On time at the market, within the line's window.
        expect(stop.at.getTime()).toBeLessThanOrEqual(arrival);
        expect(stop.at.getTime()).toBeGreaterThanOrEqual(arrival - 60 * 60_000);
      }
      // Nobody rides more than the line's 45 minutes (boarding included in the first minutes).
      for (const pick of vehicle.stops.filter((s) => s.kind === 'pickup')) {
        const drop = vehicle.stops.find(
          (s) => s.kind === 'dropoff' && s.seatBookingId === pick.seatBookingId,
        )!;
        expect(drop.at.getTime() - pick.at.getTime()).toBeLessThanOrEqual((45 + 5) * 60_000);
      }
    }
    const back = plan.legs.find((l) => l.leg === 'return')!;
    expect(back.vehicles.flatMap((v) => v.stops.filter((s) => s.kind === 'dropoff'))).toHaveLength(13);
    for (const stop of back.vehicles.flatMap((v) => v.stops.filter((s) => s.kind === 'pickup'))) {
      expect(stop.at.getTime()).toBeGreaterThanOrEqual(new Date('2026-12-07T10:30:00Z').getTime());
    }
    expect(pickups.find((p) => p.residentId === wheelchairUser)?.place).toEqual({ kind: 'door' });

    // Before 17:00 on Sunday nothing is sent; at 17:00 everyone gets their pick-up time.
    w.clock.set('2026-12-06T15:55:00Z');
    expect(await sendDayBeforeReminders({ db: w.db, clock: w.clock })).toEqual({ rounds: 0, messages: 0 });
    w.clock.set('2026-12-06T16:01:00Z');
    expect(await sendDayBeforeReminders({ db: w.db, clock: w.clock })).toEqual({ rounds: 1, messages: 13 });
    expect(await sendDayBeforeReminders({ db: w.db, clock: w.clock })).toEqual({ rounds: 0, messages: 0 });
    const [sms] = await messagesTo(berric[0]!, 'shuttle.day-before');
    expect(sms).toMatchObject({ channel: 'sms' });
    expect(sms!.body).toMatch(
      /^Solimob : la navette passera vous chercher lundi 7 décembre vers \d{1,2} h( \d\d)?, devant chez vous\. Retour : départ vers (11|12) h( \d\d)?\. Pour annuler : 02 61 91 00 00\.$/,
    );
    const [call] = await messagesTo(wheelchairUser!, 'shuttle.day-before');
    expect(call).toMatchObject({ channel: 'voice' });
    expect(call!.body).toContain('La navette passera vous chercher lundi 7 décembre vers');

    // Sunday evening, one Berric passenger cancels: a late cancellation, and a re-plan that keeps the
    // others' announced times (never earlier, a few minutes later at most) and tells nobody unaffected.
    const announced = new Map(
      (
        await w.db.select().from(schema.seatBookings).where(eq(schema.seatBookings.shuttleRoundId, round.id))
      ).map((b) => [b.id, b.announcedPickupAt!]),
    );
    w.clock.set('2026-12-06T18:00:00Z');
    const leaving = bookings.get(berric[2]!)!;
    expect(await cancelSeatBooking(w.resident(berric[2]!, 'sms'), leaving, {})).toMatchObject({
      outcome: 'late_cancellation',
    });
    const second = await planRound(deps(), round.id);
    expect(second).toMatchObject({ planned: true, version: 2, strategy: 'repaired', unserved: 0 });
    const replanned = await w.db
      .select()
      .from(schema.seatBookings)
      .where(eq(schema.seatBookings.shuttleRoundId, round.id));
    for (const b of replanned.filter((x) => x.status === 'confirmed')) {
      const before = announced.get(b.id)!.getTime();
      expect(b.plannedPickupAt!.getTime()).toBeGreaterThanOrEqual(before);
      expect(b.plannedPickupAt!.getTime() - before).toBeLessThanOrEqual(10 * 60_000);
    }
    const changed = await w.db
      .select()
      .from(schema.messages)
      .where(eq(schema.messages.template, 'shuttle.time-changed'));
    expect(changed.length).toBe(second.planned ? second.told : -1);

    // A late addition by staff: re-planned, and the newcomer learns their time at once.
    const [newcomer] = await w.addResidents(1, { commune: 1 });
    await bookSeat(w.staff(), { shuttleRoundId: round.id, residentId: newcomer!, late: true });
    const third = await planRound(deps(), round.id);
    expect(third).toMatchObject({ planned: true, version: 3, unserved: 0 });
    const [told] = await messagesTo(newcomer!, 'shuttle.day-before');
    expect(told?.body).toContain('la navette passera vous chercher lundi 7 décembre');

    const sheet = await getRouteSheet(w.staff(), round.id);
    const rows = sheet.legs[0]!.vehicles.flatMap((v) => v.rows);
    expect(rows.some((r) => r.action === 'Prendre' && r.phone?.startsWith('06 39 98'))).toBe(true);
    expect(rows.some((r) => r.needs.includes('fauteuil roulant'))).toBe(true);
  });

  it('reports passengers the vehicles cannot take and opens a staff task', async () => {
    const round = await w.roundOn('2026-12-14');
    // A resident 60 km away cannot reach the market within the 45-minute ride limit.
    const [far] = await w.db
      .insert(schema.residents)
      .values({
        territoryId: w.territoryId,
        firstName: 'Très',
        lastName: 'Loin',
        communeId: w.communeIds[2]!,
        addressLine: 'Lieu-dit Lointain',
        lat: 48.2,
        lon: -2.45,
      })
      .returning();
    expect(haversineMeters({ lat: 48.2, lon: -2.45 }, { lat: 47.66, lon: -2.45 })).toBeGreaterThan(50_000);
    const [near] = await w.addResidents(1, { commune: 0 });
    await bookSeat(w.staff(), { shuttleRoundId: round.id, residentId: far!.id });
    await bookSeat(w.staff(), { shuttleRoundId: round.id, residentId: near! });
    w.clock.set('2026-12-13T08:31:00Z');
    await closeDueRounds({ db: w.db, clock: w.clock });
    const outcome = await planRound(deps(), round.id);
    expect(outcome).toMatchObject({ planned: true, unserved: 2 });
    const plan = await getRoundPlan(w.staff(), round.id);
    expect(plan.unserved.map((u) => u.residentId)).toEqual([far!.id]);
    const tasks = await w.db
      .select()
      .from(schema.staffTasks)
      .where(eq(schema.staffTasks.linkedEntityId, round.id));
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.summary).toContain('sans place');
  });
});
