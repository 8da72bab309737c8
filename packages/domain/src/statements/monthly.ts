import { schema } from '@solimob/db';
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import { DateTime } from 'luxon';
import Type from 'typebox';
import { assertCan, assertDrivesFor } from '../authz';
import type { ServiceContext } from '../context';
import { parseInput, Uuid } from '../input';
import { loadRiders } from '../missions/load';
import { offerAreas, territoryCommunes } from '../offers/send-wave';
import { loadTerritory } from '../territories/load';
import { findVolunteer } from '../volunteers/view';

export const StatementMonth = Type.String({
  pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$',
  description: 'Calendar month, YYYY-MM (territory time)',
});

export interface StatementRow {
  missionId: string;
  /** Local date and time of the first pick-up. */
  date: string;
  time: string;
  code: string;
  from: string;
  to: string;
  /** Driven distance rounded to 100 m; null while the routing provider has not measured it yet. */
  km: number | null;
  rateEurPerKm: number;
  /** km × rate, rounded to the cent; null with km. */
  amountEur: number | null;
}

export interface MonthlyStatement {
  territoryName: string;
  volunteer: { id: string; firstName: string; lastName: string };
  month: string;
  /** Rate of the territory today, for the heading (each row keeps the rate of its day). */
  currentRateEurPerKm: number;
  rows: StatementRow[];
  totals: { trips: number; km: number; amountEur: number; pending: number };
  generatedAt: Date;
  timeZone: string;
}

const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/**
 * A volunteer's mileage statement for one month: every mission they completed that month (first
 * pick-up in the territory's time zone) with the distance driven from home and back as measured by the
 * routing provider, the rate in force that day and the amount. Distances are rounded to 100 m and
 * amounts to the cent per trip; totals are sums of the rows, so the printout adds up. Names communes,
 * never addresses or passengers. Staff who may read volunteers, or the volunteer themselves.
 */
export async function monthlyStatement(
  ctx: ServiceContext,
  volunteerDriverId: string,
  month: string,
): Promise<MonthlyStatement> {
  assertCan(ctx.actor, ctx.actor.kind === 'volunteer' ? 'missions:drive' : 'volunteers:read');
  parseInput(Uuid, volunteerDriverId);
  parseInput(StatementMonth, month);
  assertDrivesFor(ctx.actor, volunteerDriverId);
  const territoryId = ctx.actor.territoryId;
  const [volunteer, territory, communes] = await Promise.all([
    findVolunteer(ctx.db, territoryId, volunteerDriverId),
    loadTerritory(ctx.db, territoryId),
    territoryCommunes(ctx.db, territoryId),
  ]);
  const start = DateTime.fromISO(`${month}-01`, { zone: territory.timezone });
  const m = schema.missions;
  const missions = await ctx.db
    .select()
    .from(m)
    .where(
      and(
        eq(m.territoryId, territoryId),
        eq(m.volunteerDriverId, volunteerDriverId),
        eq(m.status, 'completed'),
        gte(m.plannedStartAt, start.toJSDate()),
        lt(m.plannedStartAt, start.plus({ months: 1 }).toJSDate()),
      ),
    )
    .orderBy(asc(m.plannedStartAt), asc(m.id));
  const rows: StatementRow[] = [];
  for (const mission of missions) {
    const areas = offerAreas(await loadRiders(ctx.db, mission.id, { all: true }), communes);
    const local = DateTime.fromJSDate(mission.plannedStartAt, { zone: territory.timezone });
    const rate = mission.mileageRateEurPerKm ?? territory.mileageRateEurPerKm;
    const km = mission.drivenDistanceMeters === null ? null : round(mission.drivenDistanceMeters / 1000, 1);
    rows.push({
      missionId: mission.id,
      date: local.toISODate()!,
      time: local.toFormat('HH:mm'),
      code: mission.code ?? '',
      from: areas.from.join(', '),
      to: areas.to,
      km,
      rateEurPerKm: rate,
      amountEur: km === null ? null : round(km * rate, 2),
    });
  }
  const measured = rows.filter((r) => r.km !== null);
  return {
    territoryName: territory.name,
    volunteer: { id: volunteer.id, firstName: volunteer.firstName, lastName: volunteer.lastName },
    month,
    currentRateEurPerKm: territory.mileageRateEurPerKm,
    rows,
    totals: {
      trips: rows.length,
      km: round(
        measured.reduce((sum, r) => sum + (r.km ?? 0), 0),
        1,
      ),
      amountEur: round(
        measured.reduce((sum, r) => sum + (r.amountEur ?? 0), 0),
        2,
      ),
      pending: rows.length - measured.length,
    },
    generatedAt: ctx.clock.now(),
    timeZone: territory.timezone,
  };
}
