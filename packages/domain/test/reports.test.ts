import { UNUSABLE_PASSWORD_HASH } from '@solimob/config';
import { type Db, schema } from '@solimob/db';
import { createTestDatabase, insertTestTerritory, type TestDatabase } from '@solimob/db/testing';
import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../src/context';
import { applyRetention } from '../src/privacy';
import { communeReport, monthlyReport, reportCsv, zoneReport } from '../src/reports';

/*
 * The reports on a small hand-made dataset whose every figure is worked out below: two months of
 * volunteer rides (a single trip, a pooled mission shared 2:1 by passengers, unmet and cancelled
 * requests, a no-show whose approach still counts), three shuttle rounds (one run with a couple, a
 * waitlist and a resident's cancellation; one cancelled; one still to come), a request at 00:30 on
 * 1 January in Paris that is still 31 December in UTC, and another territory's request that must not
 * count.
 */

let t: TestDatabase;
let db: Db;
const NOW = new Date('2026-03-10T10:00:00Z');
const clock = { now: () => NOW };
let territoryId: string;
let communes: { a: string; b: string; c: string };
let residents: { r1: string; r2: string; r3: string; r4: string };
const ctx = (role: 'coordinator' | 'read_only' | 'partner'): ServiceContext => ({
  db,
  clock,
  actor: { kind: 'staff', staffUserId: '00000000-0000-4000-8000-000000000001', territoryId, role },
});
const PERIOD = { from: '2026-01', to: '2026-03' };

async function insertWorld() {
  const territory = await insertTestTerritory(db, { timezone: 'Europe/Paris', name: 'Test Communauté' });
  territoryId = territory.id;
  const commune = async (name: string, insee: string, zone: string) =>
    (
      await db
        .insert(schema.communes)
        .values({ territoryId, name, inseeCode: insee, postalCode: '56230', zone, lat: 47.66, lon: -2.45 })
        .returning()
    )[0]!.id;
  communes = {
    a: await commune('Alpha', '56001', 'Ouest'),
    b: await commune('Bravo', '56002', 'Est'),
    c: await commune('Charlie', '56003', 'Est'),
  };
  const resident = async (firstName: string, communeId: string) =>
    (
      await db
        .insert(schema.residents)
        .values({
          territoryId,
          firstName,
          lastName: 'Test',
          communeId,
          addressLine: '1 rue',
          lat: 47.66,
          lon: -2.45,
        })
        .returning()
    )[0]!.id;
  residents = {
    r1: await resident('Un', communes.a),
    r2: await resident('Deux', communes.a),
    r3: await resident('Trois', communes.b),
    r4: await resident('Quatre', communes.b),
  };
  const [driver] = await db
    .insert(schema.volunteerDrivers)
    .values({
      territoryId,
      firstName: 'Jean',
      lastName: 'Driver',
      communeId: communes.a,
      homeLat: 47.6,
      homeLon: -2.4,
    })
    .returning();
  return driver!.id;
}

async function rideRequest(
  residentId: string,
  at: string,
  status: (typeof schema.rideRequestStatus.enumValues)[number],
  extra: { passengers?: number; statusReason?: string; territory?: string } = {},
) {
  const [row] = await db
    .insert(schema.rideRequests)
    .values({
      territoryId: extra.territory ?? territoryId,
      residentId,
      originLabel: 'Domicile',
      originLat: 47.66,
      originLon: -2.45,
      destinationLabel: 'Gare',
      destinationLat: 47.66,
      destinationLon: -2.45,
      timeAnchor: 'pickup',
      requestedTime: new Date(at),
      purpose: 'health',
      channel: 'staff',
      status,
      passengers: extra.passengers ?? 1,
      statusReason: extra.statusReason ?? null,
    })
    .returning();
  return row!.id;
}

