import { type Db, type DbOrTx, schema } from '@solimob/db';
import { createTestDatabase, insertTestTerritory, type TestDatabase } from '@solimob/db/testing';
import { Rng } from '@solimob/routing';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../src/context';
import { applyRetention } from '../src/privacy';
import {
  communeReport,
  monthlyReport,
  type Report,
  refreshReportSummaries,
  zoneReport,
} from '../src/reports';

/*
 * The monthly summary against the live computation on generated data: fifteen months of ride requests
 * (pooled missions, some across a month's end, outbound and return legs, no-shows, unmet and cancelled
 * requests, missions still to drive) and of weekly shuttle rounds (run, cancelled, to come; confirmed,
 * waitlisted and cancelled seats), drawn with a seeded generator. Today is 10 March 2026 in Paris: the
 * settled months, read from the summary, are those before February 2026.
 */

let t: TestDatabase;
let db: Db;
const NOW = new Date('2026-03-10T10:00:00Z');
const clock = { now: () => NOW };
let territoryId: string;
let communeIds: string[];
let residentIds: string[];
let driverId: string;
const random = new Rng(20261202);
const pick = <T>(items: readonly T[]): T => items[random.int(items.length)]!;

const ctxOn = (database: DbOrTx): ServiceContext => ({
  db: database,
  clock,
  actor: {
    kind: 'staff',
    staffUserId: '00000000-0000-4000-8000-000000000001',
    territoryId,
    role: 'coordinator',
  },
});

/** Periods across the settled boundary, wholly settled, wholly live, and single months. */
const PERIODS = [
  { from: '2025-01', to: '2026-04' },
  { from: '2025-11', to: '2026-03' },
  { from: '2025-03', to: '2025-09' },
  { from: '2026-02', to: '2026-03' },
  { from: '2025-10', to: '2025-10' },
  { from: '2024-06', to: '2025-02' },
];

async function reportsOn(database: DbOrTx) {
  const reports: Report[] = [];
  for (const period of PERIODS) {
    for (const verb of [monthlyReport, communeReport, zoneReport])
      reports.push(await verb(ctxOn(database), period));
  }
  return reports;
}

/** The reports as the API gives them (months before February from the summary when it holds them). */
const reports = () => reportsOn(db);

/** The reports computed entirely live: the summary is set aside in a transaction rolled back after. */
async function liveReports(): Promise<Report[]> {
  let result: Report[] = [];
  await db
    .transaction(async (tx) => {
      await tx.delete(schema.reportSummaries).where(eq(schema.reportSummaries.territoryId, territoryId));
      result = await reportsOn(tx);
      tx.rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Error && error.message === 'Rollback')) throw error;
    });
  return result;
}

/** The figures only: what the two paths must agree on. */
const figuresOf = (list: Report[]) => list.map(({ summary: _summary, ...report }) => report);

async function insertPeople() {
  const territory = await insertTestTerritory(db, { timezone: 'Europe/Paris', name: 'Terre de test' });
  territoryId = territory.id;
  const communes = await db
    .insert(schema.communes)
    .values(
      ['Alpha', 'Bravo', 'Charlie', 'Delta'].map((name, i) => ({
        territoryId,
        name,
        inseeCode: `5600${i + 1}`,
        postalCode: '56230',
        zone: i < 2 ? 'Ouest' : 'Est',
        lat: 47.66,
        lon: -2.45,
      })),
    )
    .returning();
  communeIds = communes.map((c) => c.id);
  const residents = await db
    .insert(schema.residents)
    .values(
      Array.from({ length: 40 }, (_, i) => ({
        territoryId,
        firstName: `Habitant${i}`,
        lastName: 'Test',
        communeId: pick(communeIds),
        addressLine: '1 rue',
        lat: 47.66,
        lon: -2.45,
      })),
    )
    .returning();
  residentIds = residents.map((r) => r.id);
  const [driver] = await db
    .insert(schema.volunteerDrivers)
    .values({
      territoryId,
      firstName: 'Jean',
      lastName: 'Driver',
      communeId: communeIds[0]!,
      homeLat: 47.6,
      homeLon: -2.4,
    })
    .returning();
  driverId = driver!.id;
}

