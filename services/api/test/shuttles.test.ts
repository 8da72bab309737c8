import { schema } from '@solimob/db';
import { planRound } from '@solimob/domain';
import { pdfPages } from '@solimob/domain/testing/pdf';
import { createEstimateProvider } from '@solimob/routing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createHarness, type Harness } from './fixture';

let h: Harness;
let coordinator: string;
let partner: string;
let readOnly: string;
let otherTerritory: string;
let market: string;
let lineId: string;
const residents: string[] = [];

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, token: string, payload?: object) =>
  h.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });

beforeAll(async () => {
  h = await createHarness();
  coordinator = await h.login(h.a.staff.coordinator.email);
  partner = await h.login(h.a.staff.partner.email);
  readOnly = await h.login(h.a.staff.read_only.email);
  otherTerritory = await h.login(h.b.staff.coordinator.email);
  const place = await api('POST', '/places', coordinator, {
    name: 'Les Halles',
    kind: 'market',
    communeId: h.a.communes[1]!.id,
    location: { lat: 47.6607, lon: -2.4526 },
  });
  market = place.json().id;
  for (const [i, name] of ['Anne', 'Yves', 'Maï'].entries()) {
    const response = await api('POST', '/residents', coordinator, {
      firstName: name,
      lastName: 'Le Goff',
      communeId: h.a.communes[0]!.id,
      addressLine: `${i + 3} route de Vannes, 56230 Berric`,
      location: { lat: 47.63 + i * 0.004, lon: -2.52 },
      preferredChannel: 'sms',
      phones: [{ number: `06 39 98 10 0${i}` }],
    });
    expect(response.statusCode).toBe(201);
    residents.push(response.json().id);
  }
});
afterAll(async () => {
  await h?.close();
});