/** A completed mission driving these requests, with its driven distance and planned times. */
async function completedMission(
  driverId: string,
  start: string,
  end: string,
  drivenMeters: number,
  legs: { rideRequestId: string; outcome: 'completed' | 'no_show' }[],
) {
  const [mission] = await db
    .insert(schema.missions)
    .values({
      territoryId,
      status: 'completed',
      volunteerDriverId: driverId,
      code: String(1000 + Math.floor(Math.random() * 8999)),
      matchDeadline: new Date(start),
      plannedStartAt: new Date(start),
      plannedEndAt: new Date(end),
      plannedDistanceMeters: drivenMeters - 1000,
      drivenDistanceMeters: drivenMeters,
      completedAt: new Date(end),
    })
    .returning();
  for (const leg of legs) {
    await db
      .insert(schema.missionRequests)
      .values({ missionId: mission!.id, rideRequestId: leg.rideRequestId });
    await db.insert(schema.trips).values({
      territoryId,
      rideRequestId: leg.rideRequestId,
      leg: 'outbound',
      missionId: mission!.id,
      volunteerDriverId: driverId,
      plannedPickupAt: new Date(start),
      plannedDropoffAt: new Date(end),
      outcome: leg.outcome,
    });
  }
}

async function insertRides(driverId: string) {
  const { r1, r2, r3, r4 } = residents;
  const req1 = await rideRequest(r1, '2026-01-10T08:00:00Z', 'completed');
  const req2 = await rideRequest(r3, '2026-01-20T13:00:00Z', 'completed', { passengers: 2 });
  const req3 = await rideRequest(r4, '2026-01-20T13:10:00Z', 'completed');
  await rideRequest(r1, '2026-02-03T09:00:00Z', 'unmet', { statusReason: 'no_volunteer_accepted' });
  await rideRequest(r2, '2026-02-05T09:00:00Z', 'unmet', { statusReason: 'no_volunteer_available' });
  await rideRequest(r3, '2026-02-07T09:00:00Z', 'cancelled', { statusReason: 'resident_cancelled' });
  const req7 = await rideRequest(r2, '2026-02-09T09:00:00Z', 'cancelled', { statusReason: 'no_show' });
  await rideRequest(r1, '2026-03-20T09:00:00Z', 'matched');
  // 23:30 on 31 December in Paris: before the period. 00:30 on 1 January in Paris: in January.
  await rideRequest(r1, '2025-12-31T22:30:00Z', 'completed');
  await rideRequest(r3, '2025-12-31T23:30:00Z', 'unmet', { statusReason: 'no_wheelchair_vehicle' });
  // 20 km in one hour for req1; 30 km in 1 h 30 shared 2:1 by req2 (2 passengers) and req3; the no-show's
  // approach (8 km, 30 min) is driven all the same.
  await completedMission(driverId, '2026-01-10T08:00:00Z', '2026-01-10T09:00:00Z', 20_000, [
    { rideRequestId: req1, outcome: 'completed' },
  ]);
  await completedMission(driverId, '2026-01-20T13:00:00Z', '2026-01-20T14:30:00Z', 30_000, [
    { rideRequestId: req2, outcome: 'completed' },
    { rideRequestId: req3, outcome: 'completed' },
  ]);
  await completedMission(driverId, '2026-02-09T09:00:00Z', '2026-02-09T09:30:00Z', 8_000, [
    { rideRequestId: req7, outcome: 'no_show' },
  ]);
}

