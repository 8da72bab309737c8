/**
 * scripts/bench-api [--duration S] [--rate N] [--profile] [--keep]
 *
 * The real API (services/api/src/server.ts, run as ./scripts/start runs it: node --import tsx) on a
 * throwaway database of the shared Postgres (DATABASE_URL's server, default postgres://postgres@127.0.0.1:5432,
 * database solimob_bench_<time>, dropped at the end unless --keep), migrated and seeded with the demo
 * data plus 2,000 generated residents so that every request carries a distinct resident. Redis from
 * REDIS_URL (default redis://127.0.0.1:6379; the API only uses it for rate limits and /ready).
 *
 * With autocannon, logged in as the demo coordinator:
 *   1. baseline  POST /bench/insert (BENCH_ROUTES=true: one insert behind the same staff session), max rate
 *   2. bookings  POST /seat-bookings at a fixed offered rate (--rate, default 200/s) for --duration s
 *   3. rides     POST /ride-requests at the same fixed rate
 *   4. bookings  POST /seat-bookings at max rate: the booking throughput
 * Prints a table and, last, one JSON line
 *   {"booking_rps": X, "booking_p99_ms": Y, "baseline_rps": Z, "ratio": X/Z}
 * Targets: booking p99 ≤ 50 ms at 200 requests/s offered, booking throughput ≥ 40 % of the baseline.
 * --profile runs the API with --cpu-prof and prints its top self-time functions (see summariseProfile).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { createDb } from '../../packages/db/src/client';
import { runMigrations } from '../../packages/db/src/migrate';
import {
  DEMO_STAFF_LOGINS,
  loadTerritorySeedFile,
  questembertSeedPath,
  seedDemo,
  seedTerritory,
} from '../../packages/db/src/seed/index';
import { countStatements } from './count-queries';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const DURATION = option('--duration', 10);
const RATE = option('--rate', 200);
const PROFILE = args.includes('--profile');
const KEEP = args.includes('--keep');
const EXTRA_RESIDENTS = option('--residents', 2000);

const log = (message: string) => process.stderr.write(`${message}\n`);
const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const dbName = `solimob_bench_${Date.now().toString(36)}`;
const dbUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  return url.toString();
})();

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// Database: create, migrate, seed, add residents
// ---------------------------------------------------------------------------------------------------

const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
let api: ChildProcess | undefined;

async function cleanup() {
  if (api && api.exitCode === null) {
    api.kill('SIGTERM');
    await new Promise((resolve) => api!.once('exit', resolve));
  }
  if (!KEEP) await admin.unsafe(`drop database if exists ${dbName} with (force)`).catch(() => {});
  else log(`kept database ${dbUrl}`);
  await admin.end();
}

async function prepareDatabase() {
  const started = Date.now();
  await admin.unsafe(`create database ${dbName}`);
  await runMigrations(dbUrl);
  const handle = createDb(dbUrl, { max: 2, applicationName: 'solimob-bench' });
  const seed = await loadTerritorySeedFile(questembertSeedPath);
  await seedTerritory(handle.db, seed);
  await seedDemo(handle.db, { now: new Date(), territorySlug: seed.territory.slug });
  // Residents in the communes of the shuttle lines, each with a mobile of the ARCEP fiction block.
  await handle.sql`
    insert into residents (territory_id, first_name, last_name, commune_id, address_line, lat, lon,
                           preferred_channel, consent_at, consent_source)
    select c.territory_id, 'Banc', 'Essai ' || g, c.id, g || ' rue du Banc d''essai', c.lat, c.lon,
           'sms', now(), 'bench'
    from generate_series(1, ${EXTRA_RESIDENTS}) g
    join lateral (
      select c.* from communes c
      join shuttle_line_communes slc on slc.commune_id = c.id
      order by c.id offset (g % (select count(*) from shuttle_line_communes)) limit 1
    ) c on true`;
  await handle.sql`
    insert into resident_phones (territory_id, resident_id, e164, kind, is_primary)
    select territory_id, id, '+3363998' || lpad((3000 + row_number() over (order by id))::text, 4, '0'), 'mobile', true
    from residents where consent_source = 'bench'`;
  await handle.close();
  log(`database ${dbName}: migrated and seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------------------------------------------
// The API
// ---------------------------------------------------------------------------------------------------

const profileDir = join(ROOT, '.data', 'bench-api-profile');

async function startApi(port: number): Promise<string> {
  mkdirSync(join(ROOT, '.data', 'logs'), { recursive: true });
  const logFile = join(ROOT, '.data', 'logs', 'bench-api.log');
  const out = openSync(logFile, 'w');
  if (PROFILE) {
    rmSync(profileDir, { recursive: true, force: true });
    mkdirSync(profileDir, { recursive: true });
  }
  const nodeArgs = [
    ...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
    '--import',
    'tsx',
    'src/server.ts',
  ];
  api = spawn(process.execPath, nodeArgs, {
    cwd: join(ROOT, 'services', 'api'),
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      REDIS_URL: redisUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      SIGNED_LINK_SECRET: randomBytes(24).toString('base64url'),
      LOG_LEVEL: 'info', // as deployed: two lines per request
      NODE_ENV: 'development',
      BENCH_ROUTES: 'true',
      TWILIO_ACCOUNT_SID: '',
      TWILIO_AUTH_TOKEN: '',
      TWILIO_FROM: '',
    },
    stdio: ['ignore', out, out],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`the API exited (${api.exitCode}); see ${logFile}`);
    try {
      if ((await fetch(`${base}/ready`)).ok) return base;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the API did not become ready in 60 s; see ${logFile}`);
}

// ---------------------------------------------------------------------------------------------------
// Bodies: a distinct resident (and round, or day) for every request
// ---------------------------------------------------------------------------------------------------

async function bookingBodies(): Promise<object[]> {
  const sql = postgres(dbUrl, { max: 1, onnotice: () => {} });
  const rows = await sql<{ residentId: string; roundId: string }[]>`
    select r.id as "residentId", sr.id as "roundId"
    from shuttle_rounds sr
    join shuttle_line_communes slc on slc.shuttle_line_id = sr.shuttle_line_id
    join residents r on r.commune_id = slc.commune_id and r.status = 'active'
    where sr.status = 'open' and sr.cutoff_at > now() + interval '10 minutes'
      and not exists (select 1 from seat_bookings b where b.shuttle_round_id = sr.id and b.resident_id = r.id)
    order by md5(r.id::text || sr.id::text)`;
  await sql.end();
  return rows.map((row) => ({ residentId: row.residentId, shuttleRoundId: row.roundId }));
}

async function rideBodies(): Promise<object[]> {
  const sql = postgres(dbUrl, { max: 1, onnotice: () => {} });
  const residents = await sql<{ id: string }[]>`
    select id from residents where consent_source = 'bench' order by id`;
  const [place] = await sql<{ id: string }[]>`select id from places where active order by name limit 1`;
  await sql.end();
  // Service days Monday–Saturday, 3 to 40 days ahead, 10:00 UTC (11:00 in Paris in winter).
  const days: string[] = [];
  for (let d = 3; d <= 40; d++) {
    const day = new Date(Date.now() + d * 86_400_000);
    if (day.getUTCDay() !== 0) days.push(day.toISOString().slice(0, 10));
  }
  const bodies: object[] = [];
  for (const day of days) {
    for (const resident of residents) {
      bodies.push({
        residentId: resident.id,
        destination: { placeId: place!.id },
        requestedTime: `${day}T10:00:00.000Z`,
        timeAnchor: 'arrival',
        returnWaitMinutes: 60,
        purpose: 'health',
      });
    }
  }
  return bodies;
}

// ---------------------------------------------------------------------------------------------------
// Load
// ---------------------------------------------------------------------------------------------------

interface Row {
  name: string;
  offered: string;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  ok: number;
  failed: number;
}
const rows: Row[] = [];

async function load(
  name: string,
  base: string,
  token: string,
  path: string,
  bodies: object[] | null,
  options: { rate?: number; connections: number; duration: number },
): Promise<Row> {
  let next = 0;
  if (bodies && bodies.length < (options.rate ?? 2_000) * options.duration) {
    log(`  (only ${bodies.length} distinct bodies for ${name}: the run may reuse them and see conflicts)`);
  }
  log(
    `${name}: POST ${path}, ${options.rate ? `${options.rate}/s offered` : 'max rate'}, ${options.connections} connections, ${options.duration} s…`,
  );
  const result = await autocannon({
    url: `${base}${path}`,
    method: 'POST',
    connections: options.connections,
    duration: options.duration,
    ...(options.rate ? { overallRate: options.rate } : {}),
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => ({
          ...request,
          body: bodies ? JSON.stringify(bodies[next++ % bodies.length]) : '{}',
        }),
      },
    ],
  });
  const ok = result['2xx'];
  const row: Row = {
    name,
    offered: options.rate ? `${options.rate}/s` : 'max',
    rps: ok / options.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    ok,
    failed: result.non2xx + result.errors + result.timeouts,
  };
  rows.push(row);
  log(
    `  ${row.rps.toFixed(0)} req/s answered 2xx, p50 ${row.p50} ms, p99 ${row.p99} ms, ${row.failed} failed`,
  );
  return row;
}

// ---------------------------------------------------------------------------------------------------
// Profile summary
// ---------------------------------------------------------------------------------------------------

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** Self time per function and per package, from a V8 .cpuprofile (samples × their time deltas). */
export function summariseProfile(file: string, top = 15) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (const [i, id] of profile.samples.entries()) {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const where = (url: string) => {
    const modules = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (modules) return modules[1]!;
    if (url.startsWith('node:') || url === '') return url || '(native)';
    return url.replace(/^file:\/\//, '').replace(`${ROOT}/`, '');
  };
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  for (const [id, micros] of self) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${where(url)}${url ? `:${lineNumber + 1}` : ''}`;
    functions.set(key, (functions.get(key) ?? 0) + micros);
    const pkg =
      functionName.startsWith('(') && !url ? functionName : where(url).split('/').slice(0, 3).join('/');
    packages.set(pkg, (packages.get(pkg) ?? 0) + micros);
  }
  const rank = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, ms: Math.round(micros / 1000), share: micros / total }));
  return { totalMs: Math.round(total / 1000), functions: rank(functions), packages: rank(packages) };
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const load1 = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  log(`bench-api: ${os.cpus().length} cores, load average ${load1}, Node ${process.version}`);
  await prepareDatabase();
  const port = await freePort();
  const base = await startApi(port);
  log(`API ready at ${base}${PROFILE ? ' (CPU profile on)' : ''}`);
  const coordinator = DEMO_STAFF_LOGINS.find((l) => l.role === 'coordinator')!;
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: coordinator.email, password: coordinator.password }),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const { token } = (await login.json()) as { token: string };

  const bookings = await bookingBodies();
  const rides = await rideBodies();
  log(`${bookings.length} distinct seat bookings and ${rides.length} distinct ride requests available`);
  const perRun = RATE * DURATION;
  const [warm, atRate, atMax] = [
    bookings.slice(0, 300),
    bookings.slice(300, 300 + perRun),
    bookings.slice(300 + perRun),
  ];

  // Warm-up (tsx compiles modules on first use, pools connect): not reported.
  await load('warm-up', base, token, '/seat-bookings', warm, { rate: 50, connections: 4, duration: 3 });
  await load('warm-up', base, token, '/ride-requests', rides.slice(-150), {
    rate: 50,
    connections: 4,
    duration: 3,
  });
  await load('warm-up', base, token, '/bench/insert', null, { rate: 50, connections: 4, duration: 2 });
  rows.length = 0;

  const baseline = await load('baseline (1 insert)', base, token, '/bench/insert', null, {
    connections: 10,
    duration: DURATION,
  });
  const fixed = await load('seat bookings', base, token, '/seat-bookings', atRate, {
    rate: RATE,
    connections: 20,
    duration: DURATION,
  });
  await load('ride requests', base, token, '/ride-requests', rides, {
    rate: RATE,
    connections: 20,
    duration: DURATION,
  });
  const max = await load('seat bookings', base, token, '/seat-bookings', atMax, {
    connections: 10,
    duration: DURATION,
  });

  api!.kill('SIGTERM');
  await new Promise((resolve) => api!.once('exit', resolve));
  const statements = await countStatements(dbUrl);

  console.log('');
  console.log(`bench-api, ${new Date().toISOString()}, load average at start ${load1}`);
  console.log('| Route | Offered | Answered 2xx/s | p50 ms | p99 ms | max ms | 2xx | failed |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|');
  const pathOf = (name: string) =>
    name.startsWith('baseline')
      ? 'POST /bench/insert'
      : name.startsWith('seat')
        ? 'POST /seat-bookings'
        : 'POST /ride-requests';
  for (const r of rows) {
    console.log(
      `| ${pathOf(r.name)} (${r.name}) | ${r.offered} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.max} | ${r.ok} | ${r.failed} |`,
    );
  }

  // The session lookup (one statement) comes on top of each, as for the baseline's one insert.
  console.log('');
  console.log(
    `SQL statements per request (besides the session lookup): seat booking ${statements.booking.length}, ride request ${statements.ride.length}, baseline 1`,
  );
  for (const [name, list] of Object.entries(statements)) {
    console.log(`  ${name}: ${list.map((q) => q.split(' ').slice(0, 3).join(' ')).join(' → ')}`);
  }

  if (PROFILE) {
    const files = existsSync(profileDir)
      ? readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'))
      : [];
    if (files[0]) {
      const summary = summariseProfile(join(profileDir, files[0]));
      console.log('');
      console.log(
        `CPU profile of the API (${summary.totalMs} ms sampled, start-up included): ${join(profileDir, files[0])}`,
      );
      console.log('| Self time by package or file | ms | share |');
      console.log('|---|---:|---:|');
      for (const p of summary.packages)
        console.log(`| ${p.name} | ${p.ms} | ${(p.share * 100).toFixed(1)} % |`);
      console.log('');
      console.log('| Top self-time functions | ms | share |');
      console.log('|---|---:|---:|');
      for (const f of summary.functions)
        console.log(`| \`${f.name}\` | ${f.ms} | ${(f.share * 100).toFixed(1)} % |`);
    } else {
      console.log('(no CPU profile was written)');
    }
  }

  const failed = rows.reduce((n, r) => n + r.failed, 0);
  if (failed > 0) log(`warning: ${failed} requests were not answered 2xx (see .data/logs/bench-api.log)`);
  console.log('');
  console.log(
    JSON.stringify({
      booking_rps: Math.round(max.rps),
      booking_p99_ms: fixed.p99,
      baseline_rps: Math.round(baseline.rps),
      ratio: Number((max.rps / baseline.rps).toFixed(3)),
    }),
  );
}

try {
  await main();
} finally {
  await cleanup();
}
