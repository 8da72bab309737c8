/**
 * scripts/bench-planning [--seed N] [--runs N]
 *
 * Plans a realistic Monday market round of the seeded Questembert line (its market, times and maximum
 * ride; homes drawn around the town halls in proportion to each commune's population), 30 bookings on
 * 2 minibuses (8 seats + 1 wheelchair place each), with `planRoundInput`: the code the worker's `plan-shuttle-round` job runs between loading the
 * round and storing the plan (matrix from the routing provider, outbound and return solved, route
 * geometry). Road times come from GraphHopper's self-hosted HTTP API, served in-process by the local
 * stand-in (packages/routing/test/fakes: haversine × 1.3 at 60 km/h), through the same provider
 * factory and in-memory matrix cache as the worker: a first, cold plan fills the cache, then the timed
 * plans read their matrix from it. Prints a table of the plan and, last, one JSON line
 * {"bookings": 30, "served": N, "seconds": X} (the slowest warm run, wall clock). Target: all served in
 * ≤ 2 s. `--seed` draws other homes; `--iterations N` overrides the worker's budget (experiments).
 */

import { loadTerritorySeedFile, questembertSeedPath } from '../../packages/db/src/seed/index';
import {
  type PlanningInput,
  type PlanningPassenger,
  planRoundInput,
  type RoundPlan,
} from '../../packages/domain/src/index';
import { createLruMatrixCellCache, createRoutingProvider, Rng } from '../../packages/routing/src/index';
import { startFakeGraphHopper } from '../../packages/routing/test/fakes/index';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seed = option('--seed', 1);
const runs = Math.max(1, option('--runs', 3));
const iterations = option('--iterations', 0);

const seedFile = await loadTerritorySeedFile(questembertSeedPath);
const line = seedFile.shuttleLines[0]!;
const marketPlace = seedFile.places.find((p) => p.name === line.marketPlace)!;
const MARKET = { lat: marketPlace.lat, lon: marketPlace.lon };
// Monday 7 December 2026 at the line's times (Paris is UTC+1 in December).
const utc = (hhmm: string) => new Date(`2026-12-07T${hhmm}:00+01:00`);
const ARRIVAL = utc(line.arrivalTime);
const DEPARTURE = utc(line.departureTime);

/** A commune drawn in proportion to its population: most bookings come from the bourgs, as in reality. */
function drawCommune(rng: Rng) {
  const total = seedFile.communes.reduce((sum, c) => sum + (c.population ?? 0), 0);
  let draw = rng.next() * total;
  for (const commune of seedFile.communes) {
    draw -= commune.population ?? 0;
    if (draw < 0) return commune;
  }
  return seedFile.communes[seedFile.communes.length - 1]!;
}

function roundInput(): PlanningInput {
  const rng = new Rng(seed);
  const passengers: PlanningPassenger[] = Array.from({ length: 30 }, (_, i) => {
    const { lat, lon } = drawCommune(rng);
    // Two wheelchair users: the round's two wheelchair places are all bookSeat would confirm.
    const wheelchair = i % 15 === 3;
    return {
      bookingId: `booking-${String(i + 1).padStart(2, '0')}`,
      // Homes up to ~2.5 km around the town hall: door-to-door, as for reduced mobility.
      pickup: { lat: lat + (rng.next() - 0.5) * 0.045, lon: lon + (rng.next() - 0.5) * 0.065 },
      seats: wheelchair ? 0 : 1,
      wheelchairs: wheelchair ? 1 : 0,
      boardingMinutes: wheelchair ? 5 : 2,
      announcedPickupAt: null,
    };
  });
  return {
    roundId: 'bench-round',
    market: MARKET,
    arrival: ARRIVAL,
    departure: DEPARTURE,
    // 30 passengers in 18 places: each minibus makes two trips, so drop-offs spread over 90 minutes.
    marketWindowMinutes: 90,
    maxRideMinutes: line.maxRideMinutes,
    vehicles: [
      { id: 'minibus-1', name: 'Minibus 1', seats: 8, wheelchairPlaces: 1 },
      { id: 'minibus-2', name: 'Minibus 2', seats: 8, wheelchairPlaces: 1 },
    ],
    passengers,
    replanToleranceMinutes: 10,
  };
}

const hhmm = (d: Date) =>
  d.toLocaleTimeString('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' });

function printPlan(plan: RoundPlan): void {
  const rows: string[][] = [
    ['leg', 'vehicle', 'trips', 'passengers', 'leaves', 'back', 'km', 'longest ride (min)'],
  ];
  for (const leg of [plan.outbound, plan.return]) {
    for (const route of leg.routes) {
      const pick = new Map<string, number>();
      let longest = 0;
      let trips = 0;
      let previous: string | undefined;
      for (const stop of route.stops) {
        if (stop.kind === 'pickup') pick.set(stop.bookingId, stop.at.getTime());
        else longest = Math.max(longest, (stop.at.getTime() - pick.get(stop.bookingId)!) / 60_000);
        const atMarket = (leg.leg === 'outbound') === (stop.kind === 'dropoff');
        if (atMarket && previous !== 'market') trips++;
        previous = atMarket ? 'market' : 'out';
      }
      rows.push([
        leg.leg,
        route.vehicleId,
        String(trips),
        String(pick.size),
        hhmm(route.departAt),
        hhmm(route.returnAt),
        (route.distanceMeters / 1000).toFixed(1),
        longest.toFixed(1),
      ]);
    }
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const row of rows)
    process.stdout.write(`${row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')}\n`);
}

const server = await startFakeGraphHopper({ mode: 'self-hosted', circuity: 1.3, speedKmh: 60 });
try {
  // As the worker builds it (services/worker/src/app.ts): GraphHopper when configured, one LRU cache.
  const routing = createRoutingProvider({
    graphhopperUrl: server.url,
    cache: createLruMatrixCellCache(200_000),
  });
  const input = roundInput();
  const coldStart = performance.now();
  await planRoundInput(input, routing);
  const coldSeconds = (performance.now() - coldStart) / 1000;
  const routeCallsCold = server.count('/route');
  let slowest = 0;
  let plan: RoundPlan | undefined;
  const cpuBefore = process.cpuUsage();
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    plan = await planRoundInput(
      input,
      routing,
      iterations > 0 ? { maxIterations: iterations, timeLimitMs: 60_000 } : {},
    );
    slowest = Math.max(slowest, (performance.now() - start) / 1000);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSecondsPerRun = (cpu.user + cpu.system) / 1e6 / runs;
  const last = plan!;
  const unserved = new Set([...last.outbound.unserved, ...last.return.unserved].map((u) => u.bookingId));
  printPlan(last);
  process.stdout.write(
    `\ncold plan (matrix from GraphHopper, ${routeCallsCold} /route calls): ${coldSeconds.toFixed(2)} s; ` +
      `warm plans (matrix from the cache, ${runs} runs): slowest ${slowest.toFixed(2)} s, ` +
      `CPU ${cpuSecondsPerRun.toFixed(2)} s per run ` +
      `(matrix ${last.timings.matrixMs.toFixed(0)} ms, solve ${last.timings.solveMs.toFixed(0)} ms, ` +
      `geometry ${last.timings.geometryMs.toFixed(0)} ms); unserved: ${unserved.size}\n`,
  );
  process.stdout.write(
    `${JSON.stringify({ bookings: input.passengers.length, served: input.passengers.length - unserved.size, seconds: Number(slowest.toFixed(3)) })}\n`,
  );
} finally {
  await server.close();
}
