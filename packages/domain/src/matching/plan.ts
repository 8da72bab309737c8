import {
  compileProblem,
  type DarpInstance,
  type DarpRequest,
  earliestTimes,
  insertRequest,
  type LatLon,
  type Plan,
  pointKey,
  type RoutingProvider,
} from '@solimob/routing';

/*
 * When each leg of a mission happens. One request: straight from the road times (pick up at the time
 * asked, or early enough to arrive on time; the way back at the time asked or after the wait). Several
 * requests (pooling): the dial-a-ride optimiser's insertion decides the order in one vehicle, within
 * each passenger's time window and maximum ride time, and the earliest feasible schedule of that order
 * gives the times.
 */

export interface PlanningRequest {
  id: string;
  origin: LatLon;
  destination: LatLon;
  timeAnchor: 'pickup' | 'arrival';
  requestedTime: Date;
  toleranceMinutes: number;
  returnTime: Date | null;
  returnWaitMinutes: number | null;
  passengers: number;
  wheelchair: boolean;
}

export interface PlannedLeg {
  rideRequestId: string;
  leg: 'outbound' | 'return';
  pickupAt: Date;
  dropoffAt: Date;
  /** Road distance of the leg alone, pick-up to drop-off. */
  directMeters: number;
}

export interface MissionPlan {
  /** In driving order. */
  legs: PlannedLeg[];
  start: Date;
  end: Date;
  /** First pick-up to last drop-off, through every stop in order. */
  distanceMeters: number;
}

export interface PoolingRules {
  /** A pooled passenger's ride may last the direct time + max(10 min, this share of it). */
  maxDetourPercent: number;
  /** Seats of the largest vehicle that could take the mission. */
  seats: number;
}

/** An arrival-anchored ride arrives this early, so nobody is late for an appointment. */
export const ARRIVAL_MARGIN_MINUTES = 5;
/** Time at each stop to get in or out of the car, in pooled plans. */
export const BOARDING_MINUTES = 2;
const MINUTE = 60_000;
const roundToMinute = (ms: number) => new Date(Math.round(ms / MINUTE) * MINUTE);
/** Times told to residents read better on the five minutes ("vers 10 h", not "10 h 02"). */
const FIVE_MINUTES = 5 * MINUTE;
const floorToFive = (ms: number) => new Date(Math.floor(ms / FIVE_MINUTES) * FIVE_MINUTES);
const ceilToFive = (ms: number) => new Date(Math.ceil(ms / FIVE_MINUTES) * FIVE_MINUTES);

/** Road times (s) and distances (m) between the points of some requests, indexed by point. */
export interface TravelTable {
  index(point: LatLon): number;
  seconds(from: number, to: number): number;
  meters(from: number, to: number): number;
  size: number;
}

export async function travelTable(routing: RoutingProvider, points: readonly LatLon[]): Promise<TravelTable> {
  const slots = new Map<string, number>();
  const unique: LatLon[] = [];
  for (const point of points) {
    const key = pointKey(point);
    if (!slots.has(key)) {
      slots.set(key, unique.length);
      unique.push(point);
    }
  }
  const matrix = await routing.matrix(unique, { unroutable: 'infinity' });
  const n = unique.length;
  return {
    size: n,
    index: (point) => {
      const slot = slots.get(pointKey(point));
      if (slot === undefined) throw new Error(`point ${pointKey(point)} is not in the travel table`);
      return slot;
    },
    seconds: (from, to) => matrix.durations[from * n + to]!,
    meters: (from, to) => matrix.distances[from * n + to]!,
  };
}

export const requestPoints = (requests: readonly PlanningRequest[]): LatLon[] =>
  requests.flatMap((r) => [r.origin, r.destination]);

const hasReturn = (r: PlanningRequest) => r.returnTime !== null || r.returnWaitMinutes !== null;

/**
 * One request driven alone; null when the road cannot connect its points. An appointment: picked up on
 * the five minutes before the latest time that arrives ARRIVAL_MARGIN_MINUTES early. A pick-up time: as
 * asked. The way back: as asked, or after the wait, on the next five minutes.
 */