async function insertShuttles() {
  const { r1, r2, r3, r4 } = residents;
  const [market] = await db
    .insert(schema.places)
    .values({ territoryId, name: 'Halles', kind: 'market', lat: 47.66, lon: -2.45 })
    .returning();
  const [line] = await db
    .insert(schema.shuttleLines)
    .values({
      territoryId,
      name: 'Navette',
      marketPlaceId: market!.id,
      weekday: 1,
      arrivalTime: '09:30',
      departureTime: '11:30',
      mode: 'stops',
    })
    .returning();
  const round = async (serviceDate: string, status: (typeof schema.shuttleRoundStatus.enumValues)[number]) =>
    (
      await db
        .insert(schema.shuttleRounds)
        .values({
          territoryId,
          shuttleLineId: line!.id,
          nominalDate: serviceDate,
          serviceDate,
          arrivalTime: '09:30',
          departureTime: '11:30',
          cutoffAt: new Date(`${serviceDate}T08:00:00Z`),
          status,
        })
        .returning()
    )[0]!.id;
  const booking = async (
    shuttleRoundId: string,
    residentId: string,
    status: 'confirmed' | 'waitlisted' | 'cancelled',
    extra: { passengers?: number; cancelledAt?: string; rank?: number } = {},
  ) =>
    db.insert(schema.seatBookings).values({
      territoryId,
      shuttleRoundId,
      residentId,
      status,
      pickupLat: 47.66,
      pickupLon: -2.45,
      passengers: extra.passengers ?? 1,
      channel: 'staff',
      waitlistRank: extra.rank ?? null,
      cancelledAt: extra.cancelledAt ? new Date(extra.cancelledAt) : null,
    });

  // Ran on 12 January: 24 km planned, shared 2:1 by the couple (r1) and r3; r4 stayed on the waitlist.
  const ran = await round('2026-01-12', 'planned');
  const [vehicle] = await db
    .insert(schema.shuttleRoundVehicles)
    .values({ shuttleRoundId: ran, name: 'Minibus', seats: 8, wheelchairPlaces: 1 })
    .returning();
  for (const leg of ['outbound', 'return'] as const) {
    await db.insert(schema.shuttlePlanRoutes).values({
      shuttleRoundId: ran,
      leg,
      shuttleRoundVehicleId: vehicle!.id,
      departAt: new Date('2026-01-12T08:00:00Z'),
      returnAt: new Date('2026-01-12T09:00:00Z'),
      distanceMeters: 12_000,
      geometry: [],
    });
  }
  await booking(ran, r1, 'confirmed', { passengers: 2 });
  await booking(ran, r3, 'confirmed');
  await booking(ran, r4, 'waitlisted', { rank: 1 });
  await booking(ran, r2, 'cancelled', { cancelledAt: '2026-01-05T10:00:00Z' });

  // Cancelled on 1 February: r2's seat went with it (unmet); r4 had cancelled before (a cancellation).
  const cancelled = await round('2026-02-09', 'cancelled');
  await booking(cancelled, r2, 'cancelled', { cancelledAt: '2026-02-01T10:00:00Z' });
  await booking(cancelled, r4, 'cancelled', { cancelledAt: '2026-01-30T10:00:00Z' });
  await db.execute(
    `update shuttle_rounds set updated_at = '2026-02-01T10:00:00Z', status_reason = 'snow' where id = '${cancelled}'`,
  );

  // Still to come on 16 March.
  const coming = await round('2026-03-16', 'open');
  await booking(coming, r1, 'confirmed');
}

/** Another territory's request in January must not count anywhere. */
async function insertOtherTerritory() {
  const other = await insertTestTerritory(db, { timezone: 'Europe/Paris' });
  const [commune] = await db
    .insert(schema.communes)
    .values({
      territoryId: other.id,
      name: 'Ailleurs',
      inseeCode: '35001',
      postalCode: '35000',
      zone: 'Ouest',
      lat: 47,
      lon: -2,
    })
    .returning();
  const [stranger] = await db
    .insert(schema.residents)
    .values({
      territoryId: other.id,
      firstName: 'X',
      lastName: 'Y',
      communeId: commune!.id,
      addressLine: 'x',
      lat: 47,
      lon: -2,
    })
    .returning();
  await rideRequest(stranger!.id, '2026-01-15T09:00:00Z', 'completed', { territory: other.id });
}

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  const driverId = await insertWorld();
  await insertRides(driverId);
  await insertShuttles();
  await insertOtherTerritory();
});
afterAll(async () => {
  await t?.drop();
});

const zeroShuttles = { bookings: 0, served: 0, unmet: 0, cancelled: 0, pending: 0, passengers: 0, km: 0 };

