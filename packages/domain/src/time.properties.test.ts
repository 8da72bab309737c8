/** Property-based tests: calendar and wall-clock arithmetic in a territory's zone, DST included. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  frenchDay,
  frenchDayTime,
  frenchTime,
  isoWeekday,
  localDate,
  localTime,
  zonedInstant,
} from './time';

const ZONES = ['Europe/Paris', 'America/Cayenne', 'Indian/Reunion', 'Pacific/Noumea', 'UTC'];
const zone = fc.constantFrom(...ZONES);
const instant = fc.date({
  min: new Date('1990-01-01T00:00:00Z'),
  max: new Date('2090-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const isoDay = instant.map((d) => d.toISOString().slice(0, 10));
const wallClock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('2026-02-30', '2026-13-01', '', '24:00', '9h', 'demain', '2026-1-1'),
);

const WEEKDAYS = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';
const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const FRENCH_DAY = new RegExp(`^(?:${WEEKDAYS}) (?:[1-9]|[12]\\d|3[01]) (?:${MONTHS})$`);
const FRENCH_TIME = /^(?:1?\d|2[0-3]) h(?: [0-5]\d)?$/;

describe('time properties', () => {
  it('an instant read as a local date and time in a zone comes back to the same minute', () => {
    fc.assert(
      fc.property(instant, zone, (at, tz) => {
        const back = zonedInstant(localDate(at, tz), localTime(at, tz), tz);
        const minute = Math.floor(at.getTime() / 60_000) * 60_000;
        // In the repeated hour of an autumn change, the wall clock names two instants an hour apart.
        expect([0, 3_600_000]).toContain(Math.abs(back.getTime() - minute));
        expect(localDate(back, tz)).toBe(localDate(at, tz));
        expect(localTime(back, tz)).toBe(localTime(at, tz));
      }),
      { numRuns: 1000 },
    );
  });

  it('a wall-clock time on a date is that time, or moved forward by a spring-forward gap', () => {
    fc.assert(
      fc.property(isoDay, wallClock, zone, (date, time, tz) => {
        const at = zonedInstant(date, time, tz);
        expect(localDate(at, tz)).toBe(date);
        const asked = Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
        const got = localTime(at, tz);
        const gotMinutes = Number(got.slice(0, 2)) * 60 + Number(got.slice(3));
        expect([0, 60]).toContain(gotMinutes - asked);
      }),
      { numRuns: 1000 },
    );
  });

  it('day arithmetic is exact and ignores DST', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -3660, max: 3660 }), (date, days) => {
        const later = addDays(date, days);
        expect(later).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(addDays(later, -days)).toBe(date);
        expect(daysBetween(date, later)).toBe(days);
        expect(isoWeekday(later)).toBe(((((isoWeekday(date) - 1 + days) % 7) + 7) % 7) + 1);
      }),
      { numRuns: 1000 },
    );
  });

  it('French wording is always the plain spelled form', () => {
    fc.assert(
      fc.property(instant, zone, (at, tz) => {
        expect(frenchDay(at, tz)).toMatch(FRENCH_DAY);
        expect(frenchTime(at, tz)).toMatch(FRENCH_TIME);
        expect(frenchDayTime(at, tz)).toBe(`${frenchDay(at, tz)} à ${frenchTime(at, tz)}`);
        expect(frenchDay(localDate(at, tz), tz)).toBe(frenchDay(at, tz));
      }),
      { numRuns: 500 },
    );
  });

  it('junk dates, times and instants are refused with a RangeError, never answered with garbage', () => {
    const wellFormed = (value: unknown) =>
      typeof value === 'number' ? Number.isFinite(value) : !/invalid|NaN|undefined|null/i.test(String(value));
    const calls: ((text: string) => unknown)[] = [
      (text) => addDays(text, 1),
      (text) => isoWeekday(text),
      (text) => daysBetween(text, '2026-12-02'),
      (text) => daysBetween('2026-12-02', text),
      (text) => frenchDay(text, 'Europe/Paris'),
      (text) => zonedInstant(text, '10:00', 'Europe/Paris'),
      (text) => zonedInstant('2026-12-02', text, 'Europe/Paris'),
      (text) => localDate(new Date(text), 'Europe/Paris'),
      (text) => localTime(new Date(text), 'Europe/Paris'),
      (text) => frenchTime(new Date(text), 'Europe/Paris'),
      (text) => localDate(new Date(), text),
    ];
    fc.assert(
      fc.property(junk, fc.integer({ min: 0, max: calls.length - 1 }), (text, which) => {
        let value: unknown;
        try {
          value = calls[which]!(text);
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
          return;
        }
        expect(wellFormed(value instanceof Date ? value.getTime() : value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
