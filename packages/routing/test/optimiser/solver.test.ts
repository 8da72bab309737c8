import { describe, expect, it } from 'vitest';
import {
  type DarpInstance,
  type DarpRequest,
  insertRequest,
  type Plan,
  scheduleRoute,
  solveDarp,
} from '../../src/optimiser/index';
import { instance, lcg, vehicle } from './helpers';

type Step = { requestIndex: number; kind: 'pickup' | 'dropoff' };

/** Every pick-up/drop-off order of the given requests (pick-up before its drop-off). */
function* orders(reqs: number[]): Generator<Step[]> {
  const picked = new Set<number>();
  const dropped = new Set<number>();
  const path: Step[] = [];
  function* rec(): Generator<Step[]> {
    if (dropped.size === reqs.length) {
      yield [...path];
      return;
    }
    for (const r of reqs) {
      if (!picked.has(r)) {
        picked.add(r);
        path.push({ requestIndex: r, kind: 'pickup' });
        yield* rec();
        path.pop();
        picked.delete(r);
      } else if (!dropped.has(r)) {
        dropped.add(r);
        path.push({ requestIndex: r, kind: 'dropoff' });
        yield* rec();
        path.pop();
        dropped.delete(r);
      }
    }
  }
  yield* rec();
}

function routeDistance(inst: DarpInstance, steps: Step[]): number {
  const d = inst.distance as Float64Array;
  const N = Math.round(Math.sqrt(d.length));
  const nodes = [
    0,
    ...steps.map((s) => {
      const r = inst.requests[s.requestIndex]!;
      return s.kind === 'pickup' ? r.pickup.node : r.dropoff.node;
    }),
    0,
  ];
  let sum = 0;
  for (let i = 1; i < nodes.length; i++) sum += d[nodes[i - 1]! * N + nodes[i]!]!;
  return sum;
}

/** Optimum by enumeration: two identical vehicles, every split and every order. */
function bruteForce(inst: DarpInstance): number {
  const n = inst.requests.length;
  const bestFor = new Map<number, number>();
  for (let mask = 0; mask < 1 << n; mask++) {
    const reqs = [...Array(n).keys()].filter((r) => mask & (1 << r));
    let best = reqs.length === 0 ? 0 : Number.POSITIVE_INFINITY;
    for (const o of reqs.length === 0 ? [] : orders(reqs)) {
      const cost = routeDistance(inst, o);
      if (cost < best && scheduleRoute(inst, 0, o)) best = cost;
    }
    bestFor.set(mask, best);
  }
  let opt = Number.POSITIVE_INFINITY;
  const full = (1 << n) - 1;
  for (let mask = 0; mask <= full; mask++) {
    opt = Math.min(opt, bestFor.get(mask)! + bestFor.get(full ^ mask)!);
  }
  return opt;
}

function randomInstance(seed: number, n: number): DarpInstance {
  const rnd = lcg(seed);
  const points: [number, number][] = [[0, 0]];
  const requests: DarpRequest[] = [];
  for (let i = 0; i < n; i++) {
    points.push([rnd() * 20 - 10, rnd() * 20 - 10], [rnd() * 20 - 10, rnd() * 20 - 10]);
    const t = rnd() * 60;
    requests.push({
      id: i,
      pickup: { node: 2 * i + 1, earliest: t, latest: t + 15, serviceTime: 1 },
      dropoff: { node: 2 * i + 2, earliest: 0, latest: 200, serviceTime: 1 },
      seats: 1 + Math.floor(rnd() * 2),
      maxRideTime: 30,
    });
  }
  return instance(points, requests, [
    vehicle(1, { seats: 3, maxDuration: 150, end: { node: 0, earliest: 0, latest: 200 } }),
    vehicle(2, { seats: 3, maxDuration: 150, end: { node: 0, earliest: 0, latest: 200 } }),
  ]);
}