type RequestStatus = (typeof schema.rideRequestStatus.enumValues)[number];
const UNMET_REASONS = ['no_volunteer_accepted', 'no_volunteer_available', 'no_wheelchair_vehicle'];
const CANCEL_REASONS = ['resident_cancelled', 'no_show', 'late_cancellation'];

/** A status for a request at `time`: settled outcomes in the past, mostly pending ones after today. */
function statusAt(time: Date): { status: RequestStatus; statusReason: string | null } {
  const draw = random.next();
  if (time > NOW)
    return draw < 0.8
      ? { status: pick(['received', 'offered', 'matched']), statusReason: null }
      : { status: 'cancelled', statusReason: 'resident_cancelled' };
  if (draw < 0.6) return { status: 'completed', statusReason: null };
  if (draw < 0.75) return { status: 'unmet', statusReason: pick(UNMET_REASONS) };
  if (draw < 0.9) return { status: 'cancelled', statusReason: pick(CANCEL_REASONS) };
  return { status: 'matched', statusReason: null };
}

async function insertRides() {
  const first = Date.parse('2025-01-01T06:00:00Z');
  const last = Date.parse('2026-04-20T18:00:00Z');
  const times = Array.from({ length: 260 }, () => first + random.int(last - first)).sort((a, b) => a - b);
  const requests = await db
    .insert(schema.rideRequests)
    .values(
      times.map((time) => ({
        territoryId,
        residentId: pick(residentIds),
        originLabel: 'Domicile',
        originLat: 47.66,
        originLon: -2.45,
        destinationLabel: 'Gare',
        destinationLat: 47.66,
        destinationLon: -2.45,
        timeAnchor: 'pickup' as const,
        requestedTime: new Date(time),
        purpose: 'health' as const,
        channel: 'staff' as const,
        passengers: 1 + (random.next() < 0.2 ? random.int(3) : 0),
        ...statusAt(new Date(time)),
      })),
    )
    .returning();
  // Missions: consecutive driven requests pooled by one to three (a pool may cross a month's end).
  const driven = requests.filter(
    (r) => r.status === 'completed' || r.status === 'matched' || r.statusReason === 'no_show',
  );
  let code = 1000;
  for (let i = 0; i < driven.length; ) {
    const size = Math.min(driven.length - i, 1 + random.int(3));
    const pool = driven.slice(i, i + size);
    i += size;
    const start = pool[0]!.requestedTime;
    const end = new Date(pool.at(-1)!.requestedTime.getTime() + 3_600_000 * (0.5 + random.next()));
    const completed = pool.every((r) => r.status !== 'matched');
    const [mission] = await db
      .insert(schema.missions)
      .values({
        territoryId,
        status: completed ? 'completed' : 'assigned',
        volunteerDriverId: driverId,
        code: String(code++),
        matchDeadline: start,
        plannedStartAt: start,
        plannedEndAt: end,
        plannedDistanceMeters: 10_000,
        drivenDistanceMeters: completed && random.next() < 0.9 ? 5_000 + random.int(40_000) : null,
        completedAt: completed ? end : null,
      })
      .returning();
    await db
      .insert(schema.missionRequests)
      .values(pool.map((r) => ({ missionId: mission!.id, rideRequestId: r.id })));
    const outcome = (r: (typeof pool)[number]) =>
      r.status === 'matched'
        ? ('planned' as const)
        : r.status === 'completed'
          ? ('completed' as const)
          : ('no_show' as const);
    await db.insert(schema.trips).values(
      pool
        .flatMap((r) => [
          { leg: 'outbound' as const, r },
          ...(random.next() < 0.3 ? [{ leg: 'return' as const, r }] : []),
        ])
        .map(({ leg, r }) => ({
          territoryId,
          rideRequestId: r.id,
          leg,
          missionId: mission!.id,
          volunteerDriverId: driverId,
          plannedPickupAt: start,
          plannedDropoffAt: end,
          outcome: outcome(r),
        })),
    );
  }
}

