import { schema } from '@solimob/db';
import { withDatabase } from '@solimob/db/scratch';
import { loadTerritorySeedFile, questembertSeedPath, seedTerritory } from '@solimob/db/seed';
import { type TestDatabase, testServerUrl } from '@solimob/db/testing';
import {
  createLinkIssuer,
  PER_NUMBER_RATE,
  parseScenario,
  ScenarioError,
  type ScenarioInput,
  systemClock,
} from '@solimob/domain';
import { type FakeTwilio, startFakeTwilio } from '@solimob/messaging/testing';
import { createRoutingProvider } from '@solimob/routing';
import { eq } from 'drizzle-orm';
import { pino } from 'pino';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimulationProcessor } from '../src/processors/simulations';
import type { ProcessorDeps } from '../src/processors/types';
import { planTerritoryCopy, readCatalog } from '../src/simulation/copy-territory';
import { runSimulation, type SimulationResult } from '../src/simulation/engine';
import { createLiveBaseline, type LiveBaseline } from '../src/simulation/live-baseline';
import { createFileProvider } from './support/file-provider';
import { createLiveDatabase, existingDatabases, fingerprint } from './support/simulation';

/*
 * The simulator started from the live territory: the copy holds the territory's setup and history,
 * pseudonymised, and nothing of another territory; the live database, Twilio and the server are left as
 * they were; the same seed gives the same figures; a change of supply moves them the expected way;
 * replay re-asks the live history; and the API's job runs the requester's own territory.
 */

const BASE: ScenarioInput = {
  version: 1,
  name: 'Base',
  seed: 7,
  baseline: 'live',
  period: { start: '2027-03-04', days: 5 },
  demand: { source: 'generated', ridesPerThousandOlderPerWeek: 8, seatsPerThousandOlderPerRound: 2 },
};
const scenario = (extra: Partial<ScenarioInput> = {}) => parseScenario({ ...BASE, ...extra });

let live: TestDatabase;
let twilio: FakeTwilio;
let questembertId: string;
let otherId: string;
const serverUrl = testServerUrl();
const savedEnv = { ...process.env };
const created: string[] = [];
const onDatabase = (name: string) => created.push(name);
const baselines: LiveBaseline[] = [];
const baseline = () => {
  const made = createLiveBaseline(
    { databaseUrl: live.url, territory: { slug: 'questembert' } },
    serverUrl,
    onDatabase,
  );
  baselines.push(made);
  return made;
};
let liveBefore: Record<string, string>;

/** Each distinct scenario runs once per file, each from its own copy of the live territory. */
const runs = new Map<string, Promise<SimulationResult>>();
const run = (key: string, input: Partial<ScenarioInput> = {}) => {
  if (!runs.has(key))
    runs.set(key, runSimulation(scenario(input), { serverUrl, live: baseline(), onDatabase }));
  return runs.get(key)!;
};

/** The tables the copy fills, and for those without a territory_id, which of the territory's rows. */
const THROUGH: Record<string, string> = {
  volunteer_served_communes:
    'volunteer_driver_id in (select id from volunteer_drivers where territory_id = $1)',
  volunteer_availabilities:
    'volunteer_driver_id in (select id from volunteer_drivers where territory_id = $1)',
  volunteer_absences: 'volunteer_driver_id in (select id from volunteer_drivers where territory_id = $1)',
  mission_requests: 'mission_id in (select id from missions where territory_id = $1)',
  shuttle_line_vehicles: 'shuttle_line_id in (select id from shuttle_lines where territory_id = $1)',
  shuttle_line_communes: 'shuttle_line_id in (select id from shuttle_lines where territory_id = $1)',
  shuttle_stops: 'shuttle_line_id in (select id from shuttle_lines where territory_id = $1)',
  shuttle_round_vehicles: 'shuttle_round_id in (select id from shuttle_rounds where territory_id = $1)',
  shuttle_plan_stops: 'shuttle_round_id in (select id from shuttle_rounds where territory_id = $1)',
  shuttle_plan_routes: 'shuttle_round_id in (select id from shuttle_rounds where territory_id = $1)',
  shuttle_subscription_skips:
    'shuttle_subscription_id in (select id from shuttle_subscriptions where territory_id = $1)',
};
const BY_TERRITORY = [
  'communes',
  'places',
  'residents',
  'resident_phones',
  'driver_preferences',
  'volunteer_drivers',
  'volunteer_phones',
  'ride_requests',
  'missions',
  'trips',
  'offers',
  'shuttle_lines',
  'shuttle_rounds',
  'shuttle_subscriptions',
  'seat_bookings',
];
/** Columns that are pseudonymised, left out or computed in the copy: compared apart. */
const CHANGED: Record<string, string[]> = {
  residents: ['first_name', 'last_name', 'search_name', 'address_line', 'access_note', 'consent_source'],
  resident_phones: ['e164'],
  volunteer_drivers: ['first_name', 'last_name', 'search_name'],
  volunteer_phones: ['e164'],
  ride_requests: ['origin_label', 'destination_label', 'created_by_staff_id'],
  seat_bookings: ['created_by_staff_id'],
  shuttle_subscriptions: ['created_by_staff_id'],
};
const NOT_COPIED = [
  'staff_users',
  'staff_sessions',
  'staff_user_communes',
  'staff_tasks',
  'messages',
  'conversations',
  'phone_opt_outs',
  'webhook_receipts',
  'audit_log',
  'simulations',
  'resident_consents',
  'data_requests',
];

