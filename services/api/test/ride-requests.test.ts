import { schema } from '@solimob/db';
import { createRideRequest, type ServiceContext } from '@solimob/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, countRows, createHarness, type Harness } from './fixture';

let h: Harness;
let coordinator: string;
let partner: string;
let smsResident: string;
let landlineResident: string;
let staffOnlyResident: string;
let market: string;

beforeAll(async () => {
  h = await createHarness();
  coordinator = await h.login(h.a.staff.coordinator.email);
  partner = await h.login(h.a.staff.partner.email);
  const createResident = async (preferredChannel: string, phones: string[]) => {
    const response = await h.app.inject({
      method: 'POST',
      url: '/residents',
      headers: bearer(coordinator),
      payload: {
        firstName: 'Anne',
        lastName: `Résidente ${preferredChannel}`,
        communeId: h.a.communes[1]!.id,
        addressLine: '12 route de Vannes, 56230 Berric',
        location: { lat: 47.63, lon: -2.52 },
        mobilityNeeds: ['wheelchair'],
        preferredChannel,
        phones: phones.map((number) => ({ number })),
      },
    });
    expect(response.statusCode).toBe(201);
    return response.json().id as string;
  };
  smsResident = await createResident('sms', ['06 11 22 33 44']);
  landlineResident = await createResident('voice', ['02 97 26 11 38']);
  staffOnlyResident = await createResident('staff', []);
  const place = await h.app.inject({
    method: 'POST',
    url: '/places',
    headers: bearer(coordinator),
    payload: {
      name: 'Marché de Questembert',
      kind: 'market',
      communeId: h.a.communes[0]!.id,
      location: { lat: 47.6608, lon: -2.4526 },
      aliases: ['Marché', 'Les Halles'],
    },
  });
  expect(place.statusCode).toBe(201);
  expect(place.json().aliases).toEqual(['marche', 'les halles']);
  market = place.json().id;
});
afterAll(async () => {
  await h?.close();
});

// Monday 7 December 2026, 09:30 in Paris.
const requestedTime = '2026-12-07T08:30:00.000Z';
const booking = (residentId: string, overrides: Record<string, unknown> = {}) => ({
  residentId,
  destination: { placeId: market },
  requestedTime,
  timeAnchor: 'arrival',
  returnTime: '2026-12-07T10:30:00.000Z',
  purpose: 'market',
  ...overrides,
});
const book = (token: string, payload: unknown) =>
  h.app.inject({ method: 'POST', url: '/ride-requests', headers: bearer(token), payload: payload as object });

const outboxFor = (rideRequestId: string) =>
  h.t.sql`select job_name, queue, payload from outbox where payload->>'rideRequestId' = ${rideRequestId}
          or payload->>'messageId' in (select id::text from messages where linked_entity_id = ${rideRequestId})
          order by id`;
const messagesFor = (rideRequestId: string) =>
  h.t.db.select().from(schema.messages).where(eq(schema.messages.linkedEntityId, rideRequestId));
const creationAudit = (rideRequestId: string) =>
  h.t.db
    .select({ action: schema.auditLog.action, details: schema.auditLog.details })
    .from(schema.auditLog)
    .where(
      and(eq(schema.auditLog.entityId, rideRequestId), eq(schema.auditLog.action, 'ride_request.create')),
    );

