import {
  type DarpInstance,
  insertRequest,
  type Plan,
  type PlannedRoute,
  type PlannedStop,
  type RoutingProvider,
  scheduleRoute,
  solveDarp,
} from '@solimob/routing';
import {
  originOf,
  outboundInstance,
  type RoundMatrix,
  returnInstance,
  roundMatrix,
  toInstant,
} from './instance';
import {
  DEFAULT_SOLVER,
  type Leg,
  type LegPlan,
  type PlanningInput,
  type PlanStrategy,
  type PreviousOrder,
  type RoundPlan,
  type SolverOptions,
} from './model';

/**
 * Plans a round's outbound and return legs: the code the worker runs at the cut-off and after every
 * change, and the one the benchmark times. The outbound plan follows the least-disruption rule once
 * pick-up times have been announced (docs/adr/0008-replanning-least-disruption.md):
 *   1. serve as many booked passengers as possible;
 *   2. then keep every announced time: picked up no earlier, at most `replanToleranceMinutes` later,
 *      first by repairing the previous order (new passengers inserted, the others' order untouched),
 *      else by re-optimising under those windows;
 *   3. then drive the fewest kilometres.
 * Only when the announced windows would leave someone out is a fresh plan taken instead.
 */
export async function planRoundInput(
  input: PlanningInput,
  routing: RoutingProvider,
  options: SolverOptions = {},
): Promise<RoundPlan> {
  const solver = { ...DEFAULT_SOLVER, ...options };
  const started = performance.now();
  const matrix = await roundMatrix(input, routing);
  const matrixReady = performance.now();
  const outbound = planOutbound(input, matrix, solver);
  const back = solveLeg(input, matrix, returnInstance(input, matrix), 'return', solver);
  const solved = performance.now();
  await attachGeometry(routing, input, [outbound.leg, back]);
  const drawn = performance.now();
  return {
    roundId: input.roundId,
    outbound: outbound.leg,
    return: back,
    strategy: outbound.strategy,
    timings: { matrixMs: matrixReady - started, solveMs: solved - matrixReady, geometryMs: drawn - solved },
  };
}

function planOutbound(
  input: PlanningInput,
  matrix: RoundMatrix,
  solver: Required<SolverOptions>,
): { leg: LegPlan; strategy: PlanStrategy } {
  const fresh = () => solveLeg(input, matrix, outboundInstance(input, matrix, false), 'outbound', solver);
  if (!input.passengers.some((p) => p.announcedPickupAt)) return { leg: fresh(), strategy: 'fresh' };
  const anchoredInstance = outboundInstance(input, matrix, true);
  const repaired = input.previousOrder ? repair(anchoredInstance, input.previousOrder) : null;
  if (repaired && repaired.unassigned.length === 0) {
    return { leg: toLegPlan(input, matrix, anchoredInstance, repaired, 'outbound'), strategy: 'repaired' };
  }
  const anchored = toLegPlan(input, matrix, anchoredInstance, solve(anchoredInstance, solver), 'outbound');
  if (anchored.unserved.length === 0) return { leg: anchored, strategy: 'anchored' };
  const unanchored = fresh();
  return unanchored.unserved.length < anchored.unserved.length
    ? { leg: unanchored, strategy: 'fresh-after-anchored' }
    : { leg: anchored, strategy: 'anchored' };
}

function solveLeg(
  input: PlanningInput,
  matrix: RoundMatrix,
  instance: DarpInstance,
  leg: Leg,
  solver: Required<SolverOptions>,
): LegPlan {
  return toLegPlan(input, matrix, instance, solve(instance, solver), leg);
}

const solve = (instance: DarpInstance, solver: Required<SolverOptions>): Plan =>
  instance.requests.length === 0
    ? { routes: [], unassigned: [], cost: 0, vehicles: 0, feasible: true, iterations: 0 }
    : solveDarp(instance, {
        seed: solver.seed,
        maxIterations: solver.maxIterations,
        timeLimitMs: solver.timeLimitMs,
        objective: 'distance',
      });

/**
 * Keeps each vehicle's previous order (minus the passengers who left) and inserts the new passengers at
 * their cheapest feasible place without moving the others. Null when an old order no longer fits the
 * announced windows; the plan's `unassigned` lists the new passengers that found no place.
 */
