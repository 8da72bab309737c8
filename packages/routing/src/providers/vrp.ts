/**
 * Typed client for GraphHopper's hosted Route Optimization API (asynchronous endpoints):
 * POST /vrp/optimize → { job_id }, then GET /vrp/solution/{job_id} until status is `finished`.
 *
 * Not the library's GraphHopperOptimization class: it polls with setInterval, never handles a failed
 * poll (the promise never settles and rejections go unhandled) and has no overall deadline. Here every
 * poll has a timeout, polling is bounded by attempts and by an overall deadline, and failures reject.
 */
import { sleep, withRetries } from './async';
import { RoutingError } from './errors';
import { GRAPHHOPPER_HOSTED_URL } from './graphhopper';

export interface VrpAddress {
  location_id: string;
  lon: number;
  lat: number;
  name?: string;
}

/** Times are in the unit the caller chooses (GraphHopper only compares them): we use epoch seconds. */
export interface VrpTimeWindow {
  earliest: number;
  latest: number;
}

export interface VrpStop {
  address: VrpAddress;
  /** Service time at the stop, seconds. */
  duration?: number;
  preparation_time?: number;
  time_windows?: VrpTimeWindow[];
}

export interface VrpShipment {
  id: string;
  name?: string;
  pickup: VrpStop;
  delivery: VrpStop;
  /** Load per capacity dimension, e.g. [seats, wheelchair places]. */
  size?: number[];
  required_skills?: string[];
  priority?: number;
  /** Maximum ride time of this passenger, seconds. */
  max_time_in_vehicle?: number;
}

export interface VrpService {
  id: string;
  type?: 'service' | 'pickup' | 'delivery';
  address: VrpAddress;
  duration?: number;
  size?: number[];
  time_windows?: VrpTimeWindow[];
}

export interface VrpVehicle {
  vehicle_id: string;
  type_id?: string;
  start_address: VrpAddress;
  end_address?: VrpAddress;
  return_to_depot?: boolean;
  earliest_start?: number;
  latest_end?: number;
  skills?: string[];
  max_driving_time?: number;
  max_jobs?: number;
  max_distance?: number;
}

export interface VrpVehicleType {
  type_id: string;
  profile?: string;
  capacity?: number[];
  speed_factor?: number;
  service_time_factor?: number;
}

export interface VrpProblem {
  vehicles: VrpVehicle[];
  vehicle_types?: VrpVehicleType[];
  shipments?: VrpShipment[];
  services?: VrpService[];
  objectives?: {
    type: 'min' | 'min-max';
    value: 'completion_time' | 'transport_time' | 'vehicles' | 'activities';
  }[];
  configuration?: { routing?: { calc_points?: boolean; snap_preventions?: string[] } };
}

export type VrpActivityType =
  | 'start'
  | 'end'
  | 'service'
  | 'pickup'
  | 'delivery'
  | 'pickupShipment'
  | 'deliverShipment'
  | 'break';

export interface VrpActivity {
  type: VrpActivityType;
  /** Shipment, service or break id; absent on start and end. */
  id?: string;
  location_id: string;
  address?: VrpAddress;
  arr_time: number;
  end_time: number;
  waiting_time?: number;
  distance?: number;
  driving_time?: number;
  load_before?: number[];
  load_after?: number[];
}

export interface VrpRoute {
  vehicle_id: string;
  distance: number;
  transport_time: number;
  completion_time: number;
  waiting_time: number;
  service_duration: number;
  activities: VrpActivity[];
}

export interface VrpUnassigned {
  services: string[];
  shipments: string[];
  breaks?: string[];
  details?: { id: string; code: number; reason: string }[];
}

export interface VrpSolution {
  costs: number;
  distance: number;
  time: number;
  transport_time: number;
  completion_time: number;
  max_operation_time: number;
  waiting_time: number;
  service_duration: number;
  no_vehicles: number;
  no_unassigned: number;
  routes: VrpRoute[];
  unassigned: VrpUnassigned;
}