describe('shuttle lines and rounds', () => {
  it('creates a line and generates its rounds; only staff who manage shuttles may', async () => {
    const body = {
      name: 'Navette du lundi',
      marketPlaceId: market,
      weekday: 1,
      arrivalTime: '09:30',
      departureTime: '11:30',
      mode: 'door_to_door',
      communeIds: h.a.communes.map((c) => c.id),
      vehicles: [{ name: 'Minibus', seats: 2, wheelchairPlaces: 1 }],
    };
    expect((await api('POST', '/shuttle-lines', partner, body)).statusCode).toBe(403);
    const created = await api('POST', '/shuttle-lines', coordinator, body);
    expect(created.statusCode).toBe(201);
    lineId = created.json().id;
    expect(created.json()).toMatchObject({ weekday: 1, arrivalTime: '09:30', bookingCutoffHours: 24 });
    const rounds = await api('GET', `/shuttle-rounds?shuttleLineId=${lineId}`, readOnly);
    expect(rounds.statusCode).toBe(200);
    // From Monday 30 November (today's round is past its cut-off) six weeks ahead.
    expect(rounds.json().items.map((r: { serviceDate: string }) => r.serviceDate)).toEqual([
      '2026-12-07',
      '2026-12-14',
      '2026-12-21',
      '2026-12-28',
      '2027-01-04',
      '2027-01-11',
    ]);
    expect(rounds.json().items[0]).toMatchObject({
      capacity: { seats: 2, wheelchairPlaces: 1 },
      status: 'open',
    });
    expect((await api('GET', `/shuttle-lines/${lineId}`, otherTerritory)).statusCode).toBe(404);
  });

  it('books seats for partners and staff, waitlists the third, refuses read-only accounts and duplicates', async () => {
    const round = await firstRound();
    const book = (token: string, residentId: string) =>
      api('POST', '/seat-bookings', token, { shuttleRoundId: round, residentId });
    expect((await book(readOnly, residents[0]!)).statusCode).toBe(403);
    expect((await book(otherTerritory, residents[0]!)).statusCode).toBe(404);
    const first = await book(partner, residents[0]!);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: 'confirmed', channel: 'staff', waitlistPosition: null });
    expect((await book(partner, residents[0]!)).statusCode).toBe(409);
    expect((await book(coordinator, residents[1]!)).json()).toMatchObject({ status: 'confirmed' });
    expect((await book(coordinator, residents[2]!)).json()).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 1,
    });

    const cancel = await api('POST', `/seat-bookings/${first.json().id}/cancel`, partner, {
      reason: 'resident_cancelled',
    });
    expect(cancel.json()).toMatchObject({ status: 'cancelled', outcome: null });
    const list = await api('GET', `/shuttle-rounds/${round}/bookings`, readOnly);
    expect(list.json().items.map((b: { status: string }) => b.status)).toEqual([
      'confirmed',
      'confirmed',
      'cancelled',
    ]);
    const messages = await h.t.db
      .select({ template: schema.messages.template })
      .from(schema.messages)
      .where(eq(schema.messages.residentId, residents[2]!));
    expect(messages.map((m) => m.template)).toEqual(['shuttle.waitlisted', 'shuttle.promoted']);
  });

  it('subscribes a regular, who gets a seat on every open round and can skip a date', async () => {
    const subscribed = await api('POST', '/shuttle-subscriptions', partner, {
      shuttleLineId: lineId,
      residentId: residents[0]!,
    });
    expect(subscribed.statusCode).toBe(201);
    const subscriptionId = subscribed.json().id;
    const booked = await h.t.db
      .select()
      .from(schema.seatBookings)
      .where(eq(schema.seatBookings.shuttleSubscriptionId, subscriptionId));
    // The first round is full (two seats taken): waitlisted there, a seat on the five others.
    expect(booked.map((b) => b.status).sort()).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
      'confirmed',
      'confirmed',
      'waitlisted',
    ]);
    const skipped = await api('POST', `/shuttle-subscriptions/${subscriptionId}/skips`, partner, {
      date: '2026-12-14',
    });
    expect(skipped.json().skippedDates).toEqual(['2026-12-14']);
    const [onSkippedDate] = await h.t.db
      .select({ status: schema.seatBookings.status })
      .from(schema.seatBookings)
      .innerJoin(schema.shuttleRounds, eq(schema.shuttleRounds.id, schema.seatBookings.shuttleRoundId))
      .where(
        and(
          eq(schema.seatBookings.shuttleSubscriptionId, subscriptionId),
          eq(schema.shuttleRounds.serviceDate, '2026-12-14'),
        ),
      );
    expect(onSkippedDate?.status).toBe('cancelled');
  });

  it("lists a resident's seats by service date, with the round's date, times and line", async () => {
    const seats = await api('GET', `/seat-bookings?residentId=${residents[0]}&from=2026-12-07`, partner);
    expect(seats.statusCode).toBe(200);
    const items = seats.json().items as { status: string; round: { serviceDate: string } }[];
    expect(items.map((b) => [b.round.serviceDate, b.status])).toEqual([
      ['2026-12-07', 'waitlisted'],
      ['2026-12-07', 'cancelled'],
      ['2026-12-14', 'cancelled'],
      ['2026-12-21', 'confirmed'],
      ['2026-12-28', 'confirmed'],
      ['2027-01-04', 'confirmed'],
      ['2027-01-11', 'confirmed'],
    ]);
    expect(seats.json().items[0]).toMatchObject({
      waitlistPosition: 1,
      round: { arrivalTime: '09:30', departureTime: '11:30', status: 'open', lineName: 'Navette du lundi' },
    });
    const later = await api('GET', `/seat-bookings?residentId=${residents[0]}&from=2027-01-01`, readOnly);
    expect(later.json().total).toBe(2);
    // Another territory's staff see none of them.
    const other = await api('GET', `/seat-bookings?residentId=${residents[0]}`, otherTerritory);
    expect(other.json()).toMatchObject({ items: [], total: 0 });
    expect((await api('GET', '/seat-bookings', coordinator)).statusCode).toBe(400);
  });

  it('plans a round, shows the plan, serves the route sheet to staff and to the signed link only', async () => {
    const round = await firstRound();
    const queued = await api('POST', `/shuttle-rounds/${round}/plan`, coordinator);
    expect(queued.statusCode).toBe(202);
    const outbox = await h.t.db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.jobName, 'plan-shuttle-round'));
    expect(outbox.map((o) => o.payload)).toContainEqual({ shuttleRoundId: round });
    const planning = async () => (await api('GET', `/shuttle-rounds/${round}/planning`, readOnly)).json();
    expect(await planning()).toMatchObject({ state: 'queued', planVersion: 0, plannedAt: null });
    expect((await api('GET', `/shuttle-rounds/${round}/planning`, otherTerritory)).statusCode).toBe(404);
    // The relay hands the job to the worker: running until a newer plan is stored.
    await h.t.db
      .update(schema.outbox)
      .set({ publishedAt: h.clock.now() })
      .where(eq(schema.outbox.jobName, 'plan-shuttle-round'));
    expect(await planning()).toMatchObject({ state: 'running', requestedAt: expect.any(String) });

    // What the worker does with that job.
    h.clock.current = new Date(h.clock.current.getTime() + 1_000);
    const outcome = await planRound({ db: h.t.db, clock: h.clock, routing: createEstimateProvider() }, round);
    expect(outcome).toMatchObject({ planned: true, unserved: 0 });
    expect(await planning()).toMatchObject({ state: 'idle', requestedAt: null, planVersion: 1 });
    h.clock.current = new Date('2026-11-30T08:00:00Z');
    const plan = await api('GET', `/shuttle-rounds/${round}/plan`, readOnly);
    expect(plan.statusCode).toBe(200);
    const outbound = plan.json().legs[0];
    expect(outbound.leg).toBe('outbound');
    expect(outbound.vehicles[0].stops.map((s: { kind: string }) => s.kind)).toEqual([
      'pickup',
      'pickup',
      'dropoff',
      'dropoff',
    ]);
    expect(outbound.vehicles[0].geometry.length).toBeGreaterThanOrEqual(2);

    expect((await api('GET', `/shuttle-rounds/${round}/route-sheet.pdf`, readOnly)).statusCode).toBe(403);
    const sheet = await api('GET', `/shuttle-rounds/${round}/route-sheet.pdf`, coordinator);
    expect(sheet.statusCode).toBe(200);
    expect(sheet.headers['content-type']).toBe('application/pdf');
    const pages = await pdfPages(sheet.rawPayload);
    expect(pages[0]).toContain('Navette du lundi');
    expect(pages[0]).toContain('Lundi 7 décembre');
    expect(pages[0]).toMatch(/Prendre (Yves|Maï) L\./);
    expect(pages[0]).toContain('Tél. 06 39 98 10 0');
    expect(pages[0]).toContain('route de Vannes');

    expect((await api('POST', `/shuttle-rounds/${round}/route-sheet-link`, partner)).statusCode).toBe(403);
    const link = await api('POST', `/shuttle-rounds/${round}/route-sheet-link`, coordinator);
    expect(link.statusCode).toBe(200);
    const url = new URL(link.json().url);
    expect(url.pathname).toMatch(/^\/f\/[A-Za-z0-9_-]{40,60}$/);
    const byLink = await h.app.inject({ method: 'GET', url: url.pathname });
    expect(byLink.statusCode).toBe(200);
    expect((await pdfPages(byLink.rawPayload))[0]).toContain('Navette du lundi');
    const tampered = `${url.pathname.slice(0, -2)}${url.pathname.endsWith('A') ? 'BB' : 'AA'}`;
    expect((await h.app.inject({ method: 'GET', url: tampered })).statusCode).toBe(401);
    // After the day following the round, the link has expired.
    h.clock.current = new Date('2026-12-09T00:00:00Z');
    expect((await h.app.inject({ method: 'GET', url: url.pathname })).statusCode).toBe(401);
    h.clock.current = new Date('2026-11-30T08:00:00Z');
  });

  it('changes and cancels a round, telling the residents booked on it', async () => {
    const rounds = await api(
      'GET',
      `/shuttle-rounds?shuttleLineId=${lineId}&from=2026-12-21&to=2026-12-21`,
      readOnly,
    );
    const round = rounds.json().items[0].id;
    const moved = await api('PATCH', `/shuttle-rounds/${round}`, coordinator, {
      serviceDate: '2026-12-22',
      reason: 'christmas_market',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({
      serviceDate: '2026-12-22',
      nominalDate: '2026-12-21',
      status: 'open',
    });
    const cancelled = await api('POST', `/shuttle-rounds/${round}/cancel`, coordinator, { reason: 'snow' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', taken: { seats: 0 } });
    const templates = await h.t.db
      .select({ template: schema.messages.template })
      .from(schema.messages)
      .where(eq(schema.messages.residentId, residents[0]!));
    expect(templates.map((t) => t.template)).toEqual(
      expect.arrayContaining(['shuttle.round-changed', 'shuttle.round-cancelled']),
    );
  });
});

async function firstRound(): Promise<string> {
  const rounds = await api('GET', `/shuttle-rounds?shuttleLineId=${lineId}&pageSize=1`, readOnly);
  return rounds.json().items[0].id;
}
