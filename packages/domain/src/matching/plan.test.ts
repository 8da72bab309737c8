import { createEstimateProvider } from '@solimob/routing';
import { describe, expect, it } from 'vitest';
import {
  ARRIVAL_MARGIN_MINUTES,
  type PlanningRequest,
  planPooled,
  planSolo,
  requestPoints,
  travelTable,
} from './plan';

const routing = createEstimateProvider();
const QUESTEMBERT_STATION = { lat: 47.6608, lon: -2.4526 };
const BERRIC = { lat: 47.633, lon: -2.526 };
const LAUZACH = { lat: 47.614, lon: -2.544 };
const MALANSAC = { lat: 47.678, lon: -2.296 };

const request = (id: string, overrides: Partial<PlanningRequest> = {}): PlanningRequest => ({
  id,
  origin: BERRIC,
  destination: QUESTEMBERT_STATION,
  timeAnchor: 'arrival',
  requestedTime: new Date('2026-12-07T09:00:00Z'),
  toleranceMinutes: 15,
  returnTime: null,
  returnWaitMinutes: null,
  passengers: 1,
  wheelchair: false,
  ...overrides,
});

const minutes = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 60_000;

describe('planSolo', () => {
  it('arrives a few minutes early for an appointment, and drives back after the wait', async () => {
    const r = request('r1', { returnWaitMinutes: 60 });
    const plan = planSolo(r, await travelTable(routing, requestPoints([r])))!;
    const [there, back] = plan.legs;
    // On the five minutes, arriving between 5 and 10 minutes early.
    expect(there!.pickupAt.getUTCMinutes() % 5).toBe(0);
    const early = minutes(there!.dropoffAt, r.requestedTime);
    expect(early).toBeGreaterThanOrEqual(ARRIVAL_MARGIN_MINUTES);
    expect(early).toBeLessThan(ARRIVAL_MARGIN_MINUTES + 5);
    expect(minutes(there!.pickupAt, there!.dropoffAt)).toBeGreaterThan(5);
    const wait = minutes(there!.dropoffAt, back!.pickupAt);
    expect(wait).toBeGreaterThanOrEqual(60);
    expect(wait).toBeLessThan(65);
    expect(back!.pickupAt.getUTCMinutes() % 5).toBe(0);
    expect(back!.leg).toBe('return');
    expect(plan.distanceMeters).toBe(Math.round(there!.directMeters + back!.directMeters));
    expect(plan.start).toEqual(there!.pickupAt);
    expect(plan.end).toEqual(back!.dropoffAt);
  });

  it('picks up at the time asked and keeps a fixed return time', async () => {
    const r = request('r1', {
      timeAnchor: 'pickup',
      returnTime: new Date('2026-12-07T11:30:00Z'),
    });
    const plan = planSolo(r, await travelTable(routing, requestPoints([r])))!;
    expect(plan.legs.map((l) => l.pickupAt.toISOString())).toEqual([
      '2026-12-07T09:00:00.000Z',
      '2026-12-07T11:30:00.000Z',
    ]);
  });
});

describe('planPooled', () => {
  const rules = { maxDetourPercent: 50, seats: 4 };

  it('drives two neighbours to the same place at the same time in one car, for fewer kilometres', async () => {
    const a = request('a', { origin: BERRIC });
    const b = request('b', { origin: LAUZACH, requestedTime: new Date('2026-12-07T09:10:00Z') });
    const table = await travelTable(routing, requestPoints([a, b]));
    const pooled = planPooled([a, b], table, rules)!;
    expect(pooled).not.toBeNull();
    const soloA = planSolo(a, table)!;
    const soloB = planSolo(b, table)!;
    expect(pooled.distanceMeters).toBeLessThan(soloA.distanceMeters + soloB.distanceMeters);
    for (const r of [a, b]) {
      const leg = pooled.legs.find((l) => l.rideRequestId === r.id)!;
      // Never late for the appointment, never more than 15 minutes early.
      expect(leg.dropoffAt.getTime()).toBeLessThanOrEqual(r.requestedTime.getTime());
      expect(minutes(leg.dropoffAt, r.requestedTime)).toBeLessThanOrEqual(15);
    }
    expect(pooled.start.getTime()).toBe(Math.min(...pooled.legs.map((l) => l.pickupAt.getTime())));
  });

  it('refuses a pool that would break a time window or a ride-time limit', async () => {
    const there = request('there', { toleranceMinutes: 0, requestedTime: new Date('2026-12-07T08:55:00Z') });
    const otherWay = request('other-way', {
      origin: QUESTEMBERT_STATION,
      destination: MALANSAC,
      timeAnchor: 'pickup',
      requestedTime: new Date('2026-12-07T08:40:00Z'),
      toleranceMinutes: 0,
    });
    const table = await travelTable(routing, requestPoints([there, otherWay]));
    expect(planPooled([there, otherWay], table, { ...rules, maxDetourPercent: 0 })).toBeNull();
    // Same two trips with room to wait at the station: the second leaves from where the first arrives.
    const relaxed = planPooled(
      [
        { ...there, toleranceMinutes: 30 },
        { ...otherWay, requestedTime: new Date('2026-12-07T08:55:00Z'), toleranceMinutes: 30 },
      ],
      table,
      rules,
    );
    expect(relaxed).not.toBeNull();
  });

  it('never puts two wheelchairs in one car, nor more passengers than seats', async () => {
    const a = request('a', { wheelchair: true });
    const b = request('b', { origin: LAUZACH, wheelchair: true });
    const table = await travelTable(routing, requestPoints([a, b]));
    expect(planPooled([a, b], table, rules)).toBeNull();
    const crowd = [request('c', { passengers: 3 }), request('d', { origin: LAUZACH, passengers: 2 })];
    expect(
      planPooled(crowd, await travelTable(routing, requestPoints(crowd)), { ...rules, seats: 4 }),
    ).toBeNull();
  });
});
