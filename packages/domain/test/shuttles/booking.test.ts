import { createDb, type DbHandle, schema } from '@solimob/db';
import { createTestDatabase, type TestDatabase } from '@solimob/db/testing';
import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../../src/errors';
import { addRoundVehicle, bookSeat, cancelSeatBooking, getRound } from '../../src/shuttles';
import { type ShuttleWorld, shuttleWorld } from './fixture';

// Wednesday 2 December 2026, 10:00 in Paris: the next Monday round (7 December) closes on Sunday 09:30.
const NOW = '2026-12-02T09:00:00Z';

let t: TestDatabase;
let wide: DbHandle;

beforeAll(async () => {
  t = await createTestDatabase();
  // Enough connections for the attempts to really overlap in Postgres, not queue in the pool.
  wide = createDb(t.url, { max: 25, applicationName: 'shuttle-concurrency-test' });
});
afterAll(async () => {
  await wide?.close();
  await t?.drop();
});

const bookingsOf = (w: ShuttleWorld, roundId: string) =>
  w.db
    .select()
    .from(schema.seatBookings)
    .where(and(eq(schema.seatBookings.shuttleRoundId, roundId), ne(schema.seatBookings.status, 'cancelled')));

describe('bookSeat under concurrency', () => {
  it('200 concurrent attempts on 8 seats: exactly 8 confirmed, the rest waitlisted in arrival order, nobody twice', async () => {
    const w = await shuttleWorld(t, { now: NOW, db: wide.db, vehicles: [{ name: 'Minibus', seats: 8 }] });
    const round = await w.roundOn('2026-12-07');
    const residents = await w.addResidents(150);
    // Wave 1: 100 residents at once. Wave 2: the other 50 plus 50 of the first wave trying again.
    const attempt = (residentId: string, i: number) =>
      bookSeat(i % 2 === 0 ? w.staff() : w.resident(residentId, i % 3 === 0 ? 'voice' : 'sms'), {
        shuttleRoundId: round.id,
        residentId,
      }).then(
        (booking) => ({ ok: true as const, booking }),
        (error: unknown) => ({ ok: false as const, error }),
      );
    const wave1 = await Promise.all(residents.slice(0, 100).map(attempt));
    const wave2 = await Promise.all([...residents.slice(100), ...residents.slice(0, 50)].map(attempt));
    const all = [...wave1, ...wave2];
    expect(all).toHaveLength(200);

    const refused = all.filter((a) => !a.ok);
    expect(refused).toHaveLength(50);
    for (const r of refused) {
      expect(r.error).toBeInstanceOf(ServiceError);
      expect((r.error as ServiceError).code).toBe('conflict');
      expect((r.error as ServiceError).residentMessage).toContain('déjà inscrit');
    }

    const rows = await bookingsOf(w, round.id);
    const confirmed = rows.filter((b) => b.status === 'confirmed');
    const waitlisted = rows.filter((b) => b.status === 'waitlisted');
    expect(confirmed).toHaveLength(8);
    expect(waitlisted).toHaveLength(142);
    expect(new Set(rows.map((b) => b.residentId)).size).toBe(150);
    // Ranks are 1..142 without a gap or a repeat: each claim took the next one under the round's lock.
    const ranks = waitlisted.map((b) => b.waitlistRank!).sort((a, b) => a - b);
    expect(ranks).toEqual(Array.from({ length: 142 }, (_, i) => i + 1));
    // Arrival order: everyone of the first wave was confirmed or queued before anyone of the second.
    const firstWave = new Set(residents.slice(0, 100));
    const lastOfFirst = Math.max(
      ...waitlisted.filter((b) => firstWave.has(b.residentId)).map((b) => b.waitlistRank!),
    );
    const firstOfSecond = Math.min(
      ...waitlisted.filter((b) => !firstWave.has(b.residentId)).map((b) => b.waitlistRank!),
    );
    expect(lastOfFirst).toBe(92);
    expect(firstOfSecond).toBe(93);
    expect(confirmed.every((b) => firstWave.has(b.residentId))).toBe(true);

    const view = await getRound(w.staff(), round.id);
    expect(view).toMatchObject({ capacity: { seats: 8 }, taken: { seats: 8 }, waitlisted: 142 });
    // The view each caller got says the same as the database.
    const views = all.flatMap((a) => (a.ok ? [a.booking] : []));
    expect(views.filter((v) => v.status === 'confirmed')).toHaveLength(8);
    expect(
      views
        .filter((v) => v.status === 'waitlisted')
        .map((v) => v.waitlistPosition)
        .sort((a, b) => a! - b!),
    ).toEqual(Array.from({ length: 142 }, (_, i) => i + 1));

    // Staff bookings tell the resident (the conversation answers the others itself): one message per
    // booking, written in the booking's transaction, naming the rank the caller was given.
    const byStaff = all.flatMap((a, i) => (a.ok && i % 2 === 0 ? [a.booking] : []));
    const messages = await w.db
      .select()
      .from(schema.messages)
      .where(eq(schema.messages.linkedEntityType, 'seat_booking'));
    expect(messages.map((m) => m.linkedEntityId).sort()).toEqual(byStaff.map((b) => b.id).sort());
    for (const booking of byStaff) {
      const message = messages.find((m) => m.linkedEntityId === booking.id)!;
      if (booking.status === 'confirmed') {
        expect(message).toMatchObject({
          template: 'shuttle.booked',
          idempotencyKey: `seat-booked-${booking.id}`,
        });
      } else {
        expect(message.template).toBe('shuttle.waitlisted');
        expect(message.body).toContain(`liste d'attente : ${booking.waitlistPosition}.`);
      }
    }
    const jobs = await w.db.select().from(schema.outbox).where(eq(schema.outbox.jobName, 'send-message'));
    expect(jobs.filter((j) => messages.some((m) => m.id === j.payload.messageId))).toHaveLength(
      messages.length,
    );
  });
});

