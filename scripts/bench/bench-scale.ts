/**
 * scripts/bench-scale [--seed N] [--residents N] [--volunteers N] [--weeks N] [--ride-lanes N]
 *                     [--requests N] [--no-summary] [--keep]
 *
 * The list, search and report endpoints on a territory the size of a large département: the demo data
 * plus 10,000 residents, 1,000 volunteers and a year of rides and shuttle rounds (scale-data.ts,
 * deterministic with --seed), on a throwaway database and the real API (see api-stack.ts). Each
 * endpoint is called --requests times (default 200, two at a time, the search terms varied), after a
 * warm-up; the reports' summary of the settled months is computed first, as the worker does every 10
 * minutes (--no-summary leaves it out: every month computed live). Prints a table of p50/p95/max and,
 * last, one JSON line
 *   {"residents": N, "ride_requests": N, "worst_p95_ms": X, "worst": "<endpoint>"}
 * Target: p95 ≤ 100 ms for every endpoint.
 */
import os from 'node:os';
import { LAST_NAMES, OLDER_FIRST_NAMES } from '../../packages/db/src/seed/demo-vocabulary';
import { Random } from '../../packages/db/src/seed/random';
import { refreshReportSummaries, systemClock } from '../../packages/domain/src/index';
import { benchStack } from './api-stack';
import { percentile } from './percentile';
import { generateScaleData } from './scale-data';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SEED = option('--seed', 1);
const REQUESTS = option('--requests', 200);
const log = (message: string) => process.stderr.write(`${message}\n`);
const stack = benchStack('bench-scale', { keep: args.includes('--keep'), log });

interface Endpoint {
  name: string;
  /** A path for the i-th request (search terms vary, so no answer is served from a warm cache alone). */
  path: (i: number, random: Random) => string;
}

const thisYear = new Date().getUTCFullYear();
const months = `from=${thisYear - 1}-${String(new Date().getUTCMonth() + 1).padStart(2, '0')}&to=${thisYear}-${String(new Date().getUTCMonth() + 1).padStart(2, '0')}`;
const ENDPOINTS: Endpoint[] = [
  { name: 'residents, first page', path: () => '/residents?pageSize=25' },
  { name: 'residents, a deep page', path: (_i, r) => `/residents?pageSize=25&page=${r.int(100, 400)}` },
  {
    name: 'residents by last name',
    path: (_i, r) => `/residents?q=${encodeURIComponent(r.pick(LAST_NAMES))}`,
  },
  {
    name: 'residents by first and last name',
    path: (_i, r) =>
      `/residents?q=${encodeURIComponent(`${r.pick(OLDER_FIRST_NAMES)} ${r.pick(LAST_NAMES)}`)}`,
  },
  {
    name: 'residents by phone prefix',
    path: (_i, r) => `/residents?q=${encodeURIComponent(`06 39 98 ${String(r.int(10, 99))}`)}`,
  },
  { name: 'volunteers, first page', path: () => '/volunteers?pageSize=25' },
  { name: 'volunteers by name', path: (_i, r) => `/volunteers?q=${encodeURIComponent(r.pick(LAST_NAMES))}` },
  {
    name: 'volunteers by phone prefix',
    path: (_i, r) => `/volunteers?q=${encodeURIComponent(`06 39 98 ${String(r.int(50, 99))}`)}`,
  },
  { name: 'ride requests, first page', path: () => '/ride-requests?pageSize=25' },
  { name: 'missions, first page', path: () => '/missions?pageSize=25' },
  { name: 'shuttle rounds, first page', path: () => '/shuttle-rounds?pageSize=25' },
  { name: 'messages, first page', path: () => '/messages?pageSize=25' },
  { name: 'report by month, a year', path: () => `/reports/monthly?${months}` },
  { name: 'report by commune, a year', path: () => `/reports/communes?${months}` },
  { name: 'report by zone, a year', path: () => `/reports/zones?${months}` },
];