export function planSolo(r: PlanningRequest, table: TravelTable): MissionPlan | null {
  const o = table.index(r.origin);
  const d = table.index(r.destination);
  const there = table.seconds(o, d) * 1000;
  const back = table.seconds(d, o) * 1000;
  if (!Number.isFinite(there) || (hasReturn(r) && !Number.isFinite(back))) return null;
  const asked = r.requestedTime.getTime();
  const pickup =
    r.timeAnchor === 'arrival'
      ? floorToFive(asked - ARRIVAL_MARGIN_MINUTES * MINUTE - there)
      : r.requestedTime;
  const dropoff = roundToMinute(pickup.getTime() + there);
  const legs: PlannedLeg[] = [
    {
      rideRequestId: r.id,
      leg: 'outbound',
      pickupAt: pickup,
      dropoffAt: dropoff,
      directMeters: table.meters(o, d),
    },
  ];
  if (hasReturn(r)) {
    const returnPickup = r.returnTime ?? ceilToFive(dropoff.getTime() + (r.returnWaitMinutes ?? 0) * MINUTE);
    legs.push({
      rideRequestId: r.id,
      leg: 'return',
      pickupAt: returnPickup,
      dropoffAt: roundToMinute(returnPickup.getTime() + back),
      directMeters: table.meters(d, o),
    });
  }
  return {
    legs,
    start: legs[0]!.pickupAt,
    end: legs.at(-1)!.dropoffAt,
    distanceMeters: Math.round(legs.reduce((sum, leg) => sum + leg.directMeters, 0)),
  };
}

interface LegSpec {
  rideRequestId: string;
  leg: 'outbound' | 'return';
  darp: DarpRequest;
  directMeters: number;
  /** Earliest time the leg can start, to insert legs in time order. */
  order: number;
}

/** The legs of the requests as dial-a-ride requests, in minutes from `base`; node 0 is a free depot. */
function legSpecs(
  requests: readonly PlanningRequest[],
  table: TravelTable,
  rules: PoolingRules,
  base: number,
): LegSpec[] | null {
  const minutes = (instant: number) => (instant - base) / MINUTE;
  const specs: LegSpec[] = [];
  for (const r of requests) {
    const o = table.index(r.origin) + 1;
    const d = table.index(r.destination) + 1;
    const there = table.seconds(o - 1, d - 1) / 60;
    const back = table.seconds(d - 1, o - 1) / 60;
    if (!Number.isFinite(there) || (hasReturn(r) && !Number.isFinite(back))) return null;
    const maxRide = (direct: number) => direct + Math.max(10, (direct * rules.maxDetourPercent) / 100);
    const asked = minutes(r.requestedTime.getTime());
    const load = { seats: r.passengers, wheelchairs: r.wheelchair ? 1 : 0 };
    const outbound: DarpRequest =
      r.timeAnchor === 'pickup'
        ? {
            id: `${r.id}:outbound`,
            pickup: {
              node: o,
              earliest: asked,
              latest: asked + r.toleranceMinutes,
              serviceTime: BOARDING_MINUTES,
            },
            dropoff: { node: d, serviceTime: BOARDING_MINUTES },
            maxRideTime: maxRide(there),
            ...load,
          }
        : {
            id: `${r.id}:outbound`,
            pickup: {
              node: o,
              earliest: asked - r.toleranceMinutes - there - BOARDING_MINUTES,
              serviceTime: BOARDING_MINUTES,
            },
            dropoff: {
              node: d,
              earliest: asked - r.toleranceMinutes,
              latest: asked,
              serviceTime: BOARDING_MINUTES,
            },
            maxRideTime: maxRide(there),
            ...load,
          };
    specs.push({
      rideRequestId: r.id,
      leg: 'outbound',
      darp: outbound,
      directMeters: table.meters(o - 1, d - 1),
      order: outbound.pickup.earliest ?? 0,
    });
    if (hasReturn(r)) {
      const arrival = r.timeAnchor === 'arrival' ? asked : asked + there;
      const returnAt =
        r.returnTime !== null ? minutes(r.returnTime.getTime()) : arrival + (r.returnWaitMinutes ?? 0);
      specs.push({
        rideRequestId: r.id,
        leg: 'return',
        darp: {
          id: `${r.id}:return`,
          pickup: {
            node: d,
            earliest: returnAt,
            latest: returnAt + r.toleranceMinutes,
            serviceTime: BOARDING_MINUTES,
          },
          dropoff: { node: o, serviceTime: BOARDING_MINUTES },
          maxRideTime: maxRide(back),
          ...load,
        },
        directMeters: table.meters(d - 1, o - 1),
        order: returnAt,
      });
    }
  }
  return specs;
}