export function repair(instance: DarpInstance, previous: PreviousOrder): Plan | null {
  const indexOf = new Map(instance.requests.map((r, i) => [String(r.id), i]));
  const routes: PlannedRoute[] = [];
  const placed = new Set<number>();
  for (const [k, vehicle] of instance.vehicles.entries()) {
    const order = (previous.get(String(vehicle.id)) ?? [])
      .filter((stop) => indexOf.has(stop.bookingId))
      .map((stop) => ({ requestIndex: indexOf.get(stop.bookingId)!, kind: stop.kind }));
    if (order.length === 0) continue;
    const times = scheduleRoute(instance, k, order);
    if (!times) return null;
    for (const stop of order) placed.add(stop.requestIndex);
    routes.push(routeFromOrder(instance, k, order, times));
  }
  let plan: Plan = {
    routes,
    unassigned: [],
    cost: 0,
    vehicles: routes.length,
    feasible: true,
    iterations: 0,
  };
  for (let r = 0; r < instance.requests.length; r++) {
    if (placed.has(r)) continue;
    plan = insertRequest(instance, plan, r).plan;
  }
  return plan;
}

function routeFromOrder(
  instance: DarpInstance,
  k: number,
  order: { requestIndex: number; kind: 'pickup' | 'dropoff' }[],
  times: number[],
): PlannedRoute {
  const vehicle = instance.vehicles[k]!;
  const nodes = [
    vehicle.start.node,
    ...order.map((s) => instance.requests[s.requestIndex]![s.kind].node),
    vehicle.end.node,
  ];
  const size = Math.round(Math.sqrt((instance.distance as Float64Array).length));
  let distance = 0;
  for (let x = 1; x < nodes.length; x++)
    distance += (instance.distance as Float64Array)[nodes[x - 1]! * size + nodes[x]!]!;
  const stops: PlannedStop[] = nodes.map((node, x) => ({
    kind: x === 0 ? 'start' : x === nodes.length - 1 ? 'end' : order[x - 1]!.kind,
    node,
    requestIndex: x === 0 || x === nodes.length - 1 ? -1 : order[x - 1]!.requestIndex,
    arrival: times[x]!,
    time: times[x]!,
    seatsAfter: 0,
    wheelchairsAfter: 0,
  }));
  return {
    vehicleIndex: k,
    vehicleId: vehicle.id,
    stops,
    distance,
    duration: times[times.length - 1]! - times[0]!,
  };
}

function toLegPlan(
  input: PlanningInput,
  matrix: RoundMatrix,
  instance: DarpInstance,
  plan: Plan,
  leg: Leg,
): LegPlan {
  const origin = originOf(input);
  return {
    leg,
    routes: plan.routes.map((route) => {
      const inner = route.stops.filter((s) => s.kind === 'pickup' || s.kind === 'dropoff');
      return {
        vehicleId: String(route.vehicleId),
        departAt: toInstant(origin, route.stops[0]!.time),
        returnAt: toInstant(origin, route.stops[route.stops.length - 1]!.time),
        distanceMeters: Math.round(route.distance * 1000),
        stops: inner.map((s) => ({
          bookingId: String(instance.requests[s.requestIndex]!.id),
          kind: s.kind as 'pickup' | 'dropoff',
          at: toInstant(origin, s.time),
          point: matrix.points[s.node]!,
        })),
        geometry: [],
      };
    }),
    unserved: plan.unassigned.map((u) => ({ bookingId: String(u.requestId), reason: u.reason })),
  };
}

/** Road geometry for the map; the straight line through the stops when the provider cannot draw it. */
async function attachGeometry(
  routing: RoutingProvider,
  input: PlanningInput,
  legs: LegPlan[],
): Promise<void> {
  for (const leg of legs) {
    for (const route of leg.routes) {
      const points = [input.market, ...route.stops.map((s) => s.point), input.market].filter(
        (p, i, all) => i === 0 || p.lat !== all[i - 1]!.lat || p.lon !== all[i - 1]!.lon,
      );
      const straight = points.map((p): [number, number] => [p.lon, p.lat]);
      if (points.length < 2) {
        route.geometry = straight;
        continue;
      }
      try {
        route.geometry = (await routing.route(points)).geometry;
      } catch {
        route.geometry = straight;
      }
    }
  }
}