describe('bookSeat, cancellation and the waitlist', () => {
  let w: ShuttleWorld;
  beforeAll(async () => {
    w = await shuttleWorld(t, { now: NOW, vehicles: [{ name: 'Minibus', seats: 2, wheelchairPlaces: 1 }] });
  });

  it('counts a wheelchair user on the wheelchair place, a companion on a seat', async () => {
    const round = await w.roundOn('2026-12-14');
    const [wheelchairUser] = await w.addResidents(1, { needs: ['wheelchair'] });
    const [other] = await w.addResidents(1, { needs: ['wheelchair'] });
    const first = await bookSeat(w.staff(), {
      shuttleRoundId: round.id,
      residentId: wheelchairUser!,
      passengers: 2,
    });
    expect(first).toMatchObject({ status: 'confirmed', wheelchair: true, passengers: 2 });
    expect((await getRound(w.staff(), round.id)).taken).toEqual({ seats: 1, wheelchairPlaces: 1 });
    const second = await bookSeat(w.staff(), { shuttleRoundId: round.id, residentId: other! });
    expect(second).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
  });

  it('writes with each booking its message, the job that sends it and the audit entry; without a message, the entry alone', async () => {
    const round = await w.roundOn('2027-01-11');
    const [told, selfService] = await w.addResidents(2);
    const writesFor = async (bookingId: string) => {
      const messages = await w.db
        .select()
        .from(schema.messages)
        .where(eq(schema.messages.linkedEntityId, bookingId));
      const jobs = await w.db.select().from(schema.outbox).where(eq(schema.outbox.jobName, 'send-message'));
      const audit = await w.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, bookingId));
      return {
        messages,
        jobs: jobs.filter((j) => messages.some((m) => j.payload.messageId === m.id)),
        audit,
      };
    };

    const booked = await bookSeat(w.staff(), { shuttleRoundId: round.id, residentId: told! });
    const one = await writesFor(booked.id);
    expect(one.messages).toMatchObject([
      { template: 'shuttle.booked', residentId: told, status: 'pending', direction: 'outbound' },
    ]);
    expect(one.jobs).toHaveLength(1);
    expect(one.audit).toMatchObject([
      {
        action: 'seat_booking.create',
        actorKind: 'staff',
        details: { shuttleRoundId: round.id, residentId: told, status: 'confirmed' },
      },
    ]);

    // The resident's own SMS conversation answers them: no message, the audit entry all the same.
    const own = await bookSeat(
      { ...w.resident(selfService!, 'sms'), answeredInConversation: true },
      { shuttleRoundId: round.id, residentId: selfService! },
    );
    const two = await writesFor(own.id);
    expect(two.messages).toHaveLength(0);
    expect(two.audit).toMatchObject([
      { action: 'seat_booking.create', actorKind: 'resident', details: { residentId: selfService } },
    ]);
  });

  it('promotes the first waiting person who fits when a seat is freed, and tells them', async () => {
    const round = await w.roundOn('2026-12-21');
    const [a, b, couple, c] = await w.addResidents(4);
    const bookA = await bookSeat(w.staff(), { shuttleRoundId: round.id, residentId: a! });
    await bookSeat(w.staff(), { shuttleRoundId: round.id, residentId: b! });
    const waitingCouple = await bookSeat(w.staff(), {
      shuttleRoundId: round.id,
      residentId: couple!,
      passengers: 2,
    });
    const waitingC = await bookSeat(w.staff(), { shuttleRoundId: round.id, residentId: c! });
    expect([waitingCouple.waitlistPosition, waitingC.waitlistPosition]).toEqual([1, 2]);

    // One seat frees: the couple (first) needs two, so the next person who fits gets it.
    const cancelled = await cancelSeatBooking(w.resident(a!, 'sms'), bookA.id, {
      reason: 'resident_cancelled',
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', outcome: null });
    const rows = await bookingsOf(w, round.id);
    expect(rows.find((r) => r.residentId === c)).toMatchObject({ status: 'confirmed', waitlistRank: null });
    expect(rows.find((r) => r.residentId === couple)).toMatchObject({ status: 'waitlisted' });
    expect((await getRound(w.staff(), round.id)).waitlisted).toBe(1);
    const [promotedMessage] = await w.db
      .select()
      .from(schema.messages)
      .where(and(eq(schema.messages.residentId, c!), eq(schema.messages.template, 'shuttle.promoted')));
    expect(promotedMessage?.body).toContain('une place');
    // The resident who cancelled by SMS is answered by the conversation, not by a second message.
    const toA = await w.db.select().from(schema.messages).where(eq(schema.messages.residentId, a!));
    expect(toA.map((m) => m.template)).toEqual(['shuttle.booked']);

    // A second vehicle: the couple moves up.
    await addRoundVehicle(w.staff(), round.id, { name: 'Renfort', seats: 4 });
    const after = await bookingsOf(w, round.id);
    expect(after.every((r) => r.status === 'confirmed')).toBe(true);
    expect(await getRound(w.staff(), round.id)).toMatchObject({ taken: { seats: 4 }, waitlisted: 0 });
  });

  it("keeps the round's waitlist counter equal to the queue when a waiting person cancels", async () => {
    const round = await w.roundOn('2026-12-07');
    const [a, b, c, d, e] = await w.addResidents(5);
    for (const residentId of [a!, b!]) await bookSeat(w.staff(), { shuttleRoundId: round.id, residentId });
    const waitingC = await bookSeat(w.staff(), { shuttleRoundId: round.id, residentId: c! });
    await bookSeat(w.staff(), { shuttleRoundId: round.id, residentId: d! });
    expect((await getRound(w.staff(), round.id)).waitlisted).toBe(2);

    await cancelSeatBooking(w.staff(), waitingC.id, { reason: 'resident_cancelled' });
    expect((await getRound(w.staff(), round.id)).waitlisted).toBe(1);
    // The next one waits behind d alone: position 2 (their rank is 3: ranks keep the gap).
    const waitingE = await bookSeat(w.staff(), { shuttleRoundId: round.id, residentId: e! });
    expect(waitingE).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
    expect((await getRound(w.staff(), round.id)).waitlisted).toBe(2);
    const [counter] = await w.db
      .select({ waitlisted: schema.shuttleRounds.waitlisted })
      .from(schema.shuttleRounds)
      .where(eq(schema.shuttleRounds.id, round.id));
    const queue = (await bookingsOf(w, round.id)).filter((row) => row.status === 'waitlisted');
    expect(counter?.waitlisted).toBe(queue.length);
  });

  it('after the cut-off refuses residents, accepts staff with `late`, and records a late cancellation', async () => {
    const round = await w.roundOn('2026-12-28');
    const [early, lateComer] = await w.addResidents(2);
    const booked = await bookSeat(w.resident(early!, 'sms'), {
      shuttleRoundId: round.id,
      residentId: early!,
    });
    w.clock.set('2026-12-27T09:00:00Z'); // Sunday 10:00, after the cut-off (Sunday 09:30)
    await expect(
      bookSeat(w.resident(lateComer!, 'sms'), { shuttleRoundId: round.id, residentId: lateComer! }),
    ).rejects.toMatchObject({
      code: 'conflict',
      residentMessage: expect.stringContaining('closes'),
    });
    await expect(
      bookSeat(w.resident(lateComer!, 'sms'), {
        shuttleRoundId: round.id,
        residentId: lateComer!,
        late: true,
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const late = await bookSeat(w.staff(), { shuttleRoundId: round.id, residentId: lateComer!, late: true });
    expect(late.status).toBe('confirmed');
    const cancelled = await cancelSeatBooking(w.staff(), booked.id, {});
    expect(cancelled).toMatchObject({ status: 'cancelled', outcome: 'late_cancellation' });
    // Cancelling again changes nothing.
    expect(await cancelSeatBooking(w.staff(), booked.id, {})).toMatchObject({ status: 'cancelled' });
    expect((await getRound(w.staff(), round.id)).taken.seats).toBe(1);
    w.clock.set(NOW);
  });

  it('refuses a resident acting for someone else, and a resident the line does not serve', async () => {
    const round = await w.roundOn('2027-01-04');
    const [me, other] = await w.addResidents(2);
    await expect(
      bookSeat(w.resident(me!), { shuttleRoundId: round.id, residentId: other! }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    const [elsewhere] = await w.db
      .insert(schema.communes)
      .values({
        territoryId: w.territoryId,
        name: 'Vannes',
        inseeCode: '56260',
        postalCode: '56000',
        lat: 47.65,
        lon: -2.76,
        zone: 'Hors',
      })
      .returning();
    const [outsider] = await w.db
      .insert(schema.residents)
      .values({
        territoryId: w.territoryId,
        firstName: 'Loin',
        lastName: 'Dici',
        communeId: elsewhere!.id,
        addressLine: '1 rue de Vannes',
        lat: 47.65,
        lon: -2.76,
      })
      .returning();
    await expect(
      bookSeat(w.staff(), { shuttleRoundId: round.id, residentId: outsider!.id }),
    ).rejects.toMatchObject({
      code: 'validation',
      fields: [{ field: '/residentId', message: "the line does not serve the resident's commune" }],
    });
  });
});

describe('bookSeat on a stops line', () => {
  it('boards a resident at the first stop of their commune, and refuses when the commune has none', async () => {
    const w = await shuttleWorld(t, { now: NOW, mode: 'stops' });
    const round = await w.roundOn('2026-12-14');
    const stops = await w.db
      .select()
      .from(schema.shuttleStops)
      .where(eq(schema.shuttleStops.shuttleLineId, w.lineId))
      .orderBy(schema.shuttleStops.sequence);
    const first = stops.find((s) => s.communeId === w.communeIds[0])!;
    // A later stop in the same commune: the first one by sequence stays the default.
    await w.db.insert(schema.shuttleStops).values({
      shuttleLineId: w.lineId,
      communeId: w.communeIds[0]!,
      name: 'Questembert – Gare',
      lat: first.lat + 0.01,
      lon: first.lon,
      sequence: Math.max(...stops.map((s) => s.sequence)) + 1,
    });
    const [here] = await w.addResidents(1, { commune: 0 });
    const booked = await bookSeat(w.staff(), { shuttleRoundId: round.id, residentId: here! });
    const [row] = await w.db.select().from(schema.seatBookings).where(eq(schema.seatBookings.id, booked.id));
    expect(row).toMatchObject({ pickupStopId: first.id, pickupLat: first.lat, pickupLon: first.lon });

    // The line still serves the commune, but its only stop there is gone: staff must name one.
    const noStopCommune = w.communeIds[1]!;
    await w.db.delete(schema.shuttleStops).where(eq(schema.shuttleStops.communeId, noStopCommune));
    const [stranded] = await w.addResidents(1, { commune: 1 });
    await expect(
      bookSeat(w.staff(), { shuttleRoundId: round.id, residentId: stranded! }),
    ).rejects.toMatchObject({
      code: 'validation',
      options: {
        fields: [
          { field: '/pickupStopId', message: "the line has no stop in the resident's commune: name one" },
        ],
      },
    });
  });
});