async function measure(base: string, token: string, endpoint: Endpoint) {
  const random = new Random(SEED);
  const call = async (i: number) => {
    const started = performance.now();
    const response = await fetch(`${base}${endpoint.path(i, random)}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${endpoint.name}: ${response.status}`);
    return performance.now() - started;
  };
  for (let i = 0; i < 5; i++) await call(i); // warm-up
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < REQUESTS) times.push(await call(next++));
  };
  await Promise.all([worker(), worker()]);
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50)!, p95: percentile(times, 95)!, max: times.at(-1)! };
}

/** How long the report summary took to compute, if it was (not with --no-summary). */
let summaryMs: number | undefined;

async function main() {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  log(`bench-scale: ${os.cpus().length} cores, load average ${load}, Node ${process.version}, seed ${SEED}`);
  await stack.prepare(async (handle) => {
    log('generating the département…');
    await generateScaleData(handle.sql, {
      seed: SEED,
      residents: option('--residents', 10_000),
      volunteers: option('--volunteers', 1_000),
      weeks: option('--weeks', 51),
      rideLanes: option('--ride-lanes', 50),
      log,
    });
    if (args.includes('--no-summary')) return;
    // What the worker's refresh-report-summaries does every 10 minutes: the settled months' summary.
    const started = performance.now();
    await refreshReportSummaries({ db: handle.db, clock: systemClock });
    summaryMs = Math.round(performance.now() - started);
    log(`report summary of the settled months computed in ${summaryMs} ms`);
  });
  const sizes = await (async () => {
    const postgres = (await import('postgres')).default;
    const sql = postgres(stack.dbUrl, { max: 1, onnotice: () => {} });
    const [row] = await sql<Record<string, number>[]>`
      select (select count(*)::int from residents) as residents,
             (select count(*)::int from volunteer_drivers) as volunteers,
             (select count(*)::int from ride_requests) as ride_requests,
             (select count(*)::int from missions) as missions,
             (select count(*)::int from shuttle_rounds) as shuttle_rounds,
             (select count(*)::int from seat_bookings) as seat_bookings,
             (select min(requested_time)::date::text from ride_requests) as first_ride`;
    await sql.end();
    return row!;
  })();
  log(`data: ${JSON.stringify(sizes)}`);
  const base = await stack.startApi();
  const token = await stack.login(base);
  const results: { name: string; p50: number; p95: number; max: number }[] = [];
  for (const endpoint of ENDPOINTS) {
    const result = await measure(base, token, endpoint);
    results.push({ name: endpoint.name, ...result });
    log(`  ${endpoint.name}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms`);
  }
  await stack.stopApi();

  console.log('');
  console.log(
    `bench-scale, ${new Date().toISOString()}, load average at start ${load}, ${REQUESTS} requests each`,
  );
  console.log(
    `Data: ${sizes.residents} residents, ${sizes.volunteers} volunteers, ${sizes.ride_requests} ride requests, ${sizes.missions} missions, ${sizes.shuttle_rounds} shuttle rounds, ${sizes.seat_bookings} seat bookings since ${sizes.first_ride}`,
  );
  console.log(
    summaryMs === undefined
      ? 'Reports: every month computed live (--no-summary)'
      : `Reports: months before the previous one from the summary (computed in ${summaryMs} ms, as the worker does every 10 minutes), the others live`,
  );
  console.log('| Endpoint | p50 ms | p95 ms | max ms | ≤ 100 ms p95 |');
  console.log('|---|---:|---:|---:|---|');
  for (const r of results) {
    console.log(
      `| ${r.name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} | ${r.p95 <= 100 ? 'yes' : 'NO'} |`,
    );
  }
  const worst = results.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  console.log('');
  console.log(
    JSON.stringify({
      residents: sizes.residents,
      ride_requests: sizes.ride_requests,
      worst_p95_ms: Number(worst.p95.toFixed(1)),
      worst: worst.name,
    }),
  );
}

try {
  await main();
} finally {
  await stack.cleanup();
}
