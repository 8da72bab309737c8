import { afterEach, describe, expect, it } from 'vitest';
import {
  dayBounds,
  formatClock,
  formatDateTime,
  formatMinutes,
  formatServiceDate,
  formatTime,
  localInstant,
  setDisplayZone,
} from './format';
import { firstBookableDate, rideRulesText } from './rides';

afterEach(() => setDisplayZone('Europe/Paris'));

describe('French dates and times in the territory time zone', () => {
  it('spells dates and times the French way, in Paris time whatever the machine', () => {
    expect(formatTime('2026-12-07T08:12:00Z')).toBe('9 h 12');
    expect(formatTime('2026-07-06T12:00:00Z')).toBe('14 h');
    expect(formatDateTime('2020-12-07T08:12:00Z')).toBe('lundi 7 décembre 2020 à 9 h 12');
    expect(formatServiceDate('2020-01-01')).toBe('mercredi 1 janvier 2020');
    expect(formatClock('09:30')).toBe('9 h 30');
    expect(formatClock('19:00')).toBe('19 h');
    expect(formatMinutes(90)).toBe('1 h 30');
    expect(formatMinutes(45)).toBe('45 min');
  });

  it('reads a typed date and time in the territory zone, summer and winter', () => {
    expect(localInstant('2026-12-07', '09:30')).toBe('2026-12-07T08:30:00.000Z');
    expect(localInstant('2026-07-06', '09:30')).toBe('2026-07-06T07:30:00.000Z');
    expect(localInstant('2026-07-06', '9h')).toBeUndefined();
    expect(dayBounds('2026-12-07')).toEqual({
      from: '2026-12-06T23:00:00.000Z',
      to: '2026-12-07T23:00:00.000Z',
    });
    setDisplayZone('America/Cayenne');
    expect(formatTime('2026-12-07T12:12:00Z')).toBe('9 h 12');
    expect(localInstant('2026-12-07', '09:30')).toBe('2026-12-07T12:30:00.000Z');
  });

  it("says the territory's ride rules and finds the first date they allow", () => {
    const rules = {
      minNoticeHours: 48,
      serviceDays: [1, 2, 3, 4, 5, 6],
      serviceStart: '08:00',
      serviceEnd: '19:30',
      destinationRadiusKm: 6,
    };
    expect(rideRulesText(rules)).toBe("Au moins 48 h à l'avance, du lundi au samedi, de 8 h à 19 h 30.");
    // Friday noon + 48 h = Sunday: the first service day is Monday.
    expect(firstBookableDate(rules, new Date('2026-12-04T11:00:00Z'))).toBe('2026-12-07');
    expect(firstBookableDate({ ...rules, serviceDays: [2, 4] }, new Date('2026-12-04T11:00:00Z'))).toBe(
      '2026-12-08',
    );
  });
});
