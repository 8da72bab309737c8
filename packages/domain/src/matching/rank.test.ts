import { createEstimateProvider } from '@solimob/routing';
import { describe, expect, it } from 'vitest';
import { eligibleVolunteers } from './candidates';
import { approachDistances } from './distances';
import type { MatchingHistory, MissionShape, VolunteerProfile } from './model';
import { rankVolunteers } from './rank';

const BERRIC = 'c-berric';
const MOLAC = 'c-molac';
// Monday 7 December 2026, 09:10 → 10:40 in Paris.
const shape: MissionShape = {
  start: new Date('2026-12-07T08:10:00Z'),
  end: new Date('2026-12-07T09:40:00Z'),
  firstPickup: { lat: 47.633, lon: -2.526 },
  lastDropoff: { lat: 47.633, lon: -2.526 },
  riders: [
    { rideRequestId: 'r1', residentId: 'res1', passengers: 1, wheelchair: false, pickupCommuneId: BERRIC },
  ],
  seats: 1,
  wheelchair: false,
};

const volunteer = (id: string, overrides: Partial<VolunteerProfile> = {}): VolunteerProfile => ({
  id,
  firstName: id,
  home: { lat: 47.64, lon: -2.5 },
  seats: 3,
  wheelchairCapable: false,
  servedCommuneIds: new Set(),
  maxDistanceKm: null,
  monthlyTripCap: null,
  hasPhone: true,
  slots: [{ weekday: 1, startMinute: 8 * 60, endMinute: 12 * 60 }],
  absences: [],
  ...overrides,
});

const history = (overrides: Partial<MatchingHistory> = {}): MatchingHistory => ({
  tripsThisMonth: new Map(),
  busy: new Map(),
  ridesWithResidents: new Map(),
  preferences: new Map(),
  alreadyOffered: new Set(),
  ...overrides,
});

const rules = { timeZone: 'Europe/Paris', busyMarginMinutes: 30 };
const weights = { kmPerMonthlyTrip: 3, continuityBonusKm: 5, preferenceBonusKm: 10 };

describe('eligibleVolunteers', () => {
  it('keeps only volunteers available, fitting, serving the commune, under cap, free and not set aside', () => {
    const volunteers = [
      volunteer('ok'),
      volunteer('offered'),
      volunteer('avoided'),
      volunteer('no-phone', { hasPhone: false }),
      volunteer('small-car', { seats: 0 }),
      volunteer('absent', { absences: [{ startsOn: '2026-12-05', endsOn: '2026-12-07' }] }),
      volunteer('tuesday', { slots: [{ weekday: 2, startMinute: 0, endMinute: 24 * 60 }] }),
      volunteer('until-ten', { slots: [{ weekday: 1, startMinute: 8 * 60, endMinute: 10 * 60 }] }),
      volunteer('capped', { monthlyTripCap: 2 }),
      volunteer('busy'),
      volunteer('molac-only', { servedCommuneIds: new Set([MOLAC]) }),
      volunteer('molac-or-near', { servedCommuneIds: new Set([MOLAC]), maxDistanceKm: 10 }),
      volunteer('berric', { servedCommuneIds: new Set([BERRIC, MOLAC]) }),
      volunteer('radius', { maxDistanceKm: 5 }),
    ];
    const h = history({
      alreadyOffered: new Set(['offered']),
      preferences: new Map([['avoided', 'avoid']]),
      tripsThisMonth: new Map([['capped', 2]]),
      // Ends 08:45 local: within the 30-minute margin before the 09:10 pick-up.
      busy: new Map([
        ['busy', [{ start: new Date('2026-12-07T06:30:00Z'), end: new Date('2026-12-07T07:45:00Z') }]],
      ]),
    });
    const { candidates, excluded } = eligibleVolunteers(shape, volunteers, h, rules);
    expect(candidates.map((c) => [c.volunteer.id, c.byDistance])).toEqual([
      ['ok', false],
      ['molac-or-near', true],
      ['berric', false],
      ['radius', true],
    ]);
    expect(Object.fromEntries(excluded.map((e) => [e.volunteerId, e.reason]))).toEqual({
      offered: 'already_offered',
      avoided: 'avoided',
      'no-phone': 'no_phone',
      'small-car': 'vehicle_seats',
      absent: 'absent',
      tuesday: 'not_available',
      'until-ten': 'not_available',
      capped: 'monthly_cap',
      busy: 'busy',
      'molac-only': 'commune_not_served',
    });
  });

  it('needs a wheelchair-capable car for a wheelchair and seats for every passenger', () => {
    const wheelchair = { ...shape, seats: 3, wheelchair: true };
    const { candidates, excluded } = eligibleVolunteers(
      wheelchair,
      [
        volunteer('car'),
        volunteer('van', { wheelchairCapable: true, seats: 3 }),
        volunteer('small', { wheelchairCapable: true, seats: 2 }),
      ],
      history(),
      rules,
    );
    expect(candidates.map((c) => c.volunteer.id)).toEqual(['van']);
    expect(excluded.map((e) => e.reason)).toEqual(['no_wheelchair', 'vehicle_seats']);
  });
});