describe('creating a ride request', () => {
  it('writes the request, one matching job and one SMS acknowledgement without the address', async () => {
    const response = await book(partner, booking(smsResident));
    expect(response.statusCode).toBe(201);
    const request = response.json();
    expect(request).toMatchObject({
      status: 'received',
      channel: 'staff',
      createdByStaffId: h.a.staff.partner.id,
      origin: { placeId: null, label: '12 route de Vannes, 56230 Berric', lat: 47.63, lon: -2.52 },
      destination: { placeId: market, label: 'Marché de Questembert' },
      needs: ['wheelchair'],
      toleranceMinutes: 15,
      passengers: 1,
    });

    const jobs = await outboxFor(request.id);
    expect(jobs.map((j) => j.job_name).sort()).toEqual(['match-ride-request', 'send-message']);
    expect(jobs.find((j) => j.job_name === 'match-ride-request')!.payload).toEqual({
      rideRequestId: request.id,
    });

    const messages = await messagesFor(request.id);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      channel: 'sms',
      counterpartPhone: '+33611223344',
      status: 'pending',
      idempotencyKey: `ride-request-ack-${request.id}`,
      body: 'Solimob : votre demande de trajet vers Marché de Questembert le lundi 7 décembre à 9 h 30 est bien enregistrée. Nous vous confirmons le chauffeur dès que possible.',
    });
    expect(messages[0]!.body).not.toContain('route de Vannes');
    expect(await creationAudit(request.id)).toEqual([
      { action: 'ride_request.create', details: { residentId: smsResident, acknowledgement: 'sms' } },
    ]);
  });

  it('calls a resident who prefers calls on their landline, and sends nothing to one who goes through staff', async () => {
    const byPhone = (await book(coordinator, booking(landlineResident))).json();
    const [call] = await messagesFor(byPhone.id);
    expect(call).toMatchObject({ channel: 'voice', counterpartPhone: '+33297261138' });
    expect(call!.body).toContain('lundi 7 décembre à 9 h 30');

    const viaStaff = (await book(coordinator, booking(staffOnlyResident))).json();
    expect(await messagesFor(viaStaff.id)).toHaveLength(0);
    expect((await outboxFor(viaStaff.id)).map((j) => j.job_name)).toEqual(['match-ride-request']);
    expect(await creationAudit(viaStaff.id)).toEqual([
      { action: 'ride_request.create', details: { residentId: staffOnlyResident, acknowledgement: 'none' } },
    ]);
  });

  it('accepts free coordinates with a label and reports each missing part precisely', async () => {
    const ok = await book(
      coordinator,
      booking(smsResident, {
        destination: { label: 'Cabinet médical', lat: 47.65, lon: -2.46 },
        returnTime: null,
      }),
    );
    expect(ok.statusCode).toBe(201);
    expect(ok.json().destination).toEqual({
      placeId: null,
      label: 'Cabinet médical',
      lat: 47.65,
      lon: -2.46,
    });

    const before = await Promise.all([
      countRows(h.t, 'ride_requests'),
      countRows(h.t, 'outbox'),
      countRows(h.t, 'messages'),
    ]);
    const bad = await book(
      coordinator,
      booking(smsResident, {
        destination: { label: 'Quelque part' },
        requestedTime: '2026-11-29T08:00:00.000Z',
        returnTime: '2026-11-29T07:00:00.000Z',
      }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([
      { field: '/requestedTime', message: 'must be in the future' },
      { field: '/requestedTime', message: 'volunteer rides do not run on ISO weekday 7 in this territory' },
      { field: '/returnTime', message: 'must be after requestedTime' },
      { field: '/destination/lat', message: 'is required when no placeId is given' },
      { field: '/destination/lon', message: 'is required when no placeId is given' },
    ]);
    const otherTerritoryResident = await book(coordinator, booking('00000000-0000-4000-8000-000000000000'));
    expect(otherTerritoryResident.json().error.fields).toEqual([
      { field: '/residentId', message: 'unknown resident for this territory' },
    ]);
    const after = await Promise.all([
      countRows(h.t, 'ride_requests'),
      countRows(h.t, 'outbox'),
      countRows(h.t, 'messages'),
    ]);
    expect(after).toEqual(before);
  });

  it('leaves no job and no message behind when the surrounding transaction rolls back', async () => {
    const before = await Promise.all([
      countRows(h.t, 'ride_requests'),
      countRows(h.t, 'outbox'),
      countRows(h.t, 'messages'),
    ]);
    await expect(
      h.t.db.transaction(async (tx) => {
        const ctx: ServiceContext = {
          db: tx,
          clock: h.clock,
          actor: {
            kind: 'staff',
            staffUserId: h.a.staff.coordinator.id,
            territoryId: h.a.id,
            role: 'coordinator',
          },
        };
        const created = await createRideRequest(ctx, booking(smsResident));
        expect(
          await tx.select().from(schema.outbox).where(eq(schema.outbox.territoryId, h.a.id)),
        ).not.toHaveLength(0);
        expect(created.status).toBe('received');
        throw new Error('abort after the request was written');
      }),
    ).rejects.toThrow('abort after the request was written');
    const after = await Promise.all([
      countRows(h.t, 'ride_requests'),
      countRows(h.t, 'outbox'),
      countRows(h.t, 'messages'),
    ]);
    expect(after).toEqual(before);
  });

  it('refuses read-only accounts', async () => {
    const readOnly = await h.login(h.a.staff.read_only.email);
    expect((await book(readOnly, booking(smsResident))).statusCode).toBe(403);
  });
});

