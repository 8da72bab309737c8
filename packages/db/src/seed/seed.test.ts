import { readFile } from 'node:fs/promises';
import { verify } from '@node-rs/argon2';
import { ARGON2ID_PHC_PREFIX, hasCurrentPasswordParameters } from '@solimob/config';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  communes,
  messages,
  places,
  residentPhones,
  residents,
  rideRequests,
  seatBookings,
  shuttleLines,
  shuttleRounds,
  staffUsers,
  territories,
  volunteerDrivers,
  volunteerPhones,
} from '../schema';
import { createTestDatabase, type TestDatabase } from '../testing';
import {
  DEMO_STAFF_LOGINS,
  FICTION_LANDLINE_BLOCK,
  FICTION_MOBILE_BLOCK,
  isDatabaseMigrated,
  loadTerritorySeedFile,
  parseTerritorySeed,
  questembertSeedPath,
  seedDemo,
  seedTerritory,
  TerritorySeedError,
} from './index';

// A Wednesday just before the spring DST change (29 March 2026), so rounds straddle it.
const NOW = new Date('2026-03-25T10:00:00Z');
const E164 = /^\+[1-9][0-9]{6,14}$/;

let a: TestDatabase;
let b: TestDatabase;
beforeAll(async () => {
  [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([a?.drop(), b?.drop()]);
});

async function countRows(t: TestDatabase) {
  const tables = [
    'territories',
    'communes',
    'places',
    'shuttle_lines',
    'shuttle_line_communes',
    'shuttle_stops',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await t.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`));
    counts[table] = row?.n ?? -1;
  }
  return counts;
}

describe('territory seed file', () => {
  it('accepts the Questembert file: 13 communes, a Monday market line, sourced mileage rate', async () => {
    const seed = await loadTerritorySeedFile(questembertSeedPath);
    expect(seed.communes).toHaveLength(13);
    expect(new Set(seed.communes.map((c) => c.zone))).toEqual(
      new Set(['Ouest', 'Est', 'Questembert et Nord-Centre']),
    );
    expect(seed.shuttleLines[0]).toMatchObject({
      weekday: 1,
      vehicles: [{ name: 'Minibus CIAS', seats: 8, wheelchairPlaces: 1 }],
    });
    const raw = JSON.parse(await readFile(questembertSeedPath, 'utf8'));
    expect(raw.territory.mileageRateSources.length).toBeGreaterThan(0);
  });

  it('rejects a malformed file and lists every problem', async () => {
    const raw = JSON.parse(await readFile(questembertSeedPath, 'utf8'));
    raw.communes[0].inseeCode = '123';
    raw.places[0].commune = 'Vannes';
    raw.places[1].aliases = ['Mairie de Berric'];
    raw.shuttleLines[0].weekday = 8;
    delete raw.territory.name;
    let error: unknown;
    try {
      parseTerritorySeed(raw, 'broken.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TerritorySeedError);
    const problems = (error as TerritorySeedError).problems.join('\n');
    expect(problems).toContain('communes[0].inseeCode');
    expect(problems).toContain('places[0].commune: "Vannes" is not a commune');
    expect(problems).toContain('places[1].aliases[0]');
    expect(problems).toContain('shuttleLines[0].weekday');
    expect(problems).toContain('territory.name');
  });
});

describe('seedTerritory', () => {
  it('is idempotent and keeps staff edits', async () => {
    const seed = await loadTerritorySeedFile(questembertSeedPath);
    const first = await seedTerritory(a.db, seed);
    const afterFirst = await countRows(a);
    expect(afterFirst).toMatchObject({ territories: 1, communes: 13, shuttle_lines: 1, shuttle_stops: 13 });
    expect(first.created.communes).toBe(13);

    await a.db.update(communes).set({ zone: 'Nord' }).where(eq(communes.inseeCode, '56135'));
    const second = await seedTerritory(a.db, seed);
    expect(second.territoryId).toBe(first.territoryId);
    expect(Object.values(second.created).every((n) => n === 0)).toBe(true);
    expect(await countRows(a)).toEqual(afterFirst);
    const [molac] = await a.db.select().from(communes).where(eq(communes.inseeCode, '56135'));
    expect(molac?.zone).toBe('Nord');

    const [market] = await a.db.select().from(places).where(eq(places.kind, 'market'));
    expect(market?.aliases).toEqual(expect.arrayContaining(['marche', 'halles']));
    const [line] = await a.db.select().from(shuttleLines);
    expect(line).toMatchObject({
      weekday: 1,
      arrivalTime: '09:30:00',
      bookingCutoffHours: 24,
      maxRideMinutes: 45,
    });
    expect(await isDatabaseMigrated(a.db)).toBe(true);
  });
});

describe('seedDemo', () => {
  async function snapshot(t: TestDatabase) {
    const people = await t.db
      .select({ first: residents.firstName, last: residents.lastName, phone: residentPhones.e164 })
      .from(residents)
      .innerJoin(residentPhones, eq(residentPhones.residentId, residents.id))
      .orderBy(asc(residents.lastName), asc(residents.firstName), asc(residentPhones.e164));
    const drivers = await t.db
      .select({
        first: volunteerDrivers.firstName,
        last: volunteerDrivers.lastName,
        phone: volunteerPhones.e164,
      })
      .from(volunteerDrivers)
      .innerJoin(volunteerPhones, eq(volunteerPhones.volunteerDriverId, volunteerDrivers.id))
      .orderBy(asc(volunteerPhones.e164));
    return { people, drivers };
  }

  it('inserts the same dataset for the same "now", once', async () => {
    const seed = await loadTerritorySeedFile(questembertSeedPath);
    await seedTerritory(b.db, seed);
    await seedTerritory(a.db, seed);
    const resultA = await seedDemo(a.db, { now: NOW, territorySlug: 'questembert' });
    const resultB = await seedDemo(b.db, { now: NOW, territorySlug: 'questembert' });
    expect(resultA.skipped).toBe(false);
    expect(resultB).toEqual(resultA);
    const snapA = await snapshot(a);
    expect(snapA.people.length).toBeGreaterThanOrEqual(60);
    expect(await snapshot(b)).toEqual(snapA);

    const again = await seedDemo(a.db, { now: NOW, territorySlug: 'questembert' });
    expect(again).toMatchObject({ skipped: true });
    expect(again.skipped && again.reason).toContain('Demo data already present');
    expect(await snapshot(a)).toEqual(snapA);
  });

  it('has the expected shape: 13 communes, 60 residents, 15 volunteers, four staff roles', async () => {
    const count = async (table: string) => {
      const [row] = await a.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`));
      return row?.n;
    };
    expect(await count('communes')).toBe(13);
    expect(await count('residents')).toBe(60);
    expect(await count('volunteer_drivers')).toBe(15);
    const roles = await a.db.selectDistinct({ role: staffUsers.role }).from(staffUsers);
    expect(roles.map((r) => r.role).sort()).toEqual(['admin', 'coordinator', 'partner', 'read_only']);
    // The demo partner works for two communes: its scope is not the whole territory.
    expect(await count('staff_user_communes')).toBe(2);
    const [consents] = await a.db.execute<{ n: number }>(
      sql`select count(*)::int as n from residents where consent_at is not null`,
    );
    expect(await count('resident_consents')).toBe(consents?.n);
    expect(await count('volunteer_availabilities')).toBeGreaterThanOrEqual(30);
    expect(await count('volunteer_absences')).toBeGreaterThan(0);

    const kinds = await a.db.execute<{ kinds: string; n: number }>(
      sql`select string_agg(kind::text, '+' order by kind::text) as kinds, count(*)::int as n from resident_phones group by resident_id`,
    );
    const combos = new Set(kinds.map((k) => k.kinds));
    expect(combos).toEqual(new Set(['landline', 'mobile', 'landline+mobile']));
    const needs = await a.db.execute<{ need: string }>(
      sql`select distinct unnest(mobility_needs)::text as need from residents`,
    );
    expect(needs.map((n) => n.need)).toEqual(expect.arrayContaining(['wheelchair', 'walking_aid']));
    const channels = await a.db.selectDistinct({ c: residents.preferredChannel }).from(residents);
    expect(channels.map((c) => c.c).sort()).toEqual(['sms', 'staff', 'voice']);
    const [{ n: withoutConsent } = { n: -1 }] = await a.db.execute<{ n: number }>(
      sql`select count(*)::int as n from residents where consent_at is null`,
    );
    expect(withoutConsent).toBe(0);
    const [{ n: pausedActivity } = { n: -1 }] = await a.db.execute<{ n: number }>(
      sql`select count(*)::int as n from residents r where r.status = 'paused' and (
            exists (select 1 from seat_bookings b where b.resident_id = r.id)
            or exists (select 1 from ride_requests q where q.resident_id = r.id))`,
    );
    expect(pausedActivity).toBe(0);
  });

  it('uses only E.164 numbers from the ARCEP fiction blocks', async () => {
    const numbers = [
      ...(await a.db.select({ e164: residentPhones.e164 }).from(residentPhones)),
      ...(await a.db.select({ e164: volunteerPhones.e164 }).from(volunteerPhones)),
      ...(await a.db.select({ e164: messages.counterpartPhone }).from(messages)),
      ...(await a.db.select({ e164: territories.contactPhone }).from(territories)),
    ].map((r) => r.e164);
    expect(numbers.length).toBeGreaterThan(100);
    for (const n of numbers) {
      expect(n).toMatch(E164);
      expect(n?.startsWith(FICTION_LANDLINE_BLOCK) || n?.startsWith(FICTION_MOBILE_BLOCK)).toBe(true);
    }
  });

  it('dates rounds and requests relative to "now"', async () => {
    const rounds = await a.db.select().from(shuttleRounds).orderBy(shuttleRounds.serviceDate);
    expect(rounds.map((r) => r.serviceDate)).toEqual([
      '2026-03-30',
      '2026-04-06',
      '2026-04-13',
      '2026-04-20',
    ]);

    const first = rounds[0];
    const bookings = await a.db
      .select()
      .from(seatBookings)
      .where(eq(seatBookings.shuttleRoundId, first?.id ?? ''));
    const seats = bookings
      .filter((s) => s.status === 'confirmed' && !s.wheelchair)
      .reduce((sum, s) => sum + s.passengers, 0);
    expect(seats).toBe(8);
    expect(bookings.filter((s) => s.status === 'waitlisted')).toHaveLength(1);
    // The locked counters match the bookings and stay within the capacity of the round's vehicles.
    const inconsistent = await a.db.execute<{ id: string }>(
      sql`select r.id from shuttle_rounds r
          left join seat_bookings b on b.shuttle_round_id = r.id and b.status = 'confirmed'
          group by r.id
          having coalesce(sum(b.passengers - b.wheelchair::int), 0) <> r.seats_taken
              or count(b.id) filter (where b.wheelchair) <> r.wheelchairs_taken
              or r.seat_capacity <> 8 or r.wheelchair_capacity <> 1`,
    );
    expect(inconsistent).toHaveLength(0);

    const requests = await a.db.select().from(rideRequests);
    for (const r of requests) {
      if (['received', 'matching', 'offered', 'matched'].includes(r.status)) {
        expect(r.requestedTime.getTime()).toBeGreaterThan(NOW.getTime());
      }
      if (r.status === 'completed') expect(r.requestedTime.getTime()).toBeLessThan(NOW.getTime());
      expect(r.createdAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
    expect(new Set(requests.map((r) => r.status))).toEqual(
      new Set(['received', 'matching', 'offered', 'matched', 'completed', 'cancelled', 'unmet']),
    );
    const outcomes = await a.db.execute<{ outcome: string }>(sql`select distinct outcome::text from trips`);
    expect(outcomes.map((o) => o.outcome)).toEqual(expect.arrayContaining(['completed', 'no_show', 'unmet']));
    const [latest] = await a.db.execute<{ t: Date }>(sql`select max(created_at) as t from messages`);
    expect(new Date(latest?.t ?? 0).getTime()).toBeLessThanOrEqual(NOW.getTime());

    // A later "now" moves everything along: the demo always looks current.
    const laterNow = new Date('2026-09-10T08:00:00Z');
    const c = await createTestDatabase();
    try {
      await seedTerritory(c.db, await loadTerritorySeedFile(questembertSeedPath));
      await seedDemo(c.db, { now: laterNow, territorySlug: 'questembert' });
      const later = await c.db.select().from(shuttleRounds).orderBy(shuttleRounds.serviceDate);
      expect(later[0]?.serviceDate).toBe('2026-09-14');
    } finally {
      await c.drop();
    }
  });

  it('fits the volunteer-ride model: missions own offers and trips, waiting requests have their jobs', async () => {
    const missions = await a.db.execute<{ status: string; driver: string | null; code: string | null }>(
      sql`select status::text, volunteer_driver_id as driver, code from missions`,
    );
    expect(new Set(missions.map((m) => m.status))).toEqual(
      new Set(['open', 'assigned', 'completed', 'cancelled', 'unmet']),
    );
    for (const m of missions.filter((x) => x.status === 'assigned' || x.status === 'completed')) {
      expect(m.driver).not.toBeNull();
      expect(m.code).toMatch(/^[0-9]{4}$/);
    }
    const codes = await a.db.execute<{ code: string }>(sql`select code from offers`);
    for (const c of codes) expect(c.code).toMatch(/^[0-9]{4}$/);
    const [{ n: orphans } = { n: -1 }] = await a.db.execute<{ n: number }>(
      sql`select count(*)::int as n from trips t where t.mission_id is null
          or not exists (select 1 from mission_requests mr where mr.mission_id = t.mission_id
                         and mr.ride_request_id = t.ride_request_id)`,
    );
    expect(orphans).toBe(0);
    const waiting = await a.db.execute<{ id: string }>(
      sql`select id from ride_requests where status in ('received', 'matching')`,
    );
    const jobs = await a.db.execute<{ id: string }>(
      sql`select payload->>'rideRequestId' as id from outbox where job_name = 'match-ride-request'`,
    );
    expect(jobs.map((j) => j.id).sort()).toEqual(waiting.map((w) => w.id).sort());
    const [{ n: hospitals } = { n: -1 }] = await a.db.execute<{ n: number }>(
      sql`select count(*)::int as n from places where outside_territory and kind = 'hospital' and commune_id is null`,
    );
    expect(hospitals).toBe(2);
  });

  it('stores argon2id hashes that verify against the documented demo passwords', async () => {
    for (const login of DEMO_STAFF_LOGINS) {
      const [user] = await a.db.select().from(staffUsers).where(eq(staffUsers.email, login.email));
      expect(user?.role).toBe(login.role);
      // The one parameter set of packages/config, the same the API hashes and verifies with.
      expect(user?.passwordHash.startsWith(ARGON2ID_PHC_PREFIX)).toBe(true);
      expect(hasCurrentPasswordParameters(user?.passwordHash ?? '')).toBe(true);
      expect(await verify(user?.passwordHash ?? '', login.password)).toBe(true);
      expect(await verify(user?.passwordHash ?? '', `${login.password}x`)).toBe(false);
    }
  });
});
