import { describe, expect, it } from 'vitest';
import { resolveTerritorySettings } from '../territories/settings';
import { endpointProblem, serviceDaysText, serviceHoursSentence, timingProblems } from './intake';

const rides = resolveTerritorySettings({}).rides;
const tz = 'Europe/Paris';
// Monday 30 November 2026, 09:00 in Paris.
const now = new Date('2026-11-30T08:00:00Z');
const at = (iso: string) => new Date(iso);
const none = { returnTime: null, returnWaitMinutes: null };

describe('timingProblems', () => {
  it('accepts a ride on a service day, in service hours, with enough notice', () => {
    // Thursday 3 December 10:00 Paris, 73 hours ahead.
    expect(timingProblems({ requestedTime: at('2026-12-03T09:00:00Z'), ...none }, now, rides, tz)).toEqual(
      [],
    );
  });

  it('asks for the minimum notice, in French for residents', () => {
    const [problem] = timingProblems({ requestedTime: at('2026-12-01T09:00:00Z'), ...none }, now, rides, tz);
    expect(problem).toMatchObject({
      field: '/requestedTime',
      message: 'must be at least 48 hours from now (territory notice)',
      residentMessage:
        "Il faut demander un trajet au moins 2 jours à l'avance. Pour une urgence, appelez le CIAS.",
    });
  });

  it('refuses Sundays and hours outside service, naming them for the resident', () => {
    const sunday = timingProblems({ requestedTime: at('2026-12-06T09:00:00Z'), ...none }, now, rides, tz);
    expect(sunday.map((p) => p.field)).toEqual(['/requestedTime']);
    expect(sunday[0]!.residentMessage).toBe(
      'Les trajets solidaires ont lieu du lundi au samedi, de 8 h à 19 h.',
    );
    const evening = timingProblems(
      {
        requestedTime: at('2026-12-03T09:00:00Z'),
        returnTime: at('2026-12-03T18:30:00Z'),
        returnWaitMinutes: null,
      },
      now,
      rides,
      tz,
    );
    expect(evening.map((p) => p.field)).toEqual(['/returnTime']);
    const longWait = timingProblems(
      { requestedTime: at('2026-12-03T16:00:00Z'), returnTime: null, returnWaitMinutes: 180 },
      now,
      rides,
      tz,
    );
    expect(longWait.map((p) => p.field)).toEqual(['/returnWaitMinutes']);
  });

  it('wants the way back after the way there, and refuses the past', () => {
    const back = timingProblems(
      {
        requestedTime: at('2026-12-03T13:00:00Z'),
        returnTime: at('2026-12-03T12:00:00Z'),
        returnWaitMinutes: null,
      },
      now,
      rides,
      tz,
    );
    expect(back.map((p) => p.message)).toEqual(['must be after requestedTime']);
    expect(
      timingProblems({ requestedTime: at('2026-11-30T07:00:00Z'), ...none }, now, rides, tz)[0],
    ).toMatchObject({
      message: 'must be in the future',
    });
  });
});

describe('endpointProblem', () => {
  const townHalls = [
    { lat: 47.66, lon: -2.451 }, // Questembert
    { lat: 47.633, lon: -2.526 }, // Berric
  ];
  it('accepts places (inside or marked outside) and coordinates near a town hall', () => {
    expect(
      endpointProblem({ kind: 'place', outsideTerritory: true }, '/destination', townHalls, rides),
    ).toBeUndefined();
    expect(
      endpointProblem({ kind: 'point', lat: 47.64, lon: -2.49 }, '/destination', townHalls, rides),
    ).toBeUndefined();
  });

  it('refuses free coordinates far from every town hall (Vannes is a place, not an address)', () => {
    const problem = endpointProblem(
      { kind: 'point', lat: 47.658, lon: -2.761 },
      '/destination',
      townHalls,
      rides,
    );
    expect(problem).toMatchObject({ field: '/destination' });
    expect(problem!.message).toContain('more than 6 km');
    expect(problem!.residentMessage).toContain('en dehors du territoire');
  });
});

describe('service days in French', () => {
  it('says a run of days as a range and other sets as a list', () => {
    expect(serviceDaysText([1, 2, 3, 4, 5])).toBe('du lundi au vendredi');
    expect(serviceDaysText([4, 2])).toBe('le mardi et le jeudi');
    expect(serviceHoursSentence({ ...rides, serviceStart: '08:30', serviceEnd: '17:45' })).toBe(
      'Les trajets solidaires ont lieu du lundi au samedi, de 8 h 30 à 17 h 45.',
    );
  });
});