describe('reports', () => {
  it('month by month, rides and shuttles, in the territory time zone', async () => {
    const report = await monthlyReport(ctx('read_only'), PERIOD);
    expect(report.rows.map((r) => [r.key, r.label])).toEqual([
      ['2026-01', 'janvier 2026'],
      ['2026-02', 'février 2026'],
      ['2026-03', 'mars 2026'],
    ]);
    const [january, february, march] = report.rows;
    expect(january).toMatchObject({
      requests: 8,
      served: 5,
      unmet: 2,
      cancelled: 1,
      pending: 0,
      passengers: 7,
      km: 74,
      volunteerHours: 2.5,
      residentsReached: 3,
      unmetReasons: { no_wheelchair_vehicle: 1, shuttle_full: 1 },
      rides: {
        requests: 4,
        served: 3,
        unmet: 1,
        cancelled: 0,
        pending: 0,
        passengers: 4,
        km: 50,
        volunteerHours: 2.5,
      },
      shuttles: { bookings: 4, served: 2, unmet: 1, cancelled: 1, pending: 0, passengers: 3, km: 24 },
    });
    expect(february).toMatchObject({
      requests: 6,
      served: 0,
      unmet: 3,
      cancelled: 3,
      passengers: 0,
      km: 8,
      volunteerHours: 0.5,
      residentsReached: 0,
      unmetReasons: { no_volunteer_accepted: 1, no_volunteer_available: 1, round_cancelled: 1 },
      rides: {
        requests: 4,
        served: 0,
        unmet: 2,
        cancelled: 2,
        pending: 0,
        passengers: 0,
        km: 8,
        volunteerHours: 0.5,
      },
      shuttles: { bookings: 2, served: 0, unmet: 1, cancelled: 1, pending: 0, passengers: 0, km: 0 },
    });
    expect(march).toMatchObject({
      requests: 2,
      pending: 2,
      served: 0,
      residentsReached: 0,
      unmetReasons: {},
      rides: { requests: 1, pending: 1 },
      shuttles: { bookings: 1, pending: 1 },
    });
    expect(report.totals).toEqual({
      requests: 16,
      served: 5,
      unmet: 5,
      cancelled: 4,
      pending: 2,
      passengers: 7,
      km: 82,
      volunteerHours: 3,
      // r1, r3 and r4: counted once over the period.
      residentsReached: 3,
      unmetReasons: {
        no_volunteer_accepted: 1,
        no_volunteer_available: 1,
        no_wheelchair_vehicle: 1,
        round_cancelled: 1,
        shuttle_full: 1,
      },
      rides: {
        requests: 9,
        served: 3,
        unmet: 3,
        cancelled: 2,
        pending: 1,
        passengers: 4,
        km: 58,
        volunteerHours: 3,
      },
      shuttles: { bookings: 7, served: 2, unmet: 2, cancelled: 2, pending: 1, passengers: 3, km: 24 },
    });
    expect(report).toMatchObject({
      kind: 'month',
      territoryName: 'Test Communauté',
      timeZone: 'Europe/Paris',
    });
  });

  it('per commune where residents live, every commune listed, shares of shared vehicles by passengers', async () => {
    const report = await communeReport(ctx('coordinator'), PERIOD);
    expect(report.rows.map((r) => r.label)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    const [alpha, bravo, charlie] = report.rows;
    expect(alpha).toMatchObject({
      key: communes.a,
      requests: 9,
      served: 2,
      unmet: 3,
      cancelled: 2,
      pending: 2,
      passengers: 3,
      km: 44,
      volunteerHours: 1.5,
      residentsReached: 1,
      rides: {
        requests: 5,
        served: 1,
        unmet: 2,
        cancelled: 1,
        pending: 1,
        passengers: 1,
        km: 28,
        volunteerHours: 1.5,
      },
      shuttles: { bookings: 4, served: 1, unmet: 1, cancelled: 1, pending: 1, passengers: 2, km: 16 },
    });
    expect(bravo).toMatchObject({
      requests: 7,
      served: 3,
      unmet: 2,
      cancelled: 2,
      pending: 0,
      passengers: 4,
      km: 38,
      volunteerHours: 1.5,
      residentsReached: 2,
      unmetReasons: { no_wheelchair_vehicle: 1, shuttle_full: 1 },
      shuttles: { bookings: 3, served: 1, unmet: 1, cancelled: 1, pending: 0, passengers: 1, km: 8 },
    });
    expect(charlie).toMatchObject({
      requests: 0,
      km: 0,
      residentsReached: 0,
      unmetReasons: {},
      shuttles: zeroShuttles,
    });
    expect(report.totals.requests).toBe(16);
  });

  it('per zone', async () => {
    const report = await zoneReport(ctx('coordinator'), PERIOD);
    expect(report.rows.map((r) => [r.key, r.requests, r.served, r.km, r.residentsReached])).toEqual([
      ['Est', 7, 3, 38, 2],
      ['Ouest', 9, 2, 44, 1],
    ]);
  });

  it('as CSV for a spreadsheet: semicolons, decimal commas, one column per unmet reason, the total last', async () => {
    const csv = reportCsv(await zoneReport(ctx('coordinator'), PERIOD));
    expect(csv.startsWith('\uFEFFzone;demandes;servies;sans_solution;')).toBe(true);
    const rows = parse(csv.slice(1), { delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.zone)).toEqual(['Est', 'Ouest', 'Total']);
    expect(rows[2]).toMatchObject({
      demandes: '16',
      servies: '5',
      km: '82,0',
      heures_benevoles: '3,0',
      habitants_touches: '3',
      navette_km: '24,0',
      sans_solution_round_cancelled: '1',
      sans_solution_shuttle_full: '1',
    });
    expect(rows[0]).toMatchObject({ trajets_km: '30,0', sans_solution_no_wheelchair_vehicle: '1' });
  });

  it('is for staff who read reports, over a bounded period', async () => {
    await expect(monthlyReport(ctx('partner'), PERIOD)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(monthlyReport(ctx('coordinator'), { from: '2026-03', to: '2026-01' })).rejects.toMatchObject(
      {
        code: 'validation',
        fields: [{ field: '/to', message: 'must not be before from' }],
      },
    );
    await expect(monthlyReport(ctx('coordinator'), { from: '2020-01', to: '2026-01' })).rejects.toMatchObject(
      {
        code: 'validation',
      },
    );
    await expect(monthlyReport(ctx('coordinator'), { from: '2026-1', to: '2026-02' })).rejects.toMatchObject({
      code: 'validation',
    });
  });
});

describe('retention', () => {
  it('pseudonymises old trips, messages, recordings and conversations, purges sessions and outbox rows, and the reports do not change', async () => {
    const reports = async () => ({
      month: await monthlyReport(ctx('coordinator'), PERIOD),
      commune: await communeReport(ctx('coordinator'), PERIOD),
      zone: await zoneReport(ctx('coordinator'), PERIOD),
    });
    const before = await reports();
    // Personal data of the period: a message, a voicemail, a conversation; a session; outbox rows.
    const [staff] = await db
      .insert(schema.staffUsers)
      .values({
        territoryId,
        email: 'retention@example.org',
        displayName: 'R',
        passwordHash: UNUSABLE_PASSWORD_HASH,
        role: 'coordinator',
      })
      .returning();
    await db.insert(schema.staffSessions).values([
      {
        staffUserId: staff!.id,
        tokenHash: 'expired',
        createdAt: NOW,
        expiresAt: new Date(NOW.getTime() + 3_600_000),
      },
      {
        staffUserId: staff!.id,
        tokenHash: 'live',
        createdAt: NOW,
        expiresAt: new Date('2030-01-01T00:00:00Z'),
      },
    ]);
    const [message] = await db
      .insert(schema.messages)
      .values({
        territoryId,
        direction: 'inbound',
        channel: 'sms',
        counterpartPhone: '+33639981234',
        body: 'Bonjour, je voudrais aller chez le cardiologue',
        status: 'received',
        residentId: residents.r1,
        createdAt: new Date('2026-01-10T09:00:00Z'),
      })
      .returning();
    const [pending] = await db
      .insert(schema.messages)
      .values({
        territoryId,
        direction: 'outbound',
        channel: 'sms',
        counterpartPhone: '+33639981234',
        body: 'Votre trajet est confirmé',
        status: 'pending',
        residentId: residents.r1,
        createdAt: new Date('2026-01-10T09:00:00Z'),
      })
      .returning();
    await db.insert(schema.staffTasks).values({
      territoryId,
      kind: 'voicemail',
      status: 'done',
      summary: 'Message vocal',
      phone: '+33639981234',
      recordingUrl: 'https://api.twilio.com/recordings/RE123',
      recordingSeconds: 12,
      resolvedAt: NOW,
      createdAt: new Date('2026-01-10T09:00:00Z'),
    });
    await db.insert(schema.conversations).values({
      territoryId,
      phone: '+33639981234',
      party: 'resident',
      residentId: residents.r1,
      expiresAt: new Date('2026-01-11T09:00:00Z'),
      updatedAt: new Date('2026-01-10T09:00:00Z'),
    });
    await db.insert(schema.outbox).values([
      {
        queue: 'messages',
        jobName: 'send-message',
        payload: {},
        publishedAt: new Date('2026-01-10T09:00:00Z'),
      },
      { queue: 'messages', jobName: 'send-message', payload: {} },
    ]);

    // Nothing is old enough yet: only the expired session and the old published outbox row go.
    const early = await applyRetention({ db, clock });
    expect(early.sessionsDeleted).toBe(0);
    expect(early.outboxDeleted).toBeGreaterThanOrEqual(1);
    expect(early.territories.find((x) => x.territoryId === territoryId)).toMatchObject({
      rideRequests: 0,
      messages: 0,
      tasks: 0,
      conversations: 0,
    });

    // Two and a half years later, everything above is past the default 24 months.
    const later = { now: () => new Date('2028-09-01T00:00:00Z') };
    const run = await applyRetention({ db, clock: later });
    expect(run.sessionsDeleted).toBe(1);
    const here = run.territories.find((x) => x.territoryId === territoryId)!;
    expect(here.rideRequests).toBeGreaterThan(5);
    expect(here).toMatchObject({ messages: 1, tasks: 1, conversations: 1 });
    const requests = await db
      .select()
      .from(schema.rideRequests)
      .where(eq(schema.rideRequests.territoryId, territoryId));
    for (const r of requests.filter((x) => ['completed', 'cancelled', 'unmet'].includes(x.status))) {
      expect(r.pseudonymisedAt).not.toBeNull();
      expect(r.originPlaceId).toBeNull();
      expect(r.destinationPlaceId).toBeNull();
    }
    const [blanked] = await db.select().from(schema.messages).where(eq(schema.messages.id, message!.id));
    expect(blanked).toMatchObject({ body: '', counterpartPhone: '', status: 'received' });
    const [inFlight] = await db.select().from(schema.messages).where(eq(schema.messages.id, pending!.id));
    expect(inFlight!.body).toBe('Votre trajet est confirmé');
    const tasks = await db
      .select()
      .from(schema.staffTasks)
      .where(eq(schema.staffTasks.territoryId, territoryId));
    expect(tasks.every((x) => x.recordingUrl === null && x.phone === null)).toBe(true);
    expect(tasks[0]!.recordingSeconds).toBe(12);
    expect(await db.select().from(schema.conversations)).toEqual([]);
    expect((await db.select().from(schema.staffSessions)).map((s) => s.tokenHash)).toEqual(['live']);
    expect((await db.select().from(schema.outbox)).every((o) => o.publishedAt === null)).toBe(true);

    // The statistics read only what stays: the same reports, figure for figure.
    expect(await reports()).toEqual(before);
    // And a second run has nothing left to do.
    const again = await applyRetention({ db, clock: later });
    expect(again.territories.find((x) => x.territoryId === territoryId)).toMatchObject({
      rideRequests: 0,
      messages: 0,
      tasks: 0,
      conversations: 0,
    });
  });
});
