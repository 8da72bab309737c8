import { earliestTimes, scheduleSequence } from './feasibility';
import { compileProblem, EPS, type Problem } from './problem';
import { Search } from './search';
import { Solution } from './solution';
import type {
  DarpInstance,
  DarpRequest,
  InsertResult,
  Plan,
  PlannedRoute,
  PlannedStop,
  SolveOptions,
  UnassignedReason,
  UnassignedRequest,
} from './types';

/**
 * Plans the instance: every request served if possible, the others returned unassigned with a
 * reason. Anytime: stops at the time limit or the iteration limit, whichever comes first.
 */
export function solveDarp(instance: DarpInstance, options: SolveOptions = {}): Plan {
  const P = compileProblem(instance);
  const maxIterations = options.maxIterations ?? Number.POSITIVE_INFINITY;
  const timeLimit =
    options.timeLimitMs ?? (options.maxIterations === undefined ? 1000 : Number.POSITIVE_INFINITY);
  const clock = options.clock ?? (() => performance.now());
  const search = new Search(P, {
    clock,
    seed: options.seed ?? 1,
    deadline: clock() + timeLimit,
    maxIterations,
    hierarchical: options.objective === 'vehicles-then-distance',
    onImprovement: options.onImprovement,
    tuning: options.tuning,
  });
  search.run();
  return buildPlan(instance, P, search.best, search.iterations);
}

/**
 * Inserts one request into an existing plan at its cheapest feasible position, without touching
 * the order of the other stops (their times may shift within their windows). `request` is either
 * the index of a request of `instance` that the plan does not serve yet, or a new request whose
 * nodes exist in the instance's matrices (it is appended to the instance; use the returned
 * `instance` afterwards). Vehicles without a route may be opened unless `allowNewVehicle` is false.
 */
export function insertRequest(
  instance: DarpInstance,
  plan: Plan,
  request: number | DarpRequest,
  opts: { allowNewVehicle?: boolean } = {},
): InsertResult & { instance: DarpInstance; requestIndex: number } {
  let inst = instance;
  let r: number;
  if (typeof request === 'number') {
    r = request;
    if (r < 0 || r >= inst.requests.length) throw new Error(`request index ${r} out of range`);
  } else {
    inst = { ...instance, requests: [...instance.requests, request] };
    r = inst.requests.length - 1;
  }
  const P = compileProblem(inst);
  const s = solutionFromPlan(P, plan);
  if (s.routeOf[r]! >= 0) throw new Error(`request ${r} is already in the plan`);
  const allowNew = opts.allowNewVehicle ?? true;
  let best = Number.POSITIVE_INFINITY;
  let bk = -1;
  let bi = -1;
  let bj = -1;
  for (let k = 0; k < P.m; k++) {
    if (!allowNew && s.len[k]! <= 2) continue;
    const c = s.evalInsert(r, k, best);
    if (c < best) {
      best = c;
      bk = k;
      bi = s.bi;
      bj = s.bj;
    }
  }
  const unassignedBefore = plan.unassigned.filter((u) => u.requestIndex !== r);
  if (bk < 0) {
    const reason = allowNew ? unassignedReason(P, r) : 'no_vehicle';
    const newPlan = buildPlan(inst, P, s, plan.iterations, unassignedBefore);
    newPlan.unassigned.push({ requestIndex: r, requestId: inst.requests[r]!.id, reason });
    return { plan: newPlan, inserted: false, addedDistance: 0, reason, instance: inst, requestIndex: r };
  }
  s.insert(r, bk, bi, bj);
  return {
    plan: buildPlan(inst, P, s, plan.iterations, unassignedBefore),
    inserted: true,
    addedDistance: best,
    instance: inst,
    requestIndex: r,
  };
}

/**
 * Exact feasibility test of one vehicle's stop order, e.g. to validate a plan edited by hand.
 * `stops` lists request indices with their kind; start and end are implicit.
 * Returns the service start times (start and end included) or null when infeasible.
 */
export function scheduleRoute(
  instance: DarpInstance,
  vehicleIndex: number,
  stops: readonly { requestIndex: number; kind: 'pickup' | 'dropoff' }[],
): number[] | null {
  const P = compileProblem(instance);
  const seq = new Int32Array(stops.length + 2);
  seq[0] = 2 * P.n + 2 * vehicleIndex;
  const seen = new Uint8Array(P.n);
  let a1 = 0;
  let a2 = 0;
  for (let x = 0; x < stops.length; x++) {
    const st = stops[x]!;
    const s = st.kind === 'pickup' ? st.requestIndex : P.n + st.requestIndex;
    if (st.kind === 'pickup') seen[st.requestIndex] = 1;
    else if (seen[st.requestIndex] !== 1) return null;
    else seen[st.requestIndex] = 2;
    a1 += P.q1[s]!;
    a2 += P.q2[s]!;
    if (a1 > P.cap1[vehicleIndex]! + EPS || a2 > P.cap2[vehicleIndex]! + EPS) return null;
    seq[x + 1] = s;
  }
  if (seen.some((v) => v === 1)) return null;
  seq[stops.length + 1] = 2 * P.n + 2 * vehicleIndex + 1;
  const t = scheduleSequence(P, seq, seq.length, vehicleIndex);
  return t ? Array.from(t) : null;
}

