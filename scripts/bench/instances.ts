/**
 * Readers for the classic benchmark files, turned into the optimiser's input model.
 * - DARP (Cordeau 2006 / Ropke 2007 layout): `K n T Q L`, then 2n+2 node lines `id x y d q e l`.
 * - DARP, other layout: `K 2n T Q L` with 2n+1 node lines; the end depot is a copy of node 0.
 *   The header is ambiguous between the two, so n comes from the number of node lines.
 * - Li & Lim PDPTW: `K Q speed`, then `id x y demand e l s pickup delivery` (tab separated).
 * Distances are Euclidean in double precision and travel time equals distance.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { DarpInstance, DarpRequest, DarpVehicle } from '../../packages/routing/src/optimiser/index';

export interface BenchInstance {
  name: string;
  family: 'darp' | 'pdptw';
  instance: DarpInstance;
  /** File node id of each matrix node (identity here, kept explicit for the output). */
  fileNode: number[];
  vehiclesAvailable: number;
}

function rows(text: string): number[][] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => line.split(/\s+/).map(Number));
}

function euclid(xs: number[], ys: number[]): Float64Array {
  const N = xs.length;
  const m = new Float64Array(N * N);
  for (let a = 0; a < N; a++) {
    for (let b = 0; b < N; b++) m[a * N + b] = Math.hypot(xs[a]! - xs[b]!, ys[a]! - ys[b]!);
  }
  return m;
}

export function parseInstanceFile(path: string): BenchInstance {
  const text = readFileSync(path, 'utf8');
  const name = basename(path).replace(/\.[^.]+$/, '');
  const r = rows(text);
  const header = r[0];
  if (!header) throw new Error(`${path}: empty file`);
  if (header.length === 3 && (r[1]?.length ?? 0) >= 9) return parseLiLim(name, r);
  if (header.length >= 5) return parseCordeau(name, r);
  throw new Error(`${path}: unknown format (header has ${header.length} fields)`);
}

function parseCordeau(name: string, r: number[][]): BenchInstance {
  const [K, , T, Q, L] = r[0]! as [number, number, number, number, number];
  const lines = r.slice(1).filter((row) => row.length >= 7);
  let n: number;
  let nodes: number[][];
  if (lines.length % 2 === 0) {
    n = (lines.length - 2) / 2;
    nodes = lines;
  } else {
    n = (lines.length - 1) / 2;
    const depot = lines[0]!;
    nodes = [...lines, [2 * n + 1, ...depot.slice(1)]];
  }
  const xs = nodes.map((row) => row[1]!);
  const ys = nodes.map((row) => row[2]!);
  const m = euclid(xs, ys);
  const stop = (i: number) => ({
    node: i,
    serviceTime: nodes[i]![3]!,
    earliest: nodes[i]![5]!,
    latest: nodes[i]![6]!,
  });
  const requests: DarpRequest[] = [];
  for (let i = 1; i <= n; i++) {
    requests.push({
      id: i,
      pickup: stop(i),
      dropoff: stop(n + i),
      seats: nodes[i]![4]!,
      maxRideTime: L,
    });
  }
  const vehicles: DarpVehicle[] = [];
  for (let k = 0; k < K; k++) {
    vehicles.push({ id: k, start: stop(0), end: stop(2 * n + 1), seats: Q, maxDuration: T });
  }
  return {
    name,
    family: 'darp',
    instance: { time: m, distance: m, requests, vehicles },
    fileNode: nodes.map((row) => row[0]!),
    vehiclesAvailable: K,
  };
}

function parseLiLim(name: string, r: number[][]): BenchInstance {
  const [K, Q] = r[0]! as [number, number];
  const nodes = r.slice(1).filter((row) => row.length >= 9);
  const N = nodes.length;
  const byId = new Map<number, number>();
  nodes.forEach((row, i) => {
    byId.set(row[0]!, i);
  });
  const m = euclid(
    nodes.map((row) => row[1]!),
    nodes.map((row) => row[2]!),
  );
  const stop = (i: number) => ({
    node: i,
    earliest: nodes[i]![4]!,
    latest: nodes[i]![5]!,
    serviceTime: nodes[i]![6]!,
  });
  const requests: DarpRequest[] = [];
  for (let i = 1; i < N; i++) {
    const row = nodes[i]!;
    if (row[7] === 0 && row[8]! > 0) {
      const d = byId.get(row[8]!);
      if (d === undefined) throw new Error(`${name}: delivery ${row[8]} of node ${row[0]} missing`);
      requests.push({ id: row[0]!, pickup: stop(i), dropoff: stop(d), seats: row[3]! });
    }
  }
  const vehicles: DarpVehicle[] = [];
  for (let k = 0; k < K; k++) vehicles.push({ id: k, start: stop(0), end: stop(0), seats: Q });
  return {
    name,
    family: 'pdptw',
    instance: { time: m, distance: m, requests, vehicles },
    fileNode: nodes.map((row) => row[0]!),
    vehiclesAvailable: K,
  };
}
