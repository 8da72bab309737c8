/**
 * scripts/bench-matching [--volunteers N] [--requests N] [--warmup N] [--seed N] [--docs]
 *
 * Ranks N synthetic volunteers (default 1,000) for one ride request, for many requests, through the
 * code the worker runs when it sends a wave of offers: the candidate filter (availability, absences,
 * vehicle, communes, cap, busy, preferences), the road distances from home through the routing
 * provider (the built-in estimate, or GraphHopper when GRAPHHOPPER_URL / GRAPHHOPPER_API_KEY are set,
 * with the worker's matrix cache), and the ranking. Database loading is not timed: it is one indexed
 * query per table. Prints a table per phase, then one JSON line {"volunteers": N, "p95_ms": X}
 * (p95 of the whole ranking per request). Target: p95 ≤ 50 ms for 1,000 volunteers. With --docs, the
 * table also replaces the bench-matching section of docs/benchmarks.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadServiceConfig } from '../../packages/config/src/index';
import {
  approachDistances,
  eligibleVolunteers,
  type MatchingHistory,
  type MissionShape,
  rankVolunteers,
  resolveTerritorySettings,
  type VolunteerProfile,
} from '../../packages/domain/src/index';
import {
  createLruMatrixCellCache,
  createRoutingProvider,
  type LatLon,
  Rng,
} from '../../packages/routing/src/index';
import { percentile } from './percentile';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number`);
  return value;
};
const volunteerCount = option('volunteers', 1_000);
const requestCount = option('requests', 300);
const warmup = option('warmup', 30);
const seed = option('seed', 7);
const rng = new Rng(seed);
const writeDocs = args.includes('--docs');
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// Questembert Communauté and its surroundings: the 13 town halls (seed file) bound the synthetic homes.
const TOWN_HALLS: (LatLon & { id: string })[] = [
  ['berric', 47.633, -2.526],
  ['caden', 47.632, -2.285],
  ['la-vraie-croix', 47.69, -2.544],
  ['larre', 47.712, -2.515],
  ['lauzach', 47.614, -2.544],
  ['le-cours', 47.731, -2.459],
  ['limerzel', 47.636, -2.354],
  ['malansac', 47.678, -2.296],
  ['molac', 47.731, -2.438],
  ['pluherlin', 47.697, -2.363],
  ['questembert', 47.66, -2.451],
  ['rochefort-en-terre', 47.699, -2.337],
  ['saint-grave', 47.726, -2.282],
].map(([id, lat, lon]) => ({ id: id as string, lat: lat as number, lon: lon as number }));
const STATION = { lat: 47.6608, lon: -2.4526 };
const VANNES_HOSPITAL = { lat: 47.658, lon: -2.761 };

const pick = <T>(list: readonly T[]): T => list[Math.floor(rng.next() * list.length)]!;
const near = (p: LatLon, km: number): LatLon => ({
  lat: p.lat + ((rng.next() - 0.5) * 2 * km) / 111,
  lon: p.lon + ((rng.next() - 0.5) * 2 * km) / 75,
});

function syntheticVolunteer(i: number): VolunteerProfile {
  const slots = [1, 2, 3, 4, 5, 6]
    .filter(() => rng.next() < 0.6)
    .map((weekday) => {
      const start = (7 + Math.floor(rng.next() * 4)) * 60;
      return { weekday, startMinute: start, endMinute: start + (4 + Math.floor(rng.next() * 7)) * 60 };
    });
  const served =
    rng.next() < 0.35
      ? new Set(TOWN_HALLS.filter(() => rng.next() < 0.4).map((t) => t.id))
      : new Set<string>();
  return {
    id: `v-${String(i).padStart(5, '0')}`,
    firstName: `Volunteer ${i}`,
    home: near(pick(TOWN_HALLS), 3),
    seats: 2 + Math.floor(rng.next() * 3),
    wheelchairCapable: rng.next() < 0.2,
    servedCommuneIds: served,
    maxDistanceKm: served.size === 0 && rng.next() < 0.5 ? 10 + Math.floor(rng.next() * 20) : null,
    monthlyTripCap: rng.next() < 0.6 ? 4 + Math.floor(rng.next() * 8) : null,
    hasPhone: rng.next() < 0.98,
    slots,
    absences: rng.next() < 0.1 ? [{ startsOn: '2027-03-01', endsOn: '2027-03-14' }] : [],
  };
}

function syntheticHistory(volunteers: VolunteerProfile[]): MatchingHistory {
  const trips = new Map<string, number>();
  const rides = new Map<string, number>();
  const preferences = new Map<string, 'preferred' | 'avoid'>();
  const busy = new Map<string, { start: Date; end: Date }[]>();
  for (const v of volunteers) {
    trips.set(v.id, Math.floor(rng.next() * 6));
    if (rng.next() < 0.05) rides.set(v.id, 1 + Math.floor(rng.next() * 3));
    if (rng.next() < 0.01) preferences.set(v.id, rng.next() < 0.5 ? 'preferred' : 'avoid');
  }
  return { tripsThisMonth: trips, busy, ridesWithResidents: rides, preferences, alreadyOffered: new Set() };
}

/** A request on a weekday of March 2027 between 8:00 and 17:00 (Paris), from home to town or hospital. */
function syntheticMission(k: number): MissionShape {
  const commune = pick(TOWN_HALLS);
  const day = 1 + ((k * 7) % 26);
  const start = new Date(Date.UTC(2027, 2, day, 7 + Math.floor(rng.next() * 9), Math.floor(rng.next() * 60)));
  const home = near(commune, 2);
  const destination = rng.next() < 0.2 ? VANNES_HOSPITAL : STATION;
  const wheelchair = rng.next() < 0.1;
  return {
    start,
    end: new Date(start.getTime() + (40 + Math.floor(rng.next() * 80)) * 60_000),
    firstPickup: home,
    lastDropoff: rng.next() < 0.6 ? home : destination,
    riders: [
      {
        rideRequestId: `r-${k}`,
        residentId: `res-${k}`,
        passengers: 1,
        wheelchair,
        pickupCommuneId: commune.id,
      },
    ],
    seats: 1,
    wheelchair,
  };
}

