import { EPS, type Problem } from './problem';

/**
 * Exact feasibility of a fixed stop sequence.
 *
 * With time windows, ride-time limits and a route-duration limit every constraint is a difference
 * constraint B_j - B_i <= c (a Simple Temporal Problem), all of the form "B_j >= B_i + c" plus the
 * windows e <= B <= l:
 *   sequence   B[x+1] >= B[x] + svc + travel
 *   ride time  B[pick] >= B[drop] - svc[pick] - L
 *   duration   B[start] >= B[end] - T
 * The least solution of the lower-bound constraints is a monotone fixpoint computed by
 * Bellman-Ford-like rounds (one forward pass along the sequence per round, then the backward ride /
 * duration edges). The sequence is feasible iff that least solution stays within the latest times:
 * if any schedule exists it is pointwise above the least one. A simple path of the constraint graph
 * uses each backward edge at most once, so more than (#requests + 2) rounds means a positive cycle,
 * i.e. infeasibility. This is exact, unlike a greedy as-early-as-possible schedule (which makes
 * passengers wait on board) or the eight-step forward-slack heuristic.
 *
 * `seq` holds stop ids; seq[0] is the start of vehicle k and seq[len-1] its end.
 */
export function earliestTimes(
  P: Problem,
  seq: Int32Array,
  len: number,
  k: number,
  E: Float64Array,
  posP: Int32Array,
  startFloor = Number.NEGATIVE_INFINITY,
): boolean {
  const { S, e, l, ct, n, svc, maxRide } = P;
  let prev = seq[0]!;
  let t = e[prev]!;
  if (startFloor > t) t = startFloor;
  if (t > l[prev]! + EPS) return false;
  E[0] = t;
  let pickups = 0;
  for (let x = 1; x < len; x++) {
    const s = seq[x]!;
    t += ct[prev * S + s]!;
    const es = e[s]!;
    if (t < es) t = es;
    if (t > l[s]! + EPS) return false;
    E[x] = t;
    if (s < n) {
      posP[s] = x;
      pickups++;
    }
    prev = s;
  }
  const md = P.maxDur[k]!;
  const maxRounds = pickups + 3;
  const twoN = 2 * n;
  for (let round = 0; round < maxRounds; round++) {
    let from = len;
    if (E[len - 1]! - E[0]! > md + EPS) {
      E[0] = E[len - 1]! - md;
      if (E[0]! > l[seq[0]!]! + EPS) return false;
      from = 0;
    }
    for (let x = 1; x < len - 1; x++) {
      const s = seq[x]!;
      if (s >= n && s < twoN) {
        const r = s - n;
        const y = posP[r]!;
        const lim = E[x]! - svc[r]! - maxRide[r]!;
        if (E[y]! < lim - EPS) {
          E[y] = lim;
          if (lim > l[r]! + EPS) return false;
          if (y < from) from = y;
        }
      }
    }
    if (from === len) return true;
    for (let x = from + 1; x < len; x++) {
      const tt = E[x - 1]! + ct[seq[x - 1]! * S + seq[x]!]!;
      if (tt > E[x]!) {
        E[x] = tt;
        if (tt > l[seq[x]!]! + EPS) return false;
      }
    }
  }
  return false;
}

/**
 * Greatest solution (latest start of service at each stop) of the same constraints, computed
 * symmetrically; used for the slack filters of insertion moves. Returns false if infeasible.
 */
export function latestTimes(
  P: Problem,
  seq: Int32Array,
  len: number,
  k: number,
  U: Float64Array,
  posD: Int32Array,
): boolean {
  const { S, e, l, ct, n, svc, maxRide } = P;
  let next = seq[len - 1]!;
  let t = l[next]!;
  if (t < e[next]! - EPS) return false;
  U[len - 1] = t;
  let drops = 0;
  const twoN = 2 * n;
  for (let x = len - 2; x >= 0; x--) {
    const s = seq[x]!;
    t -= ct[s * S + next]!;
    const ls = l[s]!;
    if (t > ls) t = ls;
    if (t < e[s]! - EPS) return false;
    U[x] = t;
    if (s >= n && s < twoN) {
      posD[s - n] = x;
      drops++;
    }
    next = s;
  }
  const md = P.maxDur[k]!;
  const maxRounds = drops + 3;
  for (let round = 0; round < maxRounds; round++) {
    let from = -1;
    if (U[len - 1]! - U[0]! > md + EPS) {
      U[len - 1] = U[0]! + md;
      if (U[len - 1]! < e[seq[len - 1]!]! - EPS) return false;
      from = len - 1;
    }
    for (let y = 1; y < len - 1; y++) {
      const s = seq[y]!;
      if (s < n) {
        const x = posD[s]!;
        const lim = U[y]! + svc[s]! + maxRide[s]!;
        if (U[x]! > lim + EPS) {
          U[x] = lim;
          if (lim < e[n + s]! - EPS) return false;
          if (x > from) from = x;
        }
      }
    }
    if (from < 0) return true;
    for (let x = from - 1; x >= 0; x--) {
      const tt = U[x + 1]! - ct[seq[x]! * S + seq[x + 1]!]!;
      if (tt < U[x]!) {
        U[x] = tt;
        if (tt < e[seq[x]!]! - EPS) return false;
      }
    }
  }
  return false;
}

/**
 * Service start times for a feasible sequence, chosen for passengers: leave as late as possible
 * (the latest feasible departure), then serve every stop as early as the constraints allow, delaying
 * a pick-up only when its ride-time limit requires it. Returns null if the sequence is infeasible.
 */
export function scheduleSequence(P: Problem, seq: Int32Array, len: number, k: number): Float64Array | null {
  const E = new Float64Array(len);
  const U = new Float64Array(len);
  const pos = new Int32Array(P.n);
  if (!earliestTimes(P, seq, len, k, E, pos)) return null;
  if (!latestTimes(P, seq, len, k, U, pos)) return null;
  const floor = Number.isFinite(U[0]!) ? U[0]! : E[0]!;
  if (!earliestTimes(P, seq, len, k, E, pos, floor)) return null;
  return E;
}
