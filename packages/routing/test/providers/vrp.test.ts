import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createGraphHopperVrpClient,
  RoutingError,
  type VrpProblem,
  type VrpSolution,
  vrpSolutionToPlan,
} from '../../src/providers';
import { type FakeGraphHopper, startFakeGraphHopper } from '../fakes';

const depot = { location_id: 'cias', lat: 47.6608, lon: -2.4522 };
const at = (id: string, lat: number, lon: number) => ({ location_id: id, lat, lon });

/** A market morning: two residents to the Questembert market, one wheelchair user too big for the car. */
const problem: VrpProblem = {
  vehicles: [{ vehicle_id: 'minibus-1', type_id: 'minibus', start_address: depot, earliest_start: 28_800 }],
  vehicle_types: [{ type_id: 'minibus', profile: 'car', capacity: [8, 0] }],
  shipments: [
    {
      id: 'req-1',
      pickup: { address: at('home-1', 47.6783, -2.2981), duration: 120 },
      delivery: { address: at('market', 47.6612, -2.4519), duration: 60 },
      size: [1, 0],
      max_time_in_vehicle: 2_700,
    },
    {
      id: 'req-2',
      pickup: {
        address: at('home-2', 47.6978, -2.3369),
        duration: 120,
        time_windows: [{ earliest: 34_000, latest: 36_000 }],
      },
      delivery: { address: at('market', 47.6612, -2.4519), duration: 60 },
      size: [1, 0],
    },
    {
      id: 'req-3',
      pickup: { address: at('home-3', 47.6356, -2.3528), duration: 300 },
      delivery: { address: at('market', 47.6612, -2.4519), duration: 60 },
      size: [0, 1],
    },
  ],
  objectives: [{ type: 'min', value: 'transport_time' }],
};

describe('GraphHopper Route Optimization client', () => {
  let gh: FakeGraphHopper;
  beforeAll(async () => {
    gh = await startFakeGraphHopper({ mode: 'hosted', apiKey: 'vrp-key', vrpProcessingPolls: 2 });
  });
  afterEach(() => gh.reset());
  afterAll(() => gh.close());

  const client = (extra: Partial<Parameters<typeof createGraphHopperVrpClient>[0]> = {}) =>
    createGraphHopperVrpClient({
      apiKey: 'vrp-key',
      baseUrl: gh.url,
      pollIntervalMs: 5,
      retryBaseDelayMs: 1,
      ...extra,
    });

  it('submits, polls until finished and converts the solution to a neutral plan', async () => {
    const { jobId, solution } = await client().solve(problem);
    expect(jobId).toMatch(/^fake-job-/);
    expect(gh.count('/vrp/optimize')).toBe(1);
    // waiting_in_queue, processing, processing, finished
    expect(gh.count('/vrp/solution')).toBe(4);
    expect(gh.requests.every((r) => r.query.get('key') === 'vrp-key')).toBe(true);
    expect(gh.requests[0]!.body).toMatchObject({ vehicles: [{ vehicle_id: 'minibus-1' }] });

    const plan = vrpSolutionToPlan(solution);
    expect(plan.routes).toHaveLength(1);
    const stops = plan.routes[0]!.stops;
    expect(plan.routes[0]!.vehicleId).toBe('minibus-1');
    expect(stops.map((s) => `${s.kind}:${s.requestId}`)).toEqual([
      'pickup:req-1',
      'dropoff:req-1',
      'pickup:req-2',
      'dropoff:req-2',
    ]);
    for (const s of stops) expect(s.departure).toBeGreaterThanOrEqual(s.arrival);
    for (let i = 1; i < stops.length; i++)
      expect(stops[i]!.arrival).toBeGreaterThanOrEqual(stops[i - 1]!.departure);
    // The time window of req-2 makes the minibus wait.
    expect(stops[2]!.departure).toBe(34_000 + 120);
    expect(stops[2]!.arrival).toBeLessThan(34_000);
    expect(plan.unassigned).toEqual([
      { requestId: 'req-3', reason: 'does not fit into any vehicle due to capacity (code 3)' },
    ]);
  });

  it('gives up after maxPollAttempts polls', async () => {
    gh.setVrpNeverFinishes(true);
    const err = await client({ maxPollAttempts: 3 })
      .solve(problem)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RoutingError);
    expect(err).toMatchObject({ code: 'timeout' });
    expect((err as Error).message).toMatch(/3 polls/);
    expect(gh.count('/vrp/solution')).toBe(3);
  });

  it('gives up at the overall deadline', async () => {
    gh.setVrpNeverFinishes(true);
    const err = await client({ maxPollAttempts: 1_000_000, pollIntervalMs: 20, overallTimeoutMs: 150 })
      .solve(problem)
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'timeout' });
    expect(gh.count('/vrp/solution')).toBeLessThan(1_000_000);
  });

  it('rejects (instead of hanging) when polls keep failing, after retrying them', async () => {
    gh.failNext(10, { status: 500, path: '/vrp/solution' });
    const err = await client({ retries: 1 })
      .solve(problem)
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'server', status: 500 });
    // Only this job's polls: an aborted poll of the previous test can still reach the server after
    // its reset, on a busy machine.
    const polls = gh.requests.filter((r) => r.path.startsWith('/vrp/solution/'));
    const ours = polls.at(-1)!.path;
    expect(polls.filter((r) => r.path === ours)).toHaveLength(2);
  });

  it('retries a failed submit on 5xx but not on a bad key or a bad problem', async () => {
    gh.failNext(1, { status: 503, path: '/vrp/optimize' });
    await expect(client().submit(problem)).resolves.toMatch(/^fake-job-/);
    expect(gh.count('/vrp/optimize')).toBe(2);

    gh.reset();
    await expect(
      createGraphHopperVrpClient({ apiKey: 'nope', baseUrl: gh.url, retryBaseDelayMs: 1 }).submit(problem),
    ).rejects.toMatchObject({ code: 'auth', status: 401 });
    await expect(client().submit({ vehicles: [] })).rejects.toMatchObject({
      code: 'vrp_failed',
      status: 400,
    });
    expect(gh.count('/vrp/optimize')).toBe(2);
  });

  it('is not served by a self-hosted server', async () => {
    const self = await startFakeGraphHopper({ mode: 'self-hosted' });
    try {
      const err = await createGraphHopperVrpClient({ apiKey: 'x', baseUrl: self.url, retries: 0 })
        .submit(problem)
        .catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'vrp_failed', status: 404 });
    } finally {
      await self.close();
    }
  });
});