function assertPlanFeasible(inst: DarpInstance, plan: Plan): void {
  for (const r of plan.routes) {
    const steps = r.stops
      .filter((s) => s.kind === 'pickup' || s.kind === 'dropoff')
      .map((s) => ({ requestIndex: s.requestIndex, kind: s.kind as 'pickup' | 'dropoff' }));
    expect(scheduleRoute(inst, r.vehicleIndex, steps)).not.toBeNull();
  }
}

describe('solveDarp', () => {
  it.each([11, 12, 13])('finds the enumerated optimum of a 4-request instance (seed %i)', (seed) => {
    const inst = randomInstance(seed, 4);
    const opt = bruteForce(inst);
    expect(Number.isFinite(opt)).toBe(true);
    const plan = solveDarp(inst, { seed: 1, maxIterations: 400 });
    expect(plan.unassigned).toEqual([]);
    expect(plan.cost).toBeCloseTo(opt, 6);
    assertPlanFeasible(inst, plan);
  });

  it('is deterministic under a seed with an iteration limit', () => {
    const inst = randomInstance(5, 12);
    const a = solveDarp(inst, { seed: 42, maxIterations: 300 });
    const b = solveDarp(inst, { seed: 42, maxIterations: 300 });
    expect(b).toEqual(a);
    expect(a.iterations).toBe(300);
  });

  it('returns unserveable requests with a reason instead of failing', () => {
    const points: [number, number][] = [
      [0, 0],
      [10, 0],
      [20, 0],
      [0, 50],
    ];
    const ok: DarpRequest = {
      id: 'ok',
      pickup: { node: 1, earliest: 0, latest: 100 },
      dropoff: { node: 2 },
    };
    const inst = instance(
      points,
      [
        ok,
        { ...ok, id: 'too-big', seats: 5 },
        { ...ok, id: 'wheelchair', seats: 0, wheelchairs: 1 },
        { ...ok, id: 'ride', pickup: { node: 1 }, dropoff: { node: 3 }, maxRideTime: 20 },
        { ...ok, id: 'window', pickup: { node: 3, earliest: 0, latest: 30 } },
        { ...ok, id: 'far', pickup: { node: 3, latest: 500 }, dropoff: { node: 2, latest: 500 } },
      ],
      [vehicle(1, { maxDuration: 100 })],
    );
    const plan = solveDarp(inst, { seed: 1, maxIterations: 100 });
    const reasons = Object.fromEntries(plan.unassigned.map((u) => [u.requestId, u.reason]));
    expect(reasons).toEqual({
      'too-big': 'capacity',
      wheelchair: 'capacity',
      ride: 'ride_time',
      window: 'time_window',
      far: 'route_duration',
    });
    expect(plan.routes).toHaveLength(1);
    assertPlanFeasible(inst, plan);
  });

  it("reports 'no_vehicle' when a request fits alone but not next to the others", () => {
    const points: [number, number][] = [
      [0, 0],
      [10, 0],
      [-10, 0],
    ];
    const a: DarpRequest = {
      id: 'east',
      pickup: { node: 1, earliest: 10, latest: 12 },
      dropoff: { node: 0, earliest: 0, latest: 25 },
    };
    const b: DarpRequest = { ...a, id: 'west', pickup: { node: 2, earliest: 10, latest: 12 } };
    const plan = solveDarp(instance(points, [a, b], [vehicle(1)]), { seed: 3, maxIterations: 50 });
    expect(plan.routes).toHaveLength(1);
    expect(plan.unassigned).toHaveLength(1);
    expect(plan.unassigned[0]!.reason).toBe('no_vehicle');
  });

  it('respects wheelchair places as a second capacity dimension', () => {
    const points: [number, number][] = [
      [0, 0],
      [5, 0],
      [6, 0],
      [20, 0],
    ];
    const wc = (id: string, node: number): DarpRequest => ({
      id,
      pickup: { node, earliest: 0, latest: 50 },
      dropoff: { node: 3, earliest: 0, latest: 40 },
      seats: 0,
      wheelchairs: 1,
    });
    const inst = instance(
      points,
      [wc('w1', 1), wc('w2', 2)],
      [vehicle(1, { seats: 8, wheelchairs: 1 }), vehicle(2, { seats: 8, wheelchairs: 1 })],
    );
    const plan = solveDarp(inst, { seed: 1, maxIterations: 100 });
    expect(plan.unassigned).toEqual([]);
    // together would be shorter, but each minibus has one wheelchair place
    expect(plan.routes).toHaveLength(2);
    for (const r of plan.routes) for (const s of r.stops) expect(s.wheelchairsAfter).toBeLessThanOrEqual(1);
  });

  it('minimises vehicles first with the hierarchical objective', () => {
    // four requests on a line that one vehicle can chain; the distance objective would split them
    const points: [number, number][] = [[0, 0]];
    const requests: DarpRequest[] = [];
    for (let i = 0; i < 4; i++) {
      points.push([10, i * 10 + 5], [-10, i * 10 + 5]);
      requests.push({
        id: i,
        pickup: { node: 2 * i + 1, earliest: 0, latest: 1000 },
        dropoff: { node: 2 * i + 2, earliest: 0, latest: 1000 },
      });
    }
    const inst = instance(points, requests, [
      vehicle(1, { seats: 1 }),
      vehicle(2, { seats: 1 }),
      vehicle(3, { seats: 1 }),
    ]);
    const plan = solveDarp(inst, { seed: 1, maxIterations: 300, objective: 'vehicles-then-distance' });
    expect(plan.unassigned).toEqual([]);
    expect(plan.vehicles).toBe(1);
    assertPlanFeasible(inst, plan);
  });
});

