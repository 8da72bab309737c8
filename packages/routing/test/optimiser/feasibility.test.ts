import { describe, expect, it } from 'vitest';
import { scheduleRoute } from '../../src/optimiser/index';
import { instance, vehicle } from './helpers';

// Points on a line: the depot at 0, then 10, 20, 30, 40.
const line: [number, number][] = [
  [0, 0],
  [10, 0],
  [20, 0],
  [30, 0],
  [40, 0],
];

describe('exact route feasibility', () => {
  // A is picked up at 10 and dropped at 30 (ride limit 30); B must be picked up at 20 in [50, 60].
  // As early as possible: A boards at 10, the bus waits at B until 50, A arrives at 60: ride 50.
  // Shifting the wait before A's pick-up (board A at 40) gives a ride of 20.
  const shifted = instance(
    line,
    [
      {
        id: 'A',
        pickup: { node: 1, earliest: 0, latest: 100 },
        dropoff: { node: 3, earliest: 0, latest: 200 },
        maxRideTime: 30,
      },
      {
        id: 'B',
        pickup: { node: 2, earliest: 50, latest: 60 },
        dropoff: { node: 4, earliest: 0, latest: 200 },
        maxRideTime: 30,
      },
    ],
    [vehicle(1)],
  );
  const order = [
    { requestIndex: 0, kind: 'pickup' },
    { requestIndex: 1, kind: 'pickup' },
    { requestIndex: 0, kind: 'dropoff' },
    { requestIndex: 1, kind: 'dropoff' },
  ] as const;

  it('accepts a route that only a shifted schedule makes feasible, and returns that schedule', () => {
    const t = scheduleRoute(shifted, 0, order);
    expect(t).not.toBeNull();
    const [, pickA, pickB, dropA, dropB] = t!;
    // the as-early-as-possible schedule would board A at 10
    expect(dropA! - pickA!).toBeLessThanOrEqual(30 + 1e-9);
    expect(pickB!).toBeGreaterThanOrEqual(50);
    expect(pickB!).toBeLessThanOrEqual(60);
    expect(pickB! - pickA!).toBeGreaterThanOrEqual(10);
    expect(dropB! - dropA!).toBeGreaterThanOrEqual(10);
    expect(pickA!).toBeGreaterThan(10);
  });

  it('rejects the same route when no shift can save the ride time', () => {
    const tight = {
      ...shifted,
      requests: [{ ...shifted.requests[0]!, maxRideTime: 15 }, shifted.requests[1]!],
    };
    expect(scheduleRoute(tight, 0, order)).toBeNull();
  });

  it('rejects a time-window violation', () => {
    const late = {
      ...shifted,
      requests: [
        shifted.requests[0]!,
        { ...shifted.requests[1]!, dropoff: { node: 4, earliest: 0, latest: 55 } },
      ],
    };
    expect(scheduleRoute(late, 0, order)).toBeNull();
  });

  it('rejects a route-duration violation, and accepts it when the duration allows', () => {
    // the route needs at least 80 (0 → 40 → 0) plus B's window: duration 60 is impossible
    expect(scheduleRoute({ ...shifted, vehicles: [vehicle(1, { maxDuration: 70 })] }, 0, order)).toBeNull();
    const t = scheduleRoute({ ...shifted, vehicles: [vehicle(1, { maxDuration: 80 })] }, 0, order);
    expect(t).not.toBeNull();
    expect(t![5]! - t![0]!).toBeLessThanOrEqual(80 + 1e-9);
  });

  it('rejects a seat-capacity violation', () => {
    const big = {
      ...shifted,
      requests: shifted.requests.map((r) => ({ ...r, seats: 2 })),
      vehicles: [vehicle(1, { seats: 3 })],
    };
    expect(scheduleRoute(big, 0, order)).toBeNull();
    // one passenger group after the other fits: A is dropped at 30, B boarded at 50
    expect(
      scheduleRoute(big, 0, [
        { requestIndex: 0, kind: 'pickup' },
        { requestIndex: 0, kind: 'dropoff' },
        { requestIndex: 1, kind: 'pickup' },
        { requestIndex: 1, kind: 'dropoff' },
      ]),
    ).not.toBeNull();
  });

  it('rejects a wheelchair-capacity violation', () => {
    const wc = {
      ...shifted,
      requests: shifted.requests.map((r) => ({ ...r, seats: 0, wheelchairs: 1 })),
      vehicles: [vehicle(1, { seats: 8, wheelchairs: 1 })],
    };
    expect(scheduleRoute(wc, 0, order)).toBeNull();
    const two = { ...wc, vehicles: [vehicle(1, { seats: 8, wheelchairs: 2 })] };
    expect(scheduleRoute(two, 0, order)).not.toBeNull();
  });

  it('rejects a drop-off before its pick-up', () => {
    expect(
      scheduleRoute(shifted, 0, [
        { requestIndex: 0, kind: 'dropoff' },
        { requestIndex: 0, kind: 'pickup' },
        { requestIndex: 1, kind: 'pickup' },
        { requestIndex: 1, kind: 'dropoff' },
      ]),
    ).toBeNull();
  });
});