/** Square matrices over the table's points plus a free depot (node 0, no time or distance to anything). */
function depotMatrices(table: TravelTable): { time: number[][]; distance: number[][] } {
  const n = table.size + 1;
  const time = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const distance = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 1; i < n; i++) {
    for (let j = 1; j < n; j++) {
      time[i]![j] = table.seconds(i - 1, j - 1) / 60;
      distance[i]![j] = table.meters(i - 1, j - 1) / 1000;
    }
  }
  return { time, distance };
}

const EMPTY_PLAN: Plan = { routes: [], unassigned: [], cost: 0, vehicles: 0, feasible: true, iterations: 0 };

/**
 * Several requests in one vehicle: every leg inserted, in time order, at its cheapest feasible position
 * (the optimiser's insertRequest), then the earliest schedule of the resulting order. Null when some leg
 * does not fit (time windows, ride times, seats, one wheelchair place).
 */
export function planPooled(
  requests: readonly PlanningRequest[],
  table: TravelTable,
  rules: PoolingRules,
): MissionPlan | null {
  const base = Math.min(...requests.map((r) => r.requestedTime.getTime())) - 6 * 60 * MINUTE;
  const specs = legSpecs(requests, table, rules, base);
  if (!specs) return null;
  specs.sort((a, b) => a.order - b.order);
  const { time, distance } = depotMatrices(table);
  const depot = { node: 0, earliest: 0 };
  let instance: DarpInstance = {
    time,
    distance,
    requests: [],
    vehicles: [{ id: 'mission', start: depot, end: depot, seats: rules.seats, wheelchairs: 1 }],
  };
  let plan = EMPTY_PLAN;
  for (const spec of specs) {
    const result = insertRequest(instance, plan, spec.darp);
    if (!result.inserted) return null;
    instance = result.instance;
    plan = result.plan;
  }
  const route = plan.routes[0];
  if (!route) return null;
  const times = earliestSchedule(instance, route.stops);
  if (!times) return null;
  return toMissionPlan(instance, specs, route.stops, times, base, route.distance);
}

/** The least feasible service times of a fixed stop order (every stop as early as the constraints allow). */
function earliestSchedule(
  instance: DarpInstance,
  stops: Plan['routes'][number]['stops'],
): Float64Array | null {
  const problem = compileProblem(instance);
  const n = problem.n;
  const sequence = new Int32Array(stops.length);
  stops.forEach((stop, x) => {
    sequence[x] =
      stop.kind === 'start'
        ? 2 * n
        : stop.kind === 'end'
          ? 2 * n + 1
          : stop.kind === 'pickup'
            ? stop.requestIndex
            : n + stop.requestIndex;
  });
  const times = new Float64Array(stops.length);
  const positions = new Int32Array(n);
  return earliestTimes(problem, sequence, stops.length, 0, times, positions) ? times : null;
}

function toMissionPlan(
  instance: DarpInstance,
  specs: LegSpec[],
  stops: Plan['routes'][number]['stops'],
  times: Float64Array,
  base: number,
  distanceKm: number,
): MissionPlan {
  const byId = new Map(specs.map((s) => [s.darp.id, s]));
  const at = (x: number) => roundToMinute(base + times[x]! * MINUTE);
  const pickups = new Map<number, Date>();
  const legs: PlannedLeg[] = [];
  stops.forEach((stop, x) => {
    if (stop.kind === 'pickup') pickups.set(stop.requestIndex, at(x));
    if (stop.kind !== 'dropoff') return;
    const spec = byId.get(instance.requests[stop.requestIndex]!.id)!;
    legs.push({
      rideRequestId: spec.rideRequestId,
      leg: spec.leg,
      pickupAt: pickups.get(stop.requestIndex)!,
      dropoffAt: at(x),
      directMeters: spec.directMeters,
    });
  });
  legs.sort((a, b) => a.pickupAt.getTime() - b.pickupAt.getTime());
  return {
    legs,
    start: new Date(Math.min(...legs.map((l) => l.pickupAt.getTime()))),
    end: new Date(Math.max(...legs.map((l) => l.dropoffAt.getTime()))),
    distanceMeters: Math.round(distanceKm * 1000),
  };
}