/** Count and checksum of a table's rows (as JSON, without the columns named). */
const digest = (table: string, where: string) =>
  `select count(*)::int as n, md5(coalesce(string_agg((to_jsonb(t) - $2::text[])::text, '|' order by (to_jsonb(t) - $2::text[])::text), '')) as sum from "${table}" t where ${where}`;

beforeAll(async () => {
  live = await createLiveDatabase();
  // A second territory in the same live database, with people of its own: none of it may be copied.
  const seed = await loadTerritorySeedFile(questembertSeedPath);
  const other = await seedTerritory(live.db, {
    ...seed,
    territory: { ...seed.territory, slug: 'autre-territoire', name: 'Autre territoire' },
  });
  otherId = other.territoryId;
  const [commune] = await live.db
    .select()
    .from(schema.communes)
    .where(eq(schema.communes.territoryId, otherId));
  for (const [k, name] of ['Zélie', 'Zacharie'].entries()) {
    const [volunteer] = await live.db
      .insert(schema.volunteerDrivers)
      .values({
        territoryId: otherId,
        firstName: name,
        lastName: 'Introuvable',
        communeId: commune!.id,
        homeLat: commune!.lat + 0.01 * k,
        homeLon: commune!.lon,
        maxDistanceKm: 30,
      })
      .returning();
    await live.db.insert(schema.volunteerAvailabilities).values(
      [1, 2, 3, 4, 5, 6].map((weekday) => ({
        volunteerDriverId: volunteer!.id,
        weekday,
        startTime: '08:00',
        endTime: '18:00',
      })),
    );
  }
  const [territory] = await live.db
    .select()
    .from(schema.territories)
    .where(eq(schema.territories.slug, 'questembert'));
  questembertId = territory!.id;
  // Work stamped by now() has microseconds, the simulated clock milliseconds: this job (a no-op, not the
  // mission's wave) falls between two milliseconds of the period and must still come due.
  const [mission] = await live.db
    .select({ id: schema.missions.id })
    .from(schema.missions)
    .where(eq(schema.missions.territoryId, questembertId))
    .limit(1);
  await live.sql`insert into outbox (territory_id, queue, job_name, payload, available_at)
    values (${questembertId}, 'matching', 'expire-offer-wave', ${JSON.stringify({ missionId: mission!.id, wave: 999 })}::jsonb,
      '2027-03-05T10:00:00.000250Z')`;
  twilio = await startFakeTwilio();
  Object.assign(process.env, {
    DATABASE_URL: live.url,
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_API_BASE_URL: twilio.baseUrl,
    TWILIO_FROM: '+33757000001',
  });
  liveBefore = await fingerprint(live.db);
});

afterAll(async () => {
  process.env = savedEnv;
  for (const made of baselines) await made.drop();
  await twilio?.close();
  await live?.drop();
});

