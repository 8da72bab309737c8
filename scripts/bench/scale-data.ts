/**
 * A territory the size of a large département, generated deterministically from a seed on top of the
 * Questembert demo data: 10,000 residents and 1,000 volunteers (names, communes, homes and phones drawn
 * with the seeded PRNG, inserted in bulk), then a year of activity: the demo's weeks of ride requests,
 * missions, trips, shuttle rounds, seat bookings and plans copied until they cover a year, each copy further
 * back (the demo's own span apart), carried by other generated residents and volunteers. The copies keep every relation (ids are
 * derived as md5(id || copy)), so reports, lists and searches see consistent data. Pure SQL inside
 * Postgres: a few seconds, no row goes through Node.
 */
import type postgres from 'postgres';
import {
  LAST_NAMES,
  OLDER_FIRST_NAMES,
  STREETS,
  YOUNGER_FIRST_NAMES,
} from '../../packages/db/src/seed/demo-vocabulary';
import { Random } from '../../packages/db/src/seed/random';

export interface ScaleOptions {
  seed: number;
  residents: number;
  volunteers: number;
  /** How far back the copies of the demo's activity reach, in weeks (51 + the demo's own ≈ a year). */
  weeks: number;
  /** Copies of the demo's rides side by side in each period (the demo has a handful a week). */
  rideLanes: number;
  log: (message: string) => void;
}

/** Ride tables: copied in several lanes per period (shuttle rounds are one per line and date). */
const RIDES = ['ride_requests', 'missions', 'mission_requests', 'trips'];

/** The activity tables copied period by period, parents before children. */
const ACTIVITY = [
  'shuttle_rounds',
  'shuttle_round_vehicles',
  'ride_requests',
  'missions',
  'mission_requests',
  'trips',
  'seat_bookings',
  'shuttle_plan_stops',
  'shuttle_plan_routes',
];

async function insertChunks(sql: postgres.Sql, table: string, rows: Record<string, unknown>[]) {
  for (let i = 0; i < rows.length; i += 1000) {
    await sql`insert into ${sql(table)} ${sql(rows.slice(i, i + 1000) as Record<string, postgres.ParameterOrJSON<never>>[])}`;
  }
}

const mobile = (n: number) => `+3363998${String(n % 10_000).padStart(4, '0')}`;
const landline = (n: number) =>
  `${['+3319900', '+3326191', '+3335301', '+3346571', '+3353649'][n % 5]}${String(Math.floor(n / 5) % 10_000).padStart(4, '0')}`;