describe('rankVolunteers', () => {
  const near = volunteer('near', { home: { lat: 47.635, lon: -2.52 } });
  const far = volunteer('far', { home: { lat: 47.7, lon: -2.35 } });
  const routing = createEstimateProvider();

  it('ranks by extra road kilometres from home, and stores the parts of the score', async () => {
    const candidates = [far, near].map((v) => ({ volunteer: v, byDistance: false }));
    const distances = await approachDistances(routing, shape, candidates);
    const { ranked } = rankVolunteers(candidates, distances, history(), weights);
    expect(ranked.map((r) => r.volunteerId)).toEqual(['near', 'far']);
    const [first] = ranked;
    expect(first!.parts.extraKm).toBeCloseTo(
      (distances.get('near')!.approachMeters + distances.get('near')!.returnMeters) / 1000,
      1,
    );
    expect(first!.score).toBe(first!.parts.extraKm);
    expect(first!.parts).toMatchObject({ fairness: 0, continuity: 0, preference: 0, tripsThisMonth: 0 });
  });

  it('lets fairness, continuity and a stated preference outweigh a few kilometres', async () => {
    const candidates = [near, far].map((v) => ({ volunteer: v, byDistance: false }));
    const distances = new Map([
      ['near', { approachMeters: 2_000, returnMeters: 2_000 }],
      ['far', { approachMeters: 4_000, returnMeters: 4_000 }],
    ]);
    const busyMonth = rankVolunteers(
      candidates,
      distances,
      history({ tripsThisMonth: new Map([['near', 4]]) }),
      weights,
    );
    expect(busyMonth.ranked.map((r) => [r.volunteerId, r.score])).toEqual([
      ['far', 8],
      ['near', 16],
    ]);
    const known = rankVolunteers(
      candidates,
      distances,
      history({ ridesWithResidents: new Map([['far', 2]]) }),
      weights,
    );
    expect(known.ranked[0]).toMatchObject({
      volunteerId: 'far',
      score: 3,
      parts: { continuity: -5, ridesWithResidents: 2 },
    });
    const asked = rankVolunteers(
      candidates,
      distances,
      history({ preferences: new Map([['far', 'preferred']]) }),
      weights,
    );
    expect(asked.ranked[0]).toMatchObject({ volunteerId: 'far', score: -2, parts: { preference: -10 } });
  });

  it('drops volunteers beyond their maximum distance and unroutable homes', () => {
    const candidates = [
      { volunteer: volunteer('close', { maxDistanceKm: 5 }), byDistance: true },
      { volunteer: volunteer('distant', { maxDistanceKm: 5 }), byDistance: true },
      { volunteer: volunteer('island'), byDistance: false },
    ];
    const distances = new Map([
      ['close', { approachMeters: 4_900, returnMeters: 4_900 }],
      ['distant', { approachMeters: 5_100, returnMeters: 5_100 }],
      ['island', { approachMeters: Number.POSITIVE_INFINITY, returnMeters: 3_000 }],
    ]);
    const { ranked, excluded } = rankVolunteers(candidates, distances, history(), weights);
    expect(ranked.map((r) => r.volunteerId)).toEqual(['close']);
    expect(excluded).toEqual([
      { volunteerId: 'distant', reason: 'too_far' },
      { volunteerId: 'island', reason: 'unroutable' },
    ]);
  });

  it('breaks ties by extra kilometres, then by id, so the order never depends on load order', () => {
    const candidates = ['b', 'a', 'c'].map((id) => ({ volunteer: volunteer(id), byDistance: false }));
    const same = { approachMeters: 2_000, returnMeters: 2_000 };
    const distances = new Map([
      ['a', same],
      ['b', same],
      ['c', same],
    ]);
    expect(
      rankVolunteers(candidates, distances, history(), weights).ranked.map((r) => r.volunteerId),
    ).toEqual(['a', 'b', 'c']);
  });
});