export interface VrpJobStatus {
  job_id?: string;
  status?: 'waiting_in_queue' | 'processing' | 'finished';
  waiting_time_in_queue?: number;
  processing_time?: number;
  solution?: VrpSolution;
  message?: string;
}

export interface GraphHopperVrpClientOptions {
  apiKey: string;
  baseUrl?: string;
  /** Deadline of one HTTP request (default 10 000 ms). */
  requestTimeoutMs?: number;
  /** Pause between polls (default 1 000 ms). */
  pollIntervalMs?: number;
  /** Polls before giving up (default 120). */
  maxPollAttempts?: number;
  /** Deadline of submit + polling together (default 180 000 ms). */
  overallTimeoutMs?: number;
  /** Retries of one HTTP call on 5xx / network / timeout (default 2). */
  retries?: number;
  retryBaseDelayMs?: number;
}

export interface GraphHopperVrpClient {
  submit(problem: VrpProblem, opts?: { signal?: AbortSignal }): Promise<string>;
  /** One poll: the job's current status. */
  status(jobId: string, opts?: { signal?: AbortSignal }): Promise<VrpJobStatus>;
  /** Submits and polls until finished, within the attempt and overall limits. */
  solve(
    problem: VrpProblem,
    opts?: { signal?: AbortSignal },
  ): Promise<{ jobId: string; solution: VrpSolution }>;
}

export function createGraphHopperVrpClient(options: GraphHopperVrpClientOptions): GraphHopperVrpClient {
  if (!options.apiKey) throw new RoutingError('bad_request', 'the Route Optimization API needs an API key');
  const baseUrl = (options.baseUrl || GRAPHHOPPER_HOSTED_URL).replace(/\/+$/, '');
  const requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
  const pollIntervalMs = options.pollIntervalMs ?? 1_000;
  const maxPollAttempts = Math.max(1, options.maxPollAttempts ?? 120);
  const overallTimeoutMs = options.overallTimeoutMs ?? 180_000;
  const retry = {
    retries: options.retries ?? 2,
    baseDelayMs: options.retryBaseDelayMs ?? 500,
    maxDelayMs: 5_000,
  };
  const keyParam = `key=${encodeURIComponent(options.apiKey)}`;

  async function request<T>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    signal?: AbortSignal,
  ): Promise<T> {
    return withRetries(
      retry,
      async () => {
        const deadline = AbortSignal.timeout(requestTimeoutMs);
        const combined = signal ? AbortSignal.any([signal, deadline]) : deadline;
        let res: Response;
        try {
          res = await fetch(`${baseUrl}${path}?${keyParam}`, {
            method,
            headers: body === undefined ? {} : { 'content-type': 'application/json' },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            signal: combined,
          });
        } catch (err) {
          if (signal?.aborted)
            throw new RoutingError('aborted', 'optimisation aborted', { cause: signal.reason });
          if (deadline.aborted) {
            throw new RoutingError(
              'timeout',
              `GraphHopper ${path} did not answer within ${requestTimeoutMs} ms`,
              {
                retryable: true,
              },
            );
          }
          throw new RoutingError('network', `GraphHopper unreachable: ${(err as Error).message}`, {
            retryable: true,
            cause: err,
          });
        }
        const text = await res.text();
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        const message = (json as { message?: string } | undefined)?.message ?? text.slice(0, 200);
        if (res.ok) {
          if (json === undefined) throw new RoutingError('invalid_response', `GraphHopper ${path}: not JSON`);
          return json as T;
        }
        if (res.status === 401 || res.status === 403) {
          throw new RoutingError('auth', `GraphHopper refused the API key (${res.status}): ${message}`, {
            status: res.status,
          });
        }
        if (res.status === 429 || res.status >= 500) {
          throw new RoutingError(
            res.status === 429 ? 'rate_limited' : 'server',
            `GraphHopper ${res.status}: ${message}`,
            {
              status: res.status,
              retryable: true,
            },
          );
        }
        throw new RoutingError(
          'vrp_failed',
          `GraphHopper rejected the optimisation (${res.status}): ${message}`,
          {
            status: res.status,
          },
        );
      },
      signal,
    );
  }

  async function submit(problem: VrpProblem, opts: { signal?: AbortSignal } = {}): Promise<string> {
    const res = await request<{ job_id?: string }>('POST', '/vrp/optimize', problem, opts.signal);
    if (!res.job_id) throw new RoutingError('invalid_response', 'GraphHopper /vrp/optimize gave no job_id');
    return res.job_id;
  }

  function status(jobId: string, opts: { signal?: AbortSignal } = {}): Promise<VrpJobStatus> {
    return request<VrpJobStatus>('GET', `/vrp/solution/${encodeURIComponent(jobId)}`, undefined, opts.signal);
  }

  async function solve(problem: VrpProblem, opts: { signal?: AbortSignal } = {}) {
    const overall = AbortSignal.timeout(overallTimeoutMs);
    const signal = opts.signal ? AbortSignal.any([opts.signal, overall]) : overall;
    const timedOut = (cause?: unknown) =>
      new RoutingError('timeout', `no optimisation result within ${overallTimeoutMs} ms`, { cause });
    try {
      const jobId = await submit(problem, { signal });
      for (let attempt = 1; attempt <= maxPollAttempts; attempt++) {
        const job = await status(jobId, { signal });
        if (job.status === 'finished') {
          if (!job.solution)
            throw new RoutingError('invalid_response', `job ${jobId} finished without a solution`);
          return { jobId, solution: job.solution };
        }
        if (job.status !== 'waiting_in_queue' && job.status !== 'processing') {
          throw new RoutingError(
            'vrp_failed',
            `job ${jobId} failed: ${job.message ?? JSON.stringify(job).slice(0, 200)}`,
          );
        }
        if (attempt < maxPollAttempts) await sleep(pollIntervalMs, signal);
      }
      throw new RoutingError('timeout', `job ${jobId} not finished after ${maxPollAttempts} polls`);
    } catch (err) {
      if (overall.aborted && !opts.signal?.aborted) throw timedOut(err);
      throw err;
    }
  }

  return { submit, status, solve };
}