export async function generateScaleData(sql: postgres.Sql, options: ScaleOptions) {
  const random = new Random(options.seed);
  const started = Date.now();
  const [territory] = await sql<{ id: string }[]>`select id from territories order by created_at limit 1`;
  const communes = await sql<{ id: string; lat: number; lon: number }[]>`
    select id, lat, lon from communes where territory_id = ${territory!.id} order by insee_code`;

  // People -------------------------------------------------------------------------------------------
  const jitter = () => (random.next() - 0.5) * 0.04;
  const residents = Array.from({ length: options.residents }, (_, n) => {
    const commune = random.pick(communes);
    const older = random.chance(0.6);
    return {
      id: uuidFrom(random),
      territory_id: territory!.id,
      first_name: random.pick(older ? OLDER_FIRST_NAMES : YOUNGER_FIRST_NAMES),
      last_name: random.pick(LAST_NAMES),
      commune_id: commune.id,
      address_line: `${random.int(1, 80)} ${random.pick(STREETS)}`,
      lat: commune.lat + jitter(),
      lon: commune.lon + jitter(),
      preferred_channel: older && random.chance(0.4) ? 'voice' : 'sms',
      consent_at: new Date().toISOString(),
      consent_source: 'scale',
      status: random.chance(0.03) ? 'paused' : 'active',
      n,
    };
  });
  await insertChunks(
    sql,
    'residents',
    residents.map(({ n: _n, ...row }) => row),
  );
  await insertChunks(
    sql,
    'resident_phones',
    residents.map((r) => {
      const isMobile = r.preferred_channel === 'sms' || random.chance(0.3);
      return {
        territory_id: territory!.id,
        resident_id: r.id,
        e164: isMobile ? mobile(r.n) : landline(r.n),
        kind: isMobile ? 'mobile' : 'landline',
        is_primary: true,
      };
    }),
  );
  const volunteers = Array.from({ length: options.volunteers }, (_, n) => {
    const commune = random.pick(communes);
    return {
      id: uuidFrom(random),
      territory_id: territory!.id,
      first_name: random.pick(YOUNGER_FIRST_NAMES),
      last_name: random.pick(LAST_NAMES),
      commune_id: commune.id,
      home_lat: commune.lat + jitter(),
      home_lon: commune.lon + jitter(),
      seats: random.int(2, 4),
      wheelchair_capable: random.chance(0.05),
      n,
    };
  });
  await insertChunks(
    sql,
    'volunteer_drivers',
    volunteers.map(({ n: _n, ...row }) => row),
  );
  await insertChunks(
    sql,
    'volunteer_phones',
    volunteers.map((v) => ({
      territory_id: territory!.id,
      volunteer_driver_id: v.id,
      e164: mobile(5000 + v.n),
      kind: 'mobile',
      is_primary: true,
    })),
  );
  await insertChunks(
    sql,
    'volunteer_served_communes',
    volunteers.flatMap((v) =>
      random.sample(communes, 3).map((c) => ({ volunteer_driver_id: v.id, commune_id: c.id })),
    ),
  );
  options.log(
    `  ${options.residents} residents, ${options.volunteers} volunteers in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  // A year of activity ------------------------------------------------------------------------------
  // Temp tables: the caller passes a single connection (postgres({ max: 1 })).
  await sql`create temp table scale_residents (n int primary key, id uuid not null)`;
  await insertChunks(
    sql,
    'scale_residents',
    residents.map((r) => ({ n: r.n, id: r.id })),
  );
  await sql`create temp table scale_volunteers (n int primary key, id uuid not null)`;
  await insertChunks(
    sql,
    'scale_volunteers',
    volunteers.map((v) => ({ n: v.n, id: v.id })),
  );
  await sql`create temp table demo_residents as
    select row_number() over (order by id) - 1 as n, id from residents where consent_source is distinct from 'scale'`;
  await sql`create temp table demo_volunteers as
    select row_number() over (order by id) - 1 as n, id from volunteer_drivers
    where id not in (select id from scale_volunteers)`;
  await sql`create index on demo_residents (id)`;
  await sql`create index on demo_volunteers (id)`;
  const [counts] = await sql<{ r: number; v: number; sr: number; sv: number }[]>`
    select (select count(*)::int from demo_residents) as r, (select count(*)::int from demo_volunteers) as v,
           (select count(*)::int from scale_residents) as sr, (select count(*)::int from scale_volunteers) as sv`;
  // Each copy moves back by the span of the demo's activity (whole weeks, so weekdays stay right).
  const [span] = await sql<{ days: number }[]>`
    select greatest(
      coalesce((select max(service_date) - min(service_date) from shuttle_rounds), 0),
      coalesce((select extract(day from max(requested_time) - min(requested_time))::int from ride_requests), 0)
    ) + 1 as days`;
  const shiftDays = Math.ceil(span!.days / 7) * 7;
  const copies = Math.ceil((options.weeks * 7) / shiftDays);
  options.log(`  the demo's activity spans ${span!.days} days: ${copies} copies, ${shiftDays} days apart`);
  const activityStarted = Date.now();
  for (const table of ACTIVITY) {
    const statement = await copyStatement(sql, table, counts!);
    const lanes = RIDES.includes(table) ? options.rideLanes : 1;
    const inserted = await sql.unsafe(statement, [copies, shiftDays, lanes]);
    options.log(`  ${table}: ${inserted.count} rows`);
  }
  await sql`analyze`;
  options.log(`  a year of activity in ${((Date.now() - activityStarted) / 1000).toFixed(1)} s`);
}

/** A v4-shaped uuid from the seeded PRNG. */
function uuidFrom(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random.next() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * INSERT … SELECT copying every row of `table` $1 periods back × $3 lanes (copy k): ids and references to other
 * copied tables become md5(id || k), references to residents and volunteers move to generated people
 * (a different one per copy, never two demo people onto one), dates and timestamps move back (k mod $1, from 1) × $2 days.
 */
async function copyStatement(
  sql: postgres.Sql,
  table: string,
  counts: { r: number; v: number; sr: number; sv: number },
): Promise<string> {
  const columns = await sql<
    { name: string; type: string; generated: string; identity: string; fallback: string | null }[]
  >`
    select column_name as name, data_type as type, is_generated as generated, is_identity as identity,
           column_default as fallback
    from information_schema.columns where table_schema = 'public' and table_name = ${table}
    order by ordinal_position`;
  const references = await sql<{ column: string; target: string }[]>`
    select a.attname as column, target.relname as target
    from pg_constraint c
    join pg_class source on source.oid = c.conrelid
    join pg_class target on target.oid = c.confrelid
    join lateral unnest(c.conkey) as k(attnum) on true
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
    where c.contype = 'f' and source.relname = ${table}`;
  const target = new Map(references.map((r) => [r.column, r.target]));
  const copied = columns.filter(
    (c) => c.generated !== 'ALWAYS' && c.identity !== 'YES' && !c.fallback?.startsWith('nextval('),
  );
  const expression = (c: (typeof columns)[number]) => {
    const name = `t."${c.name}"`;
    const ref = target.get(c.name);
    if (c.name === 'id' && c.type === 'uuid') return `md5(${name}::text || k)::uuid`;
    if (ref && ACTIVITY.includes(ref)) return `md5(${name}::text || k)::uuid`;
    if (ref === 'residents') {
      return `(select s.id from scale_residents s where s.n = ((select d.n from demo_residents d where d.id = ${name}) + k * ${counts.r}) % ${counts.sr})`;
    }
    if (ref === 'volunteer_drivers') {
      return `(select s.id from scale_volunteers s where s.n = ((select d.n from demo_volunteers d where d.id = ${name}) + k * ${counts.v}) % ${counts.sv})`;
    }
    // Past copies of a mission are done: an assigned one in the past was driven.
    if (table === 'missions' && c.name === 'status') {
      return `(case when ${name} = 'assigned' then 'completed' else ${name}::text end)::mission_status`;
    }
    const back = `(((k - 1) % $1::int) + 1) * $2::int`;
    if (c.type === 'date') return `${name} - ${back}`;
    if (c.type.startsWith('timestamp')) return `${name} - make_interval(days => ${back})`;
    return name;
  };
  const names = copied.map((c) => `"${c.name}"`).join(', ');
  return `insert into "${table}" (${names})
    select ${copied.map(expression).join(', ')}
    from "${table}" t cross join generate_series(1, $1::int * $3::int) as k
    where $2::int > 0 -- every statement names its three parameters`;
}
