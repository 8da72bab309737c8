import type { DarpInstance, DarpRequest, DarpVehicle } from '../../src/optimiser/index';

/** Euclidean matrix (time = distance) over points. */
export function euclidean(points: readonly [number, number][]): Float64Array {
  const N = points.length;
  const m = new Float64Array(N * N);
  for (let a = 0; a < N; a++) {
    for (let b = 0; b < N; b++) {
      m[a * N + b] = Math.hypot(points[a]![0] - points[b]![0], points[a]![1] - points[b]![1]);
    }
  }
  return m;
}

export function vehicle(id: number, over: Partial<DarpVehicle> = {}): DarpVehicle {
  return {
    id,
    start: { node: 0, earliest: 0, latest: 1000 },
    end: { node: 0, earliest: 0, latest: 1000 },
    seats: 4,
    ...over,
  };
}

export function instance(
  points: [number, number][],
  requests: DarpRequest[],
  vehicles: DarpVehicle[],
): DarpInstance {
  const m = euclidean(points);
  return { time: m, distance: m, requests, vehicles };
}

/** Deterministic pseudo-random numbers for generated test instances. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