describe('listing, reading and cancelling', () => {
  it('filters by status, resident and date range, sorted by requested time', async () => {
    const later = (
      await book(
        coordinator,
        booking(smsResident, { requestedTime: '2026-12-14T08:30:00.000Z', returnTime: null }),
      )
    ).json();
    const list = async (query: string) =>
      (
        await h.app.inject({ method: 'GET', url: `/ride-requests?${query}`, headers: bearer(coordinator) })
      ).json();

    const forResident = await list(`residentId=${smsResident}&pageSize=100`);
    const times = forResident.items.map((r: { requestedTime: string }) => r.requestedTime);
    expect(times).toEqual([...times].sort());
    expect(forResident.items.every((r: { residentId: string }) => r.residentId === smsResident)).toBe(true);

    const december14 = await list('from=2026-12-14T00:00:00Z&to=2026-12-15T00:00:00Z');
    expect(december14.items.map((r: { id: string }) => r.id)).toEqual([later.id]);

    const badRange = await h.app.inject({
      method: 'GET',
      url: '/ride-requests?from=2026-12-15T00:00:00Z&to=2026-12-14T00:00:00Z',
      headers: bearer(coordinator),
    });
    expect(badRange.statusCode).toBe(400);
    expect((await list('status=cancelled')).total).toBe(0);
    const open = await list('status=received&status=unmet&pageSize=100');
    expect(open.total).toBeGreaterThan(0);
    expect(open.items.every((r: { status: string }) => ['received', 'unmet'].includes(r.status))).toBe(true);
    expect((await list('status=received&status=cancelled&pageSize=100')).total).toBe(open.total);
  });

  it('cancels with a reason, withdraws pending offers, tells the resident, and refuses a second cancel', async () => {
    const request = (
      await book(
        coordinator,
        booking(smsResident, { requestedTime: '2026-12-21T08:30:00.000Z', returnTime: null }),
      )
    ).json();
    const [driver] = await h.t.db
      .insert(schema.volunteerDrivers)
      .values({
        territoryId: h.a.id,
        firstName: 'Jean',
        lastName: 'Driver',
        communeId: h.a.communes[0]!.id,
        homeLat: 47.66,
        homeLon: -2.45,
      })
      .returning();
    // As matching would have left it: a mission for the request, offered to one volunteer.
    const [mission] = await h.t.db
      .insert(schema.missions)
      .values({
        territoryId: h.a.id,
        wave: 1,
        matchDeadline: new Date('2026-12-20T08:00:00.000Z'),
        plannedStartAt: new Date('2026-12-21T08:10:00.000Z'),
        plannedEndAt: new Date('2026-12-21T08:25:00.000Z'),
        plannedDistanceMeters: 8_000,
      })
      .returning();
    await h.t.db.insert(schema.missionRequests).values({ missionId: mission!.id, rideRequestId: request.id });
    await h.t.db.insert(schema.offers).values({
      territoryId: h.a.id,
      missionId: mission!.id,
      volunteerDriverId: driver!.id,
      wave: 1,
      code: '4821',
      sentAt: h.clock.now(),
      expiresAt: new Date(h.clock.now().getTime() + 3_600_000),
    });
    const cancel = () =>
      h.app.inject({
        method: 'POST',
        url: `/ride-requests/${request.id}/cancel`,
        headers: bearer(coordinator),
        payload: { reason: 'resident_cancelled' },
      });
    const first = await cancel();
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'cancelled', statusReason: 'resident_cancelled' });

    const again = await cancel();
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toEqual({
      code: 'conflict',
      message: "A ride request cannot go from 'cancelled' to 'cancelled'",
    });

    const [offer] = await h.t.db.select().from(schema.offers).where(eq(schema.offers.missionId, mission!.id));
    expect(offer!.status).toBe('withdrawn');
    const [after] = await h.t.db.select().from(schema.missions).where(eq(schema.missions.id, mission!.id));
    expect(after).toMatchObject({ status: 'cancelled', statusReason: 'resident_cancelled' });

    const messages = await messagesFor(request.id);
    expect(messages.map((m) => m.idempotencyKey).sort()).toEqual([
      `ride-request-ack-${request.id}`,
      `ride-request-cancel-${request.id}`,
    ]);
    const audit = await h.t.db
      .select()
      .from(schema.auditLog)
      .where(
        and(eq(schema.auditLog.entityId, request.id), eq(schema.auditLog.action, 'ride_request.cancel')),
      );
    expect(audit).toHaveLength(1);
  });

  it('refuses to cancel a completed request and keeps other territories out', async () => {
    const request = (
      await book(
        coordinator,
        booking(smsResident, { requestedTime: '2026-12-28T08:30:00.000Z', returnTime: null }),
      )
    ).json();
    await h.t.db
      .update(schema.rideRequests)
      .set({ status: 'completed' })
      .where(eq(schema.rideRequests.id, request.id));
    const refused = await h.app.inject({
      method: 'POST',
      url: `/ride-requests/${request.id}/cancel`,
      headers: bearer(coordinator),
      payload: { reason: 'duplicate' },
    });
    expect(refused.statusCode).toBe(409);

    const other = await h.login(h.b.staff.coordinator.email);
    const hidden = await h.app.inject({
      method: 'GET',
      url: `/ride-requests/${request.id}`,
      headers: bearer(other),
    });
    expect(hidden.statusCode).toBe(404);
  });
});