const percentileOrNaN = (sorted: number[], p: number) => percentile(sorted, p) ?? Number.NaN;

async function main() {
  const settings = resolveTerritorySettings({}).rides;
  // The worker's own settings and construction: GraphHopper when configured, the estimate otherwise.
  const config = loadServiceConfig(
    ['GRAPHHOPPER_URL', 'GRAPHHOPPER_API_KEY', 'GRAPHHOPPER_PROFILE'],
    process.env,
  );
  const routing = createRoutingProvider({
    graphhopperUrl: config.GRAPHHOPPER_URL,
    graphhopperApiKey: config.GRAPHHOPPER_API_KEY,
    profile: config.GRAPHHOPPER_PROFILE,
    cache: createLruMatrixCellCache(200_000),
  });
  const volunteers = Array.from({ length: volunteerCount }, (_, i) => syntheticVolunteer(i));
  const history = syntheticHistory(volunteers);
  const timings = {
    candidates: [] as number[],
    distances: [] as number[],
    rank: [] as number[],
    total: [] as number[],
  };
  const eligibleCounts: number[] = [];
  for (let k = 0; k < warmup + requestCount; k++) {
    const shape = syntheticMission(k);
    const t0 = performance.now();
    const { candidates } = eligibleVolunteers(shape, volunteers, history, {
      timeZone: 'Europe/Paris',
      busyMarginMinutes: settings.busyMarginMinutes,
    });
    const t1 = performance.now();
    const distances = await approachDistances(routing, shape, candidates);
    const t2 = performance.now();
    const { ranked } = rankVolunteers(candidates, distances, history, settings.ranking);
    const t3 = performance.now();
    if (k < warmup) continue;
    timings.candidates.push(t1 - t0);
    timings.distances.push(t2 - t1);
    timings.rank.push(t3 - t2);
    timings.total.push(t3 - t0);
    eligibleCounts.push(ranked.length);
  }
  const rows = Object.entries(timings).map(([phase, values]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return [phase, percentileOrNaN(sorted, 50), percentileOrNaN(sorted, 95), sorted.at(-1)!] as const;
  });
  const eligible = [...eligibleCounts].sort((a, b) => a - b);
  console.log(
    `bench-matching: ${volunteerCount} volunteers, ${requestCount} requests (+${warmup} warm-up), routing: ${routing.kind}, node ${process.version}`,
  );
  console.log('phase        p50 ms   p95 ms   max ms');
  for (const [phase, p50, p95, max] of rows) {
    console.log(
      `${phase.padEnd(12)} ${p50.toFixed(2).padStart(6)}   ${p95.toFixed(2).padStart(6)}   ${max.toFixed(2).padStart(6)}`,
    );
  }
  console.log(
    `ranked volunteers per request: median ${percentileOrNaN(eligible, 50)}, min ${eligible[0]}, max ${eligible.at(-1)} (of ${volunteerCount})`,
  );
  const p95 = rows.find(([phase]) => phase === 'total')![2];
  if (writeDocs) {
    writeSection(rows, eligible, routing.kind);
    console.log('wrote the bench-matching section of docs/benchmarks.md');
  }
  console.log(JSON.stringify({ volunteers: volunteerCount, p95_ms: Math.round(p95 * 100) / 100 }));
}