describe('insertRequest', () => {
  it('inserts a new request at its cheapest feasible position, keeping the other stops in order', () => {
    const inst = randomInstance(21, 6);
    const plan = solveDarp(inst, { seed: 1, maxIterations: 200 });
    expect(plan.unassigned).toEqual([]);
    // a new request between existing nodes (its nodes must be in the matrices)
    const req: DarpRequest = {
      id: 'new',
      pickup: { node: 3, earliest: 0, latest: 200 },
      dropoff: { node: 4, earliest: 0, latest: 200 },
      maxRideTime: 40,
    };
    const res = insertRequest(inst, plan, req);
    expect(res.inserted).toBe(true);
    expect(res.requestIndex).toBe(6);
    expect(res.plan.cost).toBeCloseTo(plan.cost + res.addedDistance, 9);
    expect(res.instance.requests).toHaveLength(7);
    const seq = (p: Plan) =>
      p.routes.map((r) =>
        r.stops.filter((s) => s.requestIndex !== 6).map((s) => `${s.kind}${s.requestIndex}`),
      );
    const before = new Map(plan.routes.map((r, i) => [r.vehicleIndex, seq(plan)[i]]));
    res.plan.routes.forEach((r, i) => {
      const b = before.get(r.vehicleIndex);
      if (b) expect(seq(res.plan)[i]).toEqual(b);
    });
    assertPlanFeasible(res.instance, res.plan);
    // the same request cannot be inserted twice
    expect(() => insertRequest(res.instance, res.plan, 6)).toThrow(/already/);
  });

  it('returns a reason when the request cannot be inserted', () => {
    const inst = randomInstance(21, 3);
    const plan = solveDarp(inst, { seed: 1, maxIterations: 100 });
    const res = insertRequest(inst, plan, {
      id: 'heavy',
      pickup: { node: 1 },
      dropoff: { node: 2 },
      seats: 9,
    });
    expect(res.inserted).toBe(false);
    expect(res.reason).toBe('capacity');
    expect(res.plan.unassigned.map((u) => u.requestId)).toContain('heavy');
  });
});