// ---------------------------------------------------------------------------------------------------

/** Solver-neutral plan, the shape our own optimiser returns too. */
export interface NeutralPlanStop {
  requestId: string;
  kind: 'pickup' | 'dropoff';
  /** Same time unit as the problem's time windows. */
  arrival: number;
  departure: number;
}

export interface NeutralPlan {
  routes: { vehicleId: string; stops: NeutralPlanStop[] }[];
  unassigned: { requestId: string; reason: string }[];
}

/**
 * Converts a Route Optimization solution. Shipments are our ride requests (id = request id); their
 * pickup and delivery become `pickup` and `dropoff` stops. Start, end and break activities carry no
 * request and are left out; vehicles with no stop are dropped.
 */
export function vrpSolutionToPlan(solution: VrpSolution): NeutralPlan {
  const kindOf = (type: VrpActivityType): NeutralPlanStop['kind'] | undefined => {
    if (type === 'pickupShipment' || type === 'pickup') return 'pickup';
    if (type === 'deliverShipment' || type === 'delivery') return 'dropoff';
    return undefined;
  };
  const routes = solution.routes
    .map((r) => ({
      vehicleId: r.vehicle_id,
      stops: r.activities.flatMap((a): NeutralPlanStop[] => {
        const kind = kindOf(a.type);
        return kind && a.id !== undefined
          ? [{ requestId: a.id, kind, arrival: a.arr_time, departure: a.end_time }]
          : [];
      }),
    }))
    .filter((r) => r.stops.length > 0);
  const details = new Map((solution.unassigned.details ?? []).map((d) => [d.id, d]));
  const unassigned = [...solution.unassigned.shipments, ...solution.unassigned.services].map((id) => {
    const d = details.get(id);
    return { requestId: id, reason: d ? `${d.reason} (code ${d.code})` : 'not assigned by GraphHopper' };
  });
  return { routes, unassigned };
}