/** Replaces (or appends) the section between the matching markers; bench-darp keeps it when it rewrites. */
function writeSection(
  rows: (readonly [string, number, number, number])[],
  eligible: number[],
  routingKind: string,
) {
  const path = join(repo, 'docs/benchmarks.md');
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const ms = (value: number) => value.toFixed(2);
  const section = [
    '<!-- matching -->',
    '## Volunteer matching (scripts/bench-matching)',
    '',
    '<!-- Generated by scripts/bench-matching --docs: do not edit by hand, rerun the script. -->',
    '',
    `- Command: \`scripts/bench-matching ${args.join(' ')}\``,
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
    `- Machine: ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, load average at start ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
    `- ${volunteerCount} synthetic volunteers around the 13 town halls of Questembert Communauté, ${requestCount} requests (after ${warmup} warm-up), seed ${seed}; road distances: ${routingKind} provider${routingKind === 'graphhopper' ? " with the worker's matrix cache" : ' (computed, no network)'}.`,
    '- Timed per request: the candidate filter, the road distances from every candidate home (two rectangular matrices), the ranking. The same functions as the worker; loading from Postgres is not timed.',
    '',
    '| phase | p50 ms | p95 ms | max ms |',
    '|---|---:|---:|---:|',
    ...rows.map(([phase, p50, p95, max]) => `| ${phase} | ${ms(p50)} | ${ms(p95)} | ${ms(max)} |`),
    '',
    `Ranked volunteers per request: median ${percentileOrNaN(eligible, 50)}, min ${eligible[0]}, max ${eligible.at(-1)}.`,
    `**Target p95 ≤ 50 ms: ${rows.find(([p]) => p === 'total')![2] <= 50 ? 'met' : 'NOT met'}.**`,
    '',
    'Notes: the maximum is the first requests of a cold process or a pause of the shared machine; with',
    'GraphHopper configured (GRAPHHOPPER_URL / GRAPHHOPPER_API_KEY) the distances phase becomes a network',
    'call per uncached cell, so the first request for a new pick-up point costs what GraphHopper takes,',
    'and the cache makes the next ones local.',
    '<!-- /matching -->',
  ].join('\n');
  const next = /<!-- matching -->[\s\S]*?<!-- \/matching -->/.test(previous)
    ? previous.replace(/<!-- matching -->[\s\S]*?<!-- \/matching -->/, section)
    : `${previous.trimEnd()}\n\n${section}\n`;
  writeFileSync(path, next);
}

await main();