describe('the live baseline', () => {
  it('has a rule for every table, and copies each after the tables it references', async () => {
    const plan = planTerritoryCopy(await readCatalog(live.sql));
    const order = plan.map((step) => step.table);
    expect(order.indexOf('territories')).toBe(0);
    expect(order.indexOf('shuttle_rounds')).toBeLessThan(order.indexOf('shuttle_round_vehicles'));
    expect(order.indexOf('seat_bookings')).toBeLessThan(order.indexOf('shuttle_plan_stops'));
    expect(order).not.toContain('messages');
    const catalog = await readCatalog(live.sql);
    expect(() => planTerritoryCopy(catalog, { territories: {} })).toThrow(/no copy rule for table/);
  });

  it("copies the territory's setup and history, pseudonymised, and nothing of another territory", async () => {
    const made = baseline();
    const snapshot = await made.snapshot();
    expect(snapshot.territoryId).toBe(questembertId);
    const copy = postgres(withDatabase(serverUrl, snapshot.database), { max: 1, onnotice: () => {} });
    try {
      const compare = async (table: string, liveWhere: string, skip: string[] = CHANGED[table] ?? []) => {
        const [inLive] = await live.sql.unsafe(digest(table, liveWhere), [questembertId, skip]);
        const [inCopy] = await copy.unsafe(digest(table, '$1::uuid is not null'), [questembertId, skip]);
        return { table, live: inLive, copy: inCopy };
      };
      const checks = [
        await compare('territories', 't.id = $1'),
        ...(await Promise.all(BY_TERRITORY.map((table) => compare(table, 't.territory_id = $1')))),
        ...(await Promise.all(Object.entries(THROUGH).map(([table, where]) => compare(table, where)))),
      ];
      for (const check of checks) expect(check.copy, check.table).toEqual(check.live);
      // The demo has rows in each, so the comparison is not between empty tables.
      for (const table of [
        'residents',
        'volunteer_availabilities',
        'ride_requests',
        'offers',
        'seat_bookings',
      ])
        expect(checks.find((c) => c.table === table)?.live?.n, table).toBeGreaterThan(0);

      // The outbox: the territory's matching and planning work still to hand over, renumbered.
      const pending = (sql: postgres.Sql, where: string) =>
        sql.unsafe(
          `select job_name, payload::text as payload, available_at::text as available_at from outbox where ${where} order by available_at, job_name, payload::text`,
          where.includes('$1') ? [questembertId] : [],
        );
      const liveJobs = await pending(
        live.sql,
        `territory_id = $1 and published_at is null and job_name in ('match-ride-request', 'expire-offer-wave', 'record-mission-distance', 'plan-shuttle-round')`,
      );
      expect(liveJobs.length).toBeGreaterThan(0);
      expect(await pending(copy, 'true')).toEqual(liveJobs);

      for (const table of NOT_COPIED) {
        const [row] = await copy.unsafe(`select count(*)::int as n from "${table}"`);
        expect(row?.n, table).toBe(0);
      }
      const [others] = await copy`select
        (select count(*) from territories where id <> ${questembertId})::int as territories,
        (select count(*) from volunteer_drivers where last_name = 'Introuvable')::int as volunteers`;
      expect(others).toEqual({ territories: 0, volunteers: 0 });

      // No name, street address or real number reaches the copy.
      const liveNames = await live.sql`select last_name from residents where territory_id = ${questembertId}
        union select last_name from volunteer_drivers where territory_id = ${questembertId}`;
      const [leaks] = await copy`select
        (select count(*) from residents where last_name = any(${liveNames.map((r) => r.last_name)})
          or first_name <> 'Habitant' or access_note is not null)::int as residents,
        (select count(*) from volunteer_drivers where last_name = any(${liveNames.map((r) => r.last_name)}))::int as volunteers,
        (select count(*) from resident_phones where e164 not like '+3363998%')::int as resident_phones,
        (select count(*) from volunteer_phones where e164 not like '+3363998%')::int as volunteer_phones,
        (select count(*) from residents r join communes c on c.id = r.commune_id
          where r.address_line <> c.postal_code || ' ' || c.name)::int as addresses,
        (select count(*) from ride_requests where origin_place_id is null and origin_label <> 'Adresse')::int as labels`;
      expect(leaks).toEqual({
        residents: 0,
        volunteers: 0,
        resident_phones: 0,
        volunteer_phones: 0,
        addresses: 0,
        labels: 0,
      });
    } finally {
      await copy.end({ timeout: 5 });
    }
    await made.drop();
    expect(await existingDatabases([snapshot.database])).toEqual([]);
  }, 120_000);

  it('gives the same figures for the same seed, from two copies of the live territory', async () => {
    const first = await run('base');
    const second = await run('again');
    expect(first.scenario.baseline).toBe('live');
    expect(first.metrics.requests).toBeGreaterThan(10);
    expect(first.metrics.shuttles.roundsPlanned).toBeGreaterThanOrEqual(1);
    // The demo's 14 active volunteers, now read from the live database.
    expect(first.metrics.volunteers.active).toBe(14);
    expect(second.metrics).toEqual(first.metrics);
    expect(second.work.jobs).toEqual(first.work.jobs);
  }, 300_000);

  it('leaves more requests unmet with six volunteers fewer in the east', async () => {
    const base = await run('base');
    const fewer = await run('fewer', {
      volunteers: { changes: [{ kind: 'remove_volunteers', count: 6, where: { zone: 'Est' } }] },
    });
    expect(fewer.metrics.volunteers.active).toBe(base.metrics.volunteers.active - 6);
    expect(fewer.metrics.rides.requests).toBe(base.metrics.rides.requests);
    expect(fewer.metrics.unmet.total).toBeGreaterThan(base.metrics.unmet.total);
  }, 300_000);

  it("replays the live territory's recorded requests and bookings", async () => {
    // The demo's coming fortnight as recorded on 3 March: rides up to 9 days ahead, Monday rounds.
    const replay = await run('replay', {
      period: { start: '2027-03-22', days: 14 },
      demand: { source: 'replay', from: '2027-03-05' },
    });
    const [recorded] = await live.sql`select
      (select count(*) from ride_requests where territory_id = ${questembertId}
        and requested_time >= '2027-03-04T23:00:00Z' and requested_time < '2027-03-18T23:00:00Z')::int as rides,
      (select count(*) from seat_bookings b join shuttle_rounds r on r.id = b.shuttle_round_id
        where b.territory_id = ${questembertId} and b.status <> 'cancelled' and b.shuttle_subscription_id is null
        and r.nominal_date >= '2027-03-05' and r.nominal_date < '2027-03-19')::int as seats`;
    expect(recorded!.rides).toBeGreaterThan(0);
    expect(recorded!.seats).toBeGreaterThan(0);
    expect(replay.metrics.rides.requests).toBe(recorded!.rides);
    expect(replay.metrics.shuttles.bookings).toBe(recorded!.seats);
  }, 300_000);

  it("runs the API's job on the requester's own territory, from the live data", async () => {
    const [row] = await live.db
      .insert(schema.simulations)
      .values({
        territoryId: otherId,
        // Naming another territory changes nothing: the requester's is the one copied.
        scenario: {
          version: 1,
          name: 'Aujourd’hui',
          territory: 'questembert',
          period: { start: '2027-03-04', days: 3 },
        },
      })
      .returning();
    const deps: ProcessorDeps = {
      db: live.db,
      clock: systemClock,
      sender: createFileProvider('/dev/null'),
      logger: pino({ level: 'silent' }),
      routing: createRoutingProvider({}),
      links: createLinkIssuer({ secret: 'x'.repeat(32), publicBaseUrl: 'https://example.invalid' }),
      sendPolicy: { quietHours: null, perNumber: PER_NUMBER_RATE },
      simulationServerUrl: live.url,
    };
    await runSimulationProcessor({ simulationId: row!.id }, deps, {
      id: 'test-1',
      name: 'run-simulation',
      queue: 'simulations',
      attempt: 1,
    });
    const [done] = await live.db.select().from(schema.simulations).where(eq(schema.simulations.id, row!.id));
    expect(done?.error).toBeNull();
    expect(done?.status).toBe('done');
    const result = done!.result as { a: { volunteers: { active: number } }; descriptions: { a: string } };
    // The other territory's two volunteers, not the demo's fourteen.
    expect(result.a.volunteers.active).toBe(2);
    expect(result.descriptions.a).toBe('organisation actuelle, sans changement');
    await live.db.delete(schema.simulations).where(eq(schema.simulations.id, row!.id));
  }, 300_000);

  it('leaves the live database, Twilio and the server as they were', async () => {
    await Promise.all([...runs.values()]);
    for (const made of baselines) await made.drop();
    expect(await fingerprint(live.db)).toEqual(liveBefore);
    expect(twilio.requestCount).toBe(0);
    expect(created.length).toBeGreaterThan(4);
    expect(await existingDatabases(created)).toEqual([]);
  }, 60_000);
});

describe('the baseline field', () => {
  it('is live or demo, and absent by default (each entry point decides)', () => {
    expect(parseScenario({ version: 1 }).baseline).toBeUndefined();
    expect(parseScenario({ version: 1, baseline: 'demo' }).baseline).toBe('demo');
    expect(() => parseScenario({ version: 1, baseline: 'yesterday' })).toThrow(ScenarioError);
  });

  it('refuses a live baseline without a live database, and a territory the live database lacks', async () => {
    await expect(runSimulation(scenario(), { serverUrl, onDatabase })).rejects.toThrow(
      /^\/baseline: no live database/,
    );
    const missing = createLiveBaseline(
      { databaseUrl: live.url, territory: { slug: 'atlantis' } },
      serverUrl,
      onDatabase,
    );
    baselines.push(missing);
    await expect(runSimulation(scenario(), { serverUrl, live: missing, onDatabase })).rejects.toThrow(
      "/territory: the live database has no territory 'atlantis'",
    );
  }, 60_000);
});