describe('status transitions', () => {
  it('follows the lifecycle and refuses jumps', async () => {
    const { transitionRideRequest } = await import('@solimob/domain');
    const request = (
      await book(
        coordinator,
        booking(smsResident, { requestedTime: '2027-01-04T08:30:00.000Z', returnTime: null }),
      )
    ).json();
    const ctx: ServiceContext = {
      db: h.t.db,
      clock: h.clock,
      actor: { kind: 'system', territoryId: h.a.id },
    };
    await expect(transitionRideRequest(ctx, request.id, 'completed')).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(transitionRideRequest(ctx, request.id, 'unmet')).rejects.toMatchObject({
      code: 'validation',
    });
    expect((await transitionRideRequest(ctx, request.id, 'matching')).status).toBe('matching');
    expect((await transitionRideRequest(ctx, request.id, 'matched')).status).toBe('matched');
    expect((await transitionRideRequest(ctx, request.id, 'completed')).status).toBe('completed');
    await expect(transitionRideRequest(ctx, request.id, 'matching')).rejects.toMatchObject({
      code: 'conflict',
    });
    const other: ServiceContext = { ...ctx, actor: { kind: 'system', territoryId: h.b.id } };
    await expect(transitionRideRequest(other, request.id, 'cancelled', 'x')).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