describe('vrpSolutionToPlan', () => {
  it('keeps only request stops and explains unassigned services and shipments', () => {
    const solution: VrpSolution = {
      costs: 1,
      distance: 1,
      time: 1,
      transport_time: 1,
      completion_time: 1,
      max_operation_time: 1,
      waiting_time: 0,
      service_duration: 0,
      no_vehicles: 1,
      no_unassigned: 2,
      routes: [
        {
          vehicle_id: 'v1',
          distance: 1,
          transport_time: 1,
          completion_time: 1,
          waiting_time: 0,
          service_duration: 0,
          activities: [
            { type: 'start', location_id: 'd', arr_time: 0, end_time: 0 },
            { type: 'pickupShipment', id: 'a', location_id: 'x', arr_time: 10, end_time: 20 },
            { type: 'break', id: 'lunch', location_id: 'x', arr_time: 20, end_time: 50 },
            { type: 'deliverShipment', id: 'a', location_id: 'y', arr_time: 60, end_time: 70 },
            { type: 'end', location_id: 'd', arr_time: 90, end_time: 90 },
          ],
        },
        {
          vehicle_id: 'idle',
          distance: 0,
          transport_time: 0,
          completion_time: 0,
          waiting_time: 0,
          service_duration: 0,
          activities: [],
        },
      ],
      unassigned: {
        services: ['s1'],
        shipments: ['b'],
        details: [{ id: 'b', code: 2, reason: 'cannot be visited within time window' }],
      },
    };
    expect(vrpSolutionToPlan(solution)).toEqual({
      routes: [
        {
          vehicleId: 'v1',
          stops: [
            { requestId: 'a', kind: 'pickup', arrival: 10, departure: 20 },
            { requestId: 'a', kind: 'dropoff', arrival: 60, departure: 70 },
          ],
        },
      ],
      unassigned: [
        { requestId: 'b', reason: 'cannot be visited within time window (code 2)' },
        { requestId: 's1', reason: 'not assigned by GraphHopper' },
      ],
    });
  });
});
