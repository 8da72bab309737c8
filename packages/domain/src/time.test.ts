import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  frenchDay,
  frenchDayTime,
  frenchTime,
  isoWeekday,
  localDate,
  zonedInstant,
} from './time';

const PARIS = 'Europe/Paris';

describe('territory time', () => {
  it('places a wall-clock time on a date in the zone, winter and summer', () => {
    expect(zonedInstant('2026-12-07', '09:12', PARIS).toISOString()).toBe('2026-12-07T08:12:00.000Z');
    expect(zonedInstant('2026-07-06', '09:12', PARIS).toISOString()).toBe('2026-07-06T07:12:00.000Z');
    // 02:30 does not exist on 29 March 2026 in Paris: clocks jump to 03:30.
    expect(frenchTime(zonedInstant('2026-03-29', '02:30', PARIS), PARIS)).toBe('3 h 30');
  });

  it('does calendar arithmetic on dates, across DST changes and month ends', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-03-28', '2026-04-02')).toBe(5);
    expect(isoWeekday('2026-12-07')).toBe(1);
    expect(isoWeekday('2026-12-13')).toBe(7);
    expect(localDate(new Date('2026-12-06T23:30:00Z'), PARIS)).toBe('2026-12-07');
  });

  it('spells dates and times in full French, as an elderly reader expects', () => {
    const instant = zonedInstant('2026-12-07', '09:05', PARIS);
    expect(frenchDay(instant, PARIS)).toBe('lundi 7 décembre');
    expect(frenchDay('2026-08-15', PARIS)).toBe('samedi 15 août');
    expect(frenchTime(instant, PARIS)).toBe('9 h 05');
    expect(frenchTime(zonedInstant('2026-12-07', '14:00', PARIS), PARIS)).toBe('14 h');
    expect(frenchDayTime(instant, PARIS)).toBe('lundi 7 décembre à 9 h 05');
  });

  it('refuses a malformed date instead of returning nonsense', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => zonedInstant('2026-12-07', '25:00', PARIS)).toThrow(RangeError);
  });
});
