import type { LatLon, UnassignedReason } from '@solimob/routing';

/*
 * What planning a round needs and produces, free of storage: `loadPlanningInput` builds the input from
 * the database, `planRoundInput` turns it into a plan with a routing provider, `storeRoundPlan` writes
 * it back. The benchmark (scripts/bench-planning) calls `planRoundInput` with an input it builds.
 */

export interface PlanningPassenger {
  bookingId: string;
  pickup: LatLon;
  seats: number;
  wheelchairs: number;
  /** Time to board, and to alight at the market (minutes). */
  boardingMinutes: number;
  /** The outbound pick-up time the resident was told, if any: a re-plan keeps close to it. */
  announcedPickupAt: Date | null;
}

export interface PlanningVehicle {
  id: string;
  name: string;
  seats: number;
  wheelchairPlaces: number;
}

/** Each vehicle's previous outbound stop order (vehicle id → stops), to repair the plan rather than redo it. */
export type PreviousOrder = Map<string, { bookingId: string; kind: 'pickup' | 'dropoff' }[]>;

export interface PlanningInput {
  roundId: string;
  market: LatLon;
  /** Arrival at the market and departure from it, as instants. */
  arrival: Date;
  departure: Date;
  marketWindowMinutes: number;
  maxRideMinutes: number;
  vehicles: PlanningVehicle[];
  passengers: PlanningPassenger[];
  previousOrder?: PreviousOrder;
  /** After announcement a pick-up may move later by at most this much, never earlier. */
  replanToleranceMinutes: number;
}

export type Leg = 'outbound' | 'return';

export interface PlannedLegStop {
  bookingId: string;
  kind: 'pickup' | 'dropoff';
  at: Date;
  point: LatLon;
}

export interface PlannedLegRoute {
  vehicleId: string;
  departAt: Date;
  returnAt: Date;
  distanceMeters: number;
  stops: PlannedLegStop[];
  /** [lon, lat] vertices; filled by `attachGeometry`. */
  geometry: [number, number][];
}

export interface LegPlan {
  leg: Leg;
  routes: PlannedLegRoute[];
  unserved: { bookingId: string; reason: UnassignedReason }[];
}

/** How the outbound plan was obtained (see docs/adr/0008-replanning-least-disruption.md). */
export type PlanStrategy = 'fresh' | 'repaired' | 'anchored' | 'fresh-after-anchored';

export interface RoundPlan {
  roundId: string;
  outbound: LegPlan;
  return: LegPlan;
  strategy: PlanStrategy;
  timings: { matrixMs: number; solveMs: number; geometryMs: number };
}

export interface SolverOptions {
  seed?: number;
  /** Iteration budget per solve: with no time limit reached the plan is reproducible. */
  maxIterations?: number;
  /** Safety cap per solve on a slow machine. */
  timeLimitMs?: number;
}

/**
 * Per leg: 800 iterations serve every passenger of the 30-booking benchmark round with every seed tried,
 * in under half a second of CPU; the time cap keeps a loaded machine within the 2 s target
 * (docs/benchmarks.md).
 */
export const DEFAULT_SOLVER: Required<SolverOptions> = { seed: 1, maxIterations: 800, timeLimitMs: 800 };