/** Two residents pooled in one mission either side of midnight on 31 October 2025 (Paris): two months. */
async function insertMidnightPool() {
  const requests = await db
    .insert(schema.rideRequests)
    .values(
      ['2025-10-31T22:30:00Z', '2025-10-31T23:30:00Z'].map((time, index) => ({
        territoryId,
        residentId: residentIds[index]!,
        originLabel: 'Domicile',
        originLat: 47.66,
        originLon: -2.45,
        destinationLabel: 'Gare',
        destinationLat: 47.66,
        destinationLon: -2.45,
        timeAnchor: 'pickup' as const,
        requestedTime: new Date(time),
        purpose: 'social' as const,
        channel: 'staff' as const,
        passengers: index + 1,
        status: 'completed' as const,
      })),
    )
    .returning();
  const [mission] = await db
    .insert(schema.missions)
    .values({
      territoryId,
      status: 'completed',
      volunteerDriverId: driverId,
      code: '0999',
      matchDeadline: new Date('2025-10-30T22:30:00Z'),
      plannedStartAt: new Date('2025-10-31T22:00:00Z'),
      plannedEndAt: new Date('2025-11-01T00:30:00Z'),
      plannedDistanceMeters: 30_000,
      drivenDistanceMeters: 31_000,
      completedAt: new Date('2025-11-01T00:30:00Z'),
    })
    .returning();
  await db.insert(schema.trips).values(
    requests.map((r) => ({
      territoryId,
      rideRequestId: r.id,
      leg: 'outbound' as const,
      missionId: mission!.id,
      volunteerDriverId: driverId,
      outcome: 'completed' as const,
    })),
  );
}

async function insertShuttles() {
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
  // Mondays from 6 January 2025 to 20 April 2026.
  for (
    let day = Date.parse('2025-01-06T00:00:00Z');
    day <= Date.parse('2026-04-20T00:00:00Z');
    day += 7 * 86_400_000
  ) {
    const serviceDate = new Date(day).toISOString().slice(0, 10);
    const past = day < NOW.getTime();
    const cancelled = random.next() < 0.1;
    const status = cancelled
      ? 'cancelled'
      : past
        ? pick(['planned', 'closed', 'completed'] as const)
        : 'open';
    const [round] = await db
      .insert(schema.shuttleRounds)
      .values({
        territoryId,
        shuttleLineId: line!.id,
        nominalDate: serviceDate,
        serviceDate,
        arrivalTime: '09:30',
        departureTime: '11:30',
        cutoffAt: new Date(day - 86_400_000),
        status,
      })
      .returning();
    if (past && !cancelled) {
      const [vehicle] = await db
        .insert(schema.shuttleRoundVehicles)
        .values({ shuttleRoundId: round!.id, name: 'Minibus', seats: 8, wheelchairPlaces: 1 })
        .returning();
      await db.insert(schema.shuttlePlanRoutes).values(
        (['outbound', 'return'] as const).map((leg) => ({
          shuttleRoundId: round!.id,
          leg,
          shuttleRoundVehicleId: vehicle!.id,
          departAt: new Date(day + 8 * 3_600_000),
          returnAt: new Date(day + 9 * 3_600_000),
          distanceMeters: 8_000 + random.int(20_000),
          geometry: [],
        })),
      );
    }
    const updatedAt = new Date(day - 2 * 86_400_000);
    let rank = 0;
    const riders = Array.from(
      { length: 12 },
      (_, i) => residentIds[(i * 7 + day / 86_400_000) % residentIds.length]!,
    );
    const seats = riders.slice(0, 2 + random.int(10)).map((residentId) => {
      const draw = random.next();
      const status = draw < 0.65 ? 'confirmed' : draw < 0.8 ? 'waitlisted' : 'cancelled';
      // Cancelled seats: by the resident before the round's last update, or by its cancellation.
      const cancelledAt =
        status === 'cancelled' || cancelled
          ? new Date(updatedAt.getTime() + (random.next() < 0.5 ? -3_600_000 : 0))
          : null;
      return {
        territoryId,
        shuttleRoundId: round!.id,
        residentId,
        status: cancelledAt ? ('cancelled' as const) : (status as 'confirmed' | 'waitlisted'),
        pickupLat: 47.66,
        pickupLon: -2.45,
        passengers: 1 + (random.next() < 0.2 ? 1 : 0),
        channel: 'staff' as const,
        waitlistRank: !cancelledAt && status === 'waitlisted' ? ++rank : null,
        cancelledAt,
      };
    });
    await db.insert(schema.seatBookings).values(seats);
    await db.execute(
      sql`update shuttle_rounds set updated_at = ${updatedAt.toISOString()}::timestamptz where id = ${round!.id}`,
    );
  }
}

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  await insertPeople();
  await insertRides();
  await insertMidnightPool();
  await insertShuttles();
});
afterAll(async () => {
  await t?.drop();
});

