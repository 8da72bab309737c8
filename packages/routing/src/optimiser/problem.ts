import type { DarpInstance, Matrix, StopSpec } from './types';

/**
 * The instance compiled to flat typed arrays indexed by "stop". Stops are numbered
 *   pick-up of request r = r, drop-off of request r = n + r,
 *   start of vehicle k = 2n + 2k, end of vehicle k = 2n + 2k + 1,
 * so the hot loops never look anything up in objects.
 */
export interface Problem {
  n: number;
  m: number;
  /** Number of stops, 2n + 2m. */
  S: number;
  node: Int32Array;
  e: Float64Array;
  l: Float64Array;
  svc: Float64Array;
  /** Seats / wheelchair places picked up (+) or dropped (−) at the stop. */
  q1: Float64Array;
  q2: Float64Array;
  /** Per request. */
  maxRide: Float64Array;
  /** Per vehicle. */
  cap1: Float64Array;
  cap2: Float64Array;
  maxDur: Float64Array;
  /** ct[a*S+b] = service time at a + travel time a→b: the minimum gap between service starts. */
  ct: Float64Array;
  /** dd[a*S+b] = distance a→b. */
  dd: Float64Array;
  /** True when some ride-time or route-duration limit exists, so the exact test is needed. */
  needsExact: boolean;
  /** Largest distance entry, used to scale penalties. */
  maxDist: number;
}

/** Tolerance on time comparisons: absorbs floating-point noise, far below the checker's 1e-3. */
export const EPS = 1e-7;

function matrixReader(mat: Matrix, name: string): { size: number; get: (a: number, b: number) => number } {
  if (mat instanceof Float64Array) {
    const size = Math.round(Math.sqrt(mat.length));
    if (size * size !== mat.length) throw new Error(`${name} matrix: length ${mat.length} is not a square`);
    return { size, get: (a, b) => mat[a * size + b]! };
  }
  const size = mat.length;
  for (const row of mat) {
    if (row.length !== size) throw new Error(`${name} matrix: rows must all have ${size} entries`);
  }
  return { size, get: (a, b) => mat[a]![b]! };
}

export function compileProblem(inst: DarpInstance): Problem {
  const n = inst.requests.length;
  const m = inst.vehicles.length;
  const S = 2 * n + 2 * m;
  const time = matrixReader(inst.time, 'time');
  const dist = inst.distance ? matrixReader(inst.distance, 'distance') : time;
  if (dist.size !== time.size) throw new Error('time and distance matrices differ in size');

  const node = new Int32Array(S);
  const e = new Float64Array(S);
  const l = new Float64Array(S);
  const svc = new Float64Array(S);
  const q1 = new Float64Array(S);
  const q2 = new Float64Array(S);
  const maxRide = new Float64Array(n);
  const cap1 = new Float64Array(m);
  const cap2 = new Float64Array(m);
  const maxDur = new Float64Array(m);
  let needsExact = false;

  const setStop = (s: number, spec: StopSpec, what: string) => {
    if (!Number.isInteger(spec.node) || spec.node < 0 || spec.node >= time.size) {
      throw new Error(`${what}: node ${spec.node} outside the matrices (size ${time.size})`);
    }
    node[s] = spec.node;
    e[s] = spec.earliest ?? 0;
    l[s] = spec.latest ?? Number.POSITIVE_INFINITY;
    svc[s] = spec.serviceTime ?? 0;
    if (e[s]! > l[s]!) throw new Error(`${what}: earliest ${e[s]} after latest ${l[s]}`);
  };

  inst.requests.forEach((r, i) => {
    setStop(i, r.pickup, `request ${r.id} pick-up`);
    setStop(n + i, r.dropoff, `request ${r.id} drop-off`);
    const seats = r.seats ?? 1;
    const wc = r.wheelchairs ?? 0;
    if (seats < 0 || wc < 0) throw new Error(`request ${r.id}: negative load`);
    q1[i] = seats;
    q1[n + i] = -seats;
    q2[i] = wc;
    q2[n + i] = -wc;
    maxRide[i] = r.maxRideTime ?? Number.POSITIVE_INFINITY;
    if (Number.isFinite(maxRide[i]!)) needsExact = true;
  });
  inst.vehicles.forEach((v, k) => {
    setStop(2 * n + 2 * k, v.start, `vehicle ${v.id} start`);
    setStop(2 * n + 2 * k + 1, v.end, `vehicle ${v.id} end`);
    cap1[k] = v.seats;
    cap2[k] = v.wheelchairs ?? 0;
    maxDur[k] = v.maxDuration ?? Number.POSITIVE_INFINITY;
    if (Number.isFinite(maxDur[k]!)) needsExact = true;
  });

  const ct = new Float64Array(S * S);
  const dd = new Float64Array(S * S);
  let maxDist = 0;
  for (let a = 0; a < S; a++) {
    const na = node[a]!;
    const sa = svc[a]!;
    for (let b = 0; b < S; b++) {
      const nb = node[b]!;
      const t = time.get(na, nb);
      const d = dist.get(na, nb);
      ct[a * S + b] = sa + t;
      dd[a * S + b] = d;
      if (d > maxDist && Number.isFinite(d)) maxDist = d;
    }
  }
  return { n, m, S, node, e, l, svc, q1, q2, maxRide, cap1, cap2, maxDur, ct, dd, needsExact, maxDist };
}
