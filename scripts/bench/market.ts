/**
 * Realistic market-round benchmark: 30 residents of the rural communes around Questembert going to
 * the Monday market, 2 minibuses (8 seats + 1 wheelchair place), two arrival waves before the
 * opening at 09:00, 45-minute maximum ride. Road distance = great-circle × 1.3 circuity, 60 km/h.
 * Times in minutes after midnight, distances in km. Prints one JSON line; `--seed N` changes the
 * generated residents. The plan is computed with a fixed iteration budget, then compared with a 10 s run.
 */
import {
  type DarpInstance,
  type DarpRequest,
  type DarpVehicle,
  Rng,
  solveDarp,
} from '../../packages/routing/src/optimiser/index';

const COMMUNES: [string, number, number][] = [
  ['Questembert', 47.6605, -2.4525],
  ['Berric', 47.6335, -2.5225],
  ['Caden', 47.6305, -2.2875],
  ['La Vraie-Croix', 47.6895, -2.5435],
  ['Larré', 47.6665, -2.5045],
  ['Lauzach', 47.6145, -2.5435],
  ['Limerzel', 47.6355, -2.3545],
  ['Malansac', 47.6775, -2.2965],
  ['Molac', 47.7325, -2.4325],
  ['Pluherlin', 47.6965, -2.3645],
  ['Le Cours', 47.7475, -2.4955],
  ['Saint-Gravé', 47.7255, -2.2825],
  ['Rochefort-en-Terre', 47.6995, -2.3365],
];
/** Indices into COMMUNES: west, south-east, north, east. */
const SECTORS: number[][] = [
  [1, 4, 5],
  [2, 6],
  [3, 8, 10],
  [7, 9, 11, 12],
];
/** Iteration budget of the timed plan (fixed, so the plan is the same on every machine). */
const ITERATIONS = 400;
const MARKET: [number, number] = [47.6607, -2.4526];
const DEPOT: [number, number] = [47.6568, -2.4605];

function km(a: [number, number], b: [number, number]): number {
  const R = 6371;
  const toRad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * toRad;
  const dLon = (b[1] - a[1]) * toRad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * toRad) * Math.cos(b[0] * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

export function marketInstance(seed: number): DarpInstance {
  const rng = new Rng(seed);
  const points: [number, number][] = [DEPOT, MARKET];
  const requests: DarpRequest[] = [];
  const passengers = 30;
  for (let i = 0; i < passengers; i++) {
    // rounds are organised by sector: each wave collects two neighbouring sectors
    const sector = SECTORS[i % SECTORS.length]!;
    const c = COMMUNES[sector[rng.int(sector.length)]!]!;
    // homes scattered up to ~2.5 km around the commune centre
    const home: [number, number] = [c[1] + (rng.next() - 0.5) * 0.045, c[2] + (rng.next() - 0.5) * 0.065];
    points.push(home);
    const wheelchair = i % 7 === 3;
    const early = i % SECTORS.length < 2;
    requests.push({
      id: `resident-${i + 1}`,
      pickup: {
        node: points.length - 1,
        earliest: 6 * 60 + 45,
        latest: 9 * 60,
        serviceTime: wheelchair ? 5 : 2,
      },
      dropoff: {
        node: 1,
        earliest: early ? 7 * 60 + 30 : 8 * 60 + 15,
        latest: early ? 8 * 60 + 10 : 9 * 60,
        serviceTime: 1,
      },
      seats: wheelchair ? 0 : 1,
      wheelchairs: wheelchair ? 1 : 0,
      maxRideTime: 45,
    });
  }
  const N = points.length;
  const distance = new Float64Array(N * N);
  const time = new Float64Array(N * N);
  for (let a = 0; a < N; a++) {
    for (let b = 0; b < N; b++) {
      const d = km(points[a]!, points[b]!) * 1.3;
      distance[a * N + b] = d;
      time[a * N + b] = d; // 60 km/h: one minute per km
    }
  }
  const vehicles: DarpVehicle[] = [1, 2].map((v) => ({
    id: `minibus-${v}`,
    start: { node: 0, earliest: 6 * 60 + 15, latest: 9 * 60 },
    end: { node: 0, earliest: 6 * 60 + 30, latest: 10 * 60 },
    seats: 8,
    wheelchairs: 1,
    maxDuration: 3 * 60,
  }));
  return { time, distance, requests, vehicles };
}

if (process.argv[1]?.endsWith('market.ts')) {
  const i = process.argv.indexOf('--seed');
  const seed = i >= 0 ? Number(process.argv[i + 1]) : 1;
  const inst = marketInstance(seed);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const plan = solveDarp(inst, { seed, maxIterations: ITERATIONS });
  const seconds = (performance.now() - t0) / 1000;
  const c1 = process.cpuUsage(c0);
  const cpuSeconds = (c1.user + c1.system) / 1e6;
  const ref = solveDarp(inst, { seed, timeLimitMs: 10_000 });
  let maxRide = 0;
  for (const r of plan.routes) {
    const pick = new Map<number, number>();
    for (const s of r.stops) {
      if (s.kind === 'pickup')
        pick.set(s.requestIndex, s.time + (inst.requests[s.requestIndex]!.pickup.serviceTime ?? 0));
      if (s.kind === 'dropoff') maxRide = Math.max(maxRide, s.time - pick.get(s.requestIndex)!);
    }
  }
  process.stdout.write(
    `${JSON.stringify({
      passengers: inst.requests.length,
      served: inst.requests.length - plan.unassigned.length,
      unassigned: plan.unassigned.map((u) => `${u.requestId}:${u.reason}`),
      buses: plan.vehicles,
      seconds,
      cpuSeconds,
      iterations: ITERATIONS,
      cost: plan.cost,
      referenceCost: ref.cost,
      referenceServed: inst.requests.length - ref.unassigned.length,
      maxRide,
      feasible: plan.feasible,
    })}\n`,
  );
}