function solutionFromPlan(P: Problem, plan: Plan): Solution {
  const s = new Solution(P);
  for (const route of plan.routes) {
    const k = route.vehicleIndex;
    const seq = s.routes[k]!;
    let w = 1;
    for (const st of route.stops) {
      if (st.kind === 'pickup') {
        seq[w++] = st.requestIndex;
        s.routeOf[st.requestIndex] = k;
        s.assigned++;
      } else if (st.kind === 'dropoff') seq[w++] = P.n + st.requestIndex;
    }
    seq[w++] = 2 * P.n + 2 * k + 1;
    s.len[k] = w;
    if (!s.updateRoute(k)) throw new Error(`route of vehicle ${k} in the plan is not feasible`);
  }
  return s;
}

/** Why request r cannot be served by any vehicle on its own (or 'no_vehicle' if it could). */
function unassignedReason(P: Problem, r: number): UnassignedReason {
  const n = P.n;
  if (P.m === 0) return 'no_vehicle';
  const p = r;
  const d = n + r;
  let fitsSomewhere = false;
  for (let k = 0; k < P.m; k++) {
    if (P.q1[p]! <= P.cap1[k]! + EPS && P.q2[p]! <= P.cap2[k]! + EPS) fitsSomewhere = true;
  }
  if (!fitsSomewhere) return 'capacity';
  if (P.ct[p * P.S + d]! - P.svc[p]! > P.maxRide[r]! + EPS) return 'ride_time';
  const seq = new Int32Array(4);
  const E = new Float64Array(4);
  const pos = new Int32Array(n);
  let twOk = false;
  let rideOk = false;
  for (let k = 0; k < P.m; k++) {
    if (P.q1[p]! > P.cap1[k]! + EPS || P.q2[p]! > P.cap2[k]! + EPS) continue;
    seq[0] = 2 * n + 2 * k;
    seq[1] = p;
    seq[2] = d;
    seq[3] = 2 * n + 2 * k + 1;
    if (earliestTimes(P, seq, 4, k, E, pos)) return 'no_vehicle';
    const ride = P.maxRide[r]!;
    const dur = P.maxDur[k]!;
    P.maxRide[r] = Number.POSITIVE_INFINITY;
    P.maxDur[k] = Number.POSITIVE_INFINITY;
    if (earliestTimes(P, seq, 4, k, E, pos)) twOk = true;
    P.maxRide[r] = ride;
    if (earliestTimes(P, seq, 4, k, E, pos)) rideOk = true;
    P.maxDur[k] = dur;
  }
  if (!twOk) return 'time_window';
  if (!rideOk) return 'ride_time';
  return 'route_duration';
}

function buildPlan(
  inst: DarpInstance,
  P: Problem,
  s: Solution,
  iterations: number,
  keepUnassigned?: UnassignedRequest[],
): Plan {
  const n = P.n;
  const routes: PlannedRoute[] = [];
  let feasible = true;
  let cost = 0;
  for (let k = 0; k < P.m; k++) {
    const L = s.len[k]!;
    if (L <= 2) continue;
    const seq = s.routes[k]!;
    let times = scheduleSequence(P, seq, L, k);
    if (!times) {
      feasible = false;
      times = new Float64Array(L).fill(Number.NaN);
    }
    const stops: PlannedStop[] = [];
    let a1 = 0;
    let a2 = 0;
    let dist = 0;
    for (let x = 0; x < L; x++) {
      const st = seq[x]!;
      a1 += P.q1[st]!;
      a2 += P.q2[st]!;
      const kind = x === 0 ? 'start' : x === L - 1 ? 'end' : st < n ? 'pickup' : 'dropoff';
      const arrival = x === 0 ? times[0]! : times[x - 1]! + P.ct[seq[x - 1]! * P.S + st]!;
      if (x > 0) dist += P.dd[seq[x - 1]! * P.S + st]!;
      stops.push({
        kind,
        node: P.node[st]!,
        requestIndex: x === 0 || x === L - 1 ? -1 : st < n ? st : st - n,
        arrival,
        time: times[x]!,
        seatsAfter: a1,
        wheelchairsAfter: a2,
      });
    }
    cost += dist;
    routes.push({
      vehicleIndex: k,
      vehicleId: inst.vehicles[k]!.id,
      stops,
      distance: dist,
      duration: times[L - 1]! - times[0]!,
    });
  }
  const unassigned: UnassignedRequest[] = keepUnassigned ? [...keepUnassigned] : [];
  if (!keepUnassigned) {
    for (let r = 0; r < n; r++) {
      if (s.routeOf[r]! < 0) {
        unassigned.push({ requestIndex: r, requestId: inst.requests[r]!.id, reason: unassignedReason(P, r) });
      }
    }
  }
  return { routes, unassigned, cost, vehicles: routes.length, feasible, iterations };
}