describe('the monthly report summary', () => {
  it('gives the same figures as the live computation, for any period, and says which months it gave', async () => {
    const live = await reports();
    expect(live.every((report) => report.summary === null)).toBe(true);
    expect(live[0]!.totals.requests).toBeGreaterThan(400);

    const [refresh] = (await refreshReportSummaries({ db, clock })).filter(
      (r) => r.territoryId === territoryId,
    );
    expect(refresh).toMatchObject({ settledBefore: new Date('2026-01-31T23:00:00Z'), removed: 0 });
    expect(refresh!.written).toBe(refresh!.rows);
    expect(refresh!.rows).toBeGreaterThan(40);

    const summarised = await reports();
    expect(figuresOf(summarised)).toEqual(figuresOf(live));
    // The first period (January 2025 to April 2026): January 2025 to January 2026 from the summary.
    expect(summarised[0]!.summary).toEqual({ from: '2025-01', to: '2026-01', computedAt: NOW });
    expect(summarised[9]!.summary).toBeNull(); // February and March 2026: both live.
    expect(summarised[15]!.summary).toMatchObject({ from: '2024-06', to: '2025-02' });

    // Nothing changed: a second run writes nothing.
    const [again] = (await refreshReportSummaries({ db, clock })).filter(
      (r) => r.territoryId === territoryId,
    );
    expect(again).toMatchObject({ written: 0, removed: 0, rows: refresh!.rows });
  });

  it('is unchanged by the retention job, which keeps what the figures read', async () => {
    const before = await reports();
    const later = { now: () => new Date('2028-09-01T00:00:00Z') };
    const run = await applyRetention({ db, clock: later });
    expect(run.territories.find((x) => x.territoryId === territoryId)!.rideRequests).toBeGreaterThan(200);

    expect(await reports()).toEqual(before);
    expect(figuresOf(await liveReports())).toEqual(figuresOf(before));
    const [refresh] = (await refreshReportSummaries({ db, clock })).filter(
      (r) => r.territoryId === territoryId,
    );
    expect(refresh).toMatchObject({ written: 0, removed: 0 });
  });

  it('follows changes to past months: at once for the previous month, at the next refresh for settled ones', async () => {
    const before = await reports();
    const requests = await db
      .select()
      .from(schema.rideRequests)
      .where(eq(schema.rideRequests.territoryId, territoryId));
    const inMonth = (month: string, status: RequestStatus) =>
      requests.filter(
        (r) =>
          r.status === status &&
          r.requestedTime.toLocaleDateString('sv', { timeZone: 'Europe/Paris' }).startsWith(month),
      );

    // A FAIT sent weeks late for an October 2025 mission, and one for February 2026, as completeTrip
    // records them; then the distance driven, as the worker measures it.
    const lateFait = async (rideRequestId: string) => {
      const [trip] = await db
        .select()
        .from(schema.trips)
        .where(eq(schema.trips.rideRequestId, rideRequestId));
      const missionId = trip!.missionId!;
      const riders = await db.select().from(schema.trips).where(eq(schema.trips.missionId, missionId));
      await db
        .update(schema.missions)
        .set({ status: 'completed', completedAt: NOW, drivenDistanceMeters: 23_456 })
        .where(eq(schema.missions.id, missionId));
      await db
        .update(schema.trips)
        .set({ outcome: 'completed' })
        .where(eq(schema.trips.missionId, missionId));
      await db
        .update(schema.rideRequests)
        .set({ status: 'completed' })
        .where(
          inArray(
            schema.rideRequests.id,
            riders.map((r) => r.rideRequestId),
          ),
        );
    };
    const october = inMonth('2025-10', 'matched');
    const february = inMonth('2026-02', 'matched');
    expect(october.length).toBeGreaterThan(0);
    expect(february.length).toBeGreaterThan(0);
    await lateFait(october[0]!.id);
    await lateFait(february[0]!.id);
    // A cancellation recorded late in September 2025, and a request of June 2025 found unmet.
    await db
      .update(schema.rideRequests)
      .set({ status: 'cancelled', statusReason: 'no_show' })
      .where(eq(schema.rideRequests.id, inMonth('2025-09', 'completed')[0]!.id));
    await db
      .update(schema.rideRequests)
      .set({ status: 'unmet', statusReason: 'no_volunteer_available' })
      .where(eq(schema.rideRequests.id, inMonth('2025-06', 'completed')[0]!.id));
    // A resident moves to another commune; a round of March 2025 is re-planned longer.
    const mover = requests.find((r) => r.status === 'completed')!.residentId;
    const [home] = await db.select().from(schema.residents).where(eq(schema.residents.id, mover));
    await db
      .update(schema.residents)
      .set({ communeId: communeIds.find((id) => id !== home!.communeId)! })
      .where(eq(schema.residents.id, mover));
    await db.execute(sql`
      update shuttle_plan_routes set distance_meters = distance_meters + 5000
       where shuttle_round_id = (select id from shuttle_rounds where territory_id = ${territoryId}
                                   and service_date = '2025-03-03')`);

    const live = await liveReports();
    expect(figuresOf(live)).not.toEqual(figuresOf(before));
    // Until the next refresh the settled months are those of the summary (the report says when).
    expect(figuresOf(await reports())).not.toEqual(figuresOf(live));
    // February is always computed live: its late FAIT shows at once, through the summary path too.
    const februaryOnly = (list: Report[]) => list[9]!.rows.find((row) => row.key === '2026-02');
    expect(februaryOnly(await reports())).toEqual(februaryOnly(live));
    expect(februaryOnly(live)!.rides.served).toBe(februaryOnly(before)!.rides.served + 1);
    // Settled months show the changes once the summary is recomputed, and then agree figure for figure.
    const [refresh] = (await refreshReportSummaries({ db, clock })).filter(
      (r) => r.territoryId === territoryId,
    );
    expect(refresh!.written).toBeGreaterThan(0);
    expect(figuresOf(await reports())).toEqual(figuresOf(live));
  });

  it('computes live the months the summary does not hold, and every month without a summary', async () => {
    // A refresh by a clock a year behind: the summary holds months before February 2025 only.
    await refreshReportSummaries({ db, clock: { now: () => new Date('2025-03-10T10:00:00Z') } });
    const partial = await reports();
    expect(partial[0]!.summary).toMatchObject({ from: '2025-01', to: '2025-01' });
    expect(figuresOf(partial)).toEqual(figuresOf(await liveReports()));
    await db.delete(schema.reportSummaries).where(eq(schema.reportSummaries.territoryId, territoryId));
    expect((await reports()).every((report) => report.summary === null)).toBe(true);
  });
});
