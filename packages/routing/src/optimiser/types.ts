/**
 * Public model of the dial-a-ride optimiser.
 *
 * Units are whatever the caller uses consistently (seconds or minutes for times, metres or km for
 * distances): the solver never converts. Node numbers index the travel-time and distance matrices.
 */

/** Square matrix, either row-major in a flat Float64Array (length N*N) or as rows. */
export type Matrix = Float64Array | readonly (readonly number[])[];

/** A place where a vehicle stops, with the window in which service may START. */
export interface StopSpec {
  /** Index into the matrices. */
  node: number;
  /** Earliest start of service (default 0: times are non-negative). */
  earliest?: number;
  /** Latest start of service (default: +Infinity). */
  latest?: number;
  /** Time spent at the stop (boarding, alighting); default 0. */
  serviceTime?: number;
}

export interface DarpRequest {
  /** Caller's identifier, echoed back in plans. */
  id: string | number;
  pickup: StopSpec;
  dropoff: StopSpec;
  /** Seats used on board (default 1). */
  seats?: number;
  /** Wheelchair places used on board (default 0). */
  wheelchairs?: number;
  /**
   * Maximum ride time: start of service at the drop-off minus end of service at the pick-up
   * (Cordeau's definition). Default: unlimited.
   */
  maxRideTime?: number;
}

export interface DarpVehicle {
  id: string | number;
  /** Where and when the vehicle may leave (window on the departure time). */
  start: StopSpec;
  /** Where and when the vehicle must be back (window on the arrival time). */
  end: StopSpec;
  seats: number;
  /** Wheelchair places (default 0). */
  wheelchairs?: number;
  /** Maximum time between departure and return (default: unlimited). */
  maxDuration?: number;
}

export interface DarpInstance {
  /** Travel time between nodes (service excluded). */
  time: Matrix;
  /** Distance between nodes, the objective; defaults to `time`. */
  distance?: Matrix;
  requests: readonly DarpRequest[];
  vehicles: readonly DarpVehicle[];
}

export type Objective =
  /** Minimise total distance with the vehicles given. */
  | 'distance'
  /** Fewest vehicles first, then total distance (Li & Lim convention). */
  | 'vehicles-then-distance';

export interface SolveOptions {
  /** PRNG seed (default 1). Same seed + same iteration limit = same plan. */
  seed?: number;
  /** Wall-clock budget in milliseconds (default 1000 when no iteration limit is given). */
  timeLimitMs?: number;
  /** Iteration budget; with no time limit this makes the run exactly reproducible. */
  maxIterations?: number;
  objective?: Objective;
  /** Optional progress callback, called when the best plan improves. */
  onImprovement?: (info: { iteration: number; cost: number; vehicles: number; unassigned: number }) => void;
  /**
   * Time source in milliseconds for the time limit (default performance.now, wall clock). A
   * benchmark on a shared machine may pass the process CPU time instead.
   */
  clock?: () => number;
  /** Method constants, for experiments only; see SearchTuning in search.ts. */
  tuning?: Record<string, number>;
}

export type UnassignedReason =
  /** No vehicle has enough seats or wheelchair places for the request. */
  | 'capacity'
  /** Even the direct trip cannot respect the request's maximum ride time. */
  | 'ride_time'
  /** No vehicle can serve the request alone within the time windows. */
  | 'time_window'
  /** No vehicle can serve the request alone within its maximum route duration. */
  | 'route_duration'
  /** The request could be served alone, but no vehicle has room for it in this plan. */
  | 'no_vehicle';

export type StopKind = 'start' | 'pickup' | 'dropoff' | 'end';

export interface PlannedStop {
  kind: StopKind;
  node: number;
  /** Index in `instance.requests`, or -1 for start/end. */
  requestIndex: number;
  /** Arrival at the stop (may be before `time` when the vehicle waits). */
  arrival: number;
  /** Start of service. */
  time: number;
  /** Seats and wheelchair places occupied when leaving the stop. */
  seatsAfter: number;
  wheelchairsAfter: number;
}

export interface PlannedRoute {
  vehicleIndex: number;
  vehicleId: string | number;
  stops: PlannedStop[];
  distance: number;
  /** End time minus start time. */
  duration: number;
}

export interface UnassignedRequest {
  requestIndex: number;
  requestId: string | number;
  reason: UnassignedReason;
}

export interface Plan {
  /** One entry per vehicle that serves at least one request. */
  routes: PlannedRoute[];
  unassigned: UnassignedRequest[];
  /** Total distance of the routes. */
  cost: number;
  vehicles: number;
  /** True when every route passed the exact feasibility test (always true for plans we return). */
  feasible: boolean;
  iterations: number;
}

export interface InsertResult {
  plan: Plan;
  inserted: boolean;
  /** Extra distance caused by the insertion (0 when not inserted). */
  addedDistance: number;
  /** Why the request was not inserted. */
  reason?: UnassignedReason;
}
