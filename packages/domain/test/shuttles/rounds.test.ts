import { schema } from '@solimob/db';
import { createTestDatabase, type TestDatabase } from '@solimob/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  generateRounds,
  isPublicHoliday,
  serviceDateFor,
  skipDate,
  subscribe,
  unsubscribe,
} from '../../src/shuttles';
import { shuttleWorld } from './fixture';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

describe('public holidays', () => {
  it('knows the French Monday holidays and where a round moves', () => {
    expect(isPublicHoliday('2027-03-29', 'FR')).toBe(true); // Lundi de Pâques
    expect(isPublicHoliday('2027-05-17', 'FR')).toBe(true); // Lundi de Pentecôte
    expect(isPublicHoliday('2027-03-22', 'FR')).toBe(false);
    expect(serviceDateFor('2027-03-29', 'skip', 'FR')).toBeNull();
    expect(serviceDateFor('2027-03-29', 'next_day', 'FR')).toBe('2027-03-30');
    // Saturday 1 May 2027 is a holiday: the day before is Friday 30 April; Sunday is never chosen.
    expect(serviceDateFor('2027-05-01', 'previous_day', 'FR')).toBe('2027-04-30');
    expect(serviceDateFor('2027-05-01', 'next_day', 'FR')).toBe('2027-05-03');
  });
});

describe('generateRounds', () => {
  it('skips Easter Monday (kept as a cancelled round) and books the regulars, idempotently', async () => {
    const w = await shuttleWorld(t, { now: '2027-03-10T09:00:00Z' });
    const [regular] = await w.addResidents(1);
    await subscribe(w.staff(), { shuttleLineId: w.lineId, residentId: regular! });
    const again = await generateRounds(w.system(), { until: '2027-04-12' });
    expect(again.created).toBe(0);
    const rounds = await w.db
      .select()
      .from(schema.shuttleRounds)
      .where(eq(schema.shuttleRounds.territoryId, w.territoryId))
      .orderBy(schema.shuttleRounds.nominalDate);
    const easter = rounds.find((r) => r.nominalDate === '2027-03-29')!;
    expect(easter).toMatchObject({
      status: 'cancelled',
      statusReason: 'public_holiday',
      serviceDate: '2027-03-29',
    });
    const regularBookings = await w.db
      .select()
      .from(schema.seatBookings)
      .where(eq(schema.seatBookings.residentId, regular!));
    // One seat on every open round (six weeks from 10 March), none on Easter Monday.
    expect(regularBookings.length).toBe(rounds.filter((r) => r.status === 'open').length);
    expect(regularBookings.every((b) => b.status === 'confirmed')).toBe(true);
    expect(regularBookings.some((b) => b.shuttleRoundId === easter.id)).toBe(false);
  });

  it('moves a holiday round to the next day when the territory says so', async () => {
    const w = await shuttleWorld(t, {
      now: '2027-03-10T09:00:00Z',
      settings: { shuttles: { holidayPolicy: 'next_day', weeksAhead: 4 } },
    });
    const easter = await w.db
      .select()
      .from(schema.shuttleRounds)
      .where(
        and(
          eq(schema.shuttleRounds.territoryId, w.territoryId),
          eq(schema.shuttleRounds.nominalDate, '2027-03-29'),
        ),
      );
    expect(easter[0]).toMatchObject({
      serviceDate: '2027-03-30',
      status: 'open',
      statusReason: 'moved_for_public_holiday',
      cutoffAt: new Date('2027-03-29T07:30:00Z'), // Tuesday 09:30 (summer time) − 24 h
    });
  });
});

describe('subscriptions', () => {
  it('skips a date (the seat is released) and ends (open seats cancelled), and new rounds respect both', async () => {
    const w = await shuttleWorld(t, {
      now: '2026-12-02T09:00:00Z',
      settings: { shuttles: { weeksAhead: 2 } },
    });
    const [regular] = await w.addResidents(1);
    const subscription = await subscribe(w.staff(), { shuttleLineId: w.lineId, residentId: regular! });
    const skipped = await skipDate(w.resident(regular!, 'sms'), subscription.id, { date: '2026-12-21' });
    expect(skipped.skippedDates).toEqual(['2026-12-21']);
    // The round of the 21st is generated later: no seat for the regular there.
    w.clock.set('2026-12-09T09:00:00Z');
    await generateRounds(w.system());
    const rows = await w.db
      .select({ date: schema.shuttleRounds.serviceDate, status: schema.seatBookings.status })
      .from(schema.seatBookings)
      .innerJoin(schema.shuttleRounds, eq(schema.shuttleRounds.id, schema.seatBookings.shuttleRoundId))
      .where(eq(schema.seatBookings.residentId, regular!))
      .orderBy(schema.shuttleRounds.serviceDate);
    expect(rows).toEqual([
      { date: '2026-12-07', status: 'confirmed' },
      { date: '2026-12-14', status: 'confirmed' },
    ]);
    const ended = await unsubscribe(w.staff(), subscription.id);
    expect(ended.active).toBe(false);
    const after = await w.db
      .select()
      .from(schema.seatBookings)
      .where(eq(schema.seatBookings.residentId, regular!));
    // The 7 December round is past its cut-off (6 December): that seat stays.
    expect(after.map((b) => b.status).sort()).toEqual(['cancelled', 'confirmed']);
  });
});
